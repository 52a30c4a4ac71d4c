using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Web.Links;

namespace Training.Tests.Support;

/// <summary>A session open for registration a month from now, made directly in the test database.</summary>
public static class OpenSession
{
    public static int Create(TrainingAppFactory app, int capacity, int daysAhead = 30, int? programmeId = null) => app.Scoped(db =>
    {
        var programme = programmeId is int id ? db.Programmes.Single(p => p.Id == id) : db.Programmes.OrderBy(p => p.Id).First();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(daysAhead);
        var session = new TrainingSession(programme, [new DayPlan(first, new TimeOnly(9, 0), new TimeOnly(15, 0))], capacity);
        // Online: many test sessions share one day, and a venue would clash.
        session.HoldAt(null, true, "https://sastanak.example.rs/obuka");
        session.SetRegistrationWindow(today.AddDays(-1), first.AddDays(-1));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        db.Sessions.Add(session);
        db.SaveChanges();
        return session.Id;
    });

    /// <summary>Invitations with tokens the test knows, as if their emails had been read.</summary>
    public static IReadOnlyList<string> Invite(TrainingAppFactory app, int sessionId, int count, string prefix = "person") => app.Scoped(db =>
    {
        var tokens = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (token, hash) = ParticipantLink.New();
            db.Invitations.Add(new Invitation(sessionId, $"{prefix}{i}@example.rs", $"Учесник {i}", null, "sr-Cyrl-RS", hash, DateTime.UtcNow, DateTime.UtcNow.AddDays(20)));
            tokens.Add(token);
        }
        db.SaveChanges();
        return tokens;
    });

    public static Dictionary<string, string> RegistrationFields(string name, string email) => new()
    {
        ["FullName"] = name,
        ["Email"] = email,
        ["OrganisationName"] = "Центар за социјални рад Ниш",
        ["Position"] = "социјални радник",
    };
}
