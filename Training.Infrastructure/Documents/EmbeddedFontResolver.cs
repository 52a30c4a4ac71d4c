using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from the assembly, so every PDF carries the same
/// Cyrillic-capable font whatever the server has installed.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>PDFsharp takes one global resolver; installing it twice throws, so this guards it.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
                return;
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _installed = true;
        }
    }

    /// <summary>
    /// The product's font at a size. Always written as a Unicode (Type 0, Identity-H) font with its glyphs embedded:
    /// PDFsharp's automatic choice would add a second, WinAnsi-encoded copy of the face for ASCII-only text, and an
    /// archival (PDF/A) document is simpler to keep right with one encoding.
    /// </summary>
    public static XFont Font(double size, bool bold = false)
    {
        Install();
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Italic is simulated: the product uses no italic face of its own.
        new(bold ? Bold : Regular, false, italic);

    public byte[] GetFont(string faceName)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith($".Fonts.{faceName}.ttf", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
