using Training.Domain.Common;

namespace Training.Domain.Certificates;

/// <summary>The rendered PDF of a certificate, kept so the same file is served every time.</summary>
public sealed class CertificateFile : Entity
{
    private CertificateFile() { }

    public CertificateFile(int certificateId, byte[] content)
    {
        CertificateId = certificateId;
        Content = content;
    }

    public int CertificateId { get; private set; }
    public byte[] Content { get; private set; } = [];
}
