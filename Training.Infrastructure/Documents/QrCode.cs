using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using QRCoder;

namespace Training.Infrastructure.Documents;

/// <summary>
/// A QR code as its module matrix, drawn as vector squares (in a PDF, or as SVG in a page):
/// sharp at any size, and no image format for PDFsharp to refuse.
/// </summary>
public sealed class QrCode
{
    private readonly bool[][] _modules;

    public QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix already includes the four-module quiet zone readers need.
        _modules = data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    public int Size => _modules.Length;

    public void Draw(XGraphics graphics, double x, double y, double size)
    {
        var module = size / Size;
        for (var row = 0; row < Size; row++)
        {
            // Runs of dark modules in a row become one rectangle: fewer drawing operations, smaller files.
            var col = 0;
            while (col < Size)
            {
                if (!_modules[row][col])
                {
                    col++;
                    continue;
                }
                var start = col;
                while (col < Size && _modules[row][col])
                    col++;
                graphics.DrawRectangle(XBrushes.Black, x + start * module, y + row * module, (col - start) * module, module);
            }
        }
    }

    /// <summary>An SVG of the code, one path for all dark modules, scaled by the page.</summary>
    public string ToSvg(string label)
    {
        var path = new StringBuilder();
        for (var row = 0; row < Size; row++)
        {
            for (var col = 0; col < Size; col++)
            {
                if (_modules[row][col])
                    path.Append(CultureInfo.InvariantCulture, $"M{col},{row}h1v1h-1z");
            }
        }
        var title = System.Net.WebUtility.HtmlEncode(label);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-label=\"{title}\" shape-rendering=\"crispEdges\"><rect width=\"{Size}\" height=\"{Size}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }
}
