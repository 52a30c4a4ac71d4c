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
    string Culture);
