using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Certificates;

/// <summary>
/// A person's record with the Centre for their licence file: every certificate they earned, across sessions and years,
/// with its accreditation and points, and the points added up per accrediting body (points of different bodies count
/// for different licences, so they are never added together). In the reader's language and script.
/// </summary>
public sealed class CertificateRecordService(CertificateService certificates, TextCatalog text, TimeProvider clock)
{
    /// <summary>Points per accrediting body, in the order the certificates were earned.</summary>
    public static IReadOnlyList<(string Body, decimal Points)> PointsByBody(IEnumerable<Certificate> record) =>
        record.Where(c => c.AccreditingBody is not null && c.Points is not null)
            .GroupBy(c => c.AccreditingBody!)
            .Select(g => (g.Key, g.Sum(c => c.Points!.Value)))
            .ToList();

    public static string Dates(Certificate c) => c.FirstDay == c.LastDay ? Display.Date(c.FirstDay) : $"{Display.Date(c.FirstDay)} – {Display.Date(c.LastDay)}";

    public async Task<byte[]> PdfAsync(int participantId, string fullName)
    {
        var record = await certificates.OfParticipantAsync(participantId);
        var name = Display.Name(fullName);
        using var flow = new DocumentFlow(PdfProperties.Of(text, text["CertificateRecord.Title"], text["CertificateRecord.Subject", name]), PdfSharp.PageOrientation.Landscape);
        flow.Heading(text["CertificateRecord.Title"], 15);
        flow.Paragraph(name, 12, bold: true);
        flow.Paragraph(text["CertificateRecord.AsOf", Display.Date(Belgrade.Today(clock))], 9, spaceAfter: 8);
        flow.Table(
            [(text["CertificateRecord.No"], 0.4), (text["CertificateRecord.Certificate"], 1.9), (text["CertificateRecord.Training"], 4), (text["CertificateRecord.Dates"], 1.6),
                (text["CertificateRecord.Hours"], 0.6), (text["CertificateRecord.Accreditation"], 2.6), (text["CertificateRecord.Points"], 1)],
            record.Select((c, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(System.Globalization.CultureInfo.CurrentCulture),
                $"{c.Number}\n{c.VerificationCode}",
                c.SessionTitle is { } session ? $"{Display.Name(c.ProgrammeTitle)}\n({Display.Name(session)})" : Display.Name(c.ProgrammeTitle),
                Dates(c),
                Display.Number(c.Hours),
                c.AccreditationNumber is null ? "—" : $"{Display.Name(c.AccreditingBody)}, {c.AccreditationNumber}",
                c.Points is decimal points ? text["CertificateRecord.PointsCount", Display.Number(points)] : "—",
            ]), 8.5, 20);
        flow.Space(8);
        flow.Paragraph(text["CertificateRecord.Total", record.Count], 10, bold: true);
        var byBody = PointsByBody(record);
        if (byBody.Count > 0)
        {
            flow.Paragraph(text["CertificateRecord.PointsByBody"], 10);
            foreach (var (body, points) in byBody)
                flow.Paragraph(text["CertificateRecord.BodyPoints", Display.Name(body), Display.Number(points)], 10, indent: 12, spaceAfter: 1);
        }
        flow.Space(8);
        flow.Paragraph(text["CertificateRecord.Verify", certificates.VerifyAddress], 9);
        return flow.ToBytes();
    }
}
