using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>A municipality or city; institutions are located in one.</summary>
public sealed class Municipality : Entity
{
    private Municipality() { }

    internal Municipality(District district, string code, string name)
    {
        District = district;
        Code = Guard.Required(code, nameof(Code), 20);
        Rename(name);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int DistrictId { get; private set; }
    public District District { get; private set; } = null!;

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), 200);
}
