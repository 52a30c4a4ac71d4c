using PdfSharp.Drawing;

namespace Training.Infrastructure.Documents;

/// <summary>Breaks text into lines that fit a width, at spaces and at the text's own line breaks.</summary>
internal static class TextWrap
{
    public static IEnumerable<string> Lines(XGraphics graphics, string? text, XFont font, double width)
    {
        foreach (var paragraph in (text ?? "").Replace("\r", "").Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
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
