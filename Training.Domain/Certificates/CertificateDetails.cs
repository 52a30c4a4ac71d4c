namespace Training.Domain.Certificates;

/// <summary>What a certificate says, fixed when it is issued so later edits to the session do not change it.</summary>
public sealed record CertificateDetails(
    string FullName,
    string ProgrammeTitle,
    DateOnly FirstDay,
    DateOnly LastDay,
    decimal Hours,
    string Trainers,
    string SignatoryName,
    string SignatoryTitle,
    string Culture)
{
    /// <summary>The session's own title, when it differs from the programme's (accredited) title.</summary>
    public string? SessionTitle { get; init; }

    /// <summary>Where it was held: the venue and municipality, or online.</summary>
    public string? Place { get; init; }

    /// <summary>The hours the person attended, given when the completion rule allows partial attendance.</summary>
    public decimal? AttendedHours { get; init; }

    public CertificateAccreditation? Accreditation { get; init; }

    public string? LicenceNumber { get; init; }
}
