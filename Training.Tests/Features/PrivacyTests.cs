using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Evaluation;
using Training.Domain.Registrations;
using Training.Infrastructure.Email;
using Training.Tests.Support;
using Training.Web.Features.Privacy;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

/// <summary>A person's data handed out and erased on request, the retention rule, the privacy notice, and the audit log that records it all.</summary>
public sealed class PrivacyTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public PrivacyTests(TrainingAppFactory app) => _app = app;

    /// <summary>
    /// Yesterday's session with Мирјана (present, with dietary needs, a valid certificate, a revoked earlier one, a comment in the
    /// survey, an email sent to her, and an unanswered invitation to another session).
    /// </summary>
    private (HeldSession.Held Held, int Person, string Email, string Token, string Code) Person()
    {
        var held = HeldSession.Create(_app, [-1], ["Мирјана Поповић"]);
        var person = held.People[0];
        var code = _app.Scoped(db =>
        {
            var session = db.Sessions.Single(s => s.Id == held.SessionId);
            var day = db.SessionDays.Single(d => d.TrainingSessionId == held.SessionId);
            var participant = db.Participants.Single(p => p.Id == person.ParticipantId);
            db.Attendance.Add(AttendanceRecord.Record(session, day, participant, AttendanceMark.Present, null, false, "coordinator@demo.local", DateTime.UtcNow));
            var details = new CertificateDetails(participant.FullName, session.Title, day.Date, day.Date, 6, "", "", "", "sr-Cyrl-RS");
            var sequence = db.Certificates.Where(c => c.Year == 2099).Max(c => (int?)c.Sequence) ?? 0;
            var revoked = Certificate.Issue("CZZTLJ", 2099, sequence + 1, session.Id, participant.Id, details, new Completion(6, 6, 80), null, day.Date, "k");
            revoked.Revoke("Погрешно име", "k", DateTime.UtcNow);
            var valid = Certificate.Issue("CZZTLJ", 2099, sequence + 2, session.Id, participant.Id, details, new Completion(6, 6, 80), null, day.Date, "k");
            db.Certificates.AddRange(revoked, valid);
            var questionnaire = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.Questionnaires, q => q.Items).First(q => q.Items.Any());
            var response = new Response(questionnaire.Id, session.Id, EvaluationPhase.Satisfaction, participant.Id, DateOnly.FromDateTime(DateTime.UtcNow));
            response.Add(new Answer(questionnaire.Items.First().Id, null, null, null, "Одлична обука, хвала Мирјана"));
            db.Responses.Add(response);
            db.OutboxMessages.Add(new OutboxMessage(person.Email, participant.FullName, "Потврда пријаве", "Поштована Мирјана", null, "sr-Cyrl-RS", "test", DateTime.UtcNow));
            db.Invitations.Add(new Invitation(held.SessionId, person.Email, participant.FullName, null, "sr-Cyrl-RS", Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), DateTime.UtcNow, DateTime.UtcNow.AddDays(10)));
            var registration = db.Registrations.Single(r => r.ParticipantId == participant.Id);
            db.Entry(registration).Property(r => r.DietaryNeeds).CurrentValue = "без глутена";
            db.SaveChanges();
            return valid.VerificationCode;
        });
        return (held, person.ParticipantId, person.Email, person.Token, code);
    }

    private async Task<WebSession> AdminAsync()
    {
        var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        return web;
    }

    [Fact]
    public async Task An_administrator_downloads_everything_held_about_a_person_and_the_download_is_logged()
    {
        var (held, id, email, _, _) = Person();
        using var web = await AdminAsync();
        Assert.Contains($"/participants/{id}/personal-data.json", await web.GetPageAsync($"/participants/{id}"));
        using var json = JsonDocument.Parse(await web.Client.GetByteArrayAsync($"/participants/{id}/personal-data.json"));
        var root = json.RootElement;
        Assert.Equal(("Мирјана Поповић", email), (root.GetProperty("FullName").GetString(), root.GetProperty("Email").GetString()));
        Assert.Equal("без глутена", root.GetProperty("Registrations")[0].GetProperty("DietaryNeeds").GetString());
        Assert.Equal(1, root.GetProperty("Attendance").GetArrayLength());
        Assert.Equal(2, root.GetProperty("Certificates").GetArrayLength());
        Assert.Equal("Одлична обука, хвала Мирјана", root.GetProperty("Answers")[0].GetProperty("Text").GetString());
        Assert.Equal("Потврда пријаве", root.GetProperty("Emails")[0].GetProperty("Subject").GetString());
        Assert.Equal(1, root.GetProperty("Invitations").GetArrayLength());

        var pdf = await web.Client.GetByteArrayAsync($"/participants/{id}/personal-data.pdf");
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("Мирјана Поповић", text);
        Assert.Contains("без глутена", text);
        // Statuses in the reader's language, not the stored names.
        Assert.Contains("Присутан/на", text);
        Assert.DoesNotContain("Present", text);
        Assert.DoesNotContain("Confirmed", text);

        var log = await web.GetPageAsync($"/audit?action=PersonalData.Exported");
        Assert.Contains($"учесник {id}", log);
        Assert.Contains("датотека json", log);
        Assert.Contains("admin@demo.local", log);
        _ = held;
    }

    [Fact]
    public async Task Erasure_keeps_the_counts_and_a_valid_certificate_and_nothing_else_about_the_person()
    {
        var (held, id, email, token, code) = Person();
        using var web = await AdminAsync();
        var response = await web.PostFormAsync($"/participants/{id}", $"/participants/{id}/erase", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        _app.Scoped(db =>
        {
            var person = db.Participants.Single(p => p.Id == id);
            Assert.Equal(("—", $"erased-{id}@erased.invalid", (string?)null), (person.FullName, person.Email, person.Position));
            Assert.NotNull(person.ErasedAtUtc);
            var registration = db.Registrations.Single(r => r.ParticipantId == id);
            Assert.Null(registration.DietaryNeeds);
            // Counts stay: the registration and the day's attendance are still there, still hers by id.
            Assert.Equal(1, db.Attendance.Count(a => a.ParticipantId == id && a.SessionId == held.SessionId));
            Assert.False(db.Invitations.Any(i => i.Email == email));
            Assert.False(db.OutboxMessages.Any(m => m.ToAddress == email));
            Assert.False(db.Responses.Any(r => r.ParticipantId == id));
            Assert.True(db.Answers.Any(a => a.Text == "Одлична обука, хвала Мирјана"));
            var certificates = db.Certificates.Where(c => c.ParticipantId == id).ToList();
            Assert.Equal("Мирјана Поповић", certificates.Single(c => c.Status == CertificateStatus.Valid).FullName);
            Assert.Equal("—", certificates.Single(c => c.Status != CertificateStatus.Valid).FullName);
            return 0;
        });
        // Her link is dead; her valid certificate still verifies, with her name.
        Assert.Equal(HttpStatusCode.NotFound, (await new WebSession(_app).Client.GetAsync($"/r/{token}")).StatusCode);
        Assert.Contains("Мирјана Поповић", await new WebSession(_app).GetPageAsync($"/verify/{code}"));
        var page = await web.GetPageAsync($"/participants/{id}");
        Assert.Contains("data-testid=\"erased\"", page);
        Assert.DoesNotContain(email, page);
        Assert.Contains("разлог на захтев особе", await web.GetPageAsync($"/audit?action=PersonalData.Erased&subject=Participant&id={id}"));
    }

    [Fact]
    public async Task The_retention_rule_deletes_and_erases_what_is_past_its_time_and_nothing_younger()
    {
        var old = HeldSession.Create(_app, [-6 * 366], ["Стари Учесник"]);
        var recent = HeldSession.Create(_app, [-2], ["Нови Учесник"]);
        var now = DateTime.UtcNow;
        var (oldMail, newMail) = _app.Scoped(db =>
        {
            db.Invitations.Add(new Invitation(recent.SessionId, "nije.odgovorio@example.rs", null, null, "sr-Cyrl-RS", new string('d', 64), now.AddDays(-91), now.AddDays(-70)));
            db.Invitations.Add(new Invitation(recent.SessionId, "jos.ceka@example.rs", null, null, "sr-Cyrl-RS", new string('e', 64), now.AddDays(-89), now.AddDays(10)));
            var sentLongAgo = new OutboxMessage("a@example.rs", null, "Стара порука", "Садржај старе поруке", "<p>стара</p>", "sr-Cyrl-RS", "test", now.AddDays(-40));
            sentLongAgo.MarkSent(now.AddDays(-31));
            var sentLately = new OutboxMessage("b@example.rs", null, "Нова порука", "Садржај нове поруке", null, "sr-Cyrl-RS", "test", now.AddDays(-30));
            sentLately.MarkSent(now.AddDays(-29));
            db.OutboxMessages.AddRange(sentLongAgo, sentLately);
            db.SaveChanges();
            return (sentLongAgo.Id, sentLately.Id);
        });

        RetentionResult result = null!;
        await _app.WithScopeAsync(async s => result = (await s.GetRequiredService<RetentionJob>().RunAsync())!);

        _app.Scoped(db =>
        {
            Assert.False(db.Invitations.Any(i => i.Email == "nije.odgovorio@example.rs"));
            Assert.True(db.Invitations.Any(i => i.Email == "jos.ceka@example.rs"));
            Assert.Equal(("", (string?)null), db.OutboxMessages.Where(m => m.Id == oldMail).Select(m => new { m.TextBody, m.HtmlBody }).AsEnumerable().Select(m => (m.TextBody, m.HtmlBody)).Single());
            Assert.Equal("Стара порука", db.OutboxMessages.Single(m => m.Id == oldMail).Subject);
            Assert.Equal("Садржај нове поруке", db.OutboxMessages.Single(m => m.Id == newMail).TextBody);
            Assert.True(db.Participants.Single(p => p.Id == old.People[0].ParticipantId).IsErased);
            Assert.False(db.Participants.Single(p => p.Id == recent.People[0].ParticipantId).IsErased);
            Assert.True(db.Registrations.Any(r => r.ParticipantId == old.People[0].ParticipantId));
            Assert.True(db.AuditLog.Any(a => a.Action == "PersonalData.Erased" && a.SubjectId == old.People[0].ParticipantId.ToString(CultureInfo.InvariantCulture) && a.Detail == "reason=retention"));
            return 0;
        });
        Assert.True(result.InvitationsDeleted >= 1 && result.EmailsEmptied >= 1 && result.ParticipantsErased >= 1);
    }

    [Fact]
    public async Task The_privacy_notice_is_public_and_every_form_that_collects_data_links_to_it()
    {
        using var anonymous = new WebSession(_app);
        var notice = await anonymous.GetPageAsync("/privacy");
        Assert.Contains("90 дана", notice);
        Assert.Contains("6 година", notice);
        var held = HeldSession.Create(_app, [10], ["Зорана Милић"]);
        var page = await anonymous.GetPageAsync($"/r/{held.People[0].Token}");
        Assert.Contains("data-testid=\"privacy-note\"", page);
        Assert.Contains("href=\"/privacy\"", page);
        Assert.DoesNotContain("само за ову обуку", page);
        Assert.DoesNotContain("трећим лицима", page);
    }

    [Fact]
    public async Task The_notice_names_the_officer_says_who_receives_what_and_quotes_the_retention_jobs_periods()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?>
        {
            ["Privacy:OfficerName"] = "Јелена Заштитић", ["Privacy:OfficerEmail"] = "dpo@centarzztlj.rs",
            ["Retention:UnansweredInvitationDays"] = "45", ["Retention:ParticipantYears"] = "7", ["Retention:EmailBodyDays"] = "21",
            ["StaffDevelopment:LicenceYears"] = "6",
        });
        using var anonymous = new WebSession(app);
        var cyrillic = System.Net.WebUtility.HtmlDecode(await anonymous.GetPageAsync("/privacy"));
        Assert.Contains("лицу за заштиту података о личности Центра: Јелена Заштитић, <a href=\"mailto:dpo@centarzztlj.rs\">dpo@centarzztlj.rs</a>", cyrillic);
        Assert.Contains("брише се после 45 дана", cyrillic);
        Assert.Contains("уз евиденцију обука 7 година после последње обуке", cyrillic);
        Assert.Contains("лиценца траје 6 година", cyrillic);
        Assert.Contains("брише се 21 дан после слања", cyrillic);
        Assert.Contains("телу које их је акредитовало", cyrillic);
        Assert.Contains("Финансијерима обука", cyrillic);
        Assert.Contains("не достављамо никоме", cyrillic);
        Assert.DoesNotContain("трећим лицима", cyrillic);
        Assert.DoesNotContain("само за ову обуку", cyrillic);

        var latin = System.Net.WebUtility.HtmlDecode(await anonymous.GetPageAsync("/privacy?culture=sr-Latn-RS"));
        Assert.Contains("Jelena Zaštitić, <a href=\"mailto:dpo@centarzztlj.rs\">", latin);
        Assert.Contains("uz evidenciju obuka 7 godina posle poslednje obuke", latin);
        Assert.DoesNotContain("trećim licima", latin);

        var english = System.Net.WebUtility.HtmlDecode(await anonymous.GetPageAsync("/privacy?culture=en"));
        Assert.Contains("data protection officer: Jelena Zaštitić, <a href=\"mailto:dpo@centarzztlj.rs\">", english);
        Assert.Contains("deleted after 45 days", english);
        Assert.Contains("training record for 7 years after your last training", english);
        Assert.Contains("a licence runs 6 years", english);
        Assert.Contains("deleted 21 days after sending", english);
        Assert.Contains("Funders of trainings", english);
        Assert.DoesNotContain("third parties", english);
        Assert.DoesNotContain("for this training only", english);
    }

    [Fact]
    public void Production_does_not_start_without_the_data_protection_officer()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Privacy:OfficerName and Privacy:OfficerEmail must be set in Production", refused.ToString());
    }

    [Fact]
    public async Task The_audit_log_records_who_changed_what_and_refuses_to_be_rewritten()
    {
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var held = HeldSession.Create(_app, [-1], ["Лука Ђорђевић"]);
        await coordinator.GetPageAsync($"/sessions/{held.SessionId}/registrations/export.csv");
        _app.Scoped(db =>
        {
            var entry = db.AuditLog.OrderByDescending(a => a.Id).First(a => a.Action == "PersonalData.Exported");
            Assert.Equal(("coordinator@demo.local", "TrainingSession", held.SessionId.ToString(CultureInfo.InvariantCulture)), (entry.Actor, entry.Subject, entry.SubjectId));
            // Made by the test itself (no request): a registration, recorded by id and without the person's name.
            var created = db.AuditLog.Where(a => a.Action == "Registration.Created").AsEnumerable().Last(a => a.Detail!.Contains($"session={held.SessionId};"));
            Assert.Equal("system", created.Actor);
            Assert.DoesNotContain("Лука", created.Detail);

            entry = db.AuditLog.First();
            db.Entry(entry).Property(a => a.Detail).CurrentValue = "преправљено";
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            db.ChangeTracker.Clear();
            db.AuditLog.Remove(db.AuditLog.First());
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            return 0;
        });
    }
}
