using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Training.Domain.Certificates;
using Training.Infrastructure.Localisation;

namespace Training.Infrastructure.Documents;

/// <summary>
/// A certificate on one A4 landscape page, in the certificate's own culture, with a QR code to its
/// public verification page. Every value is drawn as text, so a name with markup appears literally.
/// </summary>
public static class CertificateDocument
{
    private static readonly XColor Accent = XColor.FromArgb(0x1f, 0x3a, 0x5f);

    public static byte[] Render(Certificate certificate, string verifyUrl, TextCatalog text) =>
        Cultures.With(certificate.Culture, () => Draw(certificate, verifyUrl, text));

    private static byte[] Draw(Certificate c, string verifyUrl, TextCatalog text)
    {
        EmbeddedFontResolver.Install();
        string S(string? cyrillic) => Cultures.InCurrentScript(cyrillic);
        var culture = CultureInfo.CurrentCulture;
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            var height = page.Height.Point;
            var accent = new XSolidBrush(Accent);
            g.DrawRectangle(new XPen(Accent, 3), 24, 24, width - 48, height - 48);
            g.DrawRectangle(new XPen(Accent, 0.75), 32, 32, width - 64, height - 64);

            var y = 54.0;
            void Centred(string value, double size, bool bold, XBrush? brush = null, double after = 4)
            {
                var font = EmbeddedFontResolver.Font(size, bold);
                foreach (var line in TextWrap.Lines(g, value, font, width - 160))
                {
                    g.DrawString(line, font, brush ?? XBrushes.Black, new XRect(80, y, width - 160, size * 1.3), XStringFormats.TopCenter);
                    y += size * 1.3;
                }
                y += after;
            }
            string Hours(decimal hours) => hours.ToString("0.##", culture);

            Centred(text["Certificate.Issuer"], 12, true, accent, 12);
            Centred(text["Certificate.Title"], 28, true, accent, 0);
            Centred(text["Certificate.Subtitle"], 12, false, null, 10);
            Centred(text["Certificate.Confirms"], 11, false);
            // The name as the participant wrote it: a certificate is a personal document, never transliterated.
            Centred(c.FullName, 22, true, null, 2);
            if (c.LicenceNumber is not null)
                Centred(text["Certificate.Licence", c.LicenceNumber], 10, false);
            Centred(text["Certificate.Completed"], 11, false, null, 2);
            Centred(text["Certificate.ProgrammeTitle", S(c.ProgrammeTitle)], 14, true, accent, 2);
            if (c.SessionTitle is not null)
                Centred(text["Certificate.SessionTitle", S(c.SessionTitle)], 11, false);
            y += 4;
            var dates = c.FirstDay == c.LastDay ? c.FirstDay.ToString("d", culture) : $"{c.FirstDay.ToString("d", culture)} – {c.LastDay.ToString("d", culture)}";
            var held = text["Certificate.DatesHours", dates, Hours(c.Hours)];
            if (c.AttendedHours is decimal attended && attended < c.Hours)
                held += "; " + text["Certificate.AttendedHours", Hours(attended), Hours(c.Hours)];
            Centred(held, 11, false, null, 2);
            if (c.Place is not null)
                Centred(text["Certificate.Place", S(c.Place)], 11, false, null, 2);
            if (c.AccreditationNumber is not null)
            {
                y += 4;
                Centred(text["Certificate.Accreditation", S(c.AccreditingBody), c.AccreditationNumber], 11, false, null, 2);
                Centred(text["Certificate.Points", Hours(c.Points ?? 0)], 12, true, accent, 2);
            }
            if (c.Trainers.Length > 0)
                Centred(text["Certificate.Trainers", S(c.Trainers)], 10, false);

            var small = EmbeddedFontResolver.Font(9);
            var bottom = height - 50;
            var left = new[]
            {
                text["Certificate.NumberLine", c.Number],
                text["Certificate.IssuedOnLine", c.IssuedOn.ToString("d", culture)],
                text["Certificate.VerifyLine"],
                verifyUrl,
            };
            for (var i = 0; i < left.Length; i++)
                g.DrawString(left[i], small, XBrushes.Black, new XRect(56, bottom - (left.Length - i) * 13, 300, 13), XStringFormats.TopLeft);

            var signatureX = width / 2 - 110;
            g.DrawLine(new XPen(XColors.Black, 0.75), signatureX, bottom - 40, signatureX + 220, bottom - 40);
            var signatory = EmbeddedFontResolver.Font(11, bold: true);
            g.DrawString(S(c.SignatoryName), signatory, XBrushes.Black, new XRect(signatureX - 40, bottom - 36, 300, 14), XStringFormats.TopCenter);
            g.DrawString(S(c.SignatoryTitle), small, XBrushes.Black, new XRect(signatureX - 40, bottom - 21, 300, 12), XStringFormats.TopCenter);

            new QrCode(verifyUrl).Draw(g, width - 56 - 96, bottom - 96, 96);
        }
        var properties = PdfProperties.Of(text, $"{text["Certificate.Title"]} {c.Number}", text["Certificate.DocumentSubject", c.FullName, S(c.ProgrammeTitle)]);
        return PdfFile.Save(document, properties with { Archival = true });
    }
}
