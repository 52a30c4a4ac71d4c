using PdfSharp.Pdf;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Saves every PDF the product makes, one way: with its title, author, subject and language, and, for an archival
/// document, as PDF/A-2b (XMP identification, an sRGB output intent; fonts are always embedded).
/// PDFsharp 6.2 writes its Flate streams as a zlib header and raw deflate data without the zlib trailer (the
/// Adler-32 checksum), which qpdf reports as "input stream is complete but output may still be valid". So PDFsharp
/// is told to compress nothing, and <see cref="PdfStreamCompression"/> compresses each stream as a complete zlib stream.
/// </summary>
public static class PdfFile
{
    private static readonly Lazy<byte[]> SrgbProfile = new(() =>
    {
        var assembly = typeof(PdfFile).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".ColorProfiles.sRGB.icc", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static byte[] Save(PdfDocument document, PdfProperties properties)
    {
        document.Info.Title = properties.Title;
        document.Info.Subject = properties.Subject;
        document.Info.Author = properties.Author;
        document.Info.Creator = "Training";
        document.Language = properties.Language;
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        if (properties.Archival)
            AddOutputIntent(document);
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return PdfStreamCompression.Rewrite(stream.GetBuffer().AsSpan(0, (int)stream.Length), properties.Archival);
    }

    /// <summary>PDF/A's output intent: the colours of the page (DeviceRGB) are meant as sRGB, with the profile embedded.</summary>
    private static void AddOutputIntent(PdfDocument document)
    {
        var profile = new PdfDictionary(document);
        document.Internals.AddObject(profile);
        profile.Elements.SetInteger("/N", 3);
        profile.CreateStream(SrgbProfile.Value);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetReference("/DestOutputProfile", profile);
        document.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(document, intent);
    }
}
