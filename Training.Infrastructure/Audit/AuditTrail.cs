using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Planning;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Audit;

/// <summary>
/// Writes the audit log from the changes being saved, in the same transaction: registrations, attendance,
/// certificates and plan approvals are recorded whichever page, link or job made them. Records are named
/// by id; nothing of a person's name or address goes into the log.
/// </summary>
public sealed class AuditTrail(IHttpContextAccessor? http, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public const string Participant = "participant";

    private static readonly AsyncLocal<string?> Acting = new();

    /// <summary>The signed-in user's name; "participant" for someone on a link page; "system" for a job.</summary>
    public static string Actor(HttpContext? context) =>
        Acting.Value ?? (context is null ? "system" : context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "?" : Participant);

    /// <summary>
    /// Names the actor for work done on someone's behalf outside their request (registrations written together after
    /// their requests queued them), until disposed.
    /// </summary>
    public static IDisposable ActingAs(string actor)
    {
        var previous = Acting.Value;
        Acting.Value = actor;
        return new Restore(() => Acting.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private void Record(DbContext? context)
    {
        if (context is not TrainingDbContext db)
            return;
        // The changes were detected by TrainingDbContext for the whole save.
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(http?.HttpContext);
        var lines = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified || e is { State: EntityState.Deleted, Entity: PartnerTraining })
            .Select(Describe).OfType<(string Action, string Subject, string? Id, string Detail)>().ToList();
        foreach (var (action, subject, id, detail) in lines)
            db.AuditLog.Add(new AuditEntry(now, actor, action, subject, id, detail));
    }

    private static (string, string, string?, string)? Describe(EntityEntry entry)
    {
        var added = entry.State == EntityState.Added;
        string? Id(int id) => added ? null : id.ToString(CultureInfo.InvariantCulture);
        bool Changed(string property) => added || entry.Property(property).IsModified;
        string Was(string property) => entry.Property(property).OriginalValue?.ToString() ?? "";
        // Details are "key=value" pairs; the audit page shows them in the reader's language.
        return entry.Entity switch
        {
            Registration r when added => ("Registration.Created", nameof(Registration), null, $"session={r.SessionId}; participant={r.ParticipantId}; status={r.Status}"),
            Registration r when Changed(nameof(Registration.Status)) =>
                ("Registration.StatusChanged", nameof(Registration), Id(r.Id), $"session={r.SessionId}; participant={r.ParticipantId}; from={Was(nameof(Registration.Status))}; to={r.Status}"),
            AttendanceRecord a when Changed(nameof(AttendanceRecord.Mark)) || Changed(nameof(AttendanceRecord.Hours)) =>
                ("Attendance.Marked", nameof(AttendanceRecord), Id(a.Id), $"session={a.SessionId}; day={a.SessionDayId}; participant={a.ParticipantId}; mark={a.Mark}; hours={a.Hours:0.##}"),
            Certificate c when added => ("Certificate.Issued", nameof(Certificate), null, $"number={c.Number}; session={c.SessionId}; participant={c.ParticipantId}"),
            Certificate c when Changed(nameof(Certificate.Status)) =>
                ("Certificate.StatusChanged", nameof(Certificate), Id(c.Id), $"number={c.Number}; from={Was(nameof(Certificate.Status))}; to={c.Status}"),
            AnnualPlan p when !added && Changed(nameof(AnnualPlan.Status)) =>
                ("Plan.StatusChanged", nameof(AnnualPlan), Id(p.Id), $"year={p.Year}; from={Was(nameof(AnnualPlan.Status))}; to={p.Status}"),
            AnnualPlan p when !added && Changed(nameof(AnnualPlan.ReportIntroductionAtUtc)) =>
                ("Plan.ReportIntroduced", nameof(AnnualPlan), Id(p.Id), $"year={p.Year}"),
            PlanActivity a when !added && Changed(nameof(PlanActivity.ProgressReportedAtUtc)) =>
                ("Plan.ProgressReported", nameof(PlanActivity), Id(a.Id), $"activity={a.Id}; from={Was(nameof(PlanActivity.Progress))}; to={a.Progress}"),
            PlanActivity a when !added && (Changed(nameof(PlanActivity.Commentary)) || Changed(nameof(PlanActivity.CommentReviewedBy))) =>
                ("Plan.Commented", nameof(PlanActivity), Id(a.Id), $"activity={a.Id}; reviewed={a.CommentReviewedBy is not null}"),
            PlanTask t when !added && Changed(nameof(PlanTask.UpdatedAtUtc)) =>
                ("Plan.TaskTracked", nameof(PlanTask), Id(t.Id), $"activity={t.PlanActivityId}; from={Was(nameof(PlanTask.Status))}; to={t.Status}; count={t.CountRealised}"),
            PlanOutcome o when !added && Changed(nameof(PlanOutcome.AssessedAtUtc)) =>
                ("Plan.OutcomeAssessed", nameof(PlanOutcome), Id(o.Id), $"goal={o.PlanGoalId}; from={Was(nameof(PlanOutcome.Assessment))}; to={o.Assessment}"),
            ActivityEvidence e when added => ("Plan.EvidenceAdded", nameof(ActivityEvidence), null, $"activity={e.PlanActivityId}"),
            TaskEvidence e when added => ("Plan.TaskEvidenceAdded", nameof(TaskEvidence), null, $"task={e.PlanTaskId}"),
            PartnerTraining p when entry.State == EntityState.Deleted => ("Plan.PartnerTrainingDeleted", nameof(PartnerTraining), p.Id.ToString(CultureInfo.InvariantCulture), $"activity={p.PlanActivityId}"),
            PartnerTraining p => ("Plan.PartnerTrainingRecorded", nameof(PartnerTraining), Id(p.Id), $"activity={p.PlanActivityId}; participants={p.Participants}"),
            TrainingSession s when !added && Changed(nameof(TrainingSession.AlsoPlanActivityId)) =>
                ("Plan.SessionAlsoCounted", nameof(TrainingSession), Id(s.Id), $"session={s.Id}; from={Was(nameof(TrainingSession.AlsoPlanActivityId))}; to={s.AlsoPlanActivityId}"),
            DevelopmentPlan p when !added && Changed(nameof(DevelopmentPlan.Status)) =>
                ("Development.PlanStatusChanged", nameof(DevelopmentPlan), Id(p.Id), $"year={p.Year}; from={Was(nameof(DevelopmentPlan.Status))}; to={p.Status}"),
            _ => null,
        };
    }
}
