using Training.Domain.Common;

namespace Training.Domain.Materials;

/// <summary>
/// A training material of a programme (for all its sessions) or of one session: its title, kind,
/// language and who may see it, with every uploaded version kept; the newest is the one handed out.
/// </summary>
public sealed class Material : Entity
{
    private readonly List<MaterialVersion> _versions = [];

    private Material() { }

    private Material(int? programmeId, int? sessionId) => (ProgrammeId, SessionId) = (programmeId, sessionId);

    public static Material ForProgramme(int programmeId) => new(programmeId, null);

    public static Material ForSession(int sessionId) => new(null, sessionId);

    public int? ProgrammeId { get; private set; }
    public int? SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public MaterialKind Kind { get; private set; }
    public string Language { get; private set; } = "sr-Cyrl-RS";
    public MaterialVisibility Visibility { get; private set; }
    public IReadOnlyCollection<MaterialVersion> Versions => _versions;

    public MaterialVersion? Current => _versions.MaxBy(v => v.Number);

    public void Describe(string title, MaterialKind kind, string language, MaterialVisibility visibility)
    {
        Title = Guard.Required(title, nameof(Title), 200);
        Kind = kind;
        Language = Guard.Required(language, nameof(Language), 20);
        Visibility = visibility;
    }

    /// <summary>A new upload becomes the current version; the earlier ones stay.</summary>
    public MaterialVersion AddVersion(string fileName, string storedName, string contentType, long size, string sha256, string by, DateTime nowUtc)
    {
        var version = new MaterialVersion((_versions.Count == 0 ? 0 : _versions.Max(v => v.Number)) + 1, fileName, storedName, contentType, size, sha256, by, nowUtc);
        _versions.Add(version);
        return version;
    }
}
