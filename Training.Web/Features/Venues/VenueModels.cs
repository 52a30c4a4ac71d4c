using System.ComponentModel.DataAnnotations;
using Training.Web.Features.Directory;
using Training.Web.Shared;

namespace Training.Web.Features.Venues;

public sealed record VenueRow(int Id, string Name, string Address, string Municipality, int Capacity, string? AccessibilityNotes);

public sealed record VenueEditor(VenueForm Form, IReadOnlyList<MunicipalityChoice> Municipalities)
{
    public int? Id { get; init; }
}

public sealed class VenueForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Venue.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Venue.Address")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Venue.Municipality")]
    public int? MunicipalityId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(1, 100000, ErrorMessage = "Validation.AtLeastOne"), Display(Name = "Venue.Capacity")]
    public int? Capacity { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.TooLong"), Display(Name = "Venue.AccessibilityNotes")]
    public string? AccessibilityNotes { get; set; }

    [StringLength(200, ErrorMessage = "Validation.TooLong"), Display(Name = "Venue.ContactPerson")]
    public string? ContactPerson { get; set; }

    [StringLength(50, ErrorMessage = "Validation.TooLong"), Display(Name = "Venue.ContactPhone")]
    public string? ContactPhone { get; set; }
}
