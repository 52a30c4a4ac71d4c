using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Web.Links;

namespace Training.Tests.Support;

/// <summary>
/// A session whose days lie around today (offsets in days from today's Belgrade date), with confirmed
/// participants whose personal-link tokens the test knows. Made directly in the test database.
/// </summary>
public static class HeldSession
{
    public sealed record Person(int ParticipantId, string Name, string Email, string Token);

    public sealed record Held(int SessionId, IReadOnlyList<int> DayIds, IReadOnlyList<Person> People);

    public static Held Create(TrainingAppFactory app, int[] dayOffsets, string[] names, bool delivered = false, TimeOnly? start = null, TimeOnly? end = null,
        string culture = "sr-Cyrl-RS", int? programmeId = null) => app.Scoped(db =>
    {
        var programme = programmeId is int id ? db.Programmes.Single(p => p.Id == id) : db.Programmes.OrderBy(p => p.Id).First();
        var today = Belgrade.Today(TimeProvider.System);
        var days = dayOffsets.Select(o => new DayPlan(today.AddDays(o), start ?? new TimeOnly(9, 0), end ?? new TimeOnly(15, 0))).ToList();
        var session = new TrainingSession(programme, days, 30);
        session.HoldAt(null, true, "https://sastanak.example.rs/obuka");
        session.SetRegistrationWindow(days.Min(d => d.Date).AddDays(-20), days.Min(d => d.Date).AddDays(-1));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        session.MoveTo(SessionStatus.RegistrationClosed, DateTime.UtcNow);
        if (delivered)
            session.MoveTo(SessionStatus.Delivered, DateTime.UtcNow);
        db.Sessions.Add(session);
        db.SaveChanges();
        var people = new List<Person>();
        foreach (var name in names)
        {
            var email = $"p{Guid.NewGuid():N}"[..13] + "@example.rs";
            var participant = new Participant(name, email, culture);
            participant.UpdateDetails(name, null, "Центар за социјални рад Краљево", null, null, culture);
            db.Participants.Add(participant);
            db.SaveChanges();
            var (token, hash) = ParticipantLink.New();
            db.Registrations.Add(new Registration(session.Id, participant.Id, true, hash, null, null, DateTime.UtcNow));
            people.Add(new Person(participant.Id, name, participant.Email, token));
        }
        db.SaveChanges();
        return new Held(session.Id, session.Days.OrderBy(d => d.Date).Select(d => d.Id).ToList(), people);
    });
}
