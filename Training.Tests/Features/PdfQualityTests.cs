using System.IO.Compression;
using System.Net;
using System.Text;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Tests.Infrastructure;
using Training.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Training.Tests.Features;

/// <summary>
/// Every kind of PDF the product makes passes <c>qpdf --check</c> without a warning and says in its metadata what it
/// is, who wrote it and in which language; certificates carry the PDF/A-2b essentials, read from the file by PdfPig
/// (no PDF/A validator is available here: see the README).
/// </summary>
public sealed class PdfQualityTests : IClassFixture<TrainingAppFactory>
{
    private const string Centre = "Центар за заштиту жртава трговине људима";
    private const string Url = "https://obuke.centarzztlj.rs/verify/0123456789ABCDEF";
    private readonly TrainingAppFactory _app;

    public PdfQualityTests(TrainingAppFactory app) => _app = app;

    private static void Check(byte[] pdf, string what, string title, string language, string author = Centre)
    {
        PdfChecks.PassesQpdf(pdf, what);
        var properties = PdfChecks.Read(pdf);
        Assert.Equal((title, author, language), (properties.Title, properties.Author, properties.Language));
        Assert.False(string.IsNullOrWhiteSpace(properties.Subject), $"the {what} has no subject");
    }

    [Fact]
    public async Task Every_kind_of_PDF_passes_qpdf_without_warnings_and_carries_title_author_subject_and_language()
    {
        Check(CertificateDocument.Render(CertificateLayoutTests.Longest(Cultures.SerbianCyrillic), Url, TextCatalog.Default),
            "certificate", "СЕРТИФИКАТ CZZTLJ-2026-00042", "sr-Cyrl-RS");
        Check(CertificateDocument.Render(CertificateLayoutTests.Longest(Cultures.English), Url, TextCatalog.Default),
            "English certificate", "CERTIFICATE CZZTLJ-2026-00042", "en", "Centre for Protection of Victims of Human Trafficking");
        // The subject in the reader's script, the person's name as they wrote it (as on the certificate).
        Assert.StartsWith("Sertifikat o završenoj obuci: Александра Милошевић", PdfChecks.Read(CertificateDocument.Render(CertificateLayoutTests.Longest(Cultures.SerbianLatin), Url, TextCatalog.Default)).Subject);

        var programmeId = _app.Scoped(db =>
        {
            var programme = Build.Programme($"Идентификација жртава {Guid.NewGuid():N}"[..36]);
            programme.Accredit(db.AccreditingBodies.Single(b => b.Code == AccreditingBodyCodes.SocialProtection),
                new AccreditationTerms("110-00-00077/2025-01", null, 8, null, null, null, SectorSet.Empty));
            db.Programmes.Add(programme);
            db.SaveChanges();
            return programme.Id;
        });
        var held = HeldSession.Create(_app, [-1], ["Милица Јовановић", "Петар Илић"], programmeId: programmeId);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Administrator");
        async Task<byte[]> Get(string url)
        {
            var response = await web.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            return await response.Content.ReadAsByteArrayAsync();
        }

        Check(await Get($"/sessions/{held.SessionId}/days/{held.DayIds[0]}/sign-in-sheet.pdf"), "sign-in sheet", "Листа потписа учесника", "sr-Cyrl-RS");
        Check(await Get("/plans/2017/pdf"), "work plan", "ПЛАН РАДА ЦЕНТРА ЗА ЗАШТИТУ ЖРТАВА ТРГОВИНЕ ЉУДИМА за 2017 годину", "sr-Cyrl-RS");
        Check(await Get("/plans/2017/fulfilment.pdf"), "fulfilment report", "Извештај о реализацији плана рада за 2017. годину", "sr-Cyrl-RS");
        Check(await Get("/plans/2017/fulfilment.pdf?culture=en"), "English fulfilment report", "Work plan fulfilment report for 2017", "en",
            "Centre for Protection of Victims of Human Trafficking");
        var accreditation = _app.Scoped(db => db.ProgrammeAccreditations.Single(a => a.ProgrammeId == programmeId).Id);
        var year = Belgrade.Today(TimeProvider.System).AddDays(-1).Year;
        Check(await Get($"/programmes/{programmeId}/accreditations/{accreditation}/record/{year}.pdf"), "accrediting body's record",
            $"Евиденција одржаних обука акредитованог програма у {year}. години", "sr-Cyrl-RS");
        Check(await Get($"/participants/{held.People[0].ParticipantId}/personal-data.pdf"), "personal-data export", "Лични подаци", "sr-Cyrl-RS");
        Check(await Get($"/r/{held.People[1].Token}/certificates.pdf"), "participant's list of certificates", "Сертификати и бодови", "sr-Cyrl-RS");
    }

    [Theory]
    [InlineData("sr-Cyrl-RS")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en")]
    public void A_certificate_is_PDF_A_2b_by_its_own_file(string culture)
    {
        var pdf = CertificateDocument.Render(CertificateLayoutTests.Longest(culture), Url, TextCatalog.Default);

        // The header's second line is a comment of bytes above 127, so the file is taken as binary.
        var secondLine = pdf.AsSpan(pdf.AsSpan().IndexOf((byte)'\n') + 1, 5).ToArray();
        Assert.True(secondLine[0] == '%' && secondLine[1..].All(b => b > 127), "no binary comment after the header");

        using var document = PdfDocument.Open(pdf);
        IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
        DictionaryToken Dictionary(IToken token) => Resolve(token) switch
        {
            StreamToken stream => stream.StreamDictionary,
            DictionaryToken dictionary => dictionary,
            var other => throw new InvalidOperationException($"a dictionary expected, found {other}"),
        };
        IToken? Get(DictionaryToken dictionary, string key) => dictionary.TryGet(NameToken.Create(key), out var value) ? Resolve(value) : null;

        // XMP identification as PDF/A-2b, and the same title as the document information.
        Assert.True(document.TryGetXmpMetadata(out var xmp));
        // XMP is UTF-8 (PdfPig's own XDocument reads it as Latin-1).
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(xmp.GetXmlBytes()));
        System.Xml.Linq.XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/";
        System.Xml.Linq.XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("2", xml.Descendants(pdfaid + "part").Single().Value);
        Assert.Equal("B", xml.Descendants(pdfaid + "conformance").Single().Value);
        Assert.Equal(document.Information.Title, xml.Descendants(dc + "title").Single().Value);
        Assert.Equal(document.Information.Author, xml.Descendants(dc + "creator").Single().Value);
        var metadata = Dictionary(Get(document.Structure.Catalog.CatalogDictionary, "Metadata")!);
        Assert.Null(Get(metadata, "Filter"));

        // An output intent with an embedded RGB ICC profile.
        var intents = Assert.IsType<ArrayToken>(Get(document.Structure.Catalog.CatalogDictionary, "OutputIntents"));
        var intent = Dictionary(Assert.Single(intents.Data));
        Assert.Equal("GTS_PDFA1", Assert.IsType<NameToken>(Get(intent, "S")).Data);
        var profile = Assert.IsType<StreamToken>(Resolve(((IndirectReferenceToken?)(intent.TryGet(NameToken.Create("DestOutputProfile"), out var p) ? p : null))!));
        Assert.Equal(3, Assert.IsType<NumericToken>(Get(profile.StreamDictionary, "N")).Int);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(profile.Data.ToArray()), CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        var icc = inflated.ToArray();
        Assert.Equal(icc.Length, (icc[0] << 24) | (icc[1] << 16) | (icc[2] << 8) | icc[3]);
        Assert.Equal(("mntr", "RGB ", "acsp"), (Encoding.ASCII.GetString(icc, 12, 4), Encoding.ASCII.GetString(icc, 16, 4), Encoding.ASCII.GetString(icc, 36, 4)));

        // Every object: each font has its program embedded; nothing is encrypted and nothing runs.
        Assert.False(document.IsEncrypted);
        Assert.Null(document.Structure.Trailer.EncryptionToken);
        Assert.Equal(2, document.Structure.Trailer.Identifier.Count);
        var fonts = 0;
        var forbidden = new[] { "JavaScript", "JS", "AA", "OpenAction", "Launch", "Encrypt", "EmbeddedFiles" };
        void Visit(IToken token, int depth)
        {
            if (depth > 8)
                return;
            if (token is ArrayToken array)
                foreach (var item in array.Data)
                    Visit(item, depth + 1);
            if (token is not (DictionaryToken or StreamToken))
                return;
            var dictionary = token is StreamToken s ? s.StreamDictionary : (DictionaryToken)token;
            foreach (var (key, value) in dictionary.Data)
            {
                Assert.DoesNotContain(key, forbidden);
                if (value is NameToken name)
                    Assert.NotEqual("JavaScript", name.Data);
                if (value is not IndirectReferenceToken)
                    Visit(value, depth + 1);
            }
            if (Get(dictionary, "Type") is NameToken { Data: "Font" })
            {
                fonts++;
                var font = Get(dictionary, "Subtype") is NameToken { Data: "Type0" }
                    ? Dictionary(Assert.IsType<ArrayToken>(Get(dictionary, "DescendantFonts")).Data.Single())
                    : dictionary;
                var descriptor = Dictionary(Get(font, "FontDescriptor")!);
                Assert.True(new[] { "FontFile", "FontFile2", "FontFile3" }.Any(k => Get(descriptor, k) is StreamToken),
                    $"font {Get(font, "BaseFont")} is not embedded");
            }
        }
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
            Visit(document.Structure.GetObject(reference).Data, 0);
        Assert.True(fonts >= 2, $"{fonts} fonts found");
    }
}
