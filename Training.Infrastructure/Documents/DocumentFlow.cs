using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Writes text top to bottom on A4 pages, wrapping lines and starting new pages as needed.
/// The documents of the product (plans, reports, lists) are built on it.
/// </summary>
public sealed class DocumentFlow : IDisposable
{
    private const double Margin = 50;
    private readonly PdfDocument _document;
    private readonly PageOrientation _orientation;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public DocumentFlow(string title, PageOrientation orientation = PageOrientation.Portrait)
    {
        EmbeddedFontResolver.Install();
        _document = new PdfDocument();
        _document.Info.Title = title;
        _document.Info.Creator = "Training";
        _orientation = orientation;
        NewPage();
    }

    public double Width => _page!.Width.Point - 2 * Margin;

    public void Heading(string text, double size = 14) => Paragraph(text, size, bold: true, spaceAfter: size * 0.5);

    public void Paragraph(string text, double size = 10, bool bold = false, double indent = 0, double spaceAfter = 4)
    {
        var font = new XFont(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        var lineHeight = size * 1.35;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            EnsureRoom(lineHeight);
            _graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, _y, Width - indent, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        _y += spaceAfter;
    }

    public void Space(double points) => _y += points;

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > _page!.Height.Point - Margin)
            NewPage();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _page.Orientation = _orientation;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _graphics!.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }
}
