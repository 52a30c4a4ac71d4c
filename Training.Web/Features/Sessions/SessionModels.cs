using System.ComponentModel.DataAnnotations;
using Training.Domain.Sessions;
using Training.Web.Features.Registrations;
using Training.Web.Shared;

namespace Training.Web.Features.Sessions;

public sealed class SessionFilter
{
    public int? Year { get; set; }
    public SessionStatus? Status { get; set; }
    public string? Sector { get; set; }
    public int? District { get; set; }
    public int? Programme { get; set; }
    public int? Trainer { get; set; }
    public string? Search { get; set; }
    public int? Page { get; set; }

    /// <summary>Sessions of one work-plan activity (the drill-down from plan fulfilment).</summary>
    public int? Activity { get; set; }

    /// <summary>Only sessions that were held: delivered or closed.</summary>
    public bool Held { get; set; }
}

public sealed record SessionRow(int Id, string Title, DateOnly FirstDay, DateOnly LastDay, int DayCount, SessionStatus Status, string? Venue, string? Town, bool IsOnline, int Capacity);

public sealed record SessionChoices(
    IReadOnlyList<Choice> Programmes,
    IReadOnlyList<Choice> Venues,
    IReadOnlyList<Choice> Trainers,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<Choice> Districts,
    IReadOnlyList<Choice> PlanActivities);

public sealed record SessionListPage(SessionFilter Filter, Page<SessionRow> Rows, SessionChoices Choices, IReadOnlyList<int> Years);

public sealed class DayInput
{
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }

    public bool IsEmpty => Date is null && Start is null && End is null;
}

public sealed class SessionForm
{
    public const int DayRows = 5;

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Session.Programme")]
    public int? ProgrammeId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Session.Title")]
    public string? Title { get; set; }

    [Display(Name = "Session.Language")]
    public string Language { get; set; } = "sr-Cyrl-RS";

    public List<DayInput> Days { get; set; } = [];

    [Display(Name = "Session.Venue")]
    public int? VenueId { get; set; }

    [Display(Name = "Session.Online")]
    public bool IsOnline { get; set; }

    [StringLength(500, ErrorMessage = "Validation.TooLong"), Display(Name = "Session.MeetingLink")]
    public string? MeetingLink { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 10000, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Session.Capacity")]
    public int? Capacity { get; set; }

    [Range(1, 10000, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Session.MinParticipants")]
    public int? MinParticipants { get; set; }

    [Display(Name = "Session.RegistrationOpensOn")]
    public DateOnly? RegistrationOpensOn { get; set; }

    [Display(Name = "Session.RegistrationClosesOn")]
    public DateOnly? RegistrationClosesOn { get; set; }

    public List<string> TargetSectors { get; set; } = [];

    [Display(Name = "Session.PlanActivity")]
    public int? PlanActivityId { get; set; }

    /// <summary>The version the user started editing; a save against a newer one is refused.</summary>
    public Guid Version { get; set; }

    /// <summary>A new session's days as a range: every day from the first to the last, all at the same times.</summary>
    [Display(Name = "Session.FirstDay")]
    public DateOnly? FirstDay { get; set; }

    /// <summary>Blank: the programme's number of days from the first day.</summary>
    [Display(Name = "Session.LastDay")]
    public DateOnly? LastDay { get; set; }

    [Display(Name = "Session.Start")]
    public TimeOnly? DayStart { get; set; }

    [Display(Name = "Session.End")]
    public TimeOnly? DayEnd { get; set; }

    /// <summary>A new session's lead trainer, assigned with it (later trainers are added on the session's page).</summary>
    [Display(Name = "Session.Trainer")]
    public int? TrainerId { get; set; }

    /// <summary>A new session's invitation list, sent when it is opened ("open and invite").</summary>
    [Display(Name = "Invite.Addresses")]
    public string? Addresses { get; set; }

    /// <summary>After the per-row report: invite the valid addresses only.</summary>
    public bool ValidOnly { get; set; }

    /// <summary>Save, open for registration and send the invitations, as one action.</summary>
    public bool OpenAndInvite { get; set; }

    public bool UsesRange => FirstDay is not null || LastDay is not null;

    public void PadDays()
    {
        while (Days.Count < DayRows)
            Days.Add(new DayInput());
    }
}

public sealed record SessionEditor(SessionForm Form, SessionChoices Choices)
{
    public int? Id { get; init; }
    public bool ChangedBySomeoneElse { get; init; }

    /// <summary>The invitation list's per-row report when a row was refused.</summary>
    public IReadOnlyList<AddressList.Line> Report { get; init; } = [];
}

public sealed class AssignTrainerForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Session.Trainer")]
    public int? TrainerId { get; set; }

    [Display(Name = "Session.TrainerRole")]
    public TrainerRole Role { get; set; } = TrainerRole.Lead;

    [Range(0, 10_000_000, ErrorMessage = "Validation.NotNegative"), Display(Name = "Session.Fee")]
    public decimal? Fee { get; set; }
}

public sealed class CancelForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.TooLong"), Display(Name = "Session.CancellationReason")]
    public string? Reason { get; set; }
}

public sealed class CopyForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Session.CopyFirstDay")]
    public DateOnly? FirstDay { get; set; }
}

public sealed record SessionDetails(TrainingSession Session, string? PlanActivity, SessionChoices Choices, bool CanEdit, SessionRegistrations Registrations)
{
    public AssignTrainerForm Assign { get; init; } = new();
    public CancelForm Cancel { get; init; } = new();
    public CopyForm Copy { get; init; } = new();
}

public sealed record CalendarEntry(int SessionId, string Title, DateOnly Date, TimeOnly Start, TimeOnly End, SessionStatus Status, string? Town);

public sealed record CalendarPage(string View, DateOnly From, DateOnly To, DateOnly Anchor, IReadOnlyList<CalendarEntry> Entries);
