using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Writes a report as an editable Word document (.docx): headings as Word's own heading styles (so the
/// navigation pane and a table of contents work), paragraphs, ruled tables with a repeated header row.
/// Management edits it before sending it on.
/// </summary>
public sealed class WordFlow : IDocumentWriter
{
    private const string Font = "Arial";
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;

    public WordFlow(string title, string language)
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Language = language;
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body = new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font },
                    new FontSize { Val = "20" }, new Languages { Val = language })),
                new ParagraphPropertiesDefault(new SpacingBetweenLines { After = "80" })),
            HeadingStyle(1, 32), HeadingStyle(2, 26), HeadingStyle(3, 23));
    }

    public void Heading(string text, double size = 14) =>
        _body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Level(size)}" }), new Run(new Text(text))));

    public void Paragraph(string text, double size = 10, bool bold = false, double indent = 0, double spaceAfter = 4)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = Twips(spaceAfter) });
        if (indent > 0)
            properties.Append(new Indentation { Left = Twips(indent) });
        _body.Append(new Paragraph(properties, new Run(RunStyle(size, bold), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
    }

    public void Space(double points) => _body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = Twips(points) })));

    public void Table(IReadOnlyList<(string Title, double Share)> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 9, double minRowHeight = 18)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var total = columns.Sum(c => c.Share);
        table.Append(new TableGrid(columns.Select(c => new GridColumn { Width = ((int)(9000 * c.Share / total)).ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(columns.Select(c => c.Title).ToList(), size, true));
        foreach (var row in rows)
            table.Append(Row(row, size, false));
        _body.Append(table);
        Space(4);
    }

    /// <summary>A chart does not edit well in Word: the same figures as a two-column table.</summary>
    public void Bars(IReadOnlyList<(string Label, decimal Value)> bars, double size = 9)
    {
        if (bars.Count == 0)
            return;
        Table([("", 3), ("", 1)], bars.Select(b => (IReadOnlyList<string>)[b.Label, b.Value.ToString("#,0.##", CultureInfo.CurrentCulture)]), size);
    }

    public byte[] ToBytes()
    {
        _document.MainDocumentPart!.Document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static TableRow Row(IReadOnlyList<string> cells, double size, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
            row.Append(new TableCell(new Paragraph(new Run(RunStyle(size, header), new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
        return row;
    }

    private static RunProperties RunStyle(double size, bool bold)
    {
        var properties = new RunProperties(new FontSize { Val = ((int)Math.Round(size * 2)).ToString(CultureInfo.InvariantCulture) });
        if (bold)
            properties.PrependChild(new Bold());
        return properties;
    }

    private static Style HeadingStyle(int level, int halfPoints) =>
        new(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "100" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = $"Heading{level}",
        };

    /// <summary>The report's heading sizes as the PDF draws them, mapped to Word's heading levels.</summary>
    private static int Level(double size) => size >= 13 ? 1 : size >= 11.5 ? 2 : 3;

    private static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(CultureInfo.InvariantCulture);
}
