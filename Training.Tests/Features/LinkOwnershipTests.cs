using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Common;
using Training.Domain.Participants;
using Training.Domain.Registrations;
using Training.Tests.Support;
using Training.Web.Features.Registrations;
using Training.Web.Links;
using Training.Web.Startup;

namespace Training.Tests.Features;

/// <summary>A participant's link acts for the person it was issued to, and a session's open link reveals no one's link.</summary>
public sealed class LinkOwnershipTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public LinkOwnershipTests(TrainingAppFactory app) => _app = app;

    /// <summary>A person registered for the session through their own invitation, with details an attacker would like to change.</summary>
    private async Task<(int SessionId, string Email)> VictimRegisteredAsync(string prefix)
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, prefix)[0];
        using var web = new WebSession(_app);
        var email = $"{prefix}0@example.rs";
        var fields = OpenSession.RegistrationFields("Права Особа", email);
        fields["Position"] = "психолог";
        fields["Phone"] = "011 111 111";
        Assert.Equal(HttpStatusCode.Redirect, (await web.PostFormAsync($"/r/{token}", $"/r/{token}", fields)).StatusCode);
        return (sessionId, email);
    }

    private Participant Person(string email) => _app.Scoped(db => db.Participants.Single(p => p.Email == email));

    private List<string> MailTo(string email) => _app.Scoped(db => db.OutboxMessages.Where(m => m.ToAddress == email).Select(m => m.TextBody).ToList());

    [Fact]
    public async Task Another_persons_email_typed_into_a_personal_link_finds_changes_and_registers_no_one()
    {
        var (sessionId, victim) = await VictimRegisteredAsync("victim-r");
        var mailBefore = MailTo(victim).Count;
        var attackerToken = OpenSession.Invite(_app, sessionId, 1, "attacker-r")[0];
        using var attacker = new WebSession(_app);

        var fields = OpenSession.RegistrationFields("Нападач Преименовао", victim);
        fields["Position"] = "нападач";
        var response = await attacker.PostFormAsync($"/r/{attackerToken}", $"/r/{attackerToken}", fields);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Пријава преко овог линка важи само за адресу на коју је послат.", page);
        var person = Person(victim);
        Assert.Equal(("Права Особа", "психолог", "011 111 111"), (person.FullName, person.Position, person.Phone));
        Assert.Equal(1, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
        Assert.False(_app.Scoped(db => db.Participants.Any(p => p.Email == "attacker-r0@example.rs")));
        Assert.Equal(mailBefore, MailTo(victim).Count);
        Assert.DoesNotContain("/r/", page.Replace($"/r/{attackerToken}", "").Replace("/r/~", ""));
    }

    [Fact]
    public async Task A_registered_person_cannot_move_their_registration_onto_another_persons_record()
    {
        var (sessionId, victim) = await VictimRegisteredAsync("victim-d");
        var token = OpenSession.Invite(_app, sessionId, 1, "own-d")[0];
        using var web = new WebSession(_app);
        await web.PostFormAsync($"/r/{token}", $"/r/{token}", OpenSession.RegistrationFields("Своја Особа", "own-d0@example.rs"));

        var fields = OpenSession.RegistrationFields("Нападач", victim);
        var response = await web.PostFormAsync($"/r/{token}", $"/r/{token}/details", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Пријава преко овог линка важи само за адресу на коју је послат.", await response.Content.ReadAsStringAsync());
        Assert.Equal("Права Особа", Person(victim).FullName);
        Assert.Equal("Своја Особа", Person("own-d0@example.rs").FullName);
    }

    [Fact]
    public async Task The_open_link_answers_alike_for_known_and_new_addresses_and_sends_links_only_to_the_address_typed()
    {
        var (sessionId, victim) = await VictimRegisteredAsync("victim-o");
        var openToken = await OpenLinkAsync(sessionId);
        using var attacker = new WebSession(_app);

        var known = await attacker.PostFormAsync($"/o/{openToken}", $"/o/{openToken}", OpenFields("Нападач", victim));
        var fresh = await attacker.PostFormAsync($"/o/{openToken}", $"/o/{openToken}", OpenFields("Нова Особа", "nova-o@example.rs"));

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.Headers.Location, fresh.Headers.Location);
        Assert.Equal($"/o/{openToken}?sent=true", known.Headers.Location!.OriginalString);
        var answer = await attacker.GetPageAsync(known.Headers.Location.OriginalString);
        Assert.Contains("Послали смо поруку на адресу коју сте унели.", answer);
        Assert.DoesNotContain("/r/", answer);

        // The known person is unchanged and hears only that someone tried, with no link; the new one gets their own link.
        Assert.Equal(("Права Особа", "психолог"), (Person(victim).FullName, Person(victim).Position));
        var toVictim = MailTo(victim).Last();
        Assert.Contains("Ваша пријава се није променила.", toVictim);
        Assert.Empty(TrainingAppFactory.LinkTokenIn(toVictim));
        Assert.NotEmpty(TrainingAppFactory.LinkTokenIn(Assert.Single(MailTo("nova-o@example.rs"))));
        Assert.Equal(1, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task The_open_link_leaves_a_waiting_invitation_as_it_is_and_greets_no_one_by_a_typed_name()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var openToken = await OpenLinkAsync(sessionId);
        var invited = OpenSession.Invite(_app, sessionId, 1, "cekam-o")[0];
        using var victim = new WebSession(_app);
        await victim.PostFormAsync($"/o/{openToken}", $"/o/{openToken}", OpenFields("Права Особа", "zahtev-o@example.rs"));
        var victimLink = TrainingAppFactory.LinkTokenIn(Assert.Single(MailTo("zahtev-o@example.rs")));
        Assert.StartsWith("Поштовани,", Assert.Single(MailTo("zahtev-o@example.rs")));

        using var attacker = new WebSession(_app);
        foreach (var address in new[] { "zahtev-o@example.rs", "cekam-o0@example.rs" })
            Assert.Equal(HttpStatusCode.Redirect, (await attacker.PostFormAsync($"/o/{openToken}", $"/o/{openToken}", OpenFields("Evil Name http://evil.example", address))).StatusCode);

        // Both links still work, nothing about them changed, and nothing more was sent.
        Assert.Contains("value=\"Права Особа\"", await new WebSession(_app).GetPageAsync($"/r/{victimLink}"));
        Assert.Equal(HttpStatusCode.OK, (await new WebSession(_app).GetFollowingLinkAsync($"/r/{invited}")).StatusCode);
        Assert.Single(MailTo("zahtev-o@example.rs"));
        Assert.Empty(MailTo("cekam-o0@example.rs"));
        Assert.DoesNotContain(_app.Scoped(db => db.Invitations.Where(i => i.SessionId == sessionId).Select(i => i.Name).ToList()), n => n!.Contains("Evil"));
    }

    [Fact]
    public async Task Naming_an_address_someone_else_invited_tells_the_focal_person_nothing_and_changes_nothing()
    {
        var sessionId = OpenSession.Create(_app, capacity: 20);
        OpenSession.Invite(_app, sessionId, 1, "vec-pozvan");
        var token = _app.Scoped(db =>
        {
            var (t, hash) = ParticipantLink.New();
            db.SeatQuotas.Add(new SeatQuota(sessionId, db.Organisations.OrderBy(o => o.Id).First().Id, 2, "Фокална Особа", "fokalna2@example.rs", "sr-Cyrl-RS", hash, DateTime.UtcNow));
            db.SaveChanges();
            return t;
        });
        using var focal = new WebSession(_app);
        var known = await focal.PostFormAsync($"/q/{token}", $"/q/{token}", new Dictionary<string, string> { ["FullName"] = "Неко", ["Email"] = "vec-pozvan0@example.rs" });
        var fresh = await focal.PostFormAsync($"/q/{token}", $"/q/{token}", new Dictionary<string, string> { ["FullName"] = "Нова Колегиница", ["Email"] = "nova-kolegenica@example.rs" });
        Assert.Equal((HttpStatusCode.Redirect, known.Headers.Location), (fresh.StatusCode, fresh.Headers.Location));
        Assert.Equal(1, _app.Scoped(db => db.Invitations.Count(i => i.SessionId == sessionId && i.Email == "vec-pozvan0@example.rs")));
        Assert.Equal(1, _app.Scoped(db => db.SeatQuotas.Single(q => q.FocalEmail == "fokalna2@example.rs").Nominated));
    }

    [Fact]
    public void A_client_on_IPv6_is_its_64_network_and_IPv4_written_as_IPv6_is_IPv4()
    {
        static string Client(string address)
        {
            var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            return RateLimits.ClientOf(context);
        }
        Assert.Equal(Client("2001:db8:1:2::1"), Client("2001:db8:1:2:ffff:eeee:dddd:cccc"));
        Assert.NotEqual(Client("2001:db8:1:2::1"), Client("2001:db8:1:3::1"));
        Assert.Equal("203.0.113.5", Client("::ffff:203.0.113.5"));
    }

    [Fact]
    public async Task An_unconfirmed_open_link_request_lapses_after_the_hold_time()
    {
        var sessionId = OpenSession.Create(_app, capacity: 5);
        var openToken = await OpenLinkAsync(sessionId);
        using var web = new WebSession(_app);
        await web.PostFormAsync($"/o/{openToken}", $"/o/{openToken}", OpenFields("Касна Особа", "kasna@example.rs"));
        var link = TrainingAppFactory.LinkTokenIn(Assert.Single(MailTo("kasna@example.rs")));
        using var person = new WebSession(_app);
        var counts = await CountsAsync(sessionId);
        Assert.Equal(1, counts.AwaitingConfirmation);

        _app.Clock.Offset += TimeSpan.FromHours(25);
        try
        {
            var page = await person.GetPageAsync($"/r/{link}");
            Assert.Contains("Линк је истекао", page);
            var response = await person.PostFormAsync($"/r/{link}", $"/r/{link}", OpenSession.RegistrationFields("Касна Особа", "kasna@example.rs"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, _app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
            Assert.Equal(0, (await CountsAsync(sessionId)).AwaitingConfirmation);
        }
        finally
        {
            _app.Clock.Offset -= TimeSpan.FromHours(25);
        }
    }

    [Fact]
    public async Task Six_nominations_at_the_same_moment_on_a_two_seat_quota_give_two()
    {
        var sessionId = OpenSession.Create(_app, capacity: 20);
        var (quotaId, token) = _app.Scoped(db =>
        {
            var organisation = db.Organisations.OrderBy(o => o.Id).First();
            var (t, hash) = ParticipantLink.New();
            var quota = new SeatQuota(sessionId, organisation.Id, 2, "Фокална Особа", "fokalna@example.rs", "sr-Cyrl-RS", hash, DateTime.UtcNow);
            db.SeatQuotas.Add(quota);
            db.SaveChanges();
            return (quota.Id, t);
        });
        // Every request read the quota page before any of them was written: only the database can keep the count.
        var pages = new List<(IServiceScope Scope, QuotaPage Page)>();
        for (var i = 0; i < 6; i++)
        {
            var scope = _app.Services.CreateScope();
            var links = scope.ServiceProvider.GetRequiredService<LinkService>();
            var quota = (await links.ResolveQuotaAsync(token))!;
            var session = (await scope.ServiceProvider.GetRequiredService<RegistrationService>().SessionAsync(sessionId))!;
            pages.Add((scope, await scope.ServiceProvider.GetRequiredService<InvitationService>().QuotaPageAsync(token, quota, session)));
        }
        var results = await Task.WhenAll(pages.Select((p, i) => Task.Run(async () =>
        {
            try
            {
                await p.Scope.ServiceProvider.GetRequiredService<InvitationService>().NominateAsync(p.Page, new NominationForm { FullName = $"Колега {i}", Email = $"kolega{i}@example.rs" });
                return true;
            }
            catch (DomainException e) when (e.MessageKey == "Quota.Full")
            {
                return false;
            }
        })));
        pages.ForEach(p => p.Scope.Dispose());

        Assert.Equal(2, results.Count(r => r));
        Assert.Equal(2, _app.Scoped(db => db.Invitations.Count(i => i.SeatQuotaId == quotaId)));
        Assert.Equal(2, _app.Scoped(db => db.SeatQuotas.Single(q => q.Id == quotaId).Nominated));
    }

    private async Task<RegistrationCounts> CountsAsync(int sessionId)
    {
        using var scope = _app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistrationListService>().ForSessionAsync(sessionId)).Counts;
    }

    private Task<string> OpenLinkAsync(int sessionId) => OpenLinkAsync(_app, sessionId);

    internal static async Task<string> OpenLinkAsync(TrainingAppFactory app, int sessionId)
    {
        using var scope = app.Services.CreateScope();
        var session = (await scope.ServiceProvider.GetRequiredService<RegistrationService>().SessionAsync(sessionId))!;
        return (await scope.ServiceProvider.GetRequiredService<InvitationService>().SetOpenLinkAsync(session, true))!;
    }

    internal static Dictionary<string, string> OpenFields(string name, string email) => new()
    {
        ["FullName"] = name, ["Email"] = email, ["OrganisationName"] = "Центар за социјални рад Ниш",
    };
}

/// <summary>A session's open link is limited per client, and what it takes holds no seat until confirmed.</summary>
public sealed class OpenLinkLimitTests
{
    [Fact]
    public async Task Open_link_requests_hold_no_seat_until_confirmed_from_the_email_and_are_limited_per_client()
    {
        // The limit as installed, on an app of its own (the other tests' requests come from the same client).
        using var app = new TrainingAppFactory(new Dictionary<string, string?> { ["RateLimits:OpenLinkPerClientPerHour"] = null });
        var sessionId = OpenSession.Create(app, capacity: 50);
        var openToken = await LinkOwnershipTests.OpenLinkAsync(app, sessionId);
        using var client = new WebSession(app);
        var html = await client.GetPageAsync($"/o/{openToken}");
        var antiforgery = WebSession.AntiforgeryToken(html);

        var statuses = new List<HttpStatusCode>();
        string? refusal = null;
        for (var i = 0; i < 40; i++)
        {
            var response = await client.Client.PostAsync($"/o/{openToken}", new FormUrlEncodedContent(
                LinkOwnershipTests.OpenFields($"Измишљена Особа {i}", $"izmisljena{i}@example.rs").Append(new("__RequestVerificationToken", antiforgery))));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                refusal ??= await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Contains("Превише захтева", refusal);
        Assert.Equal(0, app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
        Assert.Equal(0, app.Scoped(db => db.Registrations.Count(r => r.SessionId == sessionId)));
        Assert.Equal(30, app.Scoped(db => db.Invitations.Count(i => i.SessionId == sessionId && i.ViaOpenLink)));

        // The coordinator sees them as awaiting confirmation.
        using var coordinator = new WebSession(app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        Assert.Contains("Чека потврду е-поштом (пријава преко отвореног линка): 30", await coordinator.GetPageAsync($"/sessions/{sessionId}"));

        // One of them confirms from the email: only now is a seat taken.
        var link = TrainingAppFactory.LinkTokenIn(Assert.Single(app.Scoped(db => db.OutboxMessages.Where(m => m.ToAddress == "izmisljena0@example.rs").Select(m => m.TextBody).ToList())));
        using var person = new WebSession(app);
        var fields = OpenSession.RegistrationFields("Измишљена Особа 0", "izmisljena0@example.rs");
        Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync($"/r/{link}", $"/r/{link}", fields)).StatusCode);
        Assert.Equal(1, app.Scoped(db => db.Sessions.Single(s => s.Id == sessionId).SeatsTaken));
        Assert.Equal(RegistrationStatus.Confirmed, app.Scoped(db => db.Registrations.Single(r => r.SessionId == sessionId).Status));
    }
}
