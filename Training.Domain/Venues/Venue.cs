using Training.Domain.Common;
using Training.Domain.Organisations;

namespace Training.Domain.Venues;

/// <summary>A place where sessions are held.</summary>
public sealed class Venue : Entity
{
    private Venue() { }

    public Venue(string name, string address, Municipality municipality, int capacity)
    {
        Update(name, address, municipality, capacity, null, null, null);
    }

    public string Name { get; private set; } = "";
    public string Address { get; private set; } = "";
    public int MunicipalityId { get; private set; }
    public Municipality Municipality { get; private set; } = null!;
    public int Capacity { get; private set; }
    public string? AccessibilityNotes { get; private set; }
    public string? ContactPerson { get; private set; }
    public string? ContactPhone { get; private set; }

    public void Update(string name, string address, Municipality municipality, int capacity, string? accessibilityNotes, string? contactPerson, string? contactPhone)
    {
        Name = Guard.Required(name, nameof(Name), 200);
        Address = Guard.Required(address, nameof(Address), 300);
        Municipality = municipality ?? throw new DomainException("Validation.Required", nameof(Municipality));
        MunicipalityId = municipality.Id;
        if (capacity < 1)
            throw new DomainException("Validation.AtLeastOne", nameof(Capacity));
        Capacity = capacity;
        AccessibilityNotes = Guard.Optional(accessibilityNotes, nameof(AccessibilityNotes), 1000);
        ContactPerson = Guard.Optional(contactPerson, nameof(ContactPerson), 200);
        ContactPhone = Guard.Optional(contactPhone, nameof(ContactPhone), 50);
    }
}
