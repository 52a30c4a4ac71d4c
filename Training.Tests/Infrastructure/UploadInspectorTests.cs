using System.IO.Compression;
using System.Text;
using Training.Domain.Common;
using Training.Infrastructure.Files;

namespace Training.Tests.Infrastructure;

public sealed class UploadInspectorTests
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public static byte[] Office(string mainPart, int zeros = 1000)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var main = zip.CreateEntry(mainPart, CompressionLevel.SmallestSize).Open();
            main.Write(new byte[zeros]);
        }
        return buffer.ToArray();
    }

    private static string Refused(string name, byte[] content, long? length = null) =>
        Assert.Throws<DomainException>(() => UploadInspector.Inspect(name, new MemoryStream(content), length ?? content.Length)).MessageKey;

    [Theory]
    [InlineData("upute.pdf", ".pdf")]
    [InlineData("priručnik.docx", ".docx")]
    [InlineData("slajdovi.pptx", ".pptx")]
    [InlineData("indikatori.xlsx", ".xlsx")]
    public void Allowed_kinds_pass_when_their_content_agrees(string name, string extension)
    {
        var content = extension switch
        {
            ".pdf" => Pdf(),
            ".docx" => Office("word/document.xml"),
            ".pptx" => Office("ppt/presentation.xml"),
            _ => Office("xl/workbook.xml"),
        };
        Assert.Equal(extension, UploadInspector.Inspect(name, new MemoryStream(content), content.Length).Extension);
    }

    [Fact]
    public void Images_are_recognised_by_their_signature()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        byte[] jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46];
        Assert.Equal("image/png", UploadInspector.Inspect("mapa.png", new MemoryStream(png), png.Length).ContentType);
        Assert.Equal("image/jpeg", UploadInspector.Inspect("slika.JPG", new MemoryStream(jpg), jpg.Length).ContentType);
        Assert.Equal("Upload.ContentMismatch", Refused("slika.png", jpg));
    }

    [Fact]
    public void A_disguised_file_is_refused()
    {
        Assert.Equal("Upload.ContentMismatch", Refused("faktura.pdf", Encoding.ASCII.GetBytes("MZ\x90\0 this is a program")));
        Assert.Equal("Upload.ContentMismatch", Refused("upute.docx", Pdf()));
        Assert.Equal("Upload.ContentMismatch", Refused("tabela.xlsx", Office("word/document.xml")));
        Assert.Equal("Upload.ContentMismatch", Refused("arhiva.docx", Office("nesto/drugo.xml")));
    }

    [Theory]
    [InlineData("program.exe")]
    [InlineData("beleske.txt")]
    [InlineData("stranica.html")]
    [InlineData("bez-nastavka")]
    public void Other_kinds_are_refused_by_name(string name) => Assert.Equal("Upload.TypeNotAllowed", Refused(name, Pdf()));

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("folder/upute.pdf")]
    [InlineData("C:\\Windows\\upute.pdf")]
    [InlineData("..upute.pdf")]
    public void A_path_in_the_name_is_refused(string name) => Assert.Equal("Upload.BadName", Refused(name, Pdf()));

    [Fact]
    public void More_than_20_MB_is_refused()
    {
        Assert.Equal("Upload.TooLarge", Refused("velika.pdf", Pdf(), UploadInspector.MaxBytes + 1));
        Assert.Equal(".pdf", UploadInspector.Inspect("tacno.pdf", new MemoryStream(Pdf()), UploadInspector.MaxBytes).Extension);
        Assert.Equal("Upload.Empty", Refused("prazna.pdf", []));
    }

    [Fact]
    public void An_office_file_that_unpacks_to_far_more_than_it_weighs_is_refused()
    {
        // 30 MB of zeros packs into a few tens of kilobytes: a thousandfold ratio.
        var bomb = Office("word/document.xml", 30 * 1024 * 1024);
        Assert.True(bomb.Length < 200_000);
        Assert.Equal("Upload.ZipBomb", Refused("bomba.docx", bomb));
    }

    [Theory]
    [InlineData("ugovor\u202Efdp.pdf", "ugovorfdp.pdf")]
    [InlineData("\u2067plan\u2069 2026\u200B.pdf", "plan 2026.pdf")]
    [InlineData("\u200Fизвештај\u200E.pdf", "извештај.pdf")]
    public void Bidirectional_and_invisible_format_characters_leave_the_name(string name, string kept) =>
        Assert.Equal(kept, UploadInspector.Inspect(name, new MemoryStream(Pdf()), Pdf().Length).FileName);
}
