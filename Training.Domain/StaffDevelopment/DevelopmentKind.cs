namespace Training.Domain.StaffDevelopment;

/// <summary>The three parts of the professional development plan.</summary>
public enum DevelopmentKind
{
    /// <summary>Sessions of this system, the Centre's internal programmes among them.</summary>
    Internal,

    /// <summary>Trainings of other providers the Centre sends someone to, with cost and funding.</summary>
    External,

    /// <summary>Trainings other organisers invite the Centre's people to, recorded as the invitations arrive.</summary>
    Invitation,
}
