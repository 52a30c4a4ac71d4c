using System.Globalization;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Participants;
using Training.Domain.Planning;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;

namespace Training.Tests.Support;

/// <summary>
/// A past year (2018, so everything is due) of the Centre's own people, small enough to count by hand. The
/// demo's staff members are made inactive, so the Centre is these two:
/// <list type="bullet">
/// <item>Весна (licence renewing 30 June 2020, 120 points over 2014–2020) and Дејан (no licence), each with a Staff account;</item>
/// <item>an accredited internal programme P (1 day, 6 h, 8 points, 80 % to complete): its 2018 session on 6 March has Весна present
/// (6 h, completed) and Дејан for 2 h (not completed); its 2017 session on 10 October has Весна present;</item>
/// <item>the 2018 plan, supervision target 10 h: Весна — internal P (6 h, 8 points), external "Рад са трауматизованом децом"
/// (10–11 May, 12 h, 10 points, 24,000 from the state budget) attended with 12 h and 10 points, and an external course
/// of 8 h costing 5,000 that was cancelled; Дејан — external conference (20–21 Sept, 14 h, 30,000 from a donor) approved and never
/// attended, internal P (6 h, 8 points); approved on 20 January; afterwards Дејан's invitation from the OSCE (5 Nov, 6 h) attended
/// with 6 h and 4 points;</item>
/// <item>supervision by one supervisor: 15 Feb group 3 h (both), 12 Apr individual 2 h (Весна), 14 Jun group 4 h (both), 11 Oct group
/// 3 h (Весна), and 10 Dec 2017 group 3 h (Весна, the year before).</item>
/// </list>
/// By hand: Весна planned 18 h / 18 points / 24,000; realised 6 + 12 = 18 h, 8 + 10 = 18 points, 24,000 spent; 2 of 2 planned items;
/// supervision 12 h (target met, 10 counted). Дејан planned 14 + 6 = 20 h, 8 points, 30,000; realised 2 + 6 = 8 h, 0 + 4 = 4 points,
/// nothing spent; 1 of 2 planned items (P attended, if only in part); supervision 7 h. Overall 38 h planned, 26 realised (counted
/// towards the plan: 18 + 8 = 26), 26 points planned, 22 earned, 54,000 planned, 24,000 spent; supervision 12 h in 4 sessions,
/// 17 of 20 hours counted, 1 of 2 met. Funding: state budget 24,000 planned and spent; donor 30,000 planned and still committed.
/// Work plan: supervision 17 / 20 = 85 % (at risk), staff development 26 / 38 = 68 % (behind). Весна's licence: 8 (2017) + 8 + 10 = 26 of 120 points.
/// </summary>
public static class StaffScenario
{
    public const int Year = 2018;
    public const string VesnaEmail = "vesna.staff@centar.test";
    public const string DejanEmail = "dejan.staff@centar.test";
    public const string GroupNotes = "Договорено: процена ризика у пару.";
    public const string IndividualNotes = "Лично: границе према кориснику.";

    public sealed record Ids(int Vesna, int Dejan, int VesnaExternal, int DejanExternal, int DejanInvitation, int GroupSession, int IndividualSession,
        int SupervisionActivity, int DevelopmentActivity, int ProgrammeP, int Session2018);

    /// <param name="approved">False leaves the development plan a draft for management to approve (the invitation is then part of it).</param>
    public static async Task<Ids> CreateAsync(TrainingAppFactory app, bool approved = true)
    {
        var users = new Dictionary<string, string>();
        await app.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<UserManager<AppUser>>();
            foreach (var (email, name) in new[] { (VesnaEmail, "Весна Вукић"), (DejanEmail, "Дејан Дамњановић") })
            {
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
                var created = await manager.CreateAsync(user, WebSession.DemoPassword);
                Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
                await manager.AddToRoleAsync(user, Roles.Staff);
                users[email] = user.Id;
            }
        });
        return app.Scoped(db => Populate(db, users, approved));
    }

    private static Ids Populate(TrainingDbContext db, Dictionary<string, string> users, bool approved)
    {
        foreach (var other in db.StaffMembers.ToList())
            other.Deactivate();
        var vesna = new StaffMember(users[VesnaEmail], "Весна Вукић", VesnaEmail, "Социјална радница");
        vesna.SetLicence("СЗ-0001/2014", new DateOnly(2020, 6, 30), 120);
        var dejan = new StaffMember(users[DejanEmail], "Дејан Дамњановић", DejanEmail, "Психолог");
        db.StaffMembers.AddRange(vesna, dejan);
        var state = new FundingSource("Буџет (2018)", FundingKind.StateBudget);
        var donor = new FundingSource("Донатор (2018)", FundingKind.DonorProject, "ОЕБС");
        db.FundingSources.AddRange(state, donor);

        var programme = Build.Programme("Интерна обука П", 1, 6);
        programme.Accredit(db.AccreditingBodies.Single(b => b.Code == AccreditingBodyCodes.SocialProtection),
            new AccreditationTerms("110-00-00001/2018-01", null, 8, null, null, null, SectorSet.Empty));
        db.Programmes.Add(programme);
        db.SaveChanges();

        var now = DateTime.UtcNow;
        TrainingSession Held(DateOnly date)
        {
            var session = new TrainingSession(programme, [new DayPlan(date, new TimeOnly(9, 0), new TimeOnly(15, 0))], 20);
            session.HoldAt(null, true, "https://sastanak.example.rs/obuka");
            foreach (var step in new[] { SessionStatus.Planned, SessionStatus.OpenForRegistration, SessionStatus.RegistrationClosed, SessionStatus.Delivered })
                session.MoveTo(step, now);
            db.Sessions.Add(session);
            return session;
        }
        var s2018 = Held(new DateOnly(2018, 3, 6));
        var s2017 = Held(new DateOnly(2017, 10, 10));
        db.SaveChanges();
        Participant Person(string name, string email)
        {
            // Typed differently from the account: the match is on the normalised address.
            var person = new Participant(name, email.ToUpperInvariant(), "sr-Cyrl-RS");
            db.Participants.Add(person);
            return person;
        }
        var pVesna = Person("Весна Вукић", VesnaEmail);
        var pDejan = Person("Дејан Дамњановић", DejanEmail);
        db.SaveChanges();
        void Mark(TrainingSession s, Participant p, AttendanceMark mark, decimal? hours)
        {
            db.Registrations.Add(new Registration(s.Id, p.Id, true, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), null, null, now));
            db.Attendance.Add(AttendanceRecord.Record(s, s.Days.Single(), p, mark, hours, false, "coordinator@demo.local", now));
        }
        Mark(s2018, pVesna, AttendanceMark.Present, null);
        Mark(s2018, pDejan, AttendanceMark.Partial, 2);
        Mark(s2017, pVesna, AttendanceMark.Present, null);
        db.SaveChanges();

        var plan = new DevelopmentPlan(Year, 10);
        var internalP = new DevelopmentDetails(DevelopmentKind.Internal, programme.Title, null, programme.Id, null, null, 6, 8, null, null);
        plan.AddItem(vesna, internalP);
        var vesnaExternal = plan.AddItem(vesna, new DevelopmentDetails(DevelopmentKind.External, "Рад са трауматизованом децом", "Институт за ментално здравље",
            null, new DateOnly(2018, 5, 10), new DateOnly(2018, 5, 11), 12, 10, 24_000, state.Id));
        var cancelled = plan.AddItem(vesna, new DevelopmentDetails(DevelopmentKind.External, "Курс који је отказан", "Приватна школа",
            null, new DateOnly(2018, 7, 2), new DateOnly(2018, 7, 2), 8, null, 5_000, state.Id));
        var dejanExternal = plan.AddItem(dejan, new DevelopmentDetails(DevelopmentKind.External, "Регионална конференција", "ОЕБС",
            null, new DateOnly(2018, 9, 20), new DateOnly(2018, 9, 21), 14, null, 30_000, donor.Id));
        plan.AddItem(dejan, internalP);
        if (approved)
            plan.Approve("management@demo.local", new DateTime(2018, 1, 20, 9, 0, 0, DateTimeKind.Utc));
        cancelled.Cancel();
        vesnaExternal.RecordAttended(12, 10, "sertifikat.pdf", new string('a', 32), "application/pdf", new string('0', 64), "coordinator@demo.local", now);
        var invitation = plan.AddItem(dejan, new DevelopmentDetails(DevelopmentKind.Invitation, "Национални механизам упућивања", "ОЕБС",
            null, new DateOnly(2018, 11, 5), new DateOnly(2018, 11, 5), 6, null, null, null));
        invitation.RecordAttended(6, 4, "potvrda.pdf", new string('b', 32), "application/pdf", new string('0', 64), "coordinator@demo.local", now);
        db.DevelopmentPlans.Add(plan);

        var supervisor = new Supervisor("др Зорица Зорић", "супервизорка", null, null, null);
        db.Supervisors.Add(supervisor);
        db.SaveChanges();
        SupervisionSession Supervision(DateOnly date, decimal hours, SupervisionFormat format, string? notes, params StaffMember[] who)
        {
            var s = new SupervisionSession(supervisor.Id, date, hours, format, "Тема " + date.ToString("dd.MM.", CultureInfo.CurrentCulture), notes, who.Select(w => w.Id).ToList(), "management@demo.local", now);
            db.SupervisionSessions.Add(s);
            return s;
        }
        var group = Supervision(new DateOnly(2018, 2, 15), 3, SupervisionFormat.Group, GroupNotes, vesna, dejan);
        var individual = Supervision(new DateOnly(2018, 4, 12), 2, SupervisionFormat.Individual, IndividualNotes, vesna);
        Supervision(new DateOnly(2018, 6, 14), 4, SupervisionFormat.Group, null, vesna, dejan);
        Supervision(new DateOnly(2018, 10, 11), 3, SupervisionFormat.Group, null, vesna);
        Supervision(new DateOnly(2017, 12, 10), 3, SupervisionFormat.Group, null, vesna);

        var work = new AnnualPlan(Year, "План рада за 2018. годину");
        var specific = work.AddGeneralGoal("II", "Унутрашња организација").AddSpecificGoal("II", "Квалитетан рад");
        var supervisionActivity = specific.AddActivity("1", "Обезбедити екстерну супервизију стручног рада", ActivityKind.Supervision);
        var developmentActivity = specific.AddActivity("3", "Сачинити годишњи План стручног усавршавања", ActivityKind.StaffDevelopment);
        work.Approve("admin@demo.local", new DateTime(2018, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        db.AnnualPlans.Add(work);
        db.SaveChanges();
        return new Ids(vesna.Id, dejan.Id, vesnaExternal.Id, dejanExternal.Id, invitation.Id, group.Id, individual.Id,
            supervisionActivity.Id, developmentActivity.Id, programme.Id, s2018.Id);
    }
}
