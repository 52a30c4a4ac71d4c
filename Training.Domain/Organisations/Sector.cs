using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>An audience the Centre trains: social work centres, police, schools, ...</summary>
public sealed class Sector : Entity
{
    private Sector() { }

    public Sector(string code, string name, int sortOrder)
    {
        Code = Guard.Required(code, nameof(Code), 40);
        Rename(name);
        SortOrder = sortOrder;
    }

    /// <summary>Stable code used in resources and reports, e.g. <c>SocialWorkCentre</c>.</summary>
    public string Code { get; private set; } = "";

    /// <summary>Serbian Cyrillic name, the source of truth; Latin is transliterated.</summary>
    public string Name { get; private set; } = "";

    public int SortOrder { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), 200);

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;
}
