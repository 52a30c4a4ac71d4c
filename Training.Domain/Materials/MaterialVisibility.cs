namespace Training.Domain.Materials;

/// <summary>Who may download a material: the Centre's own people, the participants of its sessions, or anyone.</summary>
public enum MaterialVisibility
{
    Internal,
    Participants,
    Public,
}
