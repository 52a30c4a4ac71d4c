using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Programmes;
using Training.Domain.Sessions;

namespace Training.Web.Features.Certificates;

/// <summary>A person who attended, whether the completion rule lets them have a certificate, and what they have.</summary>
public sealed record CertificateCandidate(int ParticipantId, string FullName, string Email, Completion Completion, IReadOnlyList<Certificate> Certificates,
    string? SectorCode, ProgrammeAccreditation? Accreditation)
{
    public Certificate? Current => Certificates.FirstOrDefault(c => c.IsValid);
}

public sealed record CertificatesPage(TrainingSession Session, IReadOnlyList<CertificateCandidate> Candidates, int Pending);

public sealed record VerifyPage(Certificate Certificate, int? ReplacedByVersion);
