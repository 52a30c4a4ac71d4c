using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Calendars;
using Training.Domain.Evaluation;
using Training.Domain.Materials;
using Training.Domain.Certificates;
using Training.Domain.Organisations;
using Training.Domain.Participants;
using Training.Domain.Programmes;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Domain.Trainers;
using Training.Domain.Venues;
using Training.Domain.Planning;
using Training.Infrastructure.Audit;
using Training.Infrastructure.Email;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Jobs;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// The one database of the product. Each provider has a small derived context
/// (<see cref="SqliteTrainingDbContext"/>, <see cref="SqlServerTrainingDbContext"/>) that owns its
/// migration set; the application always asks for this base type.
/// </summary>
public class TrainingDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public TrainingDbContext(DbContextOptions<TrainingDbContext> options) : base(options) { }

    protected TrainingDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<PartnerTraining> PartnerTrainings => Set<PartnerTraining>();

    public DbSet<TrainingProgramme> Programmes => Set<TrainingProgramme>();
    public DbSet<AccreditingBody> AccreditingBodies => Set<AccreditingBody>();
    public DbSet<ProgrammeAccreditation> ProgrammeAccreditations => Set<ProgrammeAccreditation>();
    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();
    public DbSet<SessionDay> SessionDays => Set<SessionDay>();
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<Trainer> Trainers => Set<Trainer>();
    public DbSet<TrainerAssignment> TrainerAssignments => Set<TrainerAssignment>();

    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<SeatQuota> SeatQuotas => Set<SeatQuota>();

    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<AttendanceChange> AttendanceChanges => Set<AttendanceChange>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateFile> CertificateFiles => Set<CertificateFile>();

    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<Material> Materials => Set<Material>();
    public DbSet<MaterialVersion> MaterialVersions => Set<MaterialVersion>();
    public DbSet<PreparationCheck> PreparationChecks => Set<PreparationCheck>();

    public DbSet<Questionnaire> Questionnaires => Set<Questionnaire>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<EvaluationInvite> EvaluationInvites => Set<EvaluationInvite>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();
    public DbSet<DevelopmentItem> DevelopmentItems => Set<DevelopmentItem>();
    public DbSet<Supervisor> Supervisors => Set<Supervisor>();
    public DbSet<SupervisionSession> SupervisionSessions => Set<SupervisionSession>();
    public DbSet<SupervisionAttendee> SupervisionAttendees => Set<SupervisionAttendee>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
    }

    /// <summary>The audit log is append-only: a change or deletion of an entry is refused before anything is written.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = DetectChangesOnce();
        try
        {
            GuardAuditLog();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = DetectChangesOnce();
        try
        {
            GuardAuditLog();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>
    /// Detects the changes once for the whole save, which then runs without detecting them again: the audit guard,
    /// the audit trail (an interceptor) and EF itself would each go over every tracked entity, and a registration is
    /// saved while everyone registering at the same moment waits for the write turn. Returns the setting to restore.
    /// </summary>
    private bool DetectChangesOnce()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting)
            ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detecting;
    }

    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Status enums are stored by name so the data reads the same in both providers and in reports.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Every instant is UTC; SQLite forgets DateTime.Kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
