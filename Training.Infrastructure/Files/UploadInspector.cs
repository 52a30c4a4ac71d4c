using System.IO.Compression;
using Training.Domain.Common;

namespace Training.Infrastructure.Files;

/// <summary>
/// Decides whether an uploaded file may be kept: a plain name, an allowed kind proven by its content
/// (not only its name), at most 20 MB, and Office files that unpack to a sane size. A refusal is a
/// <see cref="DomainException"/> with the reason for the user.
/// </summary>
public static class UploadInspector
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>An Office file may unpack to at most this much, and no part to more than 100 times its packed size.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;
    private const int MaxRatio = 100;
    private const int MaxEntries = 5000;

    public sealed record Accepted(string FileName, string Extension, string ContentType);

    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public static Accepted Inspect(string? fileName, Stream content, long length, string field = "File")
    {
        var name = PlainName(fileName, field);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!ContentTypes.TryGetValue(extension, out var contentType))
            throw new DomainException("Upload.TypeNotAllowed", field);
        if (length == 0)
            throw new DomainException("Upload.Empty", field);
        if (length > MaxBytes)
            throw new DomainException("Upload.TooLarge", field, MaxBytes / 1024 / 1024);
        content.Position = 0;
        var detected = Detect(content);
        content.Position = 0;
        var expected = extension == ".jpeg" ? ".jpg" : extension;
        if (detected != expected)
            throw new DomainException("Upload.ContentMismatch", field, extension.TrimStart('.').ToUpperInvariant());
        return new Accepted(name, extension, contentType);
    }

    /// <summary>
    /// The name without any path; a name that tries to point elsewhere is refused rather than trimmed. Invisible
    /// format characters go: a right-to-left override (U+202E) and its kin would show "report\u202Efdp.exe" as
    /// "reportexe.pdf" to whoever downloads it, and zero-width ones make two names look alike.
    /// </summary>
    private static string PlainName(string? fileName, string field)
    {
        var name = new string((fileName ?? "").Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();
        if (name.Length == 0)
            throw new DomainException("Validation.Required", field);
        if (name.Contains('/') || name.Contains('\\') || name.Contains("..") || name.Any(char.IsControl) || name.Contains(':') || name.Length > 200)
            throw new DomainException("Upload.BadName", field);
        return name;
    }

    /// <summary>What the bytes say the file is: ".pdf", ".png", ".jpg", ".docx", ".pptx", ".xlsx", or null.</summary>
    private static string? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith("%PDF-"u8))
            return ".pdf";
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return ".png";
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
            return ".jpg";
        if (head.StartsWith("PK\x03\x04"u8))
            return OfficeKind(content);
        return null;
    }

    private static string? OfficeKind(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
                throw new DomainException("Upload.ZipBomb", "File");
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                // The declared sizes can lie, so every part is unpacked and counted.
                using var stream = entry.Open();
                long unpacked = 0;
                int n;
                while ((n = stream.Read(buffer)) > 0)
                {
                    unpacked += n;
                    total += n;
                    if (total > MaxUnpackedBytes || unpacked > Math.Max(entry.CompressedLength, 1024) * MaxRatio)
                        throw new DomainException("Upload.ZipBomb", "File");
                }
            }
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            if (!names.Contains("[Content_Types].xml"))
                return null;
            return names.Contains("word/document.xml") ? ".docx"
                : names.Contains("ppt/presentation.xml") ? ".pptx"
                : names.Contains("xl/workbook.xml") ? ".xlsx"
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
