using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Common;
using Training.Domain.Evaluation;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Domain.Trainers;
using Training.Tests.Support;
using Training.Web.Features.Evaluation;
using Training.Web.Features.Privacy;
using Training.Web.Features.Sessions;

namespace Training.Tests.Features;

/// <summary>
/// Evaluation of a session worked out by hand. A programme with a 4-question knowledge test and an
/// anonymous satisfaction survey (content, trainer, optional comment); yesterday's session with trainers
/// Ксенија and Лука and three participants:
/// Ана: pre 1 of 4 (25), post 4 of 4 (100), gain 75; content 5, Ксенија 4, Лука 5.
/// Бора: pre 2 of 4 (50), post 3 of 4 (75), gain 25; content 3, Ксенија 2, Лука 4.
/// Цица: post 4 of 4 (100) only.
/// By hand: pre 37.5, post 91.7, paired gain 50 (2 pairs); content 4, Ксенија 3, Лука 4.5; overall 23 / 6 = 3.83.
/// </summary>
public sealed partial class EvaluationTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    private sealed record Setup(HeldSession.Held Held, Questionnaire Test, Questionnaire Survey, int Ksenija, int Luka);

    private Setup Create()
    {
        var (programmeId, test, survey) = _app.Scoped(db =>
        {
            var programme = new TrainingProgramme("Евалуација у пракси", 6, 1, 20);
            db.Programmes.Add(programme);
            db.SaveChanges();
            var test = new Questionnaire(QuestionnaireKind.KnowledgeTest, "Тест", programme.Id, false);
            for (var i = 1; i <= 4; i++)
            {
                var item = test.AddItem($"Питање {i}", null, ItemType.Choice, RatingAspect.Other, true);
                item.AddOption("Тачно", null, true);
                item.AddOption("Нетачно", null, false);
            }
            var survey = new Questionnaire(QuestionnaireKind.Satisfaction, "Задовољство", programme.Id, true);
            survey.AddItem("Садржај", null, ItemType.Rating, RatingAspect.Content, true);
            survey.AddItem("Тренер", null, ItemType.Rating, RatingAspect.Trainer, true);
            survey.AddItem("Коментар", null, ItemType.Open, RatingAspect.Other, false);
            db.Questionnaires.AddRange(test, survey);
            db.SaveChanges();
            return (programme.Id, test, survey);
        });
        var held = HeldSession.Create(_app, [-1], ["Ана Аничић", "Бора Борић", "Цица Цицић"], programmeId: programmeId);
        var (ksenija, luka) = _app.Scoped(db =>
        {
            var session = db.Sessions.Single(s => s.Id == held.SessionId);
            db.Entry(session).Collection(s => s.Days).Load();
            db.Entry(session).Collection(s => s.Trainers).Load();
            var k = new Trainer("Ксенија Кљајић", TrainerKind.External);
            var l = new Trainer("Лука Лукић", TrainerKind.Internal);
            db.Trainers.AddRange(k, l);
            session.AssignTrainer(k, TrainerRole.Lead, 0, []);
            session.AssignTrainer(l, TrainerRole.CoTrainer, 0, []);
            db.SaveChanges();
            return (k.Id, l.Id);
        });
        return new Setup(held, test, survey, ksenija, luka);
    }

    private string Link(Setup setup, int person, EvaluationPhase phase) => _app.Scoped(db =>
    {
        using var scope = _app.Services.CreateScope();
        var evaluation = scope.ServiceProvider.GetRequiredService<EvaluationService>();
        var session = db.Sessions.Single(s => s.Id == setup.Held.SessionId);
        db.Entry(session).Collection(s => s.Days).Load();
        return "/e/" + evaluation.Token(session, setup.Held.People[person].ParticipantId, phase);
    });

    private static Dictionary<string, string> Test(Questionnaire test, int correct) =>
        test.Ordered.Select((item, i) => (Key: $"i{item.Id}", Value: (i < correct ? item.Options.First(o => o.IsCorrect) : item.Options.First(o => !o.IsCorrect)).Id.ToString(CultureInfo.InvariantCulture)))
            .ToDictionary(x => x.Key, x => x.Value);

    private static Dictionary<string, string> Survey(Setup setup, int content, int ksenija, int luka, string comment = "")
    {
        var items = setup.Survey.Ordered.ToList();
        return new()
        {
            [$"i{items[0].Id}"] = content.ToString(CultureInfo.InvariantCulture), [$"i{items[1].Id}t{setup.Ksenija}"] = ksenija.ToString(CultureInfo.InvariantCulture), [$"i{items[1].Id}t{setup.Luka}"] = luka.ToString(CultureInfo.InvariantCulture),
            [$"i{items[2].Id}"] = comment,
        };
    }

    private async Task<HttpResponseMessage> AnswerAsync(string link, Dictionary<string, string> values)
    {
        using var web = new WebSession(_app);
        return await web.PostFormAsync(link, link, values);
    }

    private async Task PreTestAsync(Setup setup, int person, int correct)
    {
        _app.Clock.Offset = TimeSpan.FromDays(-2);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Link(setup, person, EvaluationPhase.PreTest), Test(setup.Test, correct))).StatusCode);
        }
        finally
        {
            _app.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Gain_and_averages_match_the_worked_example_and_anonymous_answers_name_nobody()
    {
        var setup = Create();
        await PreTestAsync(setup, 0, 1);
        await PreTestAsync(setup, 1, 2);
        foreach (var (person, correct) in new[] { (0, 4), (1, 3), (2, 4) })
            Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Link(setup, person, EvaluationPhase.PostTest), Test(setup.Test, correct))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Link(setup, 0, EvaluationPhase.Satisfaction), Survey(setup, 5, 4, 5, "Одлични примери из праксе"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Link(setup, 1, EvaluationPhase.Satisfaction), Survey(setup, 3, 2, 4))).StatusCode);

        SessionResults results = null!;
        await _app.WithScopeAsync(async services =>
        {
            var session = (await services.GetRequiredService<SessionService>().FindAsync(setup.Held.SessionId))!;
            results = await services.GetRequiredService<EvaluationService>().ResultsAsync(session);
        });
        Assert.Equal((37.5m, 91.7m, 50m, 2), (results.PreAverage, results.PostAverage, results.Gain, results.Paired));
        Assert.Equal([("Садржај", 4m, 2)], results.Items.Select(i => (i.Label, i.Average!.Value, i.Count)).ToList());
        Assert.Equal([("Ксенија Кљајић", 3m), ("Лука Лукић", 4.5m)], results.Trainers.OrderBy(t => t.Label).Select(t => (t.Label, t.Average!.Value)).ToList());
        Assert.Equal(3.83m, results.Satisfaction);
        Assert.Equal(["Одлични примери из праксе"], results.Comments);
        Assert.Equal(3, results.Responses[EvaluationPhase.PostTest]);

        // The survey was anonymous: its responses carry no person; that someone answered is kept apart.
        Assert.All(_app.Scoped(db => db.Responses.Where(r => r.SessionId == setup.Held.SessionId && r.Phase == EvaluationPhase.Satisfaction).Select(r => r.ParticipantId).ToList()), Assert.Null);
        Assert.Equal(2, _app.Scoped(db => db.EvaluationInvites.Count(i => i.SessionId == setup.Held.SessionId && i.Phase == EvaluationPhase.Satisfaction && i.AnsweredOn != null)));
        Assert.All(_app.Scoped(db => db.Responses.Where(r => r.SessionId == setup.Held.SessionId && r.Phase == EvaluationPhase.PostTest).Select(r => r.ParticipantId).ToList()), p => Assert.NotNull(p));

        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var page = await coordinator.GetPageAsync($"/sessions/{setup.Held.SessionId}/evaluation");
        Assert.Contains("&#x2B;50 поена", page);
        Assert.Contains("3,83 / 5", page);
        // Across the programme's sessions (only this one here): the same gain and the mean of the survey's ratings.
        var programme = _app.Scoped(db => db.Sessions.Single(x => x.Id == setup.Held.SessionId).ProgrammeId);
        Assert.Contains("пораст знања &#x2B;50 поена, оцена 3,83 / 5 (1 обука)", await coordinator.GetPageAsync($"/programmes/{programme}"));
    }

    [Fact]
    public async Task Answering_twice_shows_the_earlier_answers_and_a_closed_or_incomplete_form_says_so()
    {
        var setup = Create();
        var link = Link(setup, 0, EvaluationPhase.PostTest);
        using var participant = new WebSession(_app);

        var incomplete = Test(setup.Test, 4);
        var skipped = setup.Test.Ordered.ToList()[2].Id;
        incomplete.Remove($"i{skipped}");
        var page = await (await AnswerAsync(link, incomplete)).Content.ReadAsStringAsync();
        Assert.Contains($"id=\"i{skipped}-error\">Ово питање је обавезно.", page);
        Assert.Single(Regex.Matches(page, "Ово питање је обавезно."));
        Assert.Equal(0, _app.Scoped(db => db.Responses.Count(r => r.SessionId == setup.Held.SessionId)));

        await AnswerAsync(link, Test(setup.Test, 3));
        var again = await participant.GetPageAsync(link);
        Assert.Contains("Већ сте попунили овај упитник. Ваши одговори:", again);
        Assert.Contains("Ваш резултат: 75 %", again);
        var second = await AnswerAsync(link, Test(setup.Test, 4));
        Assert.Contains("Већ сте попунили овај упитник.", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, _app.Scoped(db => db.Responses.Count(r => r.SessionId == setup.Held.SessionId)));

        var late = Link(setup, 1, EvaluationPhase.Satisfaction);
        _app.Clock.Offset = TimeSpan.FromDays(20);
        try
        {
            Assert.Contains("Рок за попуњавање овог упитника је истекао.", await participant.GetPageAsync(late));
        }
        finally
        {
            _app.Clock.Offset = TimeSpan.Zero;
        }
        Assert.Equal(HttpStatusCode.NotFound, (await participant.Client.GetAsync(link[..^4] + "AAAA")).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_answer_and_the_answered_mark_keep_the_day_and_no_time()
    {
        var setup = Create();
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(Link(setup, 0, EvaluationPhase.Satisfaction), Survey(setup, 5, 4, 5, "Корисно"))).StatusCode);

        // Read as stored, column by column: no value of the response, nor of the mark that she answered, holds a time of day.
        var today = Belgrade.Today(_app.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabaseFile}");
        connection.Open();
        List<(string Column, string Value)> Row(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"SessionId\" = {setup.Held.SessionId} AND \"Phase\" = 'Satisfaction'";
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            var row = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)).ToList();
            Assert.False(reader.Read());
            return row;
        }
        var response = Row("Responses");
        var invite = Row("EvaluationInvites").Where(c => c.Column.StartsWith("Answered", StringComparison.Ordinal)).ToList();
        Assert.Equal("", response.Single(c => c.Column == "ParticipantId").Value);
        Assert.Equal([today, today], response.Concat(invite).Where(c => c.Value.Contains('-')).Select(c => c.Value));
        Assert.DoesNotContain(response.Concat(invite), c => Regex.IsMatch(c.Value, @"\d:\d\d"));
    }

    [Fact]
    public async Task An_erased_persons_link_is_a_404_and_takes_no_answer()
    {
        var setup = Create();
        var link = Link(setup, 0, EvaluationPhase.PostTest);
        using var participant = new WebSession(_app);
        var form = await participant.GetPageAsync(link);
        var antiforgery = WebSession.AntiforgeryToken(form);

        await _app.WithScopeAsync(async s => Assert.True(await s.GetRequiredService<PersonalDataService>().EraseAsync(setup.Held.People[0].ParticipantId)));

        Assert.Equal(HttpStatusCode.NotFound, (await participant.Client.GetAsync(link)).StatusCode);
        var posted = await participant.Client.PostAsync(link, new FormUrlEncodedContent(Test(setup.Test, 4).Append(new KeyValuePair<string, string>("__RequestVerificationToken", antiforgery))));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, _app.Scoped(db => db.Responses.Count(r => r.SessionId == setup.Held.SessionId)));
        Assert.Equal(0, _app.Scoped(db => db.EvaluationInvites.Count(i => i.SessionId == setup.Held.SessionId)));
        // Another person's link to the same session still works.
        Assert.Equal(HttpStatusCode.OK, (await participant.Client.GetAsync(Link(setup, 1, EvaluationPhase.PostTest))).StatusCode);
    }

    [Fact]
    public async Task Invitations_and_one_reminder_go_through_the_outbox_and_the_emailed_link_works()
    {
        var setup = Create();
        var emails = setup.Held.People.Select(p => p.Email).ToList();
        int Sent(string kind) => _app.Scoped(db => db.OutboxMessages.Count(m => m.Kind == kind && emails.Contains(m.ToAddress)));
        await _app.WithScopeAsync(async s => await s.GetRequiredService<EvaluationService>().SendDueAsync());
        Assert.Equal(3, Sent("Evaluation"));
        await _app.WithScopeAsync(async s => await s.GetRequiredService<EvaluationService>().SendDueAsync());
        Assert.Equal(3, Sent("Evaluation"));
        await _app.DispatchEmailAsync();
        var email = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == setup.Held.People[0].Email));
        var link = EvaluationLink().Matches(email.TextBody!).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, link.Count); // the post-test and the satisfaction survey
        using var participant = new WebSession(_app);
        Assert.Contains("Тест знања после обуке", await participant.GetPageAsync(link[0]));
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(link[0], Test(setup.Test, 2))).StatusCode);

        _app.Clock.Offset = TimeSpan.FromDays(4);
        try
        {
            await _app.WithScopeAsync(async s => await s.GetRequiredService<EvaluationService>().SendDueAsync());
            Assert.Equal(3, Sent("EvaluationReminder"));
            await _app.WithScopeAsync(async s => await s.GetRequiredService<EvaluationService>().SendDueAsync());
            Assert.Equal(3, Sent("EvaluationReminder"));
        }
        finally
        {
            _app.Clock.Offset = TimeSpan.Zero;
        }
        var reminders = _app.Scoped(db => db.OutboxMessages.Where(m => m.Kind == "EvaluationReminder").Select(m => new { m.ToAddress, m.TextBody }).ToList());
        var anas = reminders.Single(r => r.ToAddress == setup.Held.People[0].Email);
        // Ана answered the post-test: her reminder asks only for the survey.
        Assert.Single(EvaluationLink().Matches(anas.TextBody));
    }

    [GeneratedRegex(@"https?://[^/\s]+(/e/[A-Za-z0-9_-]+)")]
    private static partial Regex EvaluationLink();
}
