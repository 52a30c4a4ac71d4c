using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Training.Tests.Support;
using Training.Web.Links;

namespace Training.Tests.Features;

/// <summary>An institution's seats, nominated by its focal person through their own link.</summary>
public sealed class SeatQuotaTests : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    private Task DispatchAsync() => _app.DispatchEmailAsync();

    [Fact]
    public async Task Focal_person_nominates_colleagues_up_to_the_quota_and_each_is_invited()
    {
        var sessionId = OpenSession.Create(_app, capacity: 20);
        var organisation = _app.Scoped(db => db.Organisations.Single(o => o.Name == "Центар за социјални рад Крагујевац").Id);
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var created = await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite/quota", new Dictionary<string, string>
        {
            ["Quota.OrganisationId"] = organisation.ToString(CultureInfo.InvariantCulture), ["Quota.Seats"] = "2", ["Quota.FocalName"] = "Снежана Ристић", ["Quota.FocalEmail"] = "fokal@csr-kg.rs",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await DispatchAsync();
        var offer = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "fokal@csr-kg.rs"));
        Assert.Contains("2 места", offer.TextBody);
        var token = Regex.Match(offer.TextBody!, "/q/([A-Za-z0-9_-]{43})").Groups[1].Value;

        using var focal = new WebSession(_app);
        Assert.Contains("Преостало места за предлог: 2", await focal.GetPageAsync($"/q/{token}"));
        await focal.PostFormAsync($"/q/{token}", $"/q/{token}", new Dictionary<string, string> { ["FullName"] = "Ивана Марић", ["Email"] = "ivana@csr-kg.rs" });
        await focal.PostFormAsync($"/q/{token}", $"/q/{token}", new Dictionary<string, string> { ["FullName"] = "Зоран Тодић", ["Email"] = "zoran@csr-kg.rs" });
        var third = await focal.PostFormAsync($"/q/{token}", $"/q/{token}", new Dictionary<string, string> { ["FullName"] = "Трећи Вишак", ["Email"] = "visak@csr-kg.rs" });
        Assert.Contains("Преостало места за предлог: 0", await third.Content.ReadAsStringAsync());

        var invited = _app.Scoped(db => db.Invitations.Where(i => i.SessionId == sessionId).OrderBy(i => i.Email).Select(i => new { i.Email, i.Institution }).ToList());
        Assert.Equal(["ivana@csr-kg.rs", "zoran@csr-kg.rs"], invited.Select(i => i.Email));
        Assert.All(invited, i => Assert.Equal("Центар за социјални рад Крагујевац", i.Institution));

        await DispatchAsync();
        var invitation = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "ivana@csr-kg.rs"));
        var personal = TrainingAppFactory.LinkTokenIn(invitation.TextBody);
        using var ivana = new WebSession(_app);
        await ivana.PostFormAsync($"/r/{personal}", $"/r/{personal}", OpenSession.RegistrationFields("Ивана Марић", "ivana@csr-kg.rs"));
        Assert.Contains("Потврђена", await ivana.GetPageAsync($"/r/{personal}"));
    }

    [Fact]
    public async Task Unknown_quota_link_is_a_404()
    {
        using var web = new WebSession(_app);
        var (token, _) = ParticipantLink.New();
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync($"/q/{token}")).StatusCode);
    }
}
