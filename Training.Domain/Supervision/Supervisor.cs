using Training.Domain.Common;
using Training.Domain.Participants;

namespace Training.Domain.Supervision;

/// <summary>An external professional who supervises the Centre's professional work.</summary>
public sealed class Supervisor : Entity
{
    private Supervisor() { }

    public Supervisor(string fullName, string? qualification, string? organisation, string? email, string? phone) =>
        Describe(fullName, qualification, organisation, email, phone);

    public string FullName { get; private set; } = "";
    public string? Qualification { get; private set; }
    public string? Organisation { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsActive { get; private set; } = true;

    public void Describe(string fullName, string? qualification, string? organisation, string? email, string? phone)
    {
        FullName = Guard.Required(fullName, nameof(FullName), 200);
        Qualification = Guard.Optional(qualification, nameof(Qualification), 300);
        Organisation = Guard.Optional(organisation, nameof(Organisation), 200);
        Email = Participant.NormaliseEmail(email);
        Phone = Guard.Optional(phone, nameof(Phone), 50);
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;
}
