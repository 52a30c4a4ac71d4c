namespace Training.Domain.Certificates;

/// <summary>The accreditation a certificate counts under: the body, its decision or catalogue number, and the points earned.</summary>
public sealed record CertificateAccreditation(string Body, string Number, decimal Points);
