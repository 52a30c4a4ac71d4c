using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>
/// An audience the Centre trains: social work centres, police, schools, prosecution and courts, ... Reference data an
/// administrator adds and renames; its code never changes, because targets, quotas and programmes refer to it.
/// </summary>
public sealed class Sector : Entity
{
    private Sector() { }

    public Sector(string code, string name, string nameEnglish, int sortOrder)
    {
        Code = Guard.Required(code, nameof(Code), 40);
        Rename(name, nameEnglish);
        SortOrder = sortOrder;
    }

    /// <summary>Stable code used in targets, quotas and reports, e.g. <c>SocialWorkCentre</c>.</summary>
    public string Code { get; private set; } = "";

    /// <summary>Serbian Cyrillic name, the source of truth; Latin is transliterated.</summary>
    public string Name { get; private set; } = "";

    public string NameEnglish { get; private set; } = "";

    public int SortOrder { get; private set; }

    public void Rename(string? name, string? nameEnglish)
    {
        Name = Guard.Required(name, nameof(Name), 200);
        NameEnglish = Guard.Required(nameEnglish, nameof(NameEnglish), 200);
    }

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
