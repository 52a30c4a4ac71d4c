using Microsoft.EntityFrameworkCore;
using Training.Domain.Attendance;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Attendance;

/// <summary>
/// Who was at each day of a session: the grid, "mark all present", walk-ins and self check-in.
/// The people on the grid are the confirmed registrations and anyone already marked (walk-ins).
/// </summary>
public sealed class AttendanceService(TrainingDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<AttendanceSheet> SheetAsync(TrainingSession session)
    {
        var records = await db.Attendance.Include(a => a.Changes).Where(a => a.SessionId == session.Id).ToListAsync();
        var registered = await (
            from r in db.Registrations
            join p in db.Participants on r.ParticipantId equals p.Id
            join o in db.Organisations on p.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            where r.SessionId == session.Id && r.Status == RegistrationStatus.Confirmed
            select new { p.Id, p.OrganisationId, p.FullName, p.Email, Institution = o != null ? o.Name : p.OrganisationName, r.TokenHash }).ToListAsync();
        var people = registered.Select(r => new AttendancePerson(r.Id, r.OrganisationId, r.FullName, r.Email, r.Institution, false, r.TokenHash)).ToList();
        var others = records.Select(r => r.ParticipantId).Distinct().Except(people.Select(p => p.ParticipantId)).ToList();
        if (others.Count > 0)
        {
            var extra = await (
                from p in db.Participants
                join o in db.Organisations on p.OrganisationId equals o.Id into orgs
                from o in orgs.DefaultIfEmpty()
                where others.Contains(p.Id)
                select new { p.Id, p.OrganisationId, p.FullName, p.Email, Institution = o != null ? o.Name : p.OrganisationName }).ToListAsync();
            // Someone marked and later cancelled stays on the grid; only those never registered count as walk-ins.
            people.AddRange(extra.Select(p => new AttendancePerson(p.Id, p.OrganisationId, p.FullName, p.Email, p.Institution, records.Any(r => r.ParticipantId == p.Id && r.IsWalkIn), null)));
        }
        foreach (var record in records)
            people.First(p => p.ParticipantId == record.ParticipantId).Marks[record.SessionDayId] = record;
        var names = people.ToDictionary(p => p.ParticipantId, p => p.FullName);
        var days = session.Days.OrderBy(d => d.Date).ToList();
        var changes = records
            .SelectMany(r => r.Changes.Select(c => new AttendanceChangeRow(names[r.ParticipantId], days.First(d => d.Id == r.SessionDayId).Date, c.Mark, c.Hours, c.ChangedBy, c.ChangedAtUtc)))
            .OrderByDescending(c => c.ChangedAtUtc).Take(30).ToList();
        return new AttendanceSheet(session, days, people.OrderBy(p => p.FullName, PersonNameOrder.Current).ToList(), changes, Now);
    }

    /// <summary>
    /// Saves the grid in one go: every changed cell is checked first, and one refused cell saves
    /// nothing. Blank cells are left as they were. Returns how many marks changed.
    /// </summary>
    public async Task<int> SaveAsync(TrainingSession session, IReadOnlyList<MarkInput> marks, string by)
    {
        var sheet = await SheetAsync(session);
        var changed = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var input = marks[i];
            if (input.Mark is not { } mark)
                continue;
            var person = sheet.People.FirstOrDefault(p => p.ParticipantId == input.ParticipantId)
                         ?? throw new DomainException("Attendance.NotOnList", $"Marks[{i}].Mark");
            var day = sheet.Days.FirstOrDefault(d => d.Id == input.DayId) ?? throw new DomainException("Attendance.WrongDay", $"Marks[{i}].Mark");
            try
            {
                changed += Apply(session, day, person, mark, input.Hours, by) ? 1 : 0;
            }
            catch (DomainException ex)
            {
                // The same rule, placed next to the cell that broke it.
                throw new DomainException(ex.MessageKey, $"Marks[{i}].{(ex.Field == "Hours" ? "Hours" : "Mark")}", ex.Arguments);
            }
        }
        await db.SaveChangesAsync();
        return changed;
    }

    /// <summary>
    /// A mark from the room, perhaps made offline hours ago. It carries the stamp of the value the phone showed; when
    /// the stored mark has been changed since (by the coordinator or another phone) to something else, nothing is
    /// written and the stored value comes back, for the trainer to choose between the two.
    /// </summary>
    public Task<(bool Saved, DayMark Current)> MarkFromRoomAsync(TrainingSession session, int dayId, RoomMarkInput input, string by) =>
        db.InWriteTransactionAsync(async () =>
        {
            var sheet = await SheetAsync(session);
            var day = sheet.Days.FirstOrDefault(d => d.Id == dayId) ?? throw new DomainException("Attendance.WrongDay", "DayId");
            var person = sheet.People.FirstOrDefault(p => p.ParticipantId == input.ParticipantId)
                         ?? throw new DomainException("Attendance.NotOnList", nameof(input.ParticipantId));
            if (!Enum.TryParse<AttendanceMark>(input.Mark, out var mark) || !Enum.IsDefined(mark))
                throw new DomainException("Validation.Required", nameof(input.Mark));
            var current = DayMark.Of(person, day);
            if (current.Version != input.Seen && !current.SameAs(mark, input.Hours))
                return (false, current);
            Apply(session, day, person, mark, input.Hours, by);
            await db.SaveChangesAsync();
            return (true, DayMark.Of(person, day));
        });

    /// <summary>Marks present everyone on the list who has no mark yet for the day; marks already given are kept.</summary>
    public async Task<int> MarkAllPresentAsync(TrainingSession session, int dayId, string by)
    {
        var sheet = await SheetAsync(session);
        var day = sheet.Days.FirstOrDefault(d => d.Id == dayId) ?? throw new DomainException("Attendance.WrongDay", "DayId");
        session.EnsureAttendanceOpen(day, Now);
        var marked = 0;
        foreach (var person in sheet.People.Where(p => !p.Marks.ContainsKey(day.Id)))
            marked += Apply(session, day, person, AttendanceMark.Present, null, by) ? 1 : 0;
        await db.SaveChangesAsync();
        return marked;
    }

    /// <summary>Someone who came without registering: recorded present as a walk-in for the chosen day.</summary>
    public async Task<Participant> AddWalkInAsync(TrainingSession session, WalkInForm form, string by)
    {
        var day = session.Days.FirstOrDefault(d => d.Id == form.DayId) ?? throw new DomainException("Validation.Required", nameof(form.DayId));
        session.EnsureAttendanceOpen(day, Now);
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Email == email);
        if (participant is null)
        {
            participant = new Participant(form.FullName!, email, session.Language);
            participant.UpdateDetails(form.FullName!, null, form.Institution, null, null, session.Language);
            db.Participants.Add(participant);
        }
        else if (await db.Registrations.AnyAsync(r => r.SessionId == session.Id && r.ParticipantId == participant.Id && r.Status == RegistrationStatus.Confirmed))
        {
            throw new DomainException("Attendance.AlreadyRegistered", nameof(form.Email), participant.FullName);
        }
        else if (await db.Attendance.AnyAsync(a => a.SessionDayId == day.Id && a.ParticipantId == participant.Id))
        {
            throw new DomainException("Attendance.AlreadyMarked", nameof(form.Email), participant.FullName);
        }
        await db.SaveChangesAsync();
        db.Attendance.Add(AttendanceRecord.Record(session, day, participant, AttendanceMark.Present, null, true, by, Now));
        await db.SaveChangesAsync();
        return participant;
    }

    /// <summary>The day of the session that falls on today's Belgrade date, when there is one.</summary>
    public SessionDay? Today(TrainingSession session) => session.Days.FirstOrDefault(d => d.Date == Belgrade.Today(clock));

    /// <summary>
    /// A participant's own code marks them present for today. Only the codes of this session's
    /// confirmed registrations for today's day are accepted; returns the name of the person marked.
    /// </summary>
    public async Task<string> CheckInAsync(TrainingSession session, string? typed, string by)
    {
        var day = Today(session) ?? throw new DomainException("CheckIn.NoDayToday", "Code");
        session.EnsureAttendanceOpen(day, Now);
        var code = CheckInCode.Normalise(typed) ?? throw new DomainException("CheckIn.CodeInvalid", "Code");
        var sheet = await SheetAsync(session);
        var person = sheet.People.FirstOrDefault(p => p.RegistrationTokenHash is { } hash && CheckInCode.For(hash, day.Id) == code)
                     ?? throw new DomainException("CheckIn.CodeUnknown", "Code");
        Apply(session, day, person, AttendanceMark.Present, null, by, checkedIn: true);
        await db.SaveChangesAsync();
        return person.FullName;
    }

    private bool Apply(TrainingSession session, SessionDay day, AttendancePerson person, AttendanceMark mark, decimal? hours, string by, bool checkedIn = false)
    {
        if (person.Marks.TryGetValue(day.Id, out var record))
            return record.Set(session, day, mark, hours, by, Now, checkedIn);
        record = AttendanceRecord.Record(session, day, person.ParticipantId, person.OrganisationId, mark, hours, person.IsWalkIn, by, Now, checkedIn);
        db.Attendance.Add(record);
        person.Marks[day.Id] = record;
        return true;
    }
}
