using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Links;

namespace Training.Web.Features.Registrations;

/// <summary>
/// A person registering, changing their details and cancelling through their personal link, and the coordinator
/// adding or moving a person. A link acts only for the person it was issued to: the invitation's address, or the
/// registration's person, never an address typed into the form.
/// </summary>
public sealed class RegistrationService(TrainingDbContext db, RegistrationEmails emails, SeatService seats, RegistrationWriter writer, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<TrainingSession?> SessionAsync(int id) => SessionById(db, id);

    private static readonly Func<TrainingDbContext, int, Task<TrainingSession?>> SessionById =
        EF.CompileAsyncQuery((TrainingDbContext db, int id) => SessionsWithDetails(db).FirstOrDefault(s => s.Id == id));

    /// <summary>Sessions with what the participants' pages and emails show of them.</summary>
    internal static IQueryable<TrainingSession> SessionsWithDetails(TrainingDbContext db) =>
        db.Sessions.Include(s => s.Days).Include(s => s.Venue).ThenInclude(v => v!.Municipality).Include(s => s.Programme);

    /// <summary>
    /// Registers the invited person: confirmed while seats remain, otherwise on the waiting list. The person is the one
    /// the invitation was sent to; a second registration of the same person returns the first.
    /// </summary>
    public async Task<Registration> RegisterAsync(ResolvedLink link, RegistrationForm form)
    {
        var (session, invitation) = (link.Target.Session, link.Target.Invitation ?? throw new DomainException("Register.AlreadyRegistered"));
        if (session.Status == SessionStatus.Cancelled)
            throw new DomainException("Register.SessionCancelled");
        if (!session.AcceptsRegistrations(Belgrade.Today(clock)) || invitation.IsExpired(Now))
            throw new DomainException("Register.Closed");
        EnsureSameAddress(form, invitation.Email);
        await EnsureValidAsync(form);
        // The person, the seat, the registration and the email are written by the writer, together with everyone
        // registering at the same moment; a second registration of the same person comes back as the first.
        return await writer.RegisterAsync(new NewRegistration(session, form, invitation.Email, invitation.Culture, link.Token, link.Hash, invitation.Id));
    }

    /// <summary>The registered person changes their own details; the address stays theirs.</summary>
    public async Task UpdateDetailsAsync(LinkTarget target, RegistrationForm form)
    {
        var (registration, participant) = (target.Registration ?? throw new DomainException("Register.NotRegistered"), target.Participant!);
        EnsureOpenForChanges(target);
        EnsureSameAddress(form, participant.Email);
        await EnsureValidAsync(form);
        form.ApplyTo(participant, participant.Culture);
        registration.UpdateNeeds(form.DietaryNeeds, form.AccessibilityNeeds);
        await db.SaveChangesAsync();
    }

    /// <summary>Cancels a registration; a seat it held goes to the first person waiting.</summary>
    public async Task CancelAsync(LinkTarget target)
    {
        var registration = target.Registration ?? throw new DomainException("Register.NotRegistered");
        registration.EnsureCancellable(target.Session.StartsAtUtc, Now);
        await db.InWriteTransactionAsync(async () =>
        {
            if (registration.Cancel(Now))
                await seats.ReleaseAsync(target.Session.Id);
            emails.Cancelled(target.Session, registration, target.Participant!);
            await db.SaveChangesAsync();
            await seats.OfferFreedSeatsAsync(target.Session);
        });
    }

    public async Task AcceptOfferAsync(ResolvedLink link)
    {
        var registration = link.Target.Registration ?? throw new DomainException("Register.NotRegistered");
        EnsureOpenForChanges(link.Target);
        registration.AcceptOffer(Now);
        emails.Confirmed(link.Target.Session, registration, link.Target.Participant!, link.Token);
        await db.SaveChangesAsync();
    }

    /// <summary>The coordinator adds a person directly: confirmed while seats remain, else waiting; they get their personal link by email.</summary>
    public async Task<Registration> AddManuallyAsync(TrainingSession session, ManualRegistrationForm form)
    {
        if (session.Status == SessionStatus.Cancelled)
            throw new DomainException("Register.SessionCancelled");
        var participant = await AddOrFindParticipantAsync(form, session.Language);
        if (await db.Registrations.AnyAsync(Registration.Of(session.Id, participant.Id)))
            throw new DomainException("Registrations.AlreadyRegistered", nameof(form.Email));
        Registration registration = null!;
        await db.InWriteTransactionAsync(async () =>
        {
            var (token, hash) = ParticipantLink.New();
            registration = new Registration(session.Id, participant.Id, await seats.TakeAsync(session.Id), hash, null, null, Now);
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
                var seatFree = registration.HoldsSeat || await seats.TakeAsync(session.Id);
                if (!seatFree && string.IsNullOrWhiteSpace(overrideReason))
                    throw new DomainException("Registrations.OverrideNeedsReason", "OverrideReason");
                registration.ConfirmByCoordinator(seatFree, overrideReason);
                if (!seatFree)
                    await seats.TakeBeyondCapacityAsync(session.Id);
                emails.Confirmed(session, registration, participant!, null);
            }
            else if (registration.MoveToWaitingList())
            {
                await seats.ReleaseAsync(session.Id);
            }
            await db.SaveChangesAsync();
        });
    }

    /// <summary>
    /// What the person may still change from their link (their details, taking an offered seat) closes with the session:
    /// when it starts, is held or is cancelled, and when they cancelled their registration. (A certificate carries the
    /// name as it stood then.)
    /// </summary>
    private void EnsureOpenForChanges(LinkTarget target)
    {
        if (target.Registration is not { IsActive: true } || target.Session.Status is SessionStatus.Cancelled or SessionStatus.Delivered or SessionStatus.Closed
            || target.Session.StartsAtUtc <= Now)
            throw new DomainException("Register.NoChangesNow");
    }

    /// <summary>A link acts for its own person: another address typed into its form is refused, never looked up.</summary>
    private static void EnsureSameAddress(RegistrationForm form, string address)
    {
        if (form.Email is not null && Participant.NormaliseEmail(form.Email) != address)
            throw new DomainException("Register.EmailFixed", nameof(form.Email));
    }

    /// <summary>An institution, picked from the directory (and in it) or typed; consent when health data is given.</summary>
    private async Task EnsureValidAsync(RegistrationForm form)
    {
        if (form.OrganisationId is null && string.IsNullOrWhiteSpace(form.OrganisationName))
            throw new DomainException("Register.InstitutionRequired", nameof(form.OrganisationId));
        if (form.OrganisationId is not null && !await db.Organisations.AnyAsync(o => o.Id == form.OrganisationId))
            throw new DomainException("Validation.Invalid", nameof(form.OrganisationId));
        if (!string.IsNullOrWhiteSpace(form.AccessibilityNeeds) && !form.HealthDataConsent)
            throw new DomainException("Register.HealthConsentRequired", nameof(form.HealthDataConsent));
        if (form.LicenceAsked)
            form.LicenceNumber = Participant.NormaliseLicenceNumber(form.LicenceNumber);
    }

    /// <summary>The person the coordinator names, found by email or added; a known person's details are left as they are.</summary>
    private async Task<Participant> AddOrFindParticipantAsync(ManualRegistrationForm form, string culture)
    {
        var email = Participant.NormaliseEmail(form.Email) ?? throw new DomainException("Validation.Required", nameof(form.Email));
        if (form.OrganisationId is not null && !await db.Organisations.AnyAsync(o => o.Id == form.OrganisationId))
            throw new DomainException("Validation.Invalid", nameof(form.OrganisationId));
        if (await db.Participants.FirstOrDefaultAsync(p => p.Email == email) is { } known)
            return known;
        var participant = new Participant(form.FullName!, email, culture);
        participant.UpdateDetails(form.FullName!, form.OrganisationId, form.OrganisationName, null, null, culture);
        db.Participants.Add(participant);
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
