using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Training.Infrastructure.Documents;

/// <summary>
/// Rewrites a PDF as PDFsharp saved it without compression: every stream that has no filter is compressed as a
/// complete zlib stream (header, deflate data and Adler-32 checksum) and marked <c>/FlateDecode</c>, the cross-reference
/// table is written anew with the objects' new offsets. The XMP metadata stays uncompressed, as PDF/A wants it, and for
/// an archival document carries the PDF/A-2b identification.
/// It relies on the layout PDFsharp writes: one cross-reference table, each object's stream dictionary with a direct
/// <c>/Length</c>, the data between <c>stream</c> and <c>endstream</c> line ends; anything else is refused, not guessed.
/// </summary>
internal static class PdfStreamCompression
{
    private const string PdfAIdentification =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">" +
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n";

    private sealed record Entry(int Number, long Offset, string Line);

    public static byte[] Rewrite(ReadOnlySpan<byte> pdf, bool archival)
    {
        var startXref = pdf.LastIndexOf("startxref"u8);
        var xrefAt = (int)ReadNumber(pdf, startXref + "startxref".Length, out _);
        var trailerAt = xrefAt + pdf[xrefAt..].IndexOf("trailer"u8);
        var entries = ReadXref(Encoding.Latin1.GetString(pdf[xrefAt..trailerAt]));
        var trailer = Encoding.Latin1.GetString(pdf[(trailerAt + "trailer".Length)..TrailerEnd(pdf, trailerAt)]).Trim();

        var inUse = entries.Where(e => e.Offset > 0).OrderBy(e => e.Offset).ToList();
        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf[..(int)inUse[0].Offset]);
        var newOffsets = new Dictionary<int, long>();
        for (var i = 0; i < inUse.Count; i++)
        {
            var start = (int)inUse[i].Offset;
            var end = i + 1 < inUse.Count ? (int)inUse[i + 1].Offset : xrefAt;
            newOffsets[inUse[i].Number] = output.Position;
            WriteObject(output, pdf[start..end], archival);
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n").Append("0 ").Append(entries.Count).Append('\n');
        foreach (var entry in entries)
        {
            table.Append(newOffsets.TryGetValue(entry.Number, out var offset)
                ? $"{offset.ToString("D10", CultureInfo.InvariantCulture)} {entry.Line[11..16]} n \n"
                : entry.Line + " \n");
        }
        table.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xref.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, ReadOnlySpan<byte> obj, bool archival)
    {
        var endStream = obj.LastIndexOf("endstream"u8);
        if (endStream < 0)
        {
            output.Write(obj);
            return;
        }
        var lengthKey = obj.IndexOf("/Length "u8);
        if (lengthKey < 0)
            throw new InvalidOperationException("A PDF stream without a direct /Length.");
        var length = ReadNumber(obj, lengthKey + "/Length ".Length, out var lengthEnd);
        var dataEnd = endStream;
        if (obj[dataEnd - 1] == '\n')
            dataEnd--;
        if (obj[dataEnd - 1] == '\r')
            dataEnd--;
        var dataStart = dataEnd - (int)length;
        var keywordEnd = obj[dataStart - 1] == '\n' && obj[dataStart - 2] == '\r' ? dataStart - 2 : dataStart - 1;
        if (obj[keywordEnd] is not ((byte)'\n' or (byte)'\r') || !obj[..keywordEnd].EndsWith("stream"u8))
            throw new InvalidOperationException("A PDF stream whose /Length does not match its data.");
        var head = obj[..(keywordEnd - "stream".Length)];
        var data = obj[dataStart..dataEnd];

        byte[] written;
        var dictionaryAddition = "";
        if (head.IndexOf("/Filter"u8) >= 0)
            written = data.ToArray();
        else if (head.IndexOf("/Type/Metadata"u8) >= 0)
            written = archival ? Identified(data) : data.ToArray();
        else
        {
            written = Compress(data);
            dictionaryAddition = "/Filter/FlateDecode";
        }

        output.Write(head[..lengthKey]);
        output.Write(Encoding.ASCII.GetBytes("/Length " + written.Length.ToString(CultureInfo.InvariantCulture) + dictionaryAddition));
        output.Write(head[lengthEnd..]);
        output.Write("stream\n"u8);
        output.Write(written);
        output.Write("\n"u8);
        output.Write(obj[endStream..]);
    }

    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }

    /// <summary>The XMP packet with the PDF/A-2b identification added to its RDF.</summary>
    private static byte[] Identified(ReadOnlySpan<byte> xmp)
    {
        var at = xmp.IndexOf("</rdf:RDF>"u8);
        if (at < 0)
            throw new InvalidOperationException("XMP metadata without an RDF element.");
        return [.. xmp[..at], .. Encoding.UTF8.GetBytes(PdfAIdentification), .. xmp[at..]];
    }

    /// <summary>One cross-reference subsection from object 0, as PDFsharp writes it: "xref", "0 N", N entries.</summary>
    private static List<Entry> ReadXref(string xref)
    {
        var lines = xref.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[1].Split(' ');
        if (lines[0] != "xref" || header[0] != "0" || int.Parse(header[1], CultureInfo.InvariantCulture) != lines.Length - 2)
            throw new InvalidOperationException("A PDF cross-reference table of a layout not expected.");
        return lines[2..].Select((line, number) => new Entry(number,
            line.EndsWith('n') ? long.Parse(line[..10], CultureInfo.InvariantCulture) : 0, line)).ToList();
    }

    /// <summary>Where the trailer dictionary ends (its closing "&gt;&gt;"), counting nested dictionaries.</summary>
    private static int TrailerEnd(ReadOnlySpan<byte> pdf, int trailerAt)
    {
        var depth = 0;
        for (var i = trailerAt; i < pdf.Length - 1; i++)
        {
            if (pdf[i] == '<' && pdf[i + 1] == '<')
            {
                depth++;
                i++;
            }
            else if (pdf[i] == '>' && pdf[i + 1] == '>')
            {
                i++;
                if (--depth == 0)
                    return i + 1;
            }
        }
        throw new InvalidOperationException("A PDF trailer without its dictionary.");
    }

    private static long ReadNumber(ReadOnlySpan<byte> bytes, int at, out int end)
    {
        while (bytes[at] is (byte)' ' or (byte)'\r' or (byte)'\n')
            at++;
        long value = 0;
        end = at;
        while (end < bytes.Length && bytes[end] is >= (byte)'0' and <= (byte)'9')
            value = value * 10 + (bytes[end++] - '0');
        if (end == at)
            throw new InvalidOperationException("A number expected in the PDF.");
        return value;
    }
}
