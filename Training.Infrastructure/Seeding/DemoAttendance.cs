using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Evaluation;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Seeding;

/// <summary>
/// Development only: people from the directory's institutions registered for the demo's held sessions,
/// with attendance (mostly present, some partial, a few absent), their budgets and, for closed sessions, certificates.
/// The same every time (a fixed random seed), so screenshots and the demo tell the same story.
/// </summary>
internal sealed class DemoAttendance(TrainingDbContext db, DateTime now)
{
    private static readonly string[] FirstNames = ["Милица", "Марко", "Јелена", "Никола", "Ана", "Стефан", "Ивана", "Душан", "Тијана", "Лазар", "Драгана", "Немања", "Сања", "Бојан", "Маја", "Зоран"];
    private static readonly string[] LastNames = ["Јовановић", "Петровић", "Николић", "Ђорђевић", "Стојановић", "Илић", "Марковић", "Ђукић", "Павловић", "Милошевић", "Костић", "Тодоровић"];

    /// <summary>
    /// A demo person's confirmed registration, made two weeks before the session. Its link hash is the hash of random
    /// bytes, so no link opens it: demo people get no emails.
    /// </summary>
    internal static Registration DemoRegistration(TrainingSession session, int participantId) =>
        new(session.Id, participantId, true, Convert.ToHexStringLower(SHA256.HashData(RandomNumberGenerator.GetBytes(32))), null, null, session.StartsAtUtc.AddDays(-14));

    /// <summary>
    /// Answers from most of the session's people: the programme's knowledge test before and after (knowing
    /// more after) and the satisfaction survey, so the results pages have something to show.
    /// </summary>
    private async Task AddEvaluationAsync(TrainingSession session, IReadOnlyList<Participant> people, Random random)
    {
        var questionnaires = await db.Questionnaires.Include(q => q.Items).ThenInclude(i => i.Options)
            .Where(q => q.ProgrammeId == session.ProgrammeId || q.ProgrammeId == null).ToListAsync();
        var test = questionnaires.FirstOrDefault(q => q.Kind == QuestionnaireKind.KnowledgeTest && q.ProgrammeId == session.ProgrammeId);
        var survey = questionnaires.FirstOrDefault(q => q.Kind == QuestionnaireKind.Satisfaction);
        foreach (var person in people.Where(_ => random.Next(10) < 8))
        {
            if (test is not null)
            {
                var before = random.Next(test.Items.Count);
                var after = Math.Min(test.Items.Count, before + 1 + random.Next(2));
                foreach (var (phase, correct) in new[] { (EvaluationPhase.PreTest, before), (EvaluationPhase.PostTest, after) })
                {
                    var response = new Response(test.Id, session.Id, phase, person.Id, DateOnly.FromDateTime(Belgrade.ToLocal(session.StartsAtUtc)));
                    foreach (var (item, index) in test.Ordered.Where(i => i.Type == ItemType.Choice).Select((item, index) => (item, index)))
                        response.Add(new Answer(item.Id, null, null, item.Options.First(o => o.IsCorrect == index < correct).Id, null));
                    response.ScoreAgainst(test);
                    db.Responses.Add(response);
                    var invite = new EvaluationInvite(session.Id, person.Id, phase);
                    invite.Answered(DateOnly.FromDateTime(Belgrade.ToLocal(session.EndsAtUtc)));
                    db.EvaluationInvites.Add(invite);
                }
            }
            if (survey is not null)
            {
                var response = new Response(survey.Id, session.Id, EvaluationPhase.Satisfaction, survey.IsAnonymous ? null : person.Id, DateOnly.FromDateTime(Belgrade.ToLocal(session.EndsAtUtc)));
                foreach (var item in survey.Ordered.Where(i => i.Type == ItemType.Rating))
                {
                    if (item.Aspect == RatingAspect.Trainer)
                        foreach (var trainer in session.Trainers)
                            response.Add(new Answer(item.Id, trainer.TrainerId, 3 + random.Next(3), null, null));
                    else
                        response.Add(new Answer(item.Id, null, 3 + random.Next(3), null, null));
                }
                db.Responses.Add(response);
                var invite = new EvaluationInvite(session.Id, person.Id, EvaluationPhase.Satisfaction);
                invite.Answered(DateOnly.FromDateTime(Belgrade.ToLocal(session.EndsAtUtc)));
                db.EvaluationInvites.Add(invite);
            }
        }
    }

    /// <summary>The state budget and a donor project, with what each makes available this year.</summary>
    private async Task<(int State, int Donor)> FundingAsync(int year)
    {
        var state = new FundingSource("Буџет Републике Србије", FundingKind.StateBudget);
        state.MakeAvailable(year, 1_500_000);
        var donor = new FundingSource("Заштита жртава трговине људима у Србији", FundingKind.DonorProject, "IOM");
        donor.Describe(donor.Name, FundingKind.DonorProject, "IOM-SRB-2026", "IOM", new DateOnly(year, 1, 1), new DateOnly(year + 1, 6, 30));
        donor.MakeAvailable(year, 2_400_000);
        db.FundingSources.AddRange(state, donor);
        await db.SaveChangesAsync();
        return (state.Id, donor.Id);
    }

    /// <summary>A held session's budget: its trainers' fees from the state budget, venue and catering from the donor, spent after the last day.</summary>
    private void AddBudget(TrainingSession session, (int State, int Donor) money, Random random)
    {
        var paidOn = session.LastDay.AddDays(10);
        foreach (var assignment in session.Trainers)
        {
            var fee = BudgetLine.ForSession(session.Id);
            fee.Set(BudgetCategory.TrainerFees, assignment.Fee, assignment.Fee, paidOn, Money.Dinar, null, money.State, FundsState.Received, assignment.Trainer.FullName, true);
            fee.FilledFrom(assignment.Id);
            db.BudgetLines.Add(fee);
        }
        var catering = BudgetLine.ForSession(session.Id);
        var planned = 1_200m * session.Capacity;
        catering.Set(BudgetCategory.Catering, planned, Math.Round(planned * (0.8m + random.Next(20) / 100m)), paidOn, Money.Dinar, null, money.Donor, FundsState.Received, null, true);
        db.BudgetLines.Add(catering);
        if (session.VenueId is not null)
        {
            var venue = BudgetLine.ForSession(session.Id);
            venue.Set(BudgetCategory.Venue, 250m, 250m, paidOn, "EUR", 117.2m, money.Donor, FundsState.Received, null, true);
            db.BudgetLines.Add(venue);
        }
    }

    public async Task AddAsync(IReadOnlyList<TrainingSession> held, int perSession)
    {
        var random = new Random(2017);
        var money = await FundingAsync(DateOnly.FromDateTime(now).Year);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Sector.Code }).ToListAsync();
        var year = DateOnly.FromDateTime(now).Year;
        var sequence = await db.Certificates.Where(c => c.Year == year).MaxAsync(c => (int?)c.Sequence) ?? 0;
        var number = 0;
        foreach (var session in held)
        {
            var sectors = session.TargetSectors.Codes;
            var pool = organisations.Where(o => sectors.Count == 0 || sectors.Contains(o.Code)).ToList();
            var people = new List<Participant>();
            for (var i = 0; i < perSession && pool.Count > 0; i++)
            {
                number++;
                var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
                var person = new Participant(name, $"ucesnik{number}@primer.test", "sr-Cyrl-RS");
                person.UpdateDetails(name, pool[random.Next(pool.Count)].Id, null, null, null, "sr-Cyrl-RS");
                people.Add(person);
            }
            db.Participants.AddRange(people);
            await db.SaveChangesAsync();
            foreach (var person in people)
            {
                db.Registrations.Add(DemoRegistration(session, person.Id));
                var records = session.Days.Select(day =>
                {
                    var roll = random.Next(100);
                    var mark = roll < 85 ? AttendanceMark.Present : roll < 95 ? AttendanceMark.Partial : AttendanceMark.Absent;
                    return AttendanceRecord.Record(session, day, person, mark, mark == AttendanceMark.Partial ? Math.Round(day.Hours / 2, 1) : null, false, "coordinator@demo.local", day.EndsAtUtc);
                }).ToList();
                db.Attendance.AddRange(records);
                var completion = Completion.Of(records, session.Hours, session.CompletionPercent);
                if (session.Status == SessionStatus.Closed && completion.Eligible)
                {
                    var details = new CertificateDetails(person.FullName, session.Title, session.FirstDay, session.LastDay, session.Hours,
                        string.Join(", ", session.Trainers.Select(t => t.Trainer.FullName)), "Ана Петровић", "директорка Центра", "sr-Cyrl-RS");
                    db.Certificates.Add(Certificate.Issue("CZZTLJ", year, ++sequence, session.Id, person.Id, details, completion, null, session.LastDay.AddDays(3), "coordinator@demo.local"));
                }
            }
            AddBudget(session, money, random);
            await AddEvaluationAsync(session, people, random);
            await db.SaveChangesAsync();
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, people.Count));
        }
    }
}
