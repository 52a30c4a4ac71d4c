using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Links;
using Training.Web.Shared;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Invitations: from the coordinator's list or the directory, by an institution's focal person within its seat quota,
/// and asked for by the person themselves through a session's open link. Every link goes by email to the address it
/// is for, and only there; none holds a seat until the person registers from it.
/// </summary>
public sealed class InvitationService(TrainingDbContext db, RegistrationEmails emails, TimeProvider clock, IOptions<RegistrationOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private TimeSpan OpenLinkHold => TimeSpan.FromHours(options.Value.OpenLinkHoldHours);

    private DateTime ExpiryFor(TrainingSession session, bool viaOpenLink) =>
        Invitation.ExpiryFor(Belgrade.ToUtc(session.RegistrationClosesOn, new TimeOnly(23, 59)), viaOpenLink, Now, OpenLinkHold);

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
        var sent = 0;
        foreach (var line in report.Where(l => l.ErrorKey is null))
        {
            var (token, hash) = ParticipantLink.New();
            var invitation = new Invitation(session.Id, line.Email!, line.Name, line.Institution, culture, hash, Now, ExpiryFor(session, false));
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

    public async Task<QuotaPage> QuotaPageAsync(string token, SeatQuota quota, TrainingSession session, NominationForm? form = null)
    {
        var institution = await db.Organisations.Where(o => o.Id == quota.OrganisationId).Select(o => o.Name).FirstAsync();
        var nominated = await db.Invitations.Where(i => i.SeatQuotaId == quota.Id).OrderBy(i => i.CreatedAtUtc).ToListAsync();
        return new QuotaPage(token, quota, session, institution, nominated, form ?? new NominationForm());
    }

    /// <summary>
    /// The focal person nominates a colleague within the quota; the colleague is invited personally. The quota's count
    /// is raised by a conditional UPDATE in the transaction that writes the invitation, so nominations sent at the same
    /// moment never exceed it.
    /// </summary>
    public async Task NominateAsync(QuotaPage page, NominationForm form)
    {
        if (!page.Session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");
        page.Quota.EnsureRoom();
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        await db.InWriteTransactionAsync(async () =>
        {
            // Whether someone else invited this address is not the focal person's to learn: only their own nominees are
            // named; another invitation is left as it is and the answer is the same as for a nomination.
            if (await db.Invitations.Where(i => i.SessionId == page.Session.Id && i.Email == email).Select(i => (int?)i.SeatQuotaId).ToListAsync() is { Count: > 0 } existing)
            {
                if (existing.Contains(page.Quota.Id))
                    throw new DomainException("Invite.RowAlreadyInvited", nameof(form.Email));
                return;
            }
            var claimed = await db.Database.ExecuteSqlAsync(
                $"UPDATE SeatQuotas SET Nominated = Nominated + 1 WHERE Id = {page.Quota.Id} AND Nominated < Seats");
            if (claimed != 1)
                throw new DomainException("Quota.Full", nameof(form.Email), page.Quota.Seats);
            var (token, hash) = ParticipantLink.New();
            var invitation = new Invitation(page.Session.Id, email, form.FullName, page.Institution, page.Quota.Culture, hash, Now, ExpiryFor(page.Session, false));
            invitation.NominatedUnder(page.Quota.Id);
            db.Invitations.Add(invitation);
            emails.Invitation(page.Session, invitation, token);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// Someone asks for a place through the session's open link. Whoever they are, the answer on the page is the same,
    /// and the only thing sent is an email to the address typed: a personal link to register from, or, when that
    /// address is registered already, a note saying so without any link (at most one a day). An invitation already
    /// waiting for that address (the coordinator's, or an earlier request) is not touched and nothing new is sent.
    /// Nothing about a known person changes, and no seat is held until they register from the emailed link.
    /// </summary>
    public async Task RequestThroughOpenLinkAsync(TrainingSession session, PersonForm form, string culture)
    {
        if (session.Status == SessionStatus.Cancelled)
            throw new DomainException("Register.SessionCancelled");
        if (!session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        culture = Cultures.Normalise(culture);
        var institution = form.OrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync() ?? throw new DomainException("Validation.Invalid", nameof(form.OrganisationId))
            : form.OrganisationName;
        if (string.IsNullOrWhiteSpace(institution))
            throw new DomainException("Register.InstitutionRequired", nameof(form.OrganisationId));

        var now = Now;
        var registered = await db.Registrations.Where(r => r.SessionId == session.Id)
            .Join(db.Participants.Where(p => p.Email == email), r => r.ParticipantId, p => p.Id, (r, p) => p).FirstOrDefaultAsync();
        if (registered is not null)
        {
            // Told once a day at most, so the form cannot be used to flood a registered person's inbox.
            var dayAgo = now.AddDays(-1);
            if (!await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Kind == RegistrationEmails.AlreadyRegisteredKind && m.CreatedAtUtc > dayAgo))
            {
                emails.AlreadyRegistered(session, registered);
                await db.SaveChangesAsync();
            }
            return;
        }
        // An invitation to this address still waiting for an answer is left exactly as it is (its link keeps working,
        // its details and deadline unchanged), and nothing more is sent: the address has its link already.
        if (await db.Invitations.AnyAsync(i => i.SessionId == session.Id && i.Email == email && i.Status == InvitationStatus.Sent && i.ExpiresAtUtc >= now))
            return;
        var (token, hash) = ParticipantLink.New();
        var invitation = new Invitation(session.Id, email, form.FullName, institution, culture, hash, now, ExpiryFor(session, true), viaOpenLink: true);
        db.Invitations.Add(invitation);
        emails.Invitation(session, invitation, token);
        await db.SaveChangesAsync();
    }

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

    /// <summary>
    /// An invitee whose link expired asks for a new one: sent to the invited address only, and only while the session
    /// still takes registrations. A link still valid is not replaced, and nothing is sent.
    /// </summary>
    public async Task<bool> RenewExpiredInvitationAsync(LinkTarget target)
    {
        var invitation = target.Invitation ?? throw new DomainException("Register.AlreadyRegistered");
        if (!target.Session.AcceptsRegistrations(Belgrade.Today(clock)))
            throw new DomainException("Register.Closed");
        if (!invitation.IsExpired(Now))
            return false;
        var (token, hash) = ParticipantLink.New();
        invitation.Reissue(hash);
        invitation.ExtendTo(ExpiryFor(target.Session, invitation.ViaOpenLink));
        emails.Invitation(target.Session, invitation, token);
        await db.SaveChangesAsync();
        return true;
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
}
