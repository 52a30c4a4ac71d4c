using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Planning;
using Training.Domain.Registrations;
using Training.Domain.Sessions;

namespace Training.Tests.Support;

/// <summary>
/// A past year's plan (2019, so everything is due) with one training activity and what was delivered
/// for it, small enough to count by hand:
/// <list type="bullet">
/// <item>activity I.I.1 (training), targets: 3 sessions, 5 participants from social work centres, 20 training hours;</item>
/// <item>session S1, 11–12 March 2019, 2 × 6 h, delivered: Ана (ЦСР 1) present both days, Бојан (ЦСР 2) present day 1 and
/// absent day 2, Вера (police) partial 2 h on day 1 and absent day 2; Ана has a certificate;</item>
/// <item>session S2, 9 April 2019, 6 h, delivered: Ана and Горан (ЦСР 1) present;</item>
/// <item>session S3, 14 May 2019, cancelled, nobody counted;</item>
/// <item>activity I.I.2 (other) whose text starts like a spreadsheet formula;</item>
/// <item>activity I.I.3 (other work that also holds a training), target 1 session: session S4, 4 June 2019, 6 h,
/// delivered, nobody recorded; session S5, 20 November 2018, delivered, belongs to 2018 and counts nowhere in 2019;
/// task "memoranda" at least 3, 2 signed (behind once the year is over), task "guide" done; progress reported done.</item>
/// <item>activity I.I.4 (training), targets: 2 sessions, 10 participants from the police: a training the Ministry of the
/// Interior organised, 1–2 October 2019, 8 h, with a Centre trainer for 4 h, 12 police officers and 3 school staff counted;
/// and S2 (of I.I.1), which the plan lists under I.I.4 too.</item>
/// </list>
/// By hand: I.I.1 2 of 3 sessions (66.7 %, behind); 4 people, 5 participations, 3 of them from social work
/// centres (60 %, behind); 18 of 20 hours (90 %, at risk); 3 institutions; 1 certificate. I.I.3: 1 of 1 session
/// (achieved) but 2 of 3 memoranda (behind), so behind. I.I.4: 2 of 2 sessions (S2 and the partner's), 17 people
/// (Ана and Горан, and 15 counted), 14 hours, 12 of 10 police (achieved). The year: 4 of 4 sessions held (S2 once),
/// 32 hours, 19 people, 20 participations.
/// </summary>
public static class PlanScenario
{
    public const int Year = 2019;
    public const string FormulaText = "=HYPERLINK(\"http://evil.example\",\"klik\") протокол";

    public sealed record Ids(int TrainingActivity, int OtherActivity, int S1, int S2, int S3, int MixedActivity, int S4, int S5, int Memoranda, int Outcome)
    {
        public int SharedActivity { get; init; }
        public int PartnersTraining { get; init; }
    }

    public static Ids Create(TrainingAppFactory app) => app.Scoped(db =>
    {
        var plan = new AnnualPlan(Year, "План рада Центра за 2019. годину");
        var specific = plan.AddGeneralGoal("I", "Центар квалитетно обавља поверене послове").AddSpecificGoal("I", "Стручњаци препознају жртве");
        var training = specific.AddActivity("1", "Радионице за стручњаке центара за социјални рад", ActivityKind.Training);
        training.SetTarget(TargetKind.Sessions, 3);
        training.SetTarget(TargetKind.Participants, 5, "SocialWorkCentre");
        training.SetTarget(TargetKind.TrainingHours, 20);
        var other = specific.AddActivity("2", FormulaText, ActivityKind.Other);
        var mixed = specific.AddActivity("3", "Развијање модела прелиминарне идентификације у заједници", ActivityKind.Other);
        mixed.SetTarget(TargetKind.Sessions, 1);
        var memoranda = mixed.AddTask("Потписивање меморандума са субјектима прелиминарне идентификације (најмање 3)");
        memoranda.Plan(3, null, "Служба за координацију");
        var guide = mixed.AddTask("Израда водича за идентификацију");
        var shared = specific.AddActivity("4", "Учешће тренера Центра у обукама полицијских службеника", ActivityKind.Training);
        shared.SetTarget(TargetKind.Sessions, 2);
        shared.SetTarget(TargetKind.Participants, 10, "Police");
        var outcome = specific.AddOutcome("1", "Повећана је спремност заједнице за рано откривање могућих жртава");
        plan.Approve("admin@demo.local", new DateTime(2019, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        db.AnnualPlans.Add(plan);
        db.SaveChanges();

        var csr = db.Organisations.Where(o => o.Sector.Code == "SocialWorkCentre").OrderBy(o => o.Id).Take(2).ToList();
        var police = db.Organisations.First(o => o.Sector.Code == "Police");
        var programme = db.Programmes.OrderBy(p => p.Id).First();
        var now = DateTime.UtcNow;

        TrainingSession Session(params DateOnly[] dates)
        {
            var session = new TrainingSession(programme, dates.Select(d => new DayPlan(d, new TimeOnly(9, 0), new TimeOnly(15, 0))).ToList(), 30);
            session.HoldAt(null, true, "https://sastanak.example.rs/obuka");
            session.Target(new SectorSet(["SocialWorkCentre"]), training.Id);
            db.Sessions.Add(session);
            return session;
        }
        var s1 = Session(new DateOnly(2019, 3, 11), new DateOnly(2019, 3, 12));
        var s2 = Session(new DateOnly(2019, 4, 9));
        var s3 = Session(new DateOnly(2019, 5, 14));
        var s4 = Session(new DateOnly(2019, 6, 4));
        var s5 = Session(new DateOnly(2018, 11, 20));
        s4.Target(new SectorSet(["SocialWorkCentre"]), mixed.Id);
        s5.Target(new SectorSet(["SocialWorkCentre"]), mixed.Id);
        memoranda.Track(PlanTaskStatus.InProgress, 2, null, "coordinator@demo.local", now);
        guide.Track(PlanTaskStatus.Done, null, null, "coordinator@demo.local", now);
        mixed.ReportProgress(ActivityProgress.Done, "coordinator@demo.local", now);
        foreach (var s in new[] { s1, s2, s4, s5 })
        {
            foreach (var step in new[] { SessionStatus.Planned, SessionStatus.OpenForRegistration, SessionStatus.RegistrationClosed, SessionStatus.Delivered })
                s.MoveTo(step, now);
        }
        s3.MoveTo(SessionStatus.Planned, now);
        s3.Cancel("Поплаве");
        s2.CountAlsoFor(shared.Id);
        var partners = new PartnerTraining(shared.Id);
        partners.Describe("Препознавање трговине људима у граничној полицији", "Министарство унутрашњих послова", "Суботица", new DateOnly(2019, 10, 1), new DateOnly(2019, 10, 2), 8);
        partners.Count(new Dictionary<string, int> { ["Police"] = 12, ["School"] = 3 });
        partners.Staff([(db.Trainers.OrderBy(t => t.Id).First().Id, 4m)]);
        partners.Record("coordinator@demo.local", now);
        db.PartnerTrainings.Add(partners);
        db.SaveChanges();

        Participant Person(string name, int organisationId)
        {
            var person = new Participant(name, $"{Guid.NewGuid():N}"[..12] + "@example.rs", "sr-Cyrl-RS");
            person.UpdateDetails(name, organisationId, null, null, null, "sr-Cyrl-RS");
            db.Participants.Add(person);
            return person;
        }
        var ana = Person("Ана Анђелковић", csr[0].Id);
        var bojan = Person("Бојан Бошковић", csr[1].Id);
        var vera = Person("Вера Вуковић", police.Id);
        var goran = Person("Горан Гавриловић", csr[0].Id);
        db.SaveChanges();

        void Mark(TrainingSession s, Participant p, params (AttendanceMark Mark, decimal? Hours)[] days)
        {
            db.Registrations.Add(new Registration(s.Id, p.Id, true, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), null, null, now));
            var ordered = s.Days.OrderBy(d => d.Date).ToList();
            for (var i = 0; i < days.Length; i++)
                db.Attendance.Add(AttendanceRecord.Record(s, ordered[i], p, days[i].Mark, days[i].Hours, false, "coordinator@demo.local", now));
        }
        Mark(s1, ana, (AttendanceMark.Present, null), (AttendanceMark.Present, null));
        Mark(s1, bojan, (AttendanceMark.Present, null), (AttendanceMark.Absent, null));
        Mark(s1, vera, (AttendanceMark.Partial, 2), (AttendanceMark.Absent, null));
        Mark(s2, ana, (AttendanceMark.Present, null));
        Mark(s2, goran, (AttendanceMark.Present, null));
        db.Certificates.Add(Certificate.Issue("CZZTLJ", 2019, 1, s1.Id, ana.Id,
            new CertificateDetails(ana.FullName, s1.Title, s1.FirstDay, s1.LastDay, s1.Hours, "", "", "", "sr-Cyrl-RS"),
            new Completion(12, 12, 80), null, new DateOnly(2019, 3, 15), "coordinator@demo.local"));
        db.SaveChanges();
        return new Ids(training.Id, other.Id, s1.Id, s2.Id, s3.Id, mixed.Id, s4.Id, s5.Id, memoranda.Id, outcome.Id) { SharedActivity = shared.Id, PartnersTraining = partners.Id };
    });
}
