using System.Globalization;
using System.Text;

namespace Training.Web.Shared;

/// <summary>
/// Tables for spreadsheet programs, as CSV or XLSX. Text cells that a spreadsheet would run as a
/// formula are written as text (see <see cref="Csv.Text"/>); numbers stay numbers.
/// </summary>
public static class Spreadsheet
{
    public sealed record Sheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

    /// <summary>Semicolon-separated (what spreadsheet programs expect in Serbian settings), UTF-8 with a byte-order mark.</summary>
    public static byte[] Csv(Sheet sheet)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', sheet.Headers.Select(h => Shared.Csv.Cell(h))));
        foreach (var row in sheet.Rows)
            csv.AppendLine(string.Join(';', row.Select(v => Shared.Csv.Cell(v is decimal d ? d.ToString("0.##", CultureInfo.CurrentCulture) : Convert.ToString(v, CultureInfo.CurrentCulture)))));
        // The byte-order mark lets spreadsheet programs read the Cyrillic as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(params Sheet[] sheets)
    {
        var book = sheets.ToDictionary(s => s.Name, s => (object)s.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>();
            for (var i = 0; i < s.Headers.Count; i++)
                cells[s.Headers[i]] = row[i] is string text ? Shared.Csv.Text(text) : row[i];
            return cells;
        }).ToList());
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, book);
        return stream.ToArray();
    }
}
