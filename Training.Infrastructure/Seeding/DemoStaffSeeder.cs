using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Budgets;
using Training.Domain.Participants;
using Training.Domain.Programmes;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Infrastructure.Files;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Seeding;

/// <summary>
/// Development only: the Centre's own people in the demo year, from the "staff" part of the demo file:
/// staff members linked to the demo Staff accounts, their approved development plan, the held sessions one
/// of them attended as a participant (so the automatic record shows), and a year of supervision.
/// </summary>
internal sealed class DemoStaffSeeder(TrainingDbContext db, FileStore files, DateOnly today, DateTime now)
{
    /// <summary>A date <paramref name="offset"/> days from today, kept within this year: a plan's items belong to its year.</summary>
    private DateOnly InYear(int offset)
    {
        var date = today.AddDays(offset);
        return date.Year < today.Year ? new DateOnly(today.Year, 1, 1) : date.Year > today.Year ? new DateOnly(today.Year, 12, 31) : date;
    }

    public async Task AddAsync(DemoStaff seed, IReadOnlyDictionary<string, TrainingProgramme> programmes, IReadOnlyList<TrainingSession> held)
    {
        var emails = seed.Members.Select(m => m.User).ToList();
        var accounts = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!);
        var staff = new Dictionary<string, StaffMember>();
        foreach (var m in seed.Members.Where(m => accounts.ContainsKey(m.User)))
        {
            var account = accounts[m.User];
            var member = new StaffMember(account.Id, account.DisplayName, m.User, m.Position);
            member.SetLicence(m.Licence, m.RenewsInDays is int days ? today.AddDays(days) : null, m.PointsRequired);
            staff[m.User] = member;
        }
        db.StaffMembers.AddRange(staff.Values);
        var supervisors = seed.Supervisors.Select(s => new Supervisor(s.FullName, s.Qualification, s.Organisation, s.Email, null)).ToList();
        db.Supervisors.AddRange(supervisors);
        await db.SaveChangesAsync();

        var centre = await db.Organisations.Where(o => o.Sector.Code == "Centre").Select(o => (int?)o.Id).FirstOrDefaultAsync();
        foreach (var m in seed.Members.Where(m => staff.ContainsKey(m.User)))
            await AttendAsync(staff[m.User], centre, m.Attends.SelectMany(key => held.Where(s => s.ProgrammeId == programmes[key].Id).Take(1)).ToList());

        var funding = await db.FundingSources.ToListAsync();
        var plan = new DevelopmentPlan(today.Year, seed.SupervisionHoursTarget);
        db.DevelopmentPlans.Add(plan);
        var certificates = new List<(DevelopmentItem Item, DevelopmentDetails Details)>();
        void Add(DemoDevelopmentItem i)
        {
            DateOnly? starts = i.Offset is int offset ? InYear(offset) : null;
            var details = i.Kind == DevelopmentKind.Internal
                ? new DevelopmentDetails(i.Kind, programmes[i.Programme!].Title, null, programmes[i.Programme!].Id, null, null,
                    i.Hours ?? programmes[i.Programme!].DurationHours, i.Points ?? programmes[i.Programme!].Accreditations.FirstOrDefault(a => a.Body.AsksLicenceNumber)?.ParticipantPoints, null, null)
                : new DevelopmentDetails(i.Kind, i.Title!, i.Provider, null, starts, starts?.AddDays((i.Days ?? 1) - 1), i.Hours ?? 0, i.Points, i.Cost,
                    i.Funding is FundingKind kind ? funding.First(f => f.Kind == kind).Id : null);
            var item = plan.AddItem(staff[i.User], details);
            if (i.Attended)
                certificates.Add((item, details));
        }
        foreach (var i in seed.Items.Where(i => !i.AfterApproval))
            Add(i);
        var approved = new DateTime(today.Year, 1, 20, 9, 0, 0, DateTimeKind.Utc);
        plan.Approve("management@demo.local", approved < now ? approved : now);
        foreach (var i in seed.Items.Where(i => i.AfterApproval))
            Add(i);

        foreach (var (item, details) in certificates)
        {
            // A one-page certificate of the kind a person brings back, so the record has a real file to open.
            using var flow = new Training.Infrastructure.Documents.DocumentFlow(new(details.Title, details.Title, details.Provider ?? "", "sr-Cyrl-RS"));
            flow.Heading(details.Provider ?? "", 16);
            flow.Paragraph($"{staff.Values.First(m => m.Id == item.StaffMemberId).FullName} — {details.Title}", 12);
            flow.Paragraph($"{details.StartsOn:dd.MM.yyyy.} – {details.EndsOn:dd.MM.yyyy.} · {details.Hours:0.#} h", 10);
            using var content = new MemoryStream(flow.ToBytes());
            var (stored, sha) = await files.SaveAsync(content);
            item.RecordAttended(details.Hours, details.Points, "sertifikat.pdf", stored, "application/pdf", sha, "coordinator@demo.local", now);
        }
        foreach (var s in seed.Supervision)
            db.SupervisionSessions.Add(new SupervisionSession(supervisors[0].Id, InYear(s.Offset), s.Hours, s.Format, s.Topic, s.Notes,
                s.Attendees.Select(a => staff[a].Id).ToList(), "management@demo.local", now));
        await db.SaveChangesAsync();
    }

    /// <summary>The staff member registered for and present at every day of the given held sessions, under their own email.</summary>
    private async Task AttendAsync(StaffMember member, int? centre, IReadOnlyList<TrainingSession> sessions)
    {
        if (sessions.Count == 0)
            return;
        var person = new Participant(member.FullName, member.Email, "sr-Cyrl-RS");
        person.UpdateDetails(member.FullName, centre, null, member.Position, null, "sr-Cyrl-RS");
        db.Participants.Add(person);
        await db.SaveChangesAsync();
        foreach (var session in sessions)
        {
            db.Registrations.Add(DemoAttendance.DemoRegistration(session, person.Id));
            db.Attendance.AddRange(session.Days.Select(day =>
                AttendanceRecord.Record(session, day, person, AttendanceMark.Present, null, false, "coordinator@demo.local", day.EndsAtUtc)));
        }
        await db.SaveChangesAsync();
        var ids = sessions.Select(s => s.Id).ToList();
        await db.Sessions.Where(s => ids.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken + 1));
    }
}
