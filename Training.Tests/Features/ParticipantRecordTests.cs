using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Registrations;
using Training.Tests.Support;
using Training.Web.Features.Certificates;
using Training.Web.Links;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

/// <summary>
/// A participant's record through their personal link: every certificate and point they earned with the Centre, across
/// sessions and years, and a PDF list of them; another person's certificates never appear.
/// </summary>
public sealed class ParticipantRecordTests : IClassFixture<TrainingAppFactory>
{
    private const string Institute = "Републички завод за социјалну заштиту";
    private readonly TrainingAppFactory _app;

    public ParticipantRecordTests(TrainingAppFactory app) => _app = app;

    /// <summary>A certificate as issued for the session, under an accreditation with the given points.</summary>
    private void Issue(int sessionId, int participantId, string name, string programme, string body, string number, decimal points) => _app.Scoped(db =>
    {
        var session = db.Sessions.Include(s => s.Days).Single(s => s.Id == sessionId);
        var details = new CertificateDetails(name, programme, session.FirstDay, session.LastDay, 6, "Јелена Петровић", "Ана Петровић", "директорка", "sr-Cyrl-RS")
        {
            Accreditation = new CertificateAccreditation(body, number, points),
        };
        var year = session.FirstDay.Year;
        db.Certificates.Add(Certificate.Issue("CZZTLJ", year, Random.Shared.Next(10_000, 99_999), sessionId, participantId, details,
            new Completion(6, 6, 80), null, session.LastDay, "coordinator@demo.local"));
        return db.SaveChanges();
    });

    private static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task A_participant_sees_and_downloads_every_certificate_and_point_of_theirs_across_years_and_nobody_elses()
    {
        // Milica trained in a session more than a year ago and in one this week; Petar only this week.
        var earlier = HeldSession.Create(_app, [-370], ["Милица Ђорђевић"], delivered: true);
        var recent = HeldSession.Create(_app, [-2], ["Петар Илић"], delivered: true);
        var milica = earlier.People[0];
        var petar = recent.People[0];
        var milicaRecentToken = _app.Scoped(db =>
        {
            var (token, hash) = ParticipantLink.New();
            db.Registrations.Add(new Registration(recent.SessionId, milica.ParticipantId, true, hash, null, null, DateTime.UtcNow));
            db.SaveChanges();
            return token;
        });
        var years = _app.Scoped(db => (db.SessionDays.Where(d => d.TrainingSessionId == earlier.SessionId).Min(d => d.Date).Year, db.SessionDays.Where(d => d.TrainingSessionId == recent.SessionId).Min(d => d.Date).Year));
        Assert.NotEqual(years.Item1, years.Item2);
        Issue(earlier.SessionId, milica.ParticipantId, milica.Name, "Идентификација жртава трговине људима", Institute, "110-00-00045/2017-01", 21);
        Issue(recent.SessionId, milica.ParticipantId, milica.Name, "Рад са децом жртвама трговине", Institute, "110-00-00101/2024-01", 4);
        Issue(recent.SessionId, petar.ParticipantId, petar.Name, "Рад са децом жртвама трговине", "Завод за унапређивање образовања и васпитања", "455", 22);
        await _app.WithScopeAsync(s => s.GetRequiredService<CertificateService>().DeliverPendingAsync());
        var ids = _app.Scoped(db => db.Certificates.Where(c => c.ParticipantId == milica.ParticipantId || c.ParticipantId == petar.ParticipantId)
            .ToDictionary(c => c.Id, c => (c.ParticipantId, c.Number)));
        var milicas = ids.Where(c => c.Value.ParticipantId == milica.ParticipantId).ToList();
        var petars = Assert.Single(ids, c => c.Value.ParticipantId == petar.ParticipantId);

        // Through this week's link Milica sees both her certificates, each with its points, and the Institute's points added up.
        using var web = new WebSession(_app);
        var page = await web.GetPageAsync($"/r/{milicaRecentToken}");
        Assert.Contains("Ваши сертификати", page);
        Assert.Contains("Идентификација жртава трговине људима", page);
        Assert.Contains("Рад са децом жртвама трговине", page);
        Assert.Contains("<strong>21 бод</strong>", page);
        Assert.Contains("<strong>4 бода</strong>", page);
        Assert.Contains($"{Institute}: 25 бодова", page);
        foreach (var (id, (_, number)) in milicas)
            Assert.Contains(number, page);
        Assert.DoesNotContain(petars.Value.Number, page);
        Assert.DoesNotContain("Завод за унапређивање", page);

        // Her earlier certificate downloads through this week's link; Petar's does not.
        var first = milicas.OrderBy(c => c.Key).First().Key;
        var own = await web.Client.GetAsync($"/r/{milicaRecentToken}/certificates/{first}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Идентификација", Words(await own.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/r/{milicaRecentToken}/certificates/{petars.Key}")).StatusCode);

        // The PDF list for her licence file.
        var list = await web.Client.GetAsync($"/r/{milicaRecentToken}/certificates.pdf");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var pdf = await list.Content.ReadAsByteArrayAsync();
        PdfChecks.PassesQpdf(pdf, "participant's list of certificates");
        var words = Words(pdf);
        Assert.Contains("Сертификати и бодови", words);
        Assert.Contains("Милица Ђорђевић", words);
        Assert.Contains("21 бод", words);
        Assert.Contains("4 бода", words);
        Assert.Contains($"{Institute}: 25 бодова", words);
        Assert.Contains("Укупно: 2 сертификата.", words);
        foreach (var (_, (_, number)) in milicas)
            Assert.Contains(number, words);
        Assert.DoesNotContain(petars.Value.Number, words);
        Assert.DoesNotContain("22 бода", words);

        // In Latin script, names too; Petar's own record holds only his certificate.
        using var latin = new WebSession(_app, "sr-Latn-RS");
        var latinWords = Words(await (await latin.GetFollowingLinkAsync($"/r/{milica.Token}/certificates.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Milica Đorđević", latinWords);
        Assert.Contains("Republički zavod za socijalnu zaštitu: 25 bodova", latinWords);
        Assert.Contains("Sertifikati i bodovi", latinWords);

        using var his = new WebSession(_app);
        var hisPage = await his.GetPageAsync($"/r/{petar.Token}");
        Assert.Contains(petars.Value.Number, hisPage);
        Assert.Contains("Завод за унапређивање образовања и васпитања: 22 бода", hisPage);
        foreach (var (_, (_, number)) in milicas)
            Assert.DoesNotContain(number, hisPage);
        var hisWords = Words(await his.Client.GetByteArrayAsync($"/r/{petar.Token}/certificates.pdf"));
        Assert.Contains("Петар Илић", hisWords);
        Assert.Contains("Укупно: 1 сертификат.", hisWords);
        Assert.DoesNotContain("Милица", hisWords);
    }
}
