using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Invitations, registrations through personal links, the waiting list and freed seats.
/// Seats are taken with a conditional UPDATE in the same transaction as the registration row,
/// so a session never holds more people than its capacity, however many register at once.
/// </summary>
public sealed class RegistrationService(TrainingDbContext db, RegistrationEmails emails, LinkSessions linkSessions, RegistrationWriter writer, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<RegistrationOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<TrainingSession?> SessionAsync(int id) => SessionById(db, id);

    // The participants' pages are the public, busiest ones: their queries are compiled once (EF.CompileAsyncQuery),
    // which saves building and looking up the expression tree on every request.
    private static readonly Func<TrainingDbContext, int, Task<TrainingSession?>> SessionById =
        EF.CompileAsyncQuery((TrainingDbContext db, int id) => SessionsWithDetails(db).FirstOrDefault(s => s.Id == id));

    private static readonly Func<TrainingDbContext, string, Task<TrainingSession?>> SessionByOpenLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => SessionsWithDetails(db).FirstOrDefault(s => s.OpenLinkHash == hash));

    private static readonly Func<TrainingDbContext, string, Task<Registration?>> RegistrationByLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => db.Registrations.FirstOrDefault(r => r.TokenHash == hash));

    private static readonly Func<TrainingDbContext, string, Task<Invitation?>> InvitationByLink =
        EF.CompileAsyncQuery((TrainingDbContext db, string hash) => db.Invitations.FirstOrDefault(i => i.TokenHash == hash));

    /// <summary>Sessions with what the participants' pages and emails show of them.</summary>
    internal static IQueryable<TrainingSession> SessionsWithDetails(TrainingDbContext db) =>
        db.Sessions.Include(s => s.Days).Include(s => s.Venue).ThenInclude(v => v!.Municipality).Include(s => s.Programme);

    /// <summary>Invites every valid address of the list. With any invalid row and no <c>ValidOnly</c>, nothing is sent.</summary>
    public async Task<(IReadOnlyList<AddressList.Line> Report, int Sent)> InviteAsync(TrainingSession session, InviteForm form)
    {
        var lines = form.OrganisationIds.Count > 0
            ? AddressList.FromDirectory((await db.Organisations.Where(o => form.OrganisationIds.Contains(o.Id) && o.Email != null)
                .OrderBy(o => o.Name).Select(o => new { o.Name, o.Email }).ToListAsync()).Select(o => (o.Name, o.Email!)))
            : form.CsvText is not null ? AddressList.ParseCsv(form.CsvText) : AddressList.Parse(form.Addresses);
        var already = await db.Invitations.Where(i => i.SessionId == session.Id).Select(i => i.Email).ToListAsync();
        var report = lines.Select(l => l.ErrorKey is null && already.Contains(l.Email!) ? l with { ErrorKey = "Invite.RowAlreadyInvited" } : l).ToList();
        if (report.Count == 0 || (report.Any(l => l.ErrorKey is not null) && !form.ValidOnly))
            return (report, 0);

        var culture = Cultures.Normalise(form.Culture);
        var expires = Belgrade.ToUtc(session.RegistrationClosesOn, new TimeOnly(23, 59));
        var sent = 0;
        foreach (var line in report.Where(l => l.ErrorKey is null))
        {
            var (token, hash) = ParticipantLink.New();
            var invitation = new Invitation(session.Id, line.Email!, line.Name, line.Institution, culture, hash, Now, expires);
            db.Invitations.Add(invitation);
            emails.Invitation(session, invitation, token);
            sent++;
        }
        await db.SaveChangesAsync();
        return (report, sent);
    }

    public async Task<DirectoryPick> DirectoryPickAsync(int? district, string? sector)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Id).Select(d => new Choice(d.Id, d.Name)).ToListAsync();
        var sectors = await db.Sectors.AsNoTracking().OrderBy(s => s.SortOrder).Select(s => s.Code).ToListAsync();
        var all = await db.Organisations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        if (district is null && sector is null)
            return new DirectoryPick(null, null, districts, sectors, []) { AllInstitutions = all };
        var query = db.Organisations.AsNoTracking().Where(o => o.IsActive && o.Email != null);
        if (district is not null)
            query = query.Where(o => o.Municipality.DistrictId == district);
        if (!string.IsNullOrEmpty(sector))
            query = query.Where(o => o.Sector.Code == sector);
        var institutions = await query.OrderBy(o => o.Municipality.Name).ThenBy(o => o.Name)
            .Select(o => new DirectoryInstitution(o.Id, o.Name, o.Email!, o.Municipality.Name)).Take(300).ToListAsync();
        return new DirectoryPick(district, sector, districts, sectors, institutions) { AllInstitutions = all };
    }

    /// <summary>Offers an institution a number of seats; its focal person gets a link to nominate staff.</summary>
    public async Task<SeatQuota> CreateQuotaAsync(TrainingSession session, QuotaForm form, string culture)
    {
        var organisation = await db.Organisations.FindAsync(form.OrganisationId) ?? throw new DomainException("Validation.Required", nameof(form.OrganisationId));
        if (await db.SeatQuotas.AnyAsync(q => q.SessionId == session.Id && q.OrganisationId == organisation.Id))
            throw new DomainException("Quota.Exists", nameof(form.OrganisationId));
        var (token, hash) = ParticipantLink.New();
        var quota = new SeatQuota(session.Id, organisation.Id, form.Seats ?? 0, form.FocalName!, form.FocalEmail!, Cultures.Normalise(culture), hash, Now);
        db.SeatQuotas.Add(quota);
        emails.QuotaOffered(session, quota, organisation.Name, token);
        await db.SaveChangesAsync();
        return quota;
    }

    public async Task<QuotaPage?> QuotaPageAsync(string token, NominationForm? form = null)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        var hash = ParticipantLink.Hash(token);
        var quota = await db.SeatQuotas.FirstOrDefaultAsync(q => q.TokenHash == hash);
        if (quota is null || !ParticipantLink.Matches(token, quota.TokenHash))
            return null;
        var session = await SessionAsync(quota.SessionId);
        var institution = await db.Organisations.Where(o => o.Id == quota.OrganisationId).Select(o => o.Name).FirstAsync();
        var nominated = await db.Invitations.Where(i => i.SeatQuotaId == quota.Id).OrderBy(i => i.CreatedAtUtc).ToListAsync();
        return new QuotaPage(token, quota, session!, institution, nominated, form ?? new NominationForm());
    }

    /// <summary>The focal person nominates a colleague within the quota; the colleague is invited personally.</summary>
    public async Task NominateAsync(QuotaPage page, NominationForm form)
    {
        if (!page.Session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");
        page.Quota.EnsureRoomFor(page.Nominated.Count);
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        if (await db.Invitations.AnyAsync(i => i.SessionId == page.Session.Id && i.Email == email))
            throw new DomainException("Invite.RowAlreadyInvited", nameof(form.Email));
        var (token, hash) = ParticipantLink.New();
        var invitation = new Invitation(page.Session.Id, email, form.FullName, page.Institution, page.Quota.Culture, hash, Now,
            Belgrade.ToUtc(page.Session.RegistrationClosesOn, new TimeOnly(23, 59)));
        invitation.NominatedUnder(page.Quota.Id);
        db.Invitations.Add(invitation);
        emails.Invitation(page.Session, invitation, token);
        await db.SaveChangesAsync();
    }

    /// <summary>What a personal link opens; null for an unknown or malformed token (a plain 404).</summary>
    public async Task<LinkTarget?> ResolveAsync(string token)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        await OpenForRequestAsync();
        var hash = ParticipantLink.Hash(token);
        var registration = await RegistrationByLink(db, hash);
        Invitation? invitation = null;
        if (registration is null)
        {
            invitation = await InvitationByLink(db, hash);
            if (invitation is null || !ParticipantLink.Matches(token, invitation.TokenHash))
                return null;
        }
        else if (!ParticipantLink.Matches(token, registration.TokenHash))
        {
            return null;
        }
        // Only read, and untracked: it costs nothing when their registration is saved.
        var session = await linkSessions.GetAsync(db, registration?.SessionId ?? invitation!.SessionId);
        var participant = registration is null ? null : await db.Participants.FindAsync(registration.ParticipantId);
        return new LinkTarget(session!, invitation, registration, participant);
    }

    /// <summary>
    /// Registers the invited person: confirmed while seats remain, otherwise on the waiting list.
    /// A second registration of the same person returns the first.
    /// </summary>
    public Task<Registration> RegisterAsync(LinkTarget target, RegistrationForm form, string token)
    {
        var invitation = target.Invitation ?? throw new DomainException("Register.AlreadyRegistered");
        if (invitation.ExpiresAtUtc < Now)
            throw new DomainException("Register.Closed");
        return RegisterAsync(target.Session, form, invitation.Culture, token, invitation.TokenHash, invitation);
    }

    /// <summary>Registers through the session's open link; the person gets a personal link of their own.</summary>
    public async Task<(Registration Registration, string PersonalToken)> RegisterOpenAsync(TrainingSession session, RegistrationForm form, string culture)
    {
        var (token, hash) = ParticipantLink.New();
        var registration = await RegisterAsync(session, form, Cultures.Normalise(culture), token, hash, null);
        // A person already registered keeps their first link; a new one is not made for them.
        return (registration, registration.TokenHash == hash ? token : "");
    }

    /// <summary>The session's open link; null when unknown, malformed or switched off.</summary>
    public async Task<TrainingSession?> ResolveOpenLinkAsync(string token)
    {
        if (!ParticipantLink.IsWellFormed(token))
            return null;
        await OpenForRequestAsync();
        var hash = ParticipantLink.Hash(token);
        return await SessionByOpenLink(db, hash);
    }

    /// <summary>
    /// A participant's request runs one query after another (the link, the session, the person); the connection stays
    /// open for all of them until the request ends, instead of being opened and closed around each, which on SQLite also
    /// registers and removes EF's SQL functions every time. (A registration itself is written by <see cref="RegistrationWriter"/>.)
    /// </summary>
    private Task OpenForRequestAsync() => db.Database.OpenConnectionAsync();

    /// <summary>Switches the open link on (returning its token, shown once) or off.</summary>
    public async Task<string?> SetOpenLinkAsync(TrainingSession session, bool on)
    {
        string? token = null;
        if (on)
        {
            (token, var hash) = ParticipantLink.New();
            session.OpenLinkWith(hash);
        }
        else
        {
            session.CloseOpenLink();
        }
        await db.SaveChangesAsync();
        return token;
    }

    private async Task<Registration> RegisterAsync(TrainingSession session, RegistrationForm form, string culture, string token, string tokenHash, Invitation? invitation)
    {
        if (session.Status == SessionStatus.Cancelled)
            throw new DomainException("Register.SessionCancelled");
        if (!session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");

        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        await EnsureOrganisationKnownAsync(form);
        // The person, the seat, the registration and the email are written by the writer, together with everyone
        // registering at the same moment; a second registration of the same person comes back as the first.
        return await writer.RegisterAsync(new NewRegistration(session, form, email, culture, token, tokenHash, invitation?.Id));
    }

    public async Task UpdateDetailsAsync(LinkTarget target, RegistrationForm form)
    {
        var registration = target.Registration ?? throw new DomainException("Register.NotRegistered");
        await UpsertParticipantAsync(form, target.Participant!.Culture);
        registration.UpdateNeeds(form.DietaryNeeds, form.AccessibilityNeeds);
        await db.SaveChangesAsync();
    }

    /// <summary>Cancels a registration; a seat it held goes to the first person waiting.</summary>
    public async Task CancelAsync(LinkTarget target)
    {
        var registration = target.Registration ?? throw new DomainException("Register.NotRegistered");
        if (target.Session.StartsAtUtc <= Now)
            throw new DomainException("Register.AlreadyStarted");
        await db.InWriteTransactionAsync(async () =>
        {
            if (registration.Cancel(Now))
                await ReleaseSeatAsync(target.Session.Id);
            emails.Cancelled(target.Session, registration, target.Participant!);
            await db.SaveChangesAsync();
            await OfferFreedSeatsAsync(target.Session);
        });
    }

    public async Task AcceptOfferAsync(LinkTarget target, string token)
    {
        var registration = target.Registration ?? throw new DomainException("Register.NotRegistered");
        registration.AcceptOffer(Now);
        emails.Confirmed(target.Session, registration, target.Participant!, token);
        await db.SaveChangesAsync();
    }

    /// <summary>Offers that ran out free their seat for the next person waiting (run by a recurring job).</summary>
    public async Task<int> LapseExpiredOffersAsync()
    {
        var now = Now;
        var lapsed = await db.Registrations.Where(r => r.Status == RegistrationStatus.Offered && r.OfferExpiresAtUtc < now).ToListAsync();
        foreach (var registration in lapsed)
        {
            var session = await SessionAsync(registration.SessionId);
            await db.InWriteTransactionAsync(async () =>
            {
                registration.LapseOffer(now);
                await ReleaseSeatAsync(registration.SessionId);
                await db.SaveChangesAsync();
                await OfferFreedSeatsAsync(session!);
            });
        }
        return lapsed.Count;
    }

    /// <summary>The coordinator adds a person directly: confirmed while seats remain, else waiting; they get their personal link by email.</summary>
    public async Task<Registration> AddManuallyAsync(TrainingSession session, ManualRegistrationForm form)
    {
        if (session.Status == SessionStatus.Cancelled)
            throw new DomainException("Register.SessionCancelled");
        var participant = await UpsertParticipantAsync(new RegistrationForm
        {
            FullName = form.FullName, Email = form.Email, OrganisationId = form.OrganisationId, OrganisationName = form.OrganisationName,
        }, session.Language);
        if (await db.Registrations.AnyAsync(r => r.SessionId == session.Id && r.ParticipantId == participant.Id))
            throw new DomainException("Registrations.AlreadyRegistered", nameof(form.Email));
        Registration registration = null!;
        await db.InWriteTransactionAsync(async () =>
        {
            var (token, hash) = ParticipantLink.New();
            registration = new Registration(session.Id, participant.Id, await TakeSeatAsync(session.Id), hash, null, null, Now);
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            emails.Registered(session, registration, participant, token);
            await db.SaveChangesAsync();
        });
        return registration;
    }

    /// <summary>
    /// The coordinator moves a person between the waiting list and the confirmed list. Confirming
    /// above capacity needs an explicit reason, which is recorded with the registration.
    /// </summary>
    public async Task MoveAsync(TrainingSession session, int registrationId, bool confirm, string? overrideReason)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.SessionId == session.Id)
                           ?? throw new DomainException("Registration.NotFound");
        var participant = await db.Participants.FindAsync(registration.ParticipantId);
        await db.InWriteTransactionAsync(async () =>
        {
            if (confirm)
            {
                var heldSeat = registration.HoldsSeat;
                var seatFree = heldSeat || await TakeSeatAsync(session.Id);
                if (!seatFree && string.IsNullOrWhiteSpace(overrideReason))
                    throw new DomainException("Registrations.OverrideNeedsReason", "OverrideReason");
                registration.ConfirmByCoordinator(seatFree, overrideReason);
                if (!seatFree)
                    await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken + 1));
                emails.Confirmed(session, registration, participant!, null);
            }
            else if (registration.MoveToWaitingList())
            {
                await ReleaseSeatAsync(session.Id);
            }
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// An invitee whose link expired asks for a new one: sent to the invited address only, and only
    /// while the session still takes registrations.
    /// </summary>
    public async Task RenewExpiredInvitationAsync(LinkTarget target)
    {
        var invitation = target.Invitation ?? throw new DomainException("Register.AlreadyRegistered");
        if (!target.Session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");
        var (token, hash) = ParticipantLink.New();
        invitation.Reissue(hash);
        invitation.ExtendTo(Belgrade.ToUtc(target.Session.RegistrationClosesOn, new TimeOnly(23, 59)));
        emails.Invitation(target.Session, invitation, token);
        await db.SaveChangesAsync();
    }

    /// <summary>Sends an unanswered invitation again with a new link; the old link stops working.</summary>
    public async Task ResendInvitationAsync(TrainingSession session, int invitationId)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.SessionId == session.Id)
                         ?? throw new DomainException("Registration.NotFound");
        if (invitation.Status != InvitationStatus.Sent)
            throw new DomainException("Invite.AlreadyAnswered");
        var (token, hash) = ParticipantLink.New();
        invitation.Reissue(hash);
        emails.Invitation(session, invitation, token);
        await db.SaveChangesAsync();
    }

    /// <summary>The session's registrations as CSV, safe to open in a spreadsheet.</summary>
    public async Task<byte[]> ExportCsvAsync(int sessionId, TextCatalog text) => Spreadsheet.Csv(await ExportAsync(sessionId, text));

    /// <summary>The session's registrations as an XLSX workbook; cells that look like formulas are kept as text.</summary>
    public async Task<byte[]> ExportXlsxAsync(int sessionId, TextCatalog text) => await Spreadsheet.XlsxAsync(await ExportAsync(sessionId, text));

    private async Task<Spreadsheet.Sheet> ExportAsync(int sessionId, TextCatalog text) =>
        new(text["Session.Registrations"], [text["Register.FullName"], text["Register.Email"], text["Register.Organisation"], text["Session.StatusLabel"]],
            (await ForSessionAsync(sessionId)).Rows.Select(r => (IReadOnlyList<object?>)[r.FullName, r.Email, r.Institution, text["Registrations.Status." + r.Status]]).ToList());

    /// <summary>
    /// Reminds confirmed participants of sessions starting within the configured days, once each:
    /// the reminder is claimed by a conditional update in the transaction that queues its email,
    /// so two app instances or overlapping runs never send it twice.
    /// </summary>
    public async Task<int> SendDueRemindersAsync()
    {
        var now = Now;
        var horizon = now.AddDays(options.Value.ReminderDaysBefore);
        var due = await db.Registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.ReminderSentAtUtc == null)
            .Join(db.Sessions, r => r.SessionId, s => s.Id, (r, s) => new { r.Id, r.SessionId, r.ParticipantId, s.StartsAtUtc, s.Status })
            .Where(x => x.StartsAtUtc > now && x.StartsAtUtc <= horizon && (x.Status == SessionStatus.OpenForRegistration || x.Status == SessionStatus.RegistrationClosed))
            .ToListAsync();
        var sent = 0;
        foreach (var item in due)
        {
            var session = await SessionAsync(item.SessionId);
            var participant = await db.Participants.FindAsync(item.ParticipantId);
            await db.InWriteTransactionAsync(async () =>
            {
                var claimed = await db.Registrations.Where(r => r.Id == item.Id && r.ReminderSentAtUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.ReminderSentAtUtc, now));
                if (claimed != 1)
                    return;
                emails.Reminder(session!, participant!);
                await db.SaveChangesAsync();
                sent++;
            });
        }
        return sent;
    }

    /// <summary>Invitees who have not answered after the configured days get one reminder, with a fresh link.</summary>
    public async Task<int> ChaseUnansweredAsync()
    {
        if (options.Value.ChaseAfterDays <= 0)
            return 0;
        var now = Now;
        var before = now.AddDays(-options.Value.ChaseAfterDays);
        var today = Belgrade.Today(clock);
        var due = await db.Invitations
            .Where(i => i.Status == InvitationStatus.Sent && i.ChasedAtUtc == null && i.CreatedAtUtc <= before && i.ExpiresAtUtc > now)
            .Join(db.Sessions, i => i.SessionId, s => s.Id, (i, s) => new { i.Id, i.SessionId, s.Status, s.RegistrationClosesOn })
            .Where(x => x.Status == SessionStatus.OpenForRegistration && x.RegistrationClosesOn >= today)
            .ToListAsync();
        var sent = 0;
        foreach (var item in due)
        {
            var session = await SessionAsync(item.SessionId);
            await db.InWriteTransactionAsync(async () =>
            {
                var claimed = await db.Invitations.Where(i => i.Id == item.Id && i.ChasedAtUtc == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(i => i.ChasedAtUtc, now));
                if (claimed != 1)
                    return;
                var invitation = await db.Invitations.FirstAsync(i => i.Id == item.Id);
                var (token, hash) = ParticipantLink.New();
                invitation.Reissue(hash);
                emails.Chase(session!, invitation, token);
                await db.SaveChangesAsync();
                sent++;
            });
        }
        return sent;
    }

    /// <summary>Everyone registered hears that the session changed or was cancelled; calendars are updated.</summary>
    public async Task NotifyAsync(TrainingSession session, bool cancelled)
    {
        var registered = await db.Registrations.Where(r => r.SessionId == session.Id && r.Status != RegistrationStatus.Cancelled)
            .Join(db.Participants, r => r.ParticipantId, p => p.Id, (r, p) => new { Registration = r, Participant = p }).ToListAsync();
        foreach (var x in registered)
        {
            x.Registration.SessionChanged();
            if (cancelled)
                emails.SessionCancelled(session, x.Registration, x.Participant);
            else
                emails.SessionChanged(session, x.Registration, x.Participant);
        }
    }

    public async Task<SessionRegistrations> ForSessionAsync(int sessionId)
    {
        var rows = await db.Registrations.Where(r => r.SessionId == sessionId)
            .Join(db.Participants, r => r.ParticipantId, p => p.Id, (r, p) => new { r, p })
            .OrderBy(x => x.r.Status).ThenBy(x => x.r.CreatedAtUtc)
            .Select(x => new RegistrationRow(x.r.Id, x.p.FullName, x.p.Email,
                x.p.OrganisationId != null ? db.Organisations.Where(o => o.Id == x.p.OrganisationId).Select(o => o.Name).FirstOrDefault() : x.p.OrganisationName,
                x.r.Status, x.r.CreatedAtUtc))
            .ToListAsync();
        var invitations = await db.Invitations.Where(i => i.SessionId == sessionId).GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        int Count(RegistrationStatus s) => rows.Count(r => r.Status == s);
        var counts = new RegistrationCounts(invitations.Sum(i => i.Count), Count(RegistrationStatus.Confirmed), Count(RegistrationStatus.Waitlisted),
            Count(RegistrationStatus.Offered), Count(RegistrationStatus.Cancelled), invitations.Where(i => i.Key == InvitationStatus.Declined).Sum(i => i.Count));
        return new SessionRegistrations(counts, rows);
    }

    /// <summary>While seats are free and people wait, the first in line is offered a seat.</summary>
    public async Task OfferFreedSeatsAsync(TrainingSession session)
    {
        if (session.Status is SessionStatus.Cancelled or SessionStatus.Delivered or SessionStatus.Closed || session.StartsAtUtc <= Now)
            return;
        while (true)
        {
            var next = await db.Registrations.Where(r => r.SessionId == session.Id && r.Status == RegistrationStatus.Waitlisted)
                .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).FirstOrDefaultAsync();
            if (next is null || !await TakeSeatAsync(session.Id))
                return;
            next.OfferSeat(Now);
            var participant = await db.Participants.FindAsync(next.ParticipantId);
            emails.SeatOffered(session, next, participant!);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Takes one seat if one is free: a single conditional UPDATE, atomic in the database. Written as SQL (the same on
    /// both providers): it runs with the write turn held, where translating an ExecuteUpdate on every call cost about
    /// a tenth of the time that everyone registering at the same moment waits for.
    /// </summary>
    internal static async Task<bool> TakeSeatAsync(TrainingDbContext db, int sessionId) =>
        await db.Database.ExecuteSqlAsync($"UPDATE Sessions SET SeatsTaken = SeatsTaken + 1 WHERE Id = {sessionId} AND SeatsTaken < Capacity") == 1;

    private Task<bool> TakeSeatAsync(int sessionId) => TakeSeatAsync(db, sessionId);

    private Task ReleaseSeatAsync(int sessionId) =>
        db.Sessions.Where(s => s.Id == sessionId && s.SeatsTaken > 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SeatsTaken, s => s.SeatsTaken - 1));

    /// <summary>Finds the person by email, or adds them, and applies the form's details; the caller saves.</summary>
    private async Task<Participant> ApplyParticipantAsync(RegistrationForm form, string email, string culture)
    {
        await EnsureOrganisationKnownAsync(form);
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.Email == email);
        if (participant is null)
        {
            participant = new Participant(form.FullName!, email, culture);
            db.Participants.Add(participant);
        }
        form.ApplyTo(participant, culture);
        return participant;
    }

    /// <summary>An institution picked from the directory must be in it.</summary>
    private async Task EnsureOrganisationKnownAsync(RegistrationForm form)
    {
        if (form.OrganisationId is not null && !await db.Organisations.AnyAsync(o => o.Id == form.OrganisationId))
            throw new DomainException("Validation.Invalid", nameof(form.OrganisationId));
    }

    private async Task<Participant> UpsertParticipantAsync(RegistrationForm form, string culture)
    {
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        var participant = await ApplyParticipantAsync(form, email, culture);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two requests created the same person at once; the unique index kept the first.
            db.ChangeTracker.Clear();
            participant = await db.Participants.FirstAsync(p => p.Email == email);
        }
        return participant;
    }
}
