using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.Infrastructure.Seeding;

/// <summary>Reads and checks the JSON files under <c>seed/</c> before anything is written.</summary>
public sealed class SeedFiles(string root)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public string Root { get; } = root;

    public T Read<T>(string relativePath) where T : class
    {
        var path = Path.Combine(Root, relativePath);
        if (!File.Exists(path))
            throw new SeedException(relativePath, "the file does not exist");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new SeedException(relativePath, "the file is empty");
        }
        catch (JsonException ex)
        {
            throw new SeedException(relativePath, $"invalid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }
    }

    public IEnumerable<string> Files(string relativeFolder, string pattern)
    {
        var folder = Path.Combine(Root, relativeFolder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).OrderBy(f => f, StringComparer.Ordinal).Select(f => Path.GetRelativePath(Root, f))
            : [];
    }

    /// <summary>The <c>seed</c> folder copied beside the app, else the nearest one above the given folder (a source checkout).</summary>
    public static string Locate(string startFolder)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed");
            if (Directory.Exists(Path.Combine(candidate, "reference")))
                return candidate;
        }
        throw new SeedException("seed/", $"no seed folder found at or above {startFolder}");
    }
}
