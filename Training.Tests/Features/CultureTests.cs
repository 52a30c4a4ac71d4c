using System.Net;
using Training.Infrastructure.Localisation;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class CultureTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public CultureTests(TrainingAppFactory app) => _app = app;

    [Theory]
    [InlineData("sr-Cyrl-RS", "Пријава", "Лозинка")]
    [InlineData("sr-Latn-RS", "Prijava", "Lozinka")]
    [InlineData("en", "Sign in", "Password")]
    public async Task Each_culture_renders_in_its_own_script(string culture, string title, string passwordLabel)
    {
        using var web = new WebSession(_app, culture);
        var page = await web.GetPageAsync("/account/login");
        Assert.Contains($"<html lang=\"{culture}\">", page);
        Assert.Contains(title, page);
        Assert.Contains(passwordLabel, page);
        if (culture != "sr-Cyrl-RS")
            Assert.DoesNotContain("Лозинка", page);
    }

    [Fact]
    public async Task Unknown_culture_falls_back_to_Serbian_Cyrillic()
    {
        using var web = new WebSession(_app, "de-DE");
        var page = await web.GetPageAsync("/account/login?culture=xx-YY");
        Assert.Contains("<html lang=\"sr-Cyrl-RS\">", page);
        Assert.Contains("Лозинка", page);
    }

    [Fact]
    public async Task Switcher_remembers_the_choice_in_a_cookie()
    {
        using var web = new WebSession(_app);
        var response = await web.PostFormAsync("/account/login", "/culture", new Dictionary<string, string> { ["culture"] = "sr-Latn-RS", ["returnUrl"] = "/account/login" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.ToString());
        var page = await web.GetPageAsync("/account/login");
        Assert.Contains("<html lang=\"sr-Latn-RS\">", page);
        Assert.Contains("Prijavite se nalogom", page);
    }

    [Fact]
    public async Task Switcher_does_not_redirect_off_site()
    {
        using var web = new WebSession(_app);
        var response = await web.PostFormAsync("/account/login", "/culture", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" });
        Assert.Equal("/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Validation_messages_follow_the_culture()
    {
        using var web = new WebSession(_app, "en");
        var response = await web.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = "not-an-address", ["Password"] = "x" });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a valid email address.", page);
    }

    [Fact]
    public async Task English_pages_write_the_day_before_the_month_and_times_in_24_hours()
    {
        var sessionId = OpenSession.Create(_app, capacity: 10, daysAhead: 45);
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(45);
        using var web = new WebSession(_app, "en");
        await web.SignInAsRoleAsync("Coordinator");
        var page = await web.GetPageAsync($"/sessions/{sessionId}");
        Assert.Contains($"{first.DayOfWeek} {first:dd}/{first:MM}/{first:yyyy}, 09:00–15:00", page);
        // No 12-hour time anywhere (a bare "AM" may be part of a random token in a link).
        Assert.DoesNotMatch("[0-9]{1,2}:[0-9]{2}\\s?[AP]M", page);
    }

    [Fact]
    public void English_emails_and_documents_use_the_same_formats() =>
        Assert.Equal("13/11/2026 09:30", Cultures.With(Cultures.English, () => new DateTime(2026, 11, 13, 9, 30, 0).ToString("g", System.Globalization.CultureInfo.CurrentCulture)));

    [Fact]
    public async Task Plan_text_kept_in_Cyrillic_is_shown_in_Latin_for_Latin_users()
    {
        using var web = new WebSession(_app, "sr-Latn-RS");
        await web.SignInAsRoleAsync("Management");
        var page = await web.GetPageAsync("/plans/2017");
        Assert.Contains("PLAN RADA CENTRA ZA ZAŠTITU ŽRTAVA TRGOVINE LJUDIMA", page);
        Assert.Contains("Opšti cilj", page);
        Assert.DoesNotContain("Центар", page);
    }
}
