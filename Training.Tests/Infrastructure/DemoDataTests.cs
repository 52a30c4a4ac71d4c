using Training.Domain.Planning;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>A development copy pointed at a real mail server cannot email strangers: demo addresses are under reserved names.</summary>
public sealed class DemoDataTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public DemoDataTests(TrainingAppFactory app) => _app = app;

    /// <summary>Names that never reach anyone: RFC 2606 (.test, .example, .invalid, example.org/com/net) and .local (RFC 6762, never in public DNS).</summary>
    private static bool IsReserved(string address)
    {
        var domain = address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return domain is "example.org" or "example.com" or "example.net"
               || new[] { ".test", ".example", ".invalid", ".localhost", ".local" }.Any(domain.EndsWith);
    }

    [Fact]
    public void Every_demo_person_and_institution_has_an_address_under_a_reserved_name()
    {
        var addresses = _app.Scoped(db => db.Participants.Select(p => p.Email)
            .Concat(db.Trainers.Select(t => t.Email))
            .Concat(db.Organisations.Select(o => o.Email))
            .Concat(db.StaffMembers.Select(s => s.Email))
            .Concat(db.Supervisors.Select(s => s.Email))
            .Concat(db.Users.Select(u => u.Email))
            .Where(e => e != null && e != "").Select(e => e!).ToList());
        Assert.Contains(addresses, a => a.StartsWith("ucesnik", StringComparison.Ordinal));
        Assert.Empty(addresses.Where(a => !IsReserved(a)).Distinct());
    }

    [Fact]
    public void Demo_programmes_are_written_correctly() =>
        Assert.Contains(_app.Scoped(db => db.Programmes.Select(p => p.Description).ToList()), d => d != null && d.Contains("у прихватним центрима и центрима за азил"));

    /// <summary>The demo year reads like a kept record: tasks tracked, a comment reviewed, outcomes assessed, partners' trainings counted.</summary>
    [Fact]
    public async Task The_demo_year_has_tasks_tracked_outcomes_assessed_comments_and_partners_trainings()
    {
        var year = DateTime.UtcNow.Year;
        var (dropped, reviewed, assessed, partners) = _app.Scoped(db => (
            db.Set<PlanTask>().Count(t => t.Activity.Goal.Plan.Year == year && t.Status == PlanTaskStatus.Dropped && t.DropReason != null),
            db.PlanActivities.Count(a => a.Goal.Plan.Year == year && a.CommentReviewedBy != null),
            db.Set<PlanOutcome>().Count(o => o.Goal.Plan.Year == year && o.AssessedAtUtc != null),
            db.PartnerTrainings.Count()));
        Assert.True(dropped >= 1 && reviewed >= 1 && assessed >= 2, $"dropped {dropped}, reviewed {reviewed}, assessed {assessed}");
        // Partners' trainings early in the year may fall before 1 January when the demo runs in January.
        if (DateTime.UtcNow.DayOfYear > 80)
        {
            Assert.Equal(2, partners);
            using var web = new WebSession(_app);
            await web.SignInAsRoleAsync("Management");
            var activity = _app.Scoped(db => db.PartnerTrainings.OrderBy(p => p.Id).Select(p => p.PlanActivityId).First());
            Assert.Contains("Министарство унутрашњих послова", await web.GetPageAsync($"/plans/{year}/activities/{activity}"));
        }
    }
}
