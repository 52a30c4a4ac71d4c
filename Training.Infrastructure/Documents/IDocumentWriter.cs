namespace Training.Infrastructure.Documents;

/// <summary>
/// What a report is written with, top to bottom: headings, paragraphs, tables, bars. A report written once
/// against it comes out as a PDF (<see cref="DocumentFlow"/>) or as an editable Word document (<see cref="WordFlow"/>).
/// </summary>
public interface IDocumentWriter : IDisposable
{
    void Heading(string text, double size = 14);

    void Paragraph(string text, double size = 10, bool bold = false, double indent = 0, double spaceAfter = 4);

    void Space(double points);

    void Table(IReadOnlyList<(string Title, double Share)> columns, IEnumerable<IReadOnlyList<string>> rows, double size = 9, double minRowHeight = 18);

    void Bars(IReadOnlyList<(string Label, decimal Value)> bars, double size = 9);

    byte[] ToBytes();
}
