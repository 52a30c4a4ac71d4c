using System.ComponentModel.DataAnnotations;
using Training.Domain.StaffDevelopment;
using Training.Web.Shared;

namespace Training.Web.Features.StaffDevelopment;

public sealed class DevelopmentItemForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Development.Person")]
    public int? StaffMemberId { get; set; }

    public DevelopmentKind Kind { get; set; } = DevelopmentKind.External;

    [Display(Name = "Development.Programme")]
    public int? ProgrammeId { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Development.ItemTitle")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Development.Provider")]
    public string? Provider { get; set; }

    [Display(Name = "Development.StartsOn")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Development.EndsOn")]
    public DateOnly? EndsOn { get; set; }

    [Range(0.25, 1000, ErrorMessage = "Validation.Positive"), Display(Name = "Development.Hours")]
    public decimal? Hours { get; set; }

    [Range(0, 1000, ErrorMessage = "Validation.NotNegative"), Display(Name = "Development.Points")]
    public decimal? Points { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Validation.NotNegative"), Display(Name = "Development.Cost")]
    public decimal? Cost { get; set; }

    [Display(Name = "Development.FundingSource")]
    public int? FundingSourceId { get; set; }
}

public sealed class AttendedForm
{
    [Required(ErrorMessage = "Validation.Required"), Range(0.25, 1000, ErrorMessage = "Validation.Positive"), Display(Name = "Development.AttendedHours")]
    public decimal? Hours { get; set; }

    [Range(0, 1000, ErrorMessage = "Validation.NotNegative"), Display(Name = "Development.EarnedPoints")]
    public decimal? Points { get; set; }

    [Display(Name = "Development.Certificate")]
    public IFormFile? Certificate { get; set; }
}

/// <summary>What the item forms choose from.</summary>
public sealed record DevelopmentChoices(IReadOnlyList<Choice> Staff, IReadOnlyList<Choice> Programmes, IReadOnlyList<Choice> FundingSources);

/// <summary>The year's development plan page.</summary>
public sealed record DevelopmentPage(StaffYear Year, DevelopmentChoices Choices, DevelopmentItemForm Form, bool CanApprove)
{
    public string? Error { get; init; }
}

public sealed record ItemEditor(DevelopmentItem Item, string StaffName, DevelopmentItemForm Form, DevelopmentChoices Choices);

public sealed record AttendedEditor(DevelopmentItem Item, string StaffName, AttendedForm Form);
