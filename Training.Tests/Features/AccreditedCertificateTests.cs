using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Tests.Support;
using Training.Web.Features.Certificates;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

/// <summary>
/// A programme accredited by two bodies for two sectors: each participant's certificate counts under the accreditation
/// of their institution's sector, with its number, its points in the right plural, the accredited and the session's titles,
/// the place, the hours attended and the licence number.
/// </summary>
public sealed class AccreditedCertificateTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public AccreditedCertificateTests(TrainingAppFactory app) => _app = app;

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>A two-day (12-hour) programme, accredited by the Institute for social work centres and in ZUOV's catalogue for schools.</summary>
    private int AccreditedProgramme(DateOnly? socialProtectionUntil = null) => _app.Scoped(db =>
    {
        var programme = Build.Programme($"Рад са децом жртвама трговине {Guid.NewGuid():N}"[..40], 2, 12);
        var bodies = db.AccreditingBodies.ToDictionary(b => b.Code);
        programme.Accredit(bodies[AccreditingBodyCodes.SocialProtection], new AccreditationTerms("110-00-00045/2017-01",
            "Препознавање и подршка деци жртвама трговине људима", 21, 10, null, socialProtectionUntil, new SectorSet(["SocialWorkCentre"])));
        programme.Accredit(bodies["Education"], new AccreditationTerms("455", null, 22, null, null, null, new SectorSet(["School"])));
        db.Programmes.Add(programme);
        db.SaveChanges();
        return programme.Id;
    });

    [Fact]
    public async Task Each_certificate_says_what_counts_for_its_holders_sector_with_points_in_the_right_plural()
    {
        var programmeId = AccreditedProgramme();
        var held = HeldSession.Create(_app, [-2, -1], ["Милица Јовановић", "Јована Петровић", "Петар Илић"], programmeId: programmeId);
        var (milica, jovana, petar) = (held.People[0], held.People[1], held.People[2]);
        _app.Scoped(db =>
        {
            var centre = db.Organisations.Include(o => o.Sector).First(o => o.Sector.Code == "SocialWorkCentre");
            var school = db.Organisations.Include(o => o.Sector).First(o => o.Sector.Code == "School");
            var people = db.Participants.Where(p => p.Id == milica.ParticipantId || p.Id == jovana.ParticipantId).ToDictionary(p => p.Id);
            people[milica.ParticipantId].UpdateDetails(milica.Name, centre.Id, null, "Социјална радница", null, "sr-Cyrl-RS");
            people[milica.ParticipantId].RecordLicence("сз-0042/2019");
            people[jovana.ParticipantId].UpdateDetails(jovana.Name, school.Id, null, "Педагог", null, "sr-Cyrl-RS");
            var session = db.Sessions.Include(s => s.Venue).Single(s => s.Id == held.SessionId);
            session.Rename("Радионица за Рашки округ", session.Language);
            var venue = db.Venues.Include(v => v.Municipality).First();
            session.HoldAt(venue, false, null);
            session.MoveTo(SessionStatus.Delivered, DateTime.UtcNow);
            db.SaveChanges();
            return 0;
        });
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var grid = $"/sessions/{held.SessionId}/attendance";
        var cells = new Dictionary<string, string>();
        var i = 0;
        void Mark(HeldSession.Person person, int day, string mark, string hours = "")
        {
            cells[$"Marks[{i}].ParticipantId"] = person.ParticipantId.ToString(CultureInfo.InvariantCulture);
            cells[$"Marks[{i}].DayId"] = held.DayIds[day].ToString(CultureInfo.InvariantCulture);
            cells[$"Marks[{i}].Mark"] = mark;
            cells[$"Marks[{i}].Hours"] = hours;
            i++;
        }
        Mark(milica, 0, "Present");
        Mark(milica, 1, "Present");
        Mark(jovana, 0, "Present");
        Mark(jovana, 1, "Partial", "4");
        Mark(petar, 0, "Present");
        Mark(petar, 1, "Present");
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync(grid, grid, cells)).StatusCode);

        var tab = await web.GetPageAsync($"/sessions/{held.SessionId}/certificates");
        Assert.Contains("РЗСЗ 110-00-00045/2017-01: 21 бод за учеснике", tab);
        Assert.Contains("ЗУОВ 455: 22 бода за учеснике", tab);
        Assert.Contains("без бодова", tab);

        await web.PostFormAsync($"/sessions/{held.SessionId}/certificates", $"/sessions/{held.SessionId}/certificates/issue", new Dictionary<string, string>());
        await _app.WithScopeAsync(s => s.GetRequiredService<CertificateService>().DeliverPendingAsync());
        var certificates = _app.Scoped(db => db.Certificates.Where(c => c.SessionId == held.SessionId).ToDictionary(c => c.ParticipantId));
        string Pdf(int participantId) => PdfText(_app.Scoped(db => db.CertificateFiles.Single(f => f.CertificateId == certificates[participantId].Id).Content));

        var venueName = _app.Scoped(db => db.Venues.First().Name);
        var forMilica = Pdf(milica.ParticipantId);
        Assert.Contains("Препознавање и подршка деци жртвама трговине људима", forMilica);
        Assert.Contains("(обука „Радионица за Рашки округ“)", forMilica);
        Assert.Contains("Акредитација: Републички завод за социјалну заштиту, број 110-00-00045/2017-01", forMilica);
        Assert.Contains("Сертификат носи 21 бод.", forMilica);
        Assert.Contains("број лиценце: СЗ-0042/2019", forMilica);
        Assert.Contains("трајању од 12 сати", forMilica);
        Assert.Contains(venueName.Split(' ')[0], forMilica);
        Assert.DoesNotContain("присуство:", forMilica);

        var forJovana = Pdf(jovana.ParticipantId);
        Assert.Contains("Акредитација: Завод за унапређивање образовања и васпитања, број 455", forJovana);
        Assert.Contains("Сертификат носи 22 бода.", forJovana);
        Assert.Contains("присуство: 10 од 12 сати", forJovana);
        Assert.DoesNotContain("лиценце", forJovana);
        Assert.Equal((22m, "455"), (certificates[jovana.ParticipantId].Points!.Value, certificates[jovana.ParticipantId].AccreditationNumber));

        // The records for the Institute: its participants only (Milica), by surname, from the programme's page.
        var year = _app.Scoped(db => db.SessionDays.Where(d => d.TrainingSessionId == held.SessionId).Min(d => d.Date)).Year;
        var rzsz = _app.Scoped(db => db.ProgrammeAccreditations.Single(a => a.ProgrammeId == programmeId && a.Number == "110-00-00045/2017-01").Id);
        var record = $"/programmes/{programmeId}/accreditations/{rzsz}/record/{year}";
        Assert.Contains($"href=\"{record}.xlsx\"", await web.GetPageAsync($"/programmes/{programmeId}"));
        var xlsx = await web.Client.GetByteArrayAsync(record + ".xlsx");
        var people = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Учесници").Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(people);
        Assert.Equal(("Милица Јовановић", "СЗ-0042/2019", 12d, 21d),
            ((string)row["Презиме и име"], (string)row["Број лиценце"], Convert.ToDouble(row["Присуство (сати)"], CultureInfo.InvariantCulture), Convert.ToDouble(row["Бодови"], CultureInfo.InvariantCulture)));
        var sessions = MiniExcelLibs.MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, sheetName: "Обуке").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Радионица за Рашки округ", Assert.Single(sessions)["Обука"]);
        var csv = System.Text.Encoding.UTF8.GetString(await web.Client.GetByteArrayAsync(record + ".csv"));
        Assert.Contains("\"Милица Јовановић\";", csv);
        Assert.Contains("СЗ-0042/2019", csv);
        Assert.DoesNotContain("Јована", csv);
        var summary = await web.Client.GetByteArrayAsync(record + ".pdf");
        using (var document = PdfDocument.Open(summary))
        {
            var words = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Републички завод за социјалну заштиту, број 110-00-00045/2017-01", words);
            Assert.Contains("Милица Јовановић", words);
            Assert.Contains("Оверава координатор обука", words);
        }

        var forPetar = Pdf(petar.ParticipantId);
        Assert.DoesNotContain("Акредитација", forPetar);
        Assert.DoesNotContain("бод", forPetar);
        Assert.Null(certificates[petar.ParticipantId].Points);
    }

    [Fact]
    public async Task A_session_outside_an_accreditations_validity_is_flagged_and_shows_which_accreditation_applies_to_whom()
    {
        var programmeId = AccreditedProgramme(socialProtectionUntil: Belgrade.Today(TimeProvider.System));
        var held = HeldSession.Create(_app, [1, 2], ["Ана Ђорђевић"], programmeId: programmeId);
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        var page = await web.GetPageAsync($"/sessions/{held.SessionId}");
        Assert.Contains("data-testid=\"accreditation-lapsed\"", page);
        Assert.Contains("Акредитација РЗСЗ број 110-00-00045/2017-01 не важи за све дане ове обуке", page);
        Assert.Contains("ЗУОВ 455: 22 бода за учеснике — За учеснике из: Образовање", page);

        var current = HeldSession.Create(_app, [-3], ["Ана Ђорђевић"], programmeId: programmeId);
        var valid = await web.GetPageAsync($"/sessions/{current.SessionId}");
        Assert.DoesNotContain("data-testid=\"accreditation-lapsed\"", valid);
        Assert.Contains("РЗСЗ 110-00-00045/2017-01: 21 бод за учеснике", valid);
    }
}
