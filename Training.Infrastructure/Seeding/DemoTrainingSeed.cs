using Training.Domain.Budgets;
using Training.Domain.Evaluation;
using Training.Domain.Planning;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Domain.Trainers;

namespace Training.Infrastructure.Seeding;

// The shape of seed/demo/training.json.

public sealed record DemoTrainingSeed(List<DemoVenue> Venues, List<DemoTrainer> Trainers, List<DemoProgramme> Programmes, List<DemoSession> Sessions, DemoPlan? Plan,
    List<DemoQuestionnaire>? Questionnaires, DemoStaff? Staff);

public sealed record DemoStaff(decimal SupervisionHoursTarget, List<DemoStaffMember> Members, List<DemoSupervisor> Supervisors, List<DemoDevelopmentItem> Items,
    List<DemoSupervision> Supervision);

public sealed record DemoStaffMember(string User, string Position, string? Licence, int? RenewsInDays, decimal? PointsRequired, List<string> Attends);

public sealed record DemoSupervisor(string FullName, string? Qualification, string? Organisation, string? Email);

public sealed record DemoDevelopmentItem(string User, DevelopmentKind Kind, string? Programme, string? Title, string? Provider, int? Offset, int? Days,
    decimal? Hours, decimal? Points, decimal? Cost, FundingKind? Funding, bool AfterApproval, bool Attended);

public sealed record DemoSupervision(int Offset, decimal Hours, SupervisionFormat Format, string Topic, List<string> Attendees, string? Notes);

public sealed record DemoQuestionnaire(QuestionnaireKind Kind, string Title, string? Programme, bool Anonymous, List<DemoItem> Items);

public sealed record DemoItem(string Text, string? English, ItemType Type, RatingAspect Aspect, bool Required, List<string>? Options);

public sealed record DemoPlan(List<DemoTarget> Targets, List<DemoProgress> Progress, int ParticipantsPerSession)
{
    public List<DemoTask>? Tasks { get; init; }
    public List<DemoOutcome>? Outcomes { get; init; }
    public List<DemoComment>? Comments { get; init; }
    public List<DemoPartnerTraining>? Partners { get; init; }
}

/// <summary>Where a task of an activity stands; <see cref="Task"/> is its place in the activity's list, from 1.</summary>
public sealed record DemoTask(string Activity, int Task, PlanTaskStatus Status, int? Realised, string? DropReason, string? Note, int Offset);

public sealed record DemoOutcome(string Goal, string Outcome, OutcomeAssessment Assessment, string? Justification, string? Evidence);

public sealed record DemoComment(string Activity, string Text, bool Reviewed);

public sealed record DemoPartnerTraining(string Activity, string Title, string Organiser, string? Place, int Offset, int Days, decimal Hours,
    Dictionary<string, decimal> Trainers, Dictionary<string, int> Counts);

public sealed record DemoTarget(string Activity, TargetKind Kind, decimal Value, string? Sector);

public sealed record DemoProgress(string Activity, ActivityProgress Progress, string Note, int Offset);

public sealed record DemoVenue(string Key, string Name, string Address, string Municipality, int Capacity, string? Accessibility, string? ContactPerson, string? ContactPhone);

public sealed record DemoTrainer(string Key, string FullName, TrainerKind Kind, string? User, string? Institution, string? Expertise, string? Languages, decimal DailyFee, List<DemoUnavailable>? Unavailable);

public sealed record DemoUnavailable(int FromOffset, int ToOffset, string? Reason);

public sealed record DemoProgramme(string Key, string Title, string? Activity, int Days, decimal Hours, int Capacity, List<string> Sectors,
    string? AccreditationNumber, decimal? AccreditationPoints, string? Description, string? Objectives);

public sealed record DemoSession(string Programme, int Offset, string? Venue, string? Online, List<string> Trainers, SessionStatus Status, string? Reason);
