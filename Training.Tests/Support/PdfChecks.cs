using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Training.Tests.Support;

/// <summary>
/// Checks of a PDF by tools other than the one that made it: qpdf's structural check, and the document's own
/// metadata as PdfPig reads it.
/// </summary>
public static class PdfChecks
{
    /// <summary>Runs <c>qpdf --check</c> and fails on an error or any warning, with qpdf's words.</summary>
    public static void PassesQpdf(byte[] pdf, string what)
    {
        var file = Path.Combine(Path.GetTempPath(), $"qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--check", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit(60_000);
            var said = output.Result + errors;
            Assert.True(process.ExitCode == 0 && !said.Contains("WARNING", StringComparison.OrdinalIgnoreCase),
                $"qpdf --check on the {what} (exit {process.ExitCode}): {said}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    public sealed record Properties(string? Title, string? Author, string? Subject, string? Language);

    /// <summary>The document information's title, author and subject, and the catalogue's /Lang.</summary>
    public static Properties Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var info = document.Information;
        var language = document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create("Lang"), out StringToken lang) ? lang.Data : null;
        return new Properties(info.Title, info.Author, info.Subject, language);
    }

    /// <summary>Every word of every page as PdfPig reads it, joined by single spaces: what a reader of the document sees.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
