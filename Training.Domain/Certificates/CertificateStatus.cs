namespace Training.Domain.Certificates;

public enum CertificateStatus
{
    Valid,
    Revoked,
}
