using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Tests.Support;
using UglyToad.PdfPig;

namespace Training.Tests.Infrastructure;

/// <summary>
/// A certificate with every optional line and the longest texts a form allows, in each language: it stays one A4
/// page, every line reads back, and the text above ends clear of the QR code, the signature and the number below.
/// </summary>
public sealed class CertificateLayoutTests
{
    private const string Url = "https://obuke.centarzztlj.rs/verify/0123456789ABCDEF";

    public static Certificate Longest(string culture) => Certificate.Issue("CZZTLJ", 2026, 42, 1, 1,
        new CertificateDetails("Александра Милошевић-Вукашиновић Радосављевић",
            "Препознавање, упућивање и подршка деци и младима жртвама трговине људима и дечјег рада у систему социјалне заштите, образовања и здравства: индикатори прелиминарне идентификације и сарадња у локалној заједници",
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 25), 21, "Јелена Петровић, Марија Стевановић, Драгана Ђорђевић-Шћекић, Никола Радосављевић",
            "Ана Петровић", "директорка Центра за заштиту жртава трговине људима", culture)
        {
            SessionTitle = "Тродневна радионица за стручне раднике центара за социјални рад Рашког, Расинског и Моравичког управног округа",
            Place = "Хотел „Путник”, Омладинска 17, Краљево",
            AttendedHours = 17.5m,
            Accreditation = new CertificateAccreditation("Завод за унапређивање образовања и васпитања", "110-00-00045/2017-01", 22),
            LicenceNumber = "СЗ-0042/2019-1234567890ABCDEF",
        },
        new Completion(17.5m, 21, 80), null, new DateOnly(2026, 11, 26), "koordinator@centarzztlj.rs");

    [Theory]
    [InlineData("sr-Cyrl-RS", "Сертификат носи 22 бода.", "присуство: 17,5 од 21 сата", "Тренери: Јелена Петровић")]
    [InlineData("sr-Latn-RS", "Sertifikat nosi 22 boda.", "prisustvo: 17,5 od 21 sata", "Treneri: Jelena Petrović")]
    [InlineData("en", "This certificate carries 22 points.", "attended 17.5 of 21 hours", "Trainers: Jelena Petrović")]
    public void The_longest_certificate_fits_one_page_and_clears_the_footer(string culture, string points, string attended, string trainers)
    {
        var pdf = CertificateDocument.Render(Longest(culture), Url, TextCatalog.Default);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var page = document.GetPage(1);
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Contains(points, text);
        Assert.Contains(attended, text);
        Assert.Contains(trainers, text);
        Assert.Contains("110-00-00045/2017-01", text);
        Assert.Contains("CZZTLJ-2026-00042", text);
        Assert.Equal(Url, PdfImage.ReadQrCode(pdf));
        // The trainers' line is the last of the text above; the QR code's top edge is 146 points above the page's bottom.
        var lastLine = page.GetWords().First(w => w.Text == trainers.Split(' ')[0]);
        Assert.True(lastLine.BoundingBox.Bottom > 150, $"the text above ends {lastLine.BoundingBox.Bottom:0} points above the bottom");
    }
}
