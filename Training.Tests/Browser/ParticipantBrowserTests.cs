using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Training.Domain.Registrations;
using Training.Tests.Support;
using Training.Web.Links;

namespace Training.Tests.Browser;

/// <summary>The participant's journey from the emailed link, on a phone.</summary>
public sealed class ParticipantBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private readonly Support.Browser _browser;
    private readonly SmtpTestServer _smtp = new();
    private TrainingAppFactory _app = null!;

    public ParticipantBrowserTests(Support.Browser browser) => _browser = browser;

    public Task InitializeAsync()
    {
        _app = TrainingAppFactory.WithSmtp(_smtp, kestrel: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Participant_registers_from_the_email_link_on_a_phone_and_cancels()
    {
        var root = _app.ServerAddress;
        var sessionId = OpenSession.Create(_app, capacity: 20);
        using (var coordinator = new WebSession(_app))
        {
            await coordinator.SignInAsRoleAsync("Coordinator");
            await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite",
                new Dictionary<string, string> { ["Addresses"] = "Јована Лазић <jovana@example.rs>", ["Culture"] = "sr-Cyrl-RS" });
        }
        await _app.DispatchEmailAsync();
        var email = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "jovana@example.rs"));
        var token = TrainingAppFactory.LinkTokenIn(email.TextBody);

        await using var context = await _browser.NewContextAsync(width: 375, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}/r/{token}");
        Assert.Equal("Јована Лазић", await page.GetByLabel("Име и презиме").InputValueAsync());
        Assert.Equal("jovana@example.rs", await page.GetByLabel("Е-пошта").InputValueAsync());
        await page.GetByLabel("Радно место или струка").FillAsync("педагог");
        await page.GetByLabel("Институција, ако није на списку").FillAsync("ОШ „Бранко Радичевић“");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("registration-phone.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Пријављујем се за обуку" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"^{Regex.Escape(root)}/r/~[0-9a-f]{{16}}$"));
        Assert.Contains("Потврђена", await page.GetByTestId("registration-status").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Додај у календар (.ics)" }).IsVisibleAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Support.Browser.ScreenshotPath("registration-confirmed-phone.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Откажи пријаву" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Да, откажи" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"^{Regex.Escape(root)}/r/~[0-9a-f]{{16}}$"));
        Assert.Contains("Отказана", await page.GetByTestId("registration-status").InnerTextAsync());
    }

    [Fact]
    public async Task The_same_journey_in_English_from_an_English_invitation()
    {
        var root = _app.ServerAddress;
        var sessionId = OpenSession.Create(_app, capacity: 20);
        using (var coordinator = new WebSession(_app))
        {
            await coordinator.SignInAsRoleAsync("Coordinator");
            await coordinator.PostFormAsync($"/sessions/{sessionId}/invite", $"/sessions/{sessionId}/invite",
                new Dictionary<string, string> { ["Addresses"] = "Emma Brown <emma.brown@example.org>", ["Culture"] = "en" });
        }
        await _app.DispatchEmailAsync();
        var email = await _smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "emma.brown@example.org"));
        Assert.Contains("Dear Emma Brown", email.TextBody);
        var token = TrainingAppFactory.LinkTokenIn(email.TextBody);

        await using var context = await _browser.NewContextAsync(locale: "en", width: 375, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}/r/{token}?culture=en");
        Assert.Equal("Emma Brown", await page.GetByLabel("Full name").InputValueAsync());
        await page.GetByLabel("Position or profession").FillAsync("social worker");
        await page.GetByLabel("Institution, if not in the list").FillAsync("Centre for Social Work Niš");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register for the training" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"^{Regex.Escape(root)}/r/~[0-9a-f]{{16}}$"));
        Assert.Equal("Confirmed – see you at the training.", (await page.GetByTestId("registration-status").InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Add to calendar (.ics)" }).IsVisibleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel my registration" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"^{Regex.Escape(root)}/r/~[0-9a-f]{{16}}$"));
        Assert.Equal("Cancelled.", (await page.GetByTestId("registration-status").InnerTextAsync()).Trim());
    }

    /// <summary>Invited by name from the directory, a person registers in three interactions: open the link, type the position, send.</summary>
    [Fact]
    public async Task An_invitee_named_with_their_institution_registers_in_four_interactions_or_fewer()
    {
        var root = _app.ServerAddress;
        var sessionId = OpenSession.Create(_app, capacity: 20);
        var (token, institution) = _app.Scoped(db =>
        {
            var organisation = db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Id).First();
            var (t, hash) = ParticipantLink.New();
            db.Invitations.Add(new Invitation(sessionId, "imenovana@example.rs", "Именована Особа", organisation.Name, "sr-Cyrl-RS", hash,
                DateTime.UtcNow, DateTime.UtcNow.AddDays(20)));
            db.SaveChanges();
            return (t, organisation);
        });

        await using var context = await _browser.NewContextAsync(width: 375, height: 740);
        var page = await context.NewPageAsync();
        var interactions = 0;
        await page.GotoAsync($"{root}/r/{token}");
        interactions++; // the link in the email
        Assert.Equal(institution.Id.ToString(CultureInfo.InvariantCulture), await page.Locator("#OrganisationId").InputValueAsync());
        await page.GetByLabel("Радно место или струка").FillAsync("социјални радник");
        interactions++;
        await page.GetByRole(AriaRole.Button, new() { Name = "Пријављујем се за обуку" }).ClickAsync();
        interactions++;
        await page.WaitForURLAsync(new Regex($"^{Regex.Escape(root)}/r/~[0-9a-f]{{16}}$"));

        Assert.Contains("Потврђена", await page.GetByTestId("registration-status").InnerTextAsync());
        Assert.True(interactions <= 4, $"{interactions} interactions");
        var person = _app.Scoped(db => db.Participants.Single(p => p.Email == "imenovana@example.rs"));
        Assert.Equal((institution.Id, "Именована Особа"), (person.OrganisationId!.Value, person.FullName));
    }
}
