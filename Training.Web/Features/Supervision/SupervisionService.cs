using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Supervision;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Supervision;

/// <summary>External supervision of the Centre's professional work: supervisors, sessions, and each person's hours.</summary>
public sealed class SupervisionService(TrainingDbContext db, TimeProvider clock, Audit.AuditService audit, StaffDevelopment.StaffRecordService records)
{
    public async Task<SupervisionPage> PageAsync(int year, int? page)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var sessions = await (
            from s in db.SupervisionSessions.AsNoTracking()
            join v in db.Supervisors on s.SupervisorId equals v.Id
            where s.Date >= first && s.Date <= last
            orderby s.Date descending, s.Id descending
            select new SupervisionRow(s.Id, s.Date, v.FullName, s.Format, s.Hours, s.Topic, s.Attendees.Count())).ToPageAsync(page);
        // Each person's hours and the target come from the staff year, where the plan's fulfilment counts them too.
        var staffYear = await records.YearAsync(year);
        var people = staffYear.People.Select(p => new PersonHours(p.Staff.Id, p.Staff.FullName, p.SupervisionHours)).ToList();
        var target = staffYear.Plan?.SupervisionHoursTarget ?? 0;
        var supervisors = await db.Supervisors.AsNoTracking().OrderByDescending(s => s.IsActive).ThenBy(s => s.FullName).ToListAsync();
        return new SupervisionPage(year, sessions, people, target, supervisors);
    }

    /// <summary>The session with its confidential notes; reading them is written to the audit log.</summary>
    public async Task<SupervisionDetails?> ReadAsync(int id)
    {
        var details = await DetailsAsync(id);
        if (details?.Session.ConfidentialNotes is not null)
            await audit.RecordAsync("Supervision.NotesRead", nameof(SupervisionSession), id);
        return details;
    }

    public async Task<SupervisionDetails?> DetailsAsync(int id)
    {
        var session = await db.SupervisionSessions.AsNoTracking().Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id);
        if (session is null)
            return null;
        var ids = session.Attendees.Select(a => a.StaffMemberId).ToList();
        return new SupervisionDetails(session,
            await db.Supervisors.Where(s => s.Id == session.SupervisorId).Select(s => s.FullName).FirstAsync(),
            await db.StaffMembers.Where(s => ids.Contains(s.Id)).OrderBy(s => s.FullName).Select(s => s.FullName).ToListAsync());
    }

    public async Task<SupervisionEditor> EditorAsync(SupervisionForm form, int? id = null) => new(form,
        await db.Supervisors.AsNoTracking().Where(s => s.IsActive || s.Id == form.SupervisorId).OrderBy(s => s.FullName).Select(s => new Choice(s.Id, s.FullName)).ToListAsync(),
        await db.StaffMembers.AsNoTracking().Where(s => s.IsActive || form.AttendeeIds.Contains(s.Id)).OrderBy(s => s.FullName).Select(s => new Choice(s.Id, s.FullName)).ToListAsync()) { Id = id };

    public async Task<SupervisionForm?> FormAsync(int id) =>
        await db.SupervisionSessions.AsNoTracking().Include(s => s.Attendees).Where(s => s.Id == id).Select(s => new SupervisionForm
        {
            SupervisorId = s.SupervisorId, Date = s.Date, Hours = s.Hours, Format = s.Format, Topic = s.Topic, Notes = s.ConfidentialNotes,
            AttendeeIds = s.Attendees.Select(a => a.StaffMemberId).ToList(),
        }).FirstOrDefaultAsync();

    public async Task<SupervisionSession?> SaveAsync(int? id, SupervisionForm form, string by)
    {
        if (!await db.Supervisors.AnyAsync(s => s.Id == form.SupervisorId))
            throw new DomainException("Validation.Required", nameof(form.SupervisorId));
        var attendees = form.AttendeeIds.Distinct().ToList();
        if (await db.StaffMembers.CountAsync(s => attendees.Contains(s.Id)) != attendees.Count)
            throw new DomainException("Validation.Invalid", nameof(form.AttendeeIds));
        SupervisionSession? session;
        if (id is null)
        {
            session = new SupervisionSession(form.SupervisorId!.Value, form.Date!.Value, form.Hours!.Value, form.Format, form.Topic, form.Notes, attendees, by, clock.GetUtcNow().UtcDateTime);
            db.SupervisionSessions.Add(session);
        }
        else
        {
            session = await db.SupervisionSessions.Include(s => s.Attendees).FirstOrDefaultAsync(s => s.Id == id);
            if (session is null)
                return null;
            session.Revise(form.Date!.Value, form.Hours!.Value, form.Format, form.Topic, form.Notes, attendees);
        }
        await db.SaveChangesAsync();
        return session;
    }

    public Task<SupervisorForm?> SupervisorFormAsync(int id) =>
        db.Supervisors.AsNoTracking().Where(s => s.Id == id).Select(s => new SupervisorForm
        {
            FullName = s.FullName, Qualification = s.Qualification, Organisation = s.Organisation, Email = s.Email, Phone = s.Phone, IsActive = s.IsActive,
        }).FirstOrDefaultAsync();

    public async Task<Supervisor?> SaveSupervisorAsync(int? id, SupervisorForm form)
    {
        Supervisor? supervisor;
        if (id is null)
        {
            supervisor = new Supervisor(form.FullName, form.Qualification, form.Organisation, form.Email, form.Phone);
            db.Supervisors.Add(supervisor);
        }
        else
        {
            supervisor = await db.Supervisors.FindAsync(id.Value);
            if (supervisor is null)
                return null;
            supervisor.Describe(form.FullName, form.Qualification, form.Organisation, form.Email, form.Phone);
        }
        if (form.IsActive)
            supervisor.Activate();
        else
            supervisor.Deactivate();
        await db.SaveChangesAsync();
        return supervisor;
    }
}
