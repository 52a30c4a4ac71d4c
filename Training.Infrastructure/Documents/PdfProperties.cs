using System.Globalization;
using Training.Infrastructure.Localisation;

namespace Training.Infrastructure.Documents;

/// <summary>
/// What a PDF says about itself in its metadata: title, subject, author and language (a BCP 47 tag such as
/// <c>sr-Cyrl-RS</c>), and whether it is an archival document (PDF/A-2b), as certificates are.
/// </summary>
public sealed record PdfProperties(string Title, string Subject, string Author, string Language)
{
    public bool Archival { get; init; }

    /// <summary>A document of the Centre in the current culture: the Centre is its author, in the reader's language.</summary>
    public static PdfProperties Of(TextCatalog text, string title, string subject) =>
        new(title, subject, text["Document.Author"], CultureInfo.CurrentUICulture.Name);
}
