using System.ComponentModel.DataAnnotations;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Web.Shared;

namespace Training.Web.Features.Programmes;

public sealed record ProgrammeRow(int Id, string Title, int DurationDays, decimal DurationHours, IReadOnlyList<string> Accreditations, bool IsArchived, int Sessions);

public sealed record ProgrammeList(Page<ProgrammeRow> Rows, string? Search, bool Archived);

public sealed record ProgrammeSessionRow(int Id, string Title, DateOnly FirstDay, SessionStatus Status);

public sealed record ProgrammeDetails(TrainingProgramme Programme, string? PlanActivity, IReadOnlyList<ProgrammeSessionRow> Sessions);

public sealed record ProgrammeEditor(ProgrammeForm Form, IReadOnlyList<string> Sectors, IReadOnlyList<Choice> PlanActivities)
{
    public int? Id { get; init; }
}

public sealed class ProgrammeForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Programme.Title")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Validation.TooLong"), Display(Name = "Programme.Description")]
    public string? Description { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.TooLong"), Display(Name = "Programme.LearningObjectives")]
    public string? LearningObjectives { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 60, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Programme.DurationDays")]
    public int? DurationDays { get; set; } = 1;

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Programme.DurationHours")]
    public decimal? DurationHours { get; set; } = 6;

    [Required(ErrorMessage = "Validation.Required"), Range(1, 10000, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Programme.DefaultCapacity")]
    public int? DefaultCapacity { get; set; } = 25;

    [Display(Name = "Programme.Language")]
    public string Language { get; set; } = "sr-Cyrl-RS";

    public List<string> TargetSectors { get; set; } = [];

    [Display(Name = "Programme.PlanActivity")]
    public int? PlanActivityId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 100, ErrorMessage = "Validation.Percent"), Display(Name = "Programme.CompletionPercent")]
    public int? CompletionPercent { get; set; } = 80;
}

public sealed record AccreditationEditor(int ProgrammeId, string ProgrammeTitle, int? AccreditationId, AccreditationForm Form,
    IReadOnlyList<AccreditingBody> Bodies, IReadOnlyList<string> Sectors);

/// <summary>One accreditation of a programme as the coordinator types it.</summary>
public sealed class AccreditationForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Accreditation.Body")]
    public int? AccreditingBodyId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(60, ErrorMessage = "Validation.TooLong"), Display(Name = "Accreditation.Number")]
    public string? Number { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Accreditation.AccreditedTitle")]
    public string? AccreditedTitle { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Accreditation.ParticipantPoints")]
    public decimal? ParticipantPoints { get; set; }

    [Display(Name = "Accreditation.TrainerPoints")]
    public decimal? TrainerPoints { get; set; }

    [Display(Name = "Accreditation.ValidFrom")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Accreditation.ValidUntil")]
    public DateOnly? ValidUntil { get; set; }

    public List<string> Audience { get; set; } = [];
}

/// <summary>An accrediting body's name (Serbian, Cyrillic), abbreviation and whether its points keep a licence.</summary>
public sealed class AccreditingBodyForm
{
    public string? Name { get; set; }
    public string? Abbreviation { get; set; }
    public bool AsksLicenceNumber { get; set; }
}

public sealed record AccreditingBodiesPage(IReadOnlyList<AccreditingBody> Bodies, AccreditingBodyForm Form, int? Editing);
