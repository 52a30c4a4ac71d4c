using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Planning;
using Training.Domain.Programmes;
using Training.Domain.Sessions;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Sessions;

public sealed class SessionService(TrainingDbContext db, TimeProvider clock, Registrations.ReminderService reminders, Registrations.SeatService seats, Materials.MaterialService materials,
    Registrations.InvitationService invitations)
{
    public async Task<Page<SessionRow>> ListAsync(SessionFilter filter, string? trainerUserId = null)
    {
        var query = db.Sessions.AsNoTracking();
        if (trainerUserId is not null)
            query = query.Where(s => s.Trainers.Any(t => t.Trainer.UserId == trainerUserId));
        if (filter.Year is int year)
            query = query.Where(PlanYear.HeldIn(year));
        if (filter.Status is not null)
            query = query.Where(s => s.Status == filter.Status);
        if (filter.Held)
            query = query.Where(s => s.Status == SessionStatus.Delivered || s.Status == SessionStatus.Closed);
        if (filter.Activity is not null)
            query = query.Where(s => s.PlanActivityId == filter.Activity);
        if (!string.IsNullOrWhiteSpace(filter.Sector))
        {
            query = query.Where(s => s.TargetSectorCodes.Contains(filter.Sector));
        }
        if (filter.District is not null)
            query = query.Where(s => s.Venue != null && s.Venue.Municipality.DistrictId == filter.District);
        if (filter.Programme is not null)
            query = query.Where(s => s.ProgrammeId == filter.Programme);
        if (filter.Trainer is not null)
            query = query.Where(s => s.Trainers.Any(t => t.TrainerId == filter.Trainer));
        query = await query.MatchingAsync(filter.Search, s => new SearchTexts(s.Id, s.Title, s.Venue != null ? s.Venue.Municipality.Name : null));
        return await query.OrderByDescending(s => s.StartsAtUtc)
            .Select(s => new SessionRow(s.Id, s.Title, s.Days.Min(d => d.Date), s.Days.Max(d => d.Date), s.Days.Count, s.Status,
                s.Venue != null ? s.Venue.Name : null, s.Venue != null ? s.Venue.Municipality.Name : null, s.IsOnline, s.Capacity))
            .ToPageAsync(filter.Page);
    }

    public async Task<IReadOnlyList<int>> YearsAsync()
    {
        var span = await db.Sessions.GroupBy(_ => 1).Select(g => new { First = g.Min(s => (DateTime?)s.StartsAtUtc), Last = g.Max(s => (DateTime?)s.StartsAtUtc) }).FirstOrDefaultAsync();
        // Years in Belgrade, as the list's year filter (PlanYear) counts them.
        var (first, last) = (span?.First is { } f ? Belgrade.ToLocal(f).Year : (int?)null, span?.Last is { } l ? Belgrade.ToLocal(l).Year : (int?)null);
        var now = Belgrade.Today(clock).Year;
        var from = Math.Min(first ?? now, now);
        var to = Math.Max(last ?? now, now + 1);
        return Enumerable.Range(from, to - from + 1).Reverse().ToList();
    }

    /// <summary>What the list's filters offer: no venues and no plan activities, which only the session form needs.</summary>
    public async Task<SessionChoices> FilterChoicesAsync()
    {
        var programmes = await db.Programmes.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Title).Select(p => new Choice(p.Id, p.Title)).ToListAsync();
        var trainers = await db.Trainers.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.FullName).Select(t => new Choice(t.Id, t.FullName)).ToListAsync();
        var sectors = await db.Sectors.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Id).Select(d => new Choice(d.Id, d.Name)).ToListAsync();
        return new SessionChoices(programmes, [], trainers, sectors, districts, []);
    }

    /// <summary>What the session form offers: the filters' lists, venues and the plan activities a session can serve.</summary>
    public async Task<SessionChoices> ChoicesAsync()
    {
        var choices = await FilterChoicesAsync();
        var venues = await db.Venues.AsNoTracking().OrderBy(v => v.Municipality.Name).ThenBy(v => v.Name)
            .Select(v => new Choice(v.Id, v.Name + " (" + v.Municipality.Name + ", " + v.Capacity + ")")).ToListAsync();
        return choices with { Venues = venues, PlanActivities = await Plans.PlanActivityNames.ChoicesAsync(db) };
    }

    /// <summary>The session with everything its pages show; null when unknown.</summary>
    public Task<TrainingSession?> FindAsync(int id) =>
        db.Sessions.AsSplitQuery()
            .Include(s => s.Programme).ThenInclude(p => p.Accreditations).ThenInclude(a => a.Body)
            .Include(s => s.Days)
            .Include(s => s.Venue).ThenInclude(v => v!.Municipality)
            .Include(s => s.Trainers).ThenInclude(t => t.Trainer).ThenInclude(t => t.Unavailability)
            .FirstOrDefaultAsync(s => s.Id == id);

    /// <summary>The session as stored now, forgetting any unsaved change made to it in this request.</summary>
    public Task<TrainingSession?> ReloadAsync(int id)
    {
        db.ChangeTracker.Clear();
        return FindAsync(id);
    }

    public Task<string?> PlanActivityTextAsync(int? planActivityId) => Plans.PlanActivityNames.NameAsync(db, planActivityId);

    /// <summary>A trainer (not a planner or reader) may see a session only when assigned to it.</summary>
    public static bool CanSee(ClaimsPrincipal user, TrainingSession session) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Management)
        || Teaches(user, session);

    /// <summary>The user is a trainer assigned to this session.</summary>
    public static bool Teaches(ClaimsPrincipal user, TrainingSession session) =>
        user.IsInRole(Roles.Trainer) && session.Trainers.Any(t => t.Trainer.UserId == user.FindFirstValue(ClaimTypes.NameIdentifier));

    private static readonly TimeOnly UsualStart = new(9, 0);

    /// <summary>
    /// A new session's form. Scheduled from a programme, it starts as the last session of that programme was held
    /// (place, lead trainer, times, capacity, sectors, language), or, for a programme never held, with the programme's
    /// capacity, sectors and language and a day as long as the programme's. Every value stays the coordinator's to change.
    /// </summary>
    public async Task<SessionForm> NewFormAsync(int? programmeId)
    {
        var programme = programmeId is null ? null : await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId);
        var last = programme is null ? null : await db.Sessions.AsNoTracking().Include(s => s.Days).Include(s => s.Trainers)
            .Where(s => s.ProgrammeId == programme.Id && s.Status != SessionStatus.Cancelled)
            .OrderByDescending(s => s.StartsAtUtc).FirstOrDefaultAsync();
        var lastDay = last?.Days.OrderBy(d => d.Date).First();
        var form = new SessionForm
        {
            ProgrammeId = programme?.Id,
            Capacity = last?.Capacity ?? programme?.DefaultCapacity ?? 25,
            MinParticipants = last?.MinParticipants,
            Language = last?.Language ?? programme?.Language ?? "sr-Cyrl-RS",
            TargetSectors = (last?.TargetSectors ?? programme?.TargetSectors)?.Codes.ToList() ?? [],
            VenueId = last?.VenueId,
            IsOnline = last?.IsOnline ?? false,
            MeetingLink = last?.MeetingLink,
            DayStart = lastDay?.Start ?? UsualStart,
            DayEnd = lastDay?.End ?? UsualEnd(programme),
            TrainerId = last?.Trainers.OrderBy(t => t.Role).Select(t => (int?)t.TrainerId).FirstOrDefault(),
        };
        form.PadDays();
        return form;
    }

    /// <summary>A day as long as the programme's days, from the usual start, in whole quarter hours.</summary>
    private static TimeOnly UsualEnd(TrainingProgramme? programme)
    {
        if (programme is not { DurationDays: > 0, DurationHours: > 0 })
            return new TimeOnly(15, 0);
        var quarters = (int)Math.Ceiling(programme.DurationHours / programme.DurationDays * 4);
        return UsualStart.AddMinutes(Math.Min(quarters, 14 * 4) * 15);
    }

    public static SessionForm FormOf(TrainingSession session)
    {
        var form = new SessionForm
        {
            ProgrammeId = session.ProgrammeId,
            Title = session.Title,
            Language = session.Language,
            Days = session.Days.OrderBy(d => d.Date).Select(d => new DayInput { Date = d.Date, Start = d.Start, End = d.End }).ToList(),
            VenueId = session.VenueId,
            IsOnline = session.IsOnline,
            MeetingLink = session.MeetingLink,
            Capacity = session.Capacity,
            MinParticipants = session.MinParticipants,
            RegistrationOpensOn = session.RegistrationOpensOn,
            RegistrationClosesOn = session.RegistrationClosesOn,
            TargetSectors = session.TargetSectors.Codes.ToList(),
            PlanActivityId = session.PlanActivityId,
            Version = session.Version,
        };
        form.PadDays();
        return form;
    }

    /// <summary>
    /// Creates (no id) or updates a session from the form. Rules broken throw <see cref="DomainException"/>;
    /// a stale form throws <see cref="DbUpdateConcurrencyException"/>. Nothing is saved unless all hold.
    /// </summary>
    public async Task<TrainingSession?> SaveAsync(int? id, SessionForm form)
    {
        var programme = await db.Programmes.FindAsync(form.ProgrammeId) ?? throw new DomainException("Validation.Required", nameof(form.ProgrammeId));
        var venue = form.VenueId is null ? null : await db.Venues.FindAsync(form.VenueId) ?? throw new DomainException("Validation.Required", nameof(form.VenueId));
        var days = DayPlans(form, programme.DurationDays);

        TrainingSession? session;
        var capacityBefore = int.MaxValue;
        if (id is null)
        {
            session = new TrainingSession(programme, days, form.Capacity ?? 0);
            db.Sessions.Add(session);
        }
        else
        {
            session = await FindAsync(id.Value);
            if (session is null)
                return null;
            db.Entry(session).Property(s => s.Version).OriginalValue = form.Version;
            capacityBefore = session.Capacity;
            var before = (session.StartsAtUtc, session.EndsAtUtc, session.VenueId, session.Days.Count);
            session.Reschedule(days);
            session.HoldAt(venue, form.IsOnline, form.MeetingLink);
            if (before != (session.StartsAtUtc, session.EndsAtUtc, session.VenueId, session.Days.Count))
                await reminders.NotifyAsync(session, cancelled: false);
        }
        session.Rename(string.IsNullOrWhiteSpace(form.Title) ? programme.Title : form.Title, form.Language);
        session.HoldAt(venue, form.IsOnline, form.MeetingLink);
        session.SetCapacity(form.Capacity ?? 0, form.MinParticipants, registered: session.SeatsTaken);
        // A blank opening date opens registration when the coordinator opens the session, not on a computed date.
        session.SetRegistrationWindow(form.RegistrationOpensOn, form.RegistrationClosesOn ?? session.FirstDay.AddDays(-1));
        // An empty choice means "as in the programme", as the form says, for new and edited sessions alike.
        session.Target(new SectorSet(form.TargetSectors), form.PlanActivityId ?? programme.PlanActivityId);

        if (session.VenueId is not null)
            session.EnsureVenueFree(await OverlappingAsync(session, s => s.VenueId == session.VenueId));
        foreach (var assignment in session.Trainers)
            session.EnsureTrainerFree(assignment.Trainer, await OverlappingAsync(session, s => s.Trainers.Any(t => t.TrainerId == assignment.TrainerId)));
        if (id is null && form.TrainerId is not null)
            await AddTrainerAsync(session, form.TrainerId, TrainerRole.Lead, null);

        await db.SaveChangesAsync();
        // More seats: the people waiting are offered them, first come first served.
        if (session.Capacity > capacityBefore)
            await seats.OfferFreedSeatsAsync(session);
        return session;
    }

    public async Task AssignTrainerAsync(TrainingSession session, AssignTrainerForm form)
    {
        await AddTrainerAsync(session, form.TrainerId, form.Role, form.Fee);
        await db.SaveChangesAsync();
    }

    /// <summary>Assigns a trainer, by default for their daily fee times the session's days, when free then.</summary>
    private async Task AddTrainerAsync(TrainingSession session, int? trainerId, TrainerRole role, decimal? fee)
    {
        var trainer = await db.Trainers.Include(t => t.Unavailability).FirstOrDefaultAsync(t => t.Id == trainerId)
                      ?? throw new DomainException("Validation.Required", nameof(AssignTrainerForm.TrainerId));
        session.AssignTrainer(trainer, role, fee ?? trainer.DailyFee * session.Days.Count, await OverlappingAsync(session, s => s.Trainers.Any(t => t.TrainerId == trainer.Id)));
    }

    /// <summary>
    /// Schedules a new session, opens it for registration and invites the pasted list, as one action and all or
    /// nothing: a rule broken anywhere (a clash, no place to open it at) leaves no session behind. Returns the session
    /// and how many people were invited.
    /// </summary>
    public async Task<(TrainingSession Session, int Invited)> OpenAndInviteAsync(SessionForm form)
    {
        try
        {
            return await db.InWriteTransactionAsync(async () =>
            {
                var session = (await SaveAsync(null, form))!;
                var now = clock.GetUtcNow().UtcDateTime;
                session.MoveTo(SessionStatus.Planned, now);
                session.MoveTo(SessionStatus.OpenForRegistration, now);
                await db.SaveChangesAsync();
                if (string.IsNullOrWhiteSpace(form.Addresses))
                    return (session, 0);
                var (_, invited) = await invitations.InviteAsync(session, new Registrations.InviteForm { Addresses = form.Addresses, Culture = session.Language, ValidOnly = form.ValidOnly });
                return (session, invited);
            });
        }
        catch (DomainException)
        {
            // Rolled back: what this request added must not linger for the form shown again.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public async Task RemoveTrainerAsync(TrainingSession session, int trainerId)
    {
        session.RemoveTrainer(trainerId);
        await db.SaveChangesAsync();
    }

    public async Task MoveAsync(TrainingSession session, SessionStatus next)
    {
        session.MoveTo(next, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        // Once held, the people who took part are sent the way to their handouts.
        if (next == SessionStatus.Delivered)
            await materials.QueueFollowUpAsync(session);
    }

    public async Task CancelAsync(TrainingSession session, string reason)
    {
        session.Cancel(reason);
        await reminders.NotifyAsync(session, cancelled: true);
        await db.SaveChangesAsync();
    }

    /// <summary>Copies a session to new dates, with its trainers where they are free then.</summary>
    public async Task<TrainingSession> CopyAsync(TrainingSession original, DateOnly firstDay)
    {
        var copy = original.CopyTo(firstDay);
        if (copy.VenueId is not null)
            copy.EnsureVenueFree(await OverlappingAsync(copy, s => s.VenueId == copy.VenueId));
        foreach (var assignment in original.Trainers)
            copy.AssignTrainer(assignment.Trainer, assignment.Role, assignment.Fee, await OverlappingAsync(copy, s => s.Trainers.Any(t => t.TrainerId == assignment.TrainerId)));
        db.Sessions.Add(copy);
        await db.SaveChangesAsync();
        return copy;
    }

    public async Task<CalendarPage> CalendarAsync(string view, DateOnly anchor, string? trainerUserId)
    {
        DateOnly from, to;
        if (view == "week")
        {
            from = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
            to = from.AddDays(6);
        }
        else
        {
            view = "month";
            var first = new DateOnly(anchor.Year, anchor.Month, 1);
            from = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
            var last = first.AddMonths(1).AddDays(-1);
            to = last.AddDays(6 - (((int)last.DayOfWeek + 6) % 7));
        }
        var days = db.SessionDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to);
        var query = from d in days
            join s in db.Sessions on d.TrainingSessionId equals s.Id
            where trainerUserId == null || s.Trainers.Any(t => t.Trainer.UserId == trainerUserId)
            orderby d.Date, d.Start
            select new CalendarEntry(s.Id, s.Title, d.Date, d.Start, d.End, s.Status, s.Venue != null ? s.Venue.Municipality.Name : null);
        return new CalendarPage(view, from, to, anchor, await query.ToListAsync());
    }

    /// <summary>Other sessions overlapping this one in time that match <paramref name="sharing"/> (same venue, same trainer).</summary>
    private async Task<List<TrainingSession>> OverlappingAsync(TrainingSession session, System.Linq.Expressions.Expression<Func<TrainingSession, bool>> sharing)
    {
        var id = session.Id;
        return await db.Sessions.AsNoTracking().Include(s => s.Days)
            .Where(s => s.Id != id && s.Status != SessionStatus.Cancelled && s.StartsAtUtc < session.EndsAtUtc && s.EndsAtUtc > session.StartsAtUtc)
            .Where(sharing)
            .ToListAsync();
    }

    private static List<DayPlan> DayPlans(SessionForm form, int programmeDays)
    {
        if (form.UsesRange)
            return RangeOf(form, programmeDays);
        var days = new List<DayPlan>();
        for (var i = 0; i < form.Days.Count; i++)
        {
            var day = form.Days[i];
            if (day.IsEmpty)
                continue;
            if (day.Date is null)
                throw new DomainException("Validation.Required", $"Days[{i}].Date");
            if (day.Start is null)
                throw new DomainException("Validation.Required", $"Days[{i}].Start");
            if (day.End is null)
                throw new DomainException("Validation.Required", $"Days[{i}].End");
            days.Add(new DayPlan(day.Date.Value, day.Start.Value, day.End.Value));
        }
        return days;
    }

    /// <summary>Every day from the first to the last, at the same times; a blank last day makes it as long as the programme.</summary>
    private static List<DayPlan> RangeOf(SessionForm form, int programmeDays)
    {
        if (form.Days.Any(d => !d.IsEmpty))
            throw new DomainException("Session.RangeOrDays", nameof(form.FirstDay));
        var first = form.FirstDay ?? throw new DomainException("Validation.Required", nameof(form.FirstDay));
        var last = form.LastDay ?? first.AddDays(Math.Max(programmeDays, 1) - 1);
        if (last < first)
            throw new DomainException("Session.LastDayBeforeFirst", nameof(form.LastDay));
        if (last.DayNumber - first.DayNumber >= TrainingSession.MaxDays)
            throw new DomainException("Session.TooManyDays", nameof(form.LastDay), TrainingSession.MaxDays);
        var start = form.DayStart ?? throw new DomainException("Validation.Required", nameof(form.DayStart));
        var end = form.DayEnd ?? throw new DomainException("Validation.Required", nameof(form.DayEnd));
        if (end <= start)
            throw new DomainException("Session.DayEndsBeforeStart", nameof(form.DayEnd));
        return Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Select(i => new DayPlan(first.AddDays(i), start, end)).ToList();
    }
}
