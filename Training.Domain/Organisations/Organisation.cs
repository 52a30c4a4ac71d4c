using System.Net.Mail;
using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>
/// An institution in the directory (a social work centre, a police unit, a school, ...).
/// Participants belong to one; reports group them by sector, municipality and district.
/// </summary>
public sealed class Organisation : Entity
{
    public const int MaxServed = 30;

    private readonly List<ServedMunicipality> _alsoServes = [];

    private Organisation() { }

    public Organisation(string name, Sector sector, Municipality municipality, string? email = null, string? phone = null, string? address = null)
    {
        Update(name, sector, municipality, email, phone, address);
    }

    public string Name { get; private set; } = "";
    public int SectorId { get; private set; }
    public Sector Sector { get; private set; } = null!;
    public int MunicipalityId { get; private set; }
    public Municipality Municipality { get; private set; } = null!;
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public bool IsActive { get; private set; } = true;

    /// <summary>The municipalities it serves besides its own; coverage counts each of them.</summary>
    public IReadOnlyCollection<ServedMunicipality> AlsoServes => _alsoServes;

    /// <summary>Sets the other municipalities it serves; its own municipality is always served and not listed twice.</summary>
    public void Serve(IEnumerable<int> municipalityIds)
    {
        var others = municipalityIds.Where(id => id != MunicipalityId).Distinct().ToList();
        if (others.Count > MaxServed)
            throw new DomainException("Directory.TooManyServed", nameof(AlsoServes), MaxServed);
        _alsoServes.RemoveAll(s => !others.Contains(s.MunicipalityId));
        _alsoServes.AddRange(others.Where(id => _alsoServes.All(s => s.MunicipalityId != id)).Select(id => new ServedMunicipality(id)));
    }

    public void Update(string name, Sector sector, Municipality municipality, string? email, string? phone, string? address)
    {
        Name = Guard.Required(name, nameof(Name), 300);
        Sector = sector ?? throw new DomainException("Validation.Required", nameof(Sector));
        SectorId = sector.Id;
        Municipality = municipality ?? throw new DomainException("Validation.Required", nameof(Municipality));
        MunicipalityId = municipality.Id;
        Email = NormaliseEmail(email);
        Phone = Guard.Optional(phone, nameof(Phone), 50);
        Address = Guard.Optional(address, nameof(Address), 300);
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    private static string? NormaliseEmail(string? email)
    {
        var trimmed = Guard.Optional(email, nameof(Email), 254);
        if (trimmed is null)
            return null;
        if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
            throw new DomainException("Validation.Email", nameof(Email));
        return trimmed.ToLowerInvariant();
    }
}
