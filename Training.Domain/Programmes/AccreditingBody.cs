using Training.Domain.Common;

namespace Training.Domain.Programmes;

/// <summary>
/// A body that accredits training programmes and keeps the register of their deliveries: the Republic Institute
/// for Social Protection, the Institute for the Improvement of Education (ZUOV), the Health Council. Reference data,
/// editable by the coordinators.
/// </summary>
public sealed class AccreditingBody : Entity
{
    private AccreditingBody() { }

    public AccreditingBody(string code, string name, string abbreviation, bool asksLicenceNumber, int sortOrder)
    {
        Code = Guard.Required(code, nameof(Code), 40);
        Rename(name, abbreviation);
        AsksLicenceNumber = asksLicenceNumber;
        SortOrder = sortOrder;
    }

    /// <summary>Stable code used by the seed and the reports, e.g. <c>SocialProtection</c>.</summary>
    public string Code { get; private set; } = "";

    /// <summary>Serbian Cyrillic name, the source of truth; Latin is transliterated.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Short name for tables ("РЗСЗ").</summary>
    public string Abbreviation { get; private set; } = "";

    /// <summary>
    /// Its points keep a professional licence (the Chamber of Social Protection counts the Institute's points), so
    /// registration asks, optionally, for the licence number.
    /// </summary>
    public bool AsksLicenceNumber { get; private set; }

    public int SortOrder { get; private set; }

    public void AskForLicenceNumber(bool asks) => AsksLicenceNumber = asks;

    public void Rename(string? name, string? abbreviation)
    {
        Name = Guard.Required(name, nameof(Name), 300);
        Abbreviation = Guard.Required(abbreviation, nameof(Abbreviation), 20);
    }
}
