using System.ComponentModel.DataAnnotations;
using Training.Domain.Organisations;
using Training.Web.Shared;

namespace Training.Web.Features.Directory;

public sealed class DirectoryFilter
{
    public int? District { get; set; }
    public int? Sector { get; set; }
    public string? Search { get; set; }
    public int? Page { get; set; }
}

public sealed record OrganisationRow(int Id, string Name, string SectorCode, string Municipality, string District, string? Email, bool IsActive);


public sealed record MunicipalityChoice(int Id, string Name, string District);

public sealed record DirectoryChoices(IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> Districts, IReadOnlyList<MunicipalityChoice> Municipalities);

public sealed record DirectoryPage(DirectoryFilter Filter, Page<OrganisationRow> Rows, DirectoryChoices Choices);

public sealed record OrganisationEditor(OrganisationForm Form, DirectoryChoices Choices)
{
    public int? Id { get; init; }
}

public sealed class OrganisationForm
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Directory.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Directory.Sector")]
    public int? SectorId { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Directory.Municipality")]
    public int? MunicipalityId { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.TooLong"), Display(Name = "Directory.Email")]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "Validation.TooLong"), Display(Name = "Directory.Phone")]
    public string? Phone { get; set; }

    [StringLength(300, ErrorMessage = "Validation.TooLong"), Display(Name = "Directory.Address")]
    public string? Address { get; set; }

    [Display(Name = "Directory.IsActive")]
    public bool IsActive { get; set; } = true;

    /// <summary>Other municipalities it serves besides its own.</summary>
    public List<int> AlsoServes { get; set; } = [];
}

/// <summary>A sector's names: Serbian (Cyrillic, shown in Latin by transliteration) and English.</summary>
public sealed class SectorForm
{
    public string? Name { get; set; }
    public string? NameEnglish { get; set; }
}

public sealed record SectorsPage(IReadOnlyList<Sector> Sectors, SectorForm Form, int? Editing);
