using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Writes text top to bottom on A4 pages, wrapping lines and starting new pages as needed.
/// The documents of the product (plans, reports, lists) are built on it.
/// </summary>
public sealed class DocumentFlow : IDocumentWriter
{
    private const double Margin = 50;
    private readonly PdfDocument _document;
    private readonly PdfProperties _properties;
    private readonly PageOrientation _orientation;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public DocumentFlow(PdfProperties properties, PageOrientation orientation = PageOrientation.Portrait)
    {
        EmbeddedFontResolver.Install();
        _document = new PdfDocument();
        _properties = properties;
        _orientation = orientation;
        NewPage();
    }

    public double Width => _page!.Width.Point - 2 * Margin;

    public void Heading(string text, double size = 14) => Paragraph(text, size, bold: true, spaceAfter: size * 0.5);

    public void Paragraph(string text, double size = 10, bool bold = false, double indent = 0, double spaceAfter = 4)
    {
        var font = EmbeddedFontResolver.Font(size, bold);
        var lineHeight = size * 1.35;
        foreach (var line in TextWrap.Lines(_graphics!, text, font, Width - indent))
        {
            EnsureRoom(lineHeight);
            _graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, _y, Width - indent, lineHeight), XStringFormats.TopLeft);
            _y += lineHeight;
        }
        _y += spaceAfter;
    }

    public void Space(double points) => _y += points;

    /// <summary>
    /// A ruled table: a bold header row repeated on each new page, cells wrapped, and each row at
    /// least <paramref name="minRowHeight"/> tall (room for a signature).
    /// </summary>
    public void Table(IReadOnlyList<(string Title, double Share)> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 9, double minRowHeight = 18)
    {
        var regular = EmbeddedFontResolver.Font(size);
        var bold = EmbeddedFontResolver.Font(size, bold: true);
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => Width * c.Share / total).ToArray();
        var pen = new XPen(XColors.Black, 0.5);
        var lineHeight = size * 1.3;

        var header = columns.Select(c => c.Title).ToList();

        void Row(IReadOnlyList<string> cells, XFont font, double minHeight, bool isHeader)
        {
            var lines = cells.Select((cell, i) => TextWrap.Lines(_graphics!, cell, font, widths[i] - 6).ToList()).ToList();
            var height = Math.Max(minHeight, lines.Max(l => l.Count) * lineHeight + 6);
            if (_y + height > _page!.Height.Point - Margin)
            {
                NewPage();
                if (!isHeader)
                    Row(header, bold, lineHeight + 6, true);
            }
            var x = Margin;
            for (var i = 0; i < widths.Length; i++)
            {
                _graphics!.DrawRectangle(pen, x, _y, widths[i], height);
                for (var l = 0; l < lines[i].Count; l++)
                    _graphics.DrawString(lines[i][l], font, XBrushes.Black, new XRect(x + 3, _y + 3 + l * lineHeight, widths[i] - 6, lineHeight), XStringFormats.TopLeft);
                x += widths[i];
            }
            _y += height;
        }

        Row(header, bold, lineHeight + 6, true);
        foreach (var row in rows)
            Row(row, regular, minRowHeight, false);
    }

    /// <summary>A horizontal bar chart: one labelled bar per value, scaled to the largest, the figure at its end.</summary>
    public void Bars(IReadOnlyList<(string Label, decimal Value)> bars, double size = 9)
    {
        if (bars.Count == 0)
            return;
        var font = EmbeddedFontResolver.Font(size);
        var labelWidth = Width * 0.38;
        var barRoom = Width - labelWidth - 50;
        var max = Math.Max(1m, bars.Max(b => b.Value));
        var brush = new XSolidBrush(XColor.FromArgb(0x1f, 0x5f, 0x9f));
        var rowHeight = size * 1.8;
        foreach (var (label, value) in bars)
        {
            EnsureRoom(rowHeight);
            var line = TextWrap.Lines(_graphics!, label, font, labelWidth - 6).First();
            _graphics!.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, labelWidth - 6, rowHeight), XStringFormats.CenterLeft);
            var length = (double)(value / max) * barRoom;
            _graphics.DrawRectangle(brush, Margin + labelWidth, _y + rowHeight * 0.2, Math.Max(length, 0.5), rowHeight * 0.6);
            _graphics.DrawString(value.ToString("#,0.##", System.Globalization.CultureInfo.CurrentCulture), font, XBrushes.Black,
                new XRect(Margin + labelWidth + length + 4, _y, 46, rowHeight), XStringFormats.CenterLeft);
            _y += rowHeight;
        }
        _y += 6;
    }

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        return PdfFile.Save(_document, _properties);
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
}
