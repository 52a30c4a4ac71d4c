using System.ComponentModel.DataAnnotations;
using Training.Domain.StaffDevelopment;
using Training.Web.Features.Trainers;

namespace Training.Web.Features.StaffDevelopment;

public sealed record StaffEditor(StaffForm Form, IReadOnlyList<UserChoice> Users, decimal DefaultPoints, int LicenceYears)
{
    public int? Id { get; init; }
}

public sealed class StaffForm
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Staff.User")]
    public string? UserId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Staff.FullName")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Staff.Position")]
    public string Position { get; set; } = "";

    [StringLength(60, ErrorMessage = "Validation.TooLong"), Display(Name = "Staff.LicenceNumber")]
    public string? LicenceNumber { get; set; }

    [Display(Name = "Staff.LicenceRenewsOn")]
    public DateOnly? LicenceRenewsOn { get; set; }

    [Range(0.5, 1000, ErrorMessage = "Validation.Positive"), Display(Name = "Staff.LicencePoints")]
    public decimal? LicencePointsRequired { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>The staff page: everyone's year in figures.</summary>
public sealed record StaffPage(StaffYear Year, IReadOnlyDictionary<int, LicenceProgress?> Licences);
