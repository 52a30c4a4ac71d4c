using System.Globalization;
using Training.Domain.Attendance;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Infrastructure.Files;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>Changes to the work plan: a new year from the last, goals, activities and targets, approval, progress notes.</summary>
public sealed class PlanService(TrainingDbContext db, FulfilmentService fulfilment, FileStore files, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PlanListPage> ListAsync()
    {
        var plans = await db.AnnualPlans.AsNoTracking().OrderByDescending(p => p.Year).Select(p => new PlanRow(p.Year, p.Title, p.Status)).ToListAsync();
        return new PlanListPage(plans, Math.Max(fulfilment.Today.Year, plans.Count == 0 ? fulfilment.Today.Year : plans.Max(p => p.Year) + 1));
    }

    /// <summary>The closest earlier year that has a plan, to copy from.</summary>
    public Task<int?> PreviousYearAsync(int year) =>
        db.AnnualPlans.Where(p => p.Year < year).OrderByDescending(p => p.Year).Select(p => (int?)p.Year).FirstOrDefaultAsync();

    /// <summary>Next year's plan as a draft copy of an earlier one; its title names the new year.</summary>
    public async Task<AnnualPlan> CopyAsync(int fromYear, int toYear)
    {
        if (await db.AnnualPlans.AnyAsync(p => p.Year == toYear))
            throw new DomainException("Plan.YearTaken", "Year", toYear);
        var source = await fulfilment.PlanAsync(fromYear) ?? throw new DomainException("Plan.NotFound", "Year", fromYear);
        var title = source.Title.Replace(fromYear.ToString(CultureInfo.CurrentCulture), toYear.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal);
        var copy = source.CopyTo(toYear, title == source.Title ? $"{source.Title} ({toYear})" : title);
        db.AnnualPlans.Add(copy);
        await db.SaveChangesAsync();
        return copy;
    }

    public async Task ApproveAsync(AnnualPlan plan, string by)
    {
        plan.Approve(by, Now);
        await db.SaveChangesAsync();
    }

    public async Task ReopenAsync(AnnualPlan plan, string? reason, string by)
    {
        plan.Reopen(reason!, by, Now);
        await db.SaveChangesAsync();
    }

    public async Task EditGoalAsync(AnnualPlan plan, int goalId, string? text)
    {
        var goal = plan.Goals.FirstOrDefault(g => g.Id == goalId) ?? throw new DomainException("Plan.NotFound");
        goal.Edit(text!);
        await db.SaveChangesAsync();
    }

    public async Task<PlanGoal> AddGeneralGoalAsync(AnnualPlan plan, string? number, string? text)
    {
        var goal = plan.AddGeneralGoal(number!, text!);
        await db.SaveChangesAsync();
        return goal;
    }

    public async Task<PlanGoal> AddSpecificGoalAsync(AnnualPlan plan, int generalId, string? number, string? text)
    {
        var general = plan.Goals.FirstOrDefault(g => g.Id == generalId) ?? throw new DomainException("Plan.NotFound");
        var goal = general.AddSpecificGoal(number!, text!);
        await db.SaveChangesAsync();
        return goal;
    }

    /// <summary>Adds or edits an activity and its targets in one step; one refused target saves nothing.</summary>
    public async Task<PlanActivity> SaveActivityAsync(AnnualPlan plan, PlanGoal goal, PlanActivity? activity, ActivityForm form)
    {
        if (activity is null)
        {
            activity = goal.AddActivity(form.Number!, form.Text!, form.Kind);
        }
        else
        {
            foreach (var removed in form.Targets.Where(t => t.Remove && t.Id is not null))
                activity.RemoveTarget(removed.Id!.Value);
            activity.Edit(form.Text!, form.Kind);
        }
        for (var i = 0; i < form.Targets.Count; i++)
        {
            var input = form.Targets[i];
            if (input.Remove || (input.Kind is null && input.Value is null))
                continue;
            if (input.Kind is null)
                throw new DomainException("Validation.Required", $"Targets[{i}].Kind");
            if (input.Value is null)
                throw new DomainException("Validation.Required", $"Targets[{i}].Value");
            if (input.Id is int id && activity.Targets.FirstOrDefault(t => t.Id == id) is { } old && (old.Kind != input.Kind || old.SectorCode != NullIfEmpty(input.Sector)))
                activity.RemoveTarget(id);
            try
            {
                activity.SetTarget(input.Kind.Value, input.Value.Value, NullIfEmpty(input.Sector));
            }
            catch (DomainException ex)
            {
                throw new DomainException(ex.MessageKey, $"Targets[{i}].Value", ex.Arguments);
            }
        }
        await db.SaveChangesAsync();
        return activity;
    }

    public async Task ReportProgressAsync(PlanActivity activity, ActivityProgress progress, string by)
    {
        activity.ReportProgress(progress, by, Now);
        await db.SaveChangesAsync();
    }

    public async Task IntroduceReportAsync(AnnualPlan plan, string? introduction, string by)
    {
        plan.IntroduceReport(introduction, by, Now);
        await db.SaveChangesAsync();
    }

    public async Task CommentAsync(PlanActivity activity, string? commentary, string by)
    {
        activity.Comment(commentary, by, Now);
        await db.SaveChangesAsync();
    }

    public async Task ReviewCommentAsync(PlanActivity activity, string by)
    {
        activity.ReviewComment(by, Now);
        await db.SaveChangesAsync();
    }

    /// <summary>What the plan says of a task (count target, due quarter, who is responsible): content, so only while the plan is a draft.</summary>
    public async Task PlanTaskAsync(PlanTask task, TaskPlanForm form)
    {
        task.Plan(form.CountTarget, form.DueQuarter, form.Responsible);
        await db.SaveChangesAsync();
    }

    /// <summary>Where a task stands, with a dated note when one is written: the year's record, kept in an approved plan too.</summary>
    public async Task TrackTaskAsync(PlanTask task, TaskTrackingForm form, string by)
    {
        task.Track(form.Status, form.CountRealised, form.DropReason, by, Now);
        if (form.File is null)
        {
            if (!string.IsNullOrWhiteSpace(form.Note))
                task.AddEvidence(form.Date ?? fulfilment.Today, form.Note, by, Now);
            await db.SaveChangesAsync();
            return;
        }
        // A file is evidence of something: it comes with a note saying what it is.
        if (string.IsNullOrWhiteSpace(form.Note))
            throw new DomainException("Plan.FileNeedsNote", "Text");
        var (buffer, accepted) = await Uploads.ReadAsync(form.File);
        await using var _ = buffer;
        var evidence = task.AddEvidence(form.Date ?? fulfilment.Today, form.Note, by, Now);
        await files.KeepAsync(buffer, async (stored, sha) =>
        {
            evidence.Attach(accepted.FileName, stored, accepted.ContentType, buffer.Length, sha);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>The file of a task's note in the plan of <paramref name="year"/>, or null.</summary>
    public async Task<(TaskEvidence Evidence, Stream Content)?> EvidenceFileAsync(int year, int evidenceId)
    {
        var evidence = await (from e in db.Set<TaskEvidence>()
                              join t in db.Set<PlanTask>() on e.PlanTaskId equals t.Id
                              join a in db.PlanActivities on t.PlanActivityId equals a.Id
                              join g in db.PlanGoals on a.PlanGoalId equals g.Id
                              join p in db.AnnualPlans on g.AnnualPlanId equals p.Id
                              where e.Id == evidenceId && p.Year == year && e.StoredName != null
                              select e).AsNoTracking().FirstOrDefaultAsync();
        return evidence is null ? null : (evidence, files.Open(evidence.StoredName!));
    }

    public async Task AssessOutcomeAsync(PlanOutcome outcome, OutcomeAssessment assessment, string? justification, string? evidence, string by)
    {
        outcome.Assess(assessment, justification, evidence, by, Now);
        await db.SaveChangesAsync();
    }

    public async Task AddEvidenceAsync(PlanActivity activity, DateOnly? date, string? text, string by)
    {
        activity.AddEvidence(date ?? fulfilment.Today, text!, by, Now);
        await db.SaveChangesAsync();
    }

    /// <summary>The sessions and people behind an activity's figures in its plan's year, optionally of one sector, a page at a time.</summary>
    public async Task<(IReadOnlyList<ActivitySessionRow> Sessions, Page<PersonRow> People)> BehindAsync(int year, int activityId, string? sector, int? page)
    {
        var counted = db.Sessions.Where(PlanYear.HeldIn(year)).Where(s => s.PlanActivityId == activityId || s.AlsoPlanActivityId == activityId);
        var held = counted.Where(s => s.Status != SessionStatus.Cancelled);
        var sessions = await counted.AsNoTracking()
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new ActivitySessionRow(s.Id, s.Title, s.Days.Min(d => d.Date), s.Status,
                db.Attendance.Where(a => a.SessionId == s.Id && a.Mark != AttendanceMark.Absent).Select(a => a.ParticipantId).Distinct().Count(),
                s.Days.Sum(d => d.Minutes) / 60m, s.PlanActivityId != activityId))
            .ToListAsync();
        var people =
            from p in db.Participants
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            let attended = db.Attendance.Where(a => a.ParticipantId == p.Id && a.Mark != AttendanceMark.Absent && held.Any(s => s.Id == a.SessionId))
                .Select(a => a.SessionId).Distinct().Count()
            where attended > 0 && (sector == null || (o != null && o.Sector.Code == sector))
            orderby p.FullName
            select new PersonRow(p.Id, p.FullName, o != null ? o.Name : p.OrganisationName, o != null ? o.Sector.Code : null, o != null ? o.Municipality.District.Name : null, attended);
        return (sessions, await people.ToPageAsync(page));
    }

    public Task<List<string>> SectorCodesAsync() => db.Sectors.OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
