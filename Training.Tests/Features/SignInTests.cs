using System.Net;
using Training.Tests.Support;

namespace Training.Tests.Features;

public sealed class SignInTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public SignInTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Anonymous_user_is_sent_to_the_Cyrillic_sign_in_page()
    {
        using var web = new WebSession(_app);
        var response = await web.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        var page = await web.GetPageAsync("/account/login");
        Assert.Contains("<html lang=\"sr-Cyrl-RS\">", page);
        Assert.Contains("Пријава", page);
        Assert.Contains("Лозинка", page);
    }

    [Fact]
    public async Task App_runs_on_the_temporary_database_file()
    {
        using var web = new WebSession(_app);
        Assert.Equal("Healthy", await web.GetPageAsync("/health"));
        Assert.True(File.Exists(_app.DatabaseFile));
    }

    [Theory]
    [InlineData("Administrator", true, true, true)]
    [InlineData("Coordinator", true, true, false)]
    [InlineData("Management", true, true, false)]
    [InlineData("Trainer", false, false, false)]
    [InlineData("Staff", false, false, false)]
    public async Task Each_demo_user_signs_in_and_sees_the_navigation_of_their_role(string role, bool plans, bool directory, bool sentMail)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        var home = await web.GetPageAsync("/");
        Assert.Contains(WebSession.DemoEmail(role), home);
        Assert.Equal(plans, home.Contains("href=\"/plans\""));
        Assert.Equal(directory, home.Contains("href=\"/directory\""));
        Assert.Equal(sentMail, home.Contains("href=\"/sent-mail\""));
    }

    [Fact]
    public async Task Wrong_password_shows_a_localised_error_and_does_not_sign_in()
    {
        using var web = new WebSession(_app);
        var response = await web.SignInAsync("management@demo.local", "not-the-password-at-all");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Погрешна адреса е-поште или лозинка.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await web.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_message_as_a_wrong_password()
    {
        using var web = new WebSession(_app);
        var response = await web.SignInAsync("nobody@demo.local", "whatever-password-1");
        Assert.Contains("Погрешна адреса е-поште или лозинка.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_against_the_right_password()
    {
        using var factory = new TrainingAppFactory();
        using var web = new WebSession(factory);
        for (var i = 0; i < 5; i++)
            await web.SignInAsync("trainer@demo.local", "wrong-password-" + i);
        var response = await web.SignInAsync("trainer@demo.local");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The same words as for a wrong password: the answer does not tell that the account exists.
        Assert.Contains("Погрешна адреса е-поште или лозинка. После пет неуспешних покушаја налог се закључава на 15 минута.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await web.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Empty_form_is_refused_with_messages_next_to_the_fields()
    {
        using var web = new WebSession(_app);
        var response = await web.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ово поље је обавезно.", page);
        Assert.Contains("id=\"Email-error\"", page);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Coordinator");
        Assert.Equal(HttpStatusCode.OK, (await web.Client.GetAsync("/")).StatusCode);
        var signOut = await web.PostFormAsync("/", "/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await web.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        using var web = new WebSession(_app);
        var response = await web.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@demo.local",
            ["Password"] = WebSession.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
