using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;

namespace Training.Tests.Support;

/// <summary>
/// A PDF page rendered to grey pixels by poppler's <c>pdftoppm</c>, for reading back what a person
/// sees, such as a QR code.
/// </summary>
public static class PdfImage
{
    public static (int Width, int Height, byte[] Pixels) Render(byte[] pdf, int dpi = 150)
    {
        var folder = Directory.CreateTempSubdirectory("pdf-image-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(folder.FullName, "page")])
            {
                RedirectStandardError = true,
            })!;
            process.WaitForExit(30_000);
            Assert.True(process.ExitCode == 0, "pdftoppm: " + process.StandardError.ReadToEnd());
            return ReadPgm(File.ReadAllBytes(Path.Combine(folder.FullName, "page.pgm")));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    /// <summary>The text of the QR code on the page, or null when none can be read.</summary>
    public static string? ReadQrCode(byte[] pdf)
    {
        var (width, height, pixels) = Render(pdf);
        var source = new PlanarYUVLuminanceSource(pixels, width, height, 0, 0, width, height, false);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(source)?.Text;
    }

    /// <summary>Binary PGM ("P5"): a header of magic, width, height and maximum value, then one byte per pixel.</summary>
    private static (int, int, byte[]) ReadPgm(byte[] file)
    {
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)file[position]))
                position++;
            var start = position;
            while (!char.IsWhiteSpace((char)file[position]))
                position++;
            fields.Add(Encoding.ASCII.GetString(file, start, position - start));
        }
        position++;
        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
        return (width, height, file[position..(position + width * height)]);
    }
}
