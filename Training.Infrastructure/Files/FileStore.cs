using System.Security.Cryptography;

namespace Training.Infrastructure.Files;

/// <summary>
/// Uploaded files on disk, outside the web root, each under a generated name; the database keeps the
/// original name. Files are served only through the app, to those allowed to see them.
/// </summary>
public sealed class FileStore(string root)
{
    public string Root { get; } = Directory.CreateDirectory(root).FullName;

    /// <summary>The folder of <c>Files:Path</c>, or <c>data/files</c> under the content root when it is not set.</summary>
    public static string RootFor(string? configured, string contentRoot) => string.IsNullOrWhiteSpace(configured)
        ? Path.Combine(contentRoot, "data", "files")
        : Path.GetFullPath(configured, contentRoot);

    /// <summary>Copies <paramref name="content"/> in under a new random name; returns that name and the file's SHA-256.</summary>
    public async Task<(string StoredName, string Sha256)> SaveAsync(Stream content)
    {
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(name);
        content.Position = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            await content.CopyToAsync(file);
        content.Position = 0;
        return (name, Convert.ToHexStringLower(await SHA256.HashDataAsync(content)));
    }

    /// <summary>
    /// Stores <paramref name="content"/> and lets <paramref name="record"/> note it (stored name, SHA-256) in the
    /// database; when recording fails the file goes again, so no file is left that nothing names.
    /// </summary>
    public async Task KeepAsync(Stream content, Func<string, string, Task> record)
    {
        var (stored, sha) = await SaveAsync(content);
        try
        {
            await record(stored, sha);
        }
        catch
        {
            Delete(stored);
            throw;
        }
    }

    public Stream Open(string storedName) => new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read);

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private string PathOf(string storedName)
    {
        // Stored names are ours (hex); anything else never reaches the disk.
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("Not a stored file name.", nameof(storedName));
        return Path.Combine(Root, storedName);
    }
}
