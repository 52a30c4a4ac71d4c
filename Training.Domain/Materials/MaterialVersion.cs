using Training.Domain.Common;

namespace Training.Domain.Materials;

/// <summary>One uploaded file of a material, stored under a generated name outside the web root.</summary>
public sealed class MaterialVersion : Entity
{
    private MaterialVersion() { }

    internal MaterialVersion(int number, string fileName, string storedName, string contentType, long size, string sha256, string by, DateTime nowUtc)
    {
        Number = number;
        FileName = fileName;
        StoredName = storedName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedBy = by;
        UploadedAtUtc = nowUtc;
    }

    public int MaterialId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The name it was uploaded with (no path), used only as the download's name.</summary>
    public string FileName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string UploadedBy { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
}
