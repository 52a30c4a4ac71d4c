using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>An administrative district (управни округ), or the City of Belgrade.</summary>
public sealed class District : Entity
{
    private readonly List<Municipality> _municipalities = [];

    private District() { }

    public District(string code, string name)
    {
        Code = Guard.Required(code, nameof(Code), 20);
        Rename(name);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyCollection<Municipality> Municipalities => _municipalities;

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), 200);

    public Municipality AddMunicipality(string code, string name)
    {
        if (_municipalities.Any(m => m.Code == code))
            throw new DomainException("Directory.MunicipalityCodeTaken", nameof(Municipality.Code), code);
        var municipality = new Municipality(this, code, name);
        _municipalities.Add(municipality);
        return municipality;
    }
}
