using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Evaluation;
using Training.Domain.Planning;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Domain.Trainers;
using Training.Domain.Venues;
using Training.Infrastructure.Files;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Seeding;

/// <summary>
/// Development only: venues, trainers, programmes and a year of sessions from
/// <c>seed/demo/training.json</c>, dated around today and taken through the real workflow.
/// Runs once: nothing is added when programmes already exist.
/// </summary>
public sealed class DemoTrainingSeeder(TrainingDbContext db, UserManager<AppUser> users, SeedFiles files, TimeProvider clock, FileStore store)
{
    public const string TrainingFile = "demo/training.json";

    public async Task SeedAsync()
    {
        if (await db.Programmes.AnyAsync())
            return;
        var seed = files.Read<DemoTrainingSeed>(TrainingFile);
        var today = Belgrade.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var plan = await DemoPlanAsync(seed, today, now);
            var venues = await VenuesAsync(seed);
            var trainers = await TrainersAsync(seed, today);
            var programmes = await ProgrammesAsync(seed, plan?.Year ?? 2017);
            await db.SaveChangesAsync();
            if (plan is not null)
                await PartnerTrainingsAsync(seed.Plan!, plan, trainers, today, now);
            foreach (var q in seed.Questionnaires ?? [])
            {
                var questionnaire = new Questionnaire(q.Kind, q.Title, q.Programme is null ? null : programmes[q.Programme].Id, q.Anonymous);
                foreach (var i in q.Items)
                {
                    var item = questionnaire.AddItem(i.Text, i.English, i.Type, i.Aspect, i.Required);
                    foreach (var option in i.Options ?? [])
                    {
                        var parts = option.TrimStart('*').Split('|');
                        item.AddOption(parts[0], parts.Length > 1 ? parts[1] : null, option.StartsWith('*'));
                    }
                }
                db.Questionnaires.Add(questionnaire);
            }

            var scheduled = new List<TrainingSession>();
            foreach (var demo in seed.Sessions)
            {
                var programme = programmes[demo.Programme];
                var first = FirstWorkingRun(today.AddDays(demo.Offset), programme.DurationDays);
                var hoursPerDay = programme.DurationHours / programme.DurationDays;
                var days = Enumerable.Range(0, programme.DurationDays)
                    .Select(i => new DayPlan(first.AddDays(i), new TimeOnly(9, 30), new TimeOnly(9, 30).Add(TimeSpan.FromHours((double)hoursPerDay))))
                    .ToList();
                var session = new TrainingSession(programme, days, programme.DefaultCapacity);
                session.HoldAt(demo.Venue is null ? null : venues[demo.Venue], demo.Online is not null, demo.Online);
                foreach (var key in demo.Trainers)
                {
                    var trainer = trainers[key];
                    session.AssignTrainer(trainer, key == demo.Trainers[0] ? TrainerRole.Lead : TrainerRole.CoTrainer, trainer.DailyFee * programme.DurationDays,
                        scheduled.Where(s => s.Trainers.Any(t => t.Trainer == trainer)));
                }
                Advance(session, demo, now);
                scheduled.Add(session);
                db.Sessions.Add(session);
            }
            await db.SaveChangesAsync();
            var held = scheduled.Where(s => s.Status is SessionStatus.Delivered or SessionStatus.Closed).ToList();
            if (seed.Plan is not null)
                await new DemoAttendance(db, now).AddAsync(held, seed.Plan.ParticipantsPerSession);
            if (seed.Staff is not null)
                await new DemoStaffSeeder(db, store, today, now).AddAsync(seed.Staff, programmes, held);
        }
        catch (DomainException ex)
        {
            throw new SeedException(TrainingFile, $"{ex.MessageKey} ({ex.Field}) {string.Join(", ", ex.Arguments)}");
        }
        catch (KeyNotFoundException ex)
        {
            throw new SeedException(TrainingFile, ex.Message);
        }
    }

    private async Task<Dictionary<string, Venue>> VenuesAsync(DemoTrainingSeed seed)
    {
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code);
        var venues = new Dictionary<string, Venue>();
        foreach (var v in seed.Venues)
        {
            var venue = new Venue(v.Name, v.Address, municipalities[v.Municipality], v.Capacity);
            venue.Update(v.Name, v.Address, municipalities[v.Municipality], v.Capacity, v.Accessibility, v.ContactPerson, v.ContactPhone);
            db.Venues.Add(venue);
            venues[v.Key] = venue;
        }
        return venues;
    }

    private async Task<Dictionary<string, Trainer>> TrainersAsync(DemoTrainingSeed seed, DateOnly today)
    {
        var trainers = new Dictionary<string, Trainer>();
        foreach (var t in seed.Trainers)
        {
            var userId = t.User is null ? null : (await users.FindByEmailAsync(t.User))?.Id;
            var trainer = new Trainer(t.FullName, t.Kind);
            trainer.Update(t.FullName, t.Kind, userId, t.Institution, null, null, t.Expertise, t.Languages, t.DailyFee);
            foreach (var u in t.Unavailable ?? [])
                trainer.MarkUnavailable(today.AddDays(u.FromOffset), today.AddDays(u.ToOffset), u.Reason);
            db.Trainers.Add(trainer);
            trainers[t.Key] = trainer;
        }
        return trainers;
    }

    /// <summary>
    /// The demo year's plan: the 2017 plan copied to this year, given the demo's targets and progress,
    /// and approved, so the dashboard and the fulfilment report have a current year to show.
    /// </summary>
    private async Task<AnnualPlan?> DemoPlanAsync(DemoTrainingSeed seed, DateOnly today, DateTime now)
    {
        if (seed.Plan is null || await db.AnnualPlans.AnyAsync(p => p.Year == today.Year))
            return null;
        var source = await db.AnnualPlans
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Tasks)
            .Include(p => p.Goals).ThenInclude(g => g.Activities).ThenInclude(a => a.Targets)
            .Include(p => p.Goals).ThenInclude(g => g.Outcomes)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Year == 2017);
        if (source is null)
            return null;
        var plan = source.CopyTo(today.Year, source.Title.Replace("2017", today.Year.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal));
        var activities = plan.Goals.SelectMany(g => g.Activities).ToDictionary(a => a.Code);
        foreach (var target in seed.Plan.Targets)
            activities[target.Activity].SetTarget(target.Kind, target.Value, target.Sector);
        plan.Approve("admin@demo.local", now);
        foreach (var progress in seed.Plan.Progress)
        {
            activities[progress.Activity].ReportProgress(progress.Progress, "coordinator@demo.local", now);
            activities[progress.Activity].AddEvidence(today.AddDays(progress.Offset), progress.Note, "coordinator@demo.local", now);
        }
        // The year's record as the coordinator keeps it: tasks tracked, comments written and read, outcomes assessed.
        foreach (var t in seed.Plan.Tasks ?? [])
        {
            var task = activities[t.Activity].Tasks.OrderBy(x => x.SortOrder).ElementAt(t.Task - 1);
            task.Track(t.Status, t.Realised, t.DropReason, "coordinator@demo.local", now);
            if (t.Note is not null)
                task.AddEvidence(today.AddDays(t.Offset), t.Note, "coordinator@demo.local", now);
        }
        foreach (var c in seed.Plan.Comments ?? [])
        {
            activities[c.Activity].Comment(c.Text, "coordinator@demo.local", now);
            if (c.Reviewed)
                activities[c.Activity].ReviewComment("management@demo.local", now);
        }
        var goals = plan.Goals.ToDictionary(g => g.Code);
        foreach (var o in seed.Plan.Outcomes ?? [])
            goals[o.Goal].Outcomes.Single(x => x.Number == o.Outcome).Assess(o.Assessment, o.Justification, o.Evidence, "coordinator@demo.local", now);
        db.AnnualPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }

    /// <summary>Trainings partners organised with the demo's trainers taking part, counted per sector.</summary>
    private async Task PartnerTrainingsAsync(DemoPlan seed, AnnualPlan plan, Dictionary<string, Trainer> trainers, DateOnly today, DateTime now)
    {
        var activities = plan.Goals.SelectMany(g => g.Activities).ToDictionary(a => a.Code);
        foreach (var p in seed.Partners ?? [])
        {
            var first = today.AddDays(p.Offset);
            // Only what falls in the demo year; a date early in January would belong to last year's plan.
            if (first.Year != plan.Year)
                continue;
            var training = new PartnerTraining(activities[p.Activity].Id);
            training.Describe(p.Title, p.Organiser, p.Place, first, first.AddDays(p.Days - 1), p.Hours);
            training.Count(p.Counts);
            training.Staff(p.Trainers.Select(t => (trainers[t.Key].Id, t.Value)).ToList());
            training.Record("coordinator@demo.local", now);
            db.PartnerTrainings.Add(training);
        }
        await db.SaveChangesAsync();
    }

    private async Task<Dictionary<string, TrainingProgramme>> ProgrammesAsync(DemoTrainingSeed seed, int planYear)
    {
        var activities = (await db.PlanActivities.Where(a => a.Goal.Plan.Year == planYear)
                .Select(a => new { a.Id, Code = a.Goal.ParentGoal!.Number + "." + a.Goal.Number + "." + a.Number }).ToListAsync())
            .ToDictionary(a => a.Code, a => a.Id);
        var programmes = new Dictionary<string, TrainingProgramme>();
        var socialProtection = await db.AccreditingBodies.FirstOrDefaultAsync(b => b.Code == AccreditingBodyCodes.SocialProtection);
        foreach (var p in seed.Programmes)
        {
            var programme = new TrainingProgramme(p.Title, p.Hours, p.Days, p.Capacity);
            programme.Describe(p.Title, p.Description, p.Objectives, "sr-Cyrl-RS");
            programme.TargetTo(new SectorSet(p.Sectors));
            programme.ServePlanActivity(p.Activity is null ? null : activities[p.Activity]);
            if (p.AccreditationNumber is not null && socialProtection is not null)
                programme.Accredit(socialProtection, new AccreditationTerms(p.AccreditationNumber, null, p.AccreditationPoints, null, null, null, SectorSet.Empty));
            db.Programmes.Add(programme);
            programmes[p.Key] = programme;
        }
        return programmes;
    }

    /// <summary>Takes a session through the real workflow up to the status the demo wants.</summary>
    private static void Advance(TrainingSession session, DemoSession demo, DateTime now)
    {
        if (demo.Status == SessionStatus.Cancelled)
        {
            session.MoveTo(SessionStatus.Planned, now);
            session.Cancel(demo.Reason ?? "—");
            return;
        }
        SessionStatus[] path = [SessionStatus.Planned, SessionStatus.OpenForRegistration, SessionStatus.RegistrationClosed, SessionStatus.Delivered, SessionStatus.Closed];
        foreach (var step in path.TakeWhile(s => s <= demo.Status))
            session.MoveTo(step, now);
    }

    /// <summary>The first date on or after <paramref name="from"/> that starts <paramref name="days"/> consecutive working days.</summary>
    private static DateOnly FirstWorkingRun(DateOnly from, int days)
    {
        var date = from;
        while (Enumerable.Range(0, days).Any(i => date.AddDays(i).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday))
            date = date.AddDays(1);
        return date;
    }
}
