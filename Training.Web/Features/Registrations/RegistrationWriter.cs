using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Audit;
using Training.Infrastructure.Persistence;

namespace Training.Web.Features.Registrations;

/// <summary>
/// Writes the registrations made through participants' links. Those that arrive while one is being written are
/// written together, in arrival order, in the next write transaction: one commit for all of them instead of one each.
/// When an invitation goes out, hundreds register within a second, and each had waited for the write turn of
/// everyone before them (on SQLite one writer at a time): the commit, the start of the transaction and EF's work
/// around each save were most of a turn, and they are now shared by everyone waiting. Capacity is guarded as before:
/// every registration takes its seat with the conditional UPDATE inside the transaction that writes it.
/// A batch that fails is written again one registration at a time, so one person's error is only theirs.
/// </summary>
public sealed class RegistrationWriter(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Enough to share a commit among a whole burst, few enough to keep one transaction short.</summary>
    internal const int MaxBatch = 50;

    private readonly ConcurrentQueue<NewRegistration> _queue = new();
    private int _writing;
    private int _transactions;

    /// <summary>Write transactions made so far (tests compare it with the registrations written).</summary>
    public int Transactions => Volatile.Read(ref _transactions);

    /// <summary>Registers the person: confirmed while seats remain, otherwise on the waiting list. A person already
    /// registered for the session, or a link already used, gives back that registration.</summary>
    public Task<Registration> RegisterAsync(NewRegistration registration)
    {
        _queue.Enqueue(registration);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            // The writing outlives the request that started it: it must not carry that request's context along.
            using (ExecutionContext.SuppressFlow())
                _ = Task.Run(WriteWhileQueuedAsync);
        }
        return registration.Written.Task;
    }

    private async Task WriteWhileQueuedAsync()
    {
        while (true)
        {
            while (!_queue.IsEmpty)
            {
                var batch = new List<NewRegistration>(MaxBatch);
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                    batch.Add(next);
                await WriteAsync(batch);
            }
            Volatile.Write(ref _writing, 0);
            // Something queued between the last look and the flag going down is written by this loop or a new one, never left.
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                return;
        }
    }

    private async Task WriteAsync(IReadOnlyList<NewRegistration> batch)
    {
        try
        {
            var written = await WriteTogetherAsync(batch);
            for (var i = 0; i < batch.Count; i++)
                batch[i].Written.TrySetResult(written[i]);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var one in batch)
                await WriteAsync([one]);
        }
        catch (DbUpdateException) when (!batch[0].Retried)
        {
            // Written at the same moment by another process (the unique indexes kept one row): once more, now seeing it.
            batch[0].Retried = true;
            await WriteAsync(batch);
        }
        catch (Exception e)
        {
            batch[0].Written.TrySetException(e);
        }
    }

    private async Task<Registration[]> WriteTogetherAsync(IReadOnlyList<NewRegistration> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var emails = scope.ServiceProvider.GetRequiredService<RegistrationEmails>();
        // Everyone in the batch registered through their own link; the audit log says so, as for any link page.
        using var actor = AuditTrail.ActingAs(AuditTrail.Participant);
        Interlocked.Increment(ref _transactions);
        return await db.InWriteTransactionAsync(async () =>
        {
            var people = await PeopleAsync(db, batch);
            var made = await MadeAlreadyAsync(db, batch, people);
            var invitationIds = batch.Where(r => r.InvitationId is not null).Select(r => r.InvitationId!.Value).Distinct().ToList();
            var invitations = await db.Invitations.Where(i => invitationIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            var now = clock.GetUtcNow().UtcDateTime;
            var written = new Registration[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var request = batch[i];
                var person = people[request.Email];
                if (made.FirstOrDefault(r => r.TokenHash == request.TokenHash || (r.SessionId == request.Session.Id && r.ParticipantId == person.Id)) is { } existing)
                {
                    written[i] = existing;
                    continue;
                }
                request.Form.ApplyTo(person, request.Culture);
                var registration = new Registration(request.Session.Id, person.Id, await SeatService.TakeAsync(db, request.Session.Id),
                    request.TokenHash, request.Form.DietaryNeeds, request.Form.AccessibilityNeeds, now);
                db.Registrations.Add(registration);
                made.Add(registration);
                // An invitation withdrawn meanwhile leaves nothing to mark; the person is registered all the same.
                if (request.InvitationId is { } invitation)
                    invitations.GetValueOrDefault(invitation)?.MarkRegistered();
                emails.Registered(request.Session, registration, person, request.Token);
                written[i] = registration;
            }
            await db.SaveChangesAsync();
            return written;
        });
    }

    /// <summary>
    /// Everyone in the batch as a participant, found by email or added with the details from their form. New people
    /// are saved first: their registrations, and the audit lines of those, carry the id the database gives them.
    /// A person already known gets the form's details only with a new registration (a repeated one changes nothing).
    /// </summary>
    private static async Task<Dictionary<string, Participant>> PeopleAsync(TrainingDbContext db, IReadOnlyList<NewRegistration> batch)
    {
        var emails = batch.Select(r => r.Email).Distinct().ToList();
        var people = await db.Participants.Where(p => emails.Contains(p.Email)).ToDictionaryAsync(p => p.Email);
        foreach (var request in batch)
        {
            if (people.ContainsKey(request.Email))
                continue;
            var person = people[request.Email] = new Participant(request.Form.FullName!, request.Email, request.Culture);
            request.Form.ApplyTo(person, request.Culture);
            db.Participants.Add(person);
        }
        if (people.Values.Any(p => db.Entry(p).State == EntityState.Added))
            await db.SaveChangesAsync();
        return people;
    }

    /// <summary>Registrations that already exist for these people in these sessions, or through these links.</summary>
    private static Task<List<Registration>> MadeAlreadyAsync(TrainingDbContext db, IReadOnlyList<NewRegistration> batch, Dictionary<string, Participant> people)
    {
        var sessionIds = batch.Select(r => r.Session.Id).Distinct().ToList();
        var personIds = people.Values.Select(p => p.Id).ToList();
        var hashes = batch.Select(r => r.TokenHash).ToList();
        return db.Registrations.Where(r => (sessionIds.Contains(r.SessionId) && personIds.Contains(r.ParticipantId)) || hashes.Contains(r.TokenHash)).ToListAsync();
    }
}

/// <summary>
/// A registration waiting to be written: the session (only read), the person's form, their normalised email and
/// language, the personal link (its token goes into the email, its hash is stored) and the invitation it answers.
/// </summary>
public sealed class NewRegistration(TrainingSession session, RegistrationForm form, string email, string culture, string token, string tokenHash, int? invitationId)
{
    public TrainingSession Session { get; } = session;
    public RegistrationForm Form { get; } = form;
    public string Email { get; } = email;
    public string Culture { get; } = culture;
    public string Token { get; } = token;
    public string TokenHash { get; } = tokenHash;
    public int? InvitationId { get; } = invitationId;

    internal TaskCompletionSource<Registration> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal bool Retried { get; set; }
}
