using System.ComponentModel.DataAnnotations;
using Training.Domain.Supervision;
using Training.Web.Shared;

namespace Training.Web.Features.Supervision;

public sealed record SupervisionRow(int Id, DateOnly Date, string Supervisor, SupervisionFormat Format, decimal Hours, string Topic, int Attendees);

/// <summary>The supervision page: a year's sessions, each person's hours against the target, and the supervisors.</summary>
public sealed record SupervisionPage(int Year, Page<SupervisionRow> Sessions, IReadOnlyList<PersonHours> People, decimal Target, IReadOnlyList<Supervisor> Supervisors);

public sealed record PersonHours(int StaffMemberId, string Name, decimal Hours);

public sealed record SupervisionDetails(SupervisionSession Session, string Supervisor, IReadOnlyList<string> Attendees);

public sealed record SupervisionEditor(SupervisionForm Form, IReadOnlyList<Choice> Supervisors, IReadOnlyList<Choice> Staff)
{
    public int? Id { get; init; }
}

public sealed class SupervisionForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Supervision.Supervisor")]
    public int? SupervisorId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Supervision.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(0.25, 24, ErrorMessage = "Validation.Positive"), Display(Name = "Supervision.Hours")]
    public decimal? Hours { get; set; }

    public SupervisionFormat Format { get; set; } = SupervisionFormat.Group;

    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervision.Topic")]
    public string Topic { get; set; } = "";

    [StringLength(8000, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervision.Notes")]
    public string? Notes { get; set; }

    public List<int> AttendeeIds { get; set; } = [];
}

public sealed class SupervisorForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervisor.FullName")]
    public string FullName { get; set; } = "";

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervisor.Qualification")]
    public string? Qualification { get; set; }

    [StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervisor.Organisation")]
    public string? Organisation { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervisor.Email")]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "Validation.TooLong"), Display(Name = "Supervisor.Phone")]
    public string? Phone { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed record SupervisorEditor(SupervisorForm Form)
{
    public int? Id { get; init; }
}
