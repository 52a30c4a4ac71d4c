using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Registrations;
using Training.Domain.Sessions;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Home;
using Training.Web.Links;

namespace Training.Bench;

/// <summary>The real app on Kestrel and a fresh SQLite file, with the demo data, for one benchmark.</summary>
public sealed class BenchApp : WebApplicationFactory<HomeController>
{
    private readonly Dictionary<string, string?> _settings;

    public BenchApp(Dictionary<string, string?>? settings = null)
    {
        DatabaseFile = Path.Combine(Path.GetTempPath(), $"training-bench-{Guid.NewGuid():N}.db");
        _settings = Settings(DatabaseFile);
        foreach (var (key, value) in settings ?? [])
            _settings[key] = value;
        UseKestrel(0);
    }

    public string DatabaseFile { get; }

    /// <summary>How every scenario runs the app: demo data, no job server, no rate limit in the way of the load.</summary>
    public static Dictionary<string, string?> Settings(string databaseFile) => new()
    {
        ["Database:ConnectionString"] = $"Data Source={databaseFile}",
        ["Jobs:RunServer"] = "false",
        ["Seed:DemoData"] = "true",
        ["Security:LocalHttp"] = "true",
        ["Security:TwoFactorRoles"] = "none",
        // The published app runs in Production, which requires the privacy notice's officer.
        ["Privacy:OfficerName"] = "Лице за заштиту података",
        ["Privacy:OfficerEmail"] = "zastita.podataka@example.rs",
        ["RateLimits:PublicPerMinute"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public string Address
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    public T WithDb<T>(Func<TrainingDbContext, T> work)
    {
        using var scope = Services.CreateScope();
        return work(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    /// <summary>A session open for registration a month ahead, with <paramref name="invitees"/> invitations whose tokens are returned.</summary>
    public (int SessionId, List<string> Tokens) OpenSessionWithInvitations(int capacity, int invitees, string prefix) =>
        WithDb(db => OpenSessionWithInvitations(db, capacity, invitees, prefix));

    public static (int SessionId, List<string> Tokens) OpenSessionWithInvitations(TrainingDbContext db, int capacity, int invitees, string prefix)
    {
        var programme = db.Programmes.OrderBy(p => p.Id).First();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = today.AddDays(30);
        var session = new TrainingSession(programme, [new DayPlan(first, new TimeOnly(9, 0), new TimeOnly(15, 0))], capacity);
        session.HoldAt(null, true, null);
        session.SetRegistrationWindow(today.AddDays(-1), first.AddDays(-1));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        db.Sessions.Add(session);
        db.SaveChanges();
        var tokens = new List<string>();
        for (var i = 0; i < invitees; i++)
        {
            var (token, hash) = ParticipantLink.New();
            db.Invitations.Add(new Invitation(session.Id, $"{prefix}{i}@example.rs", $"Учесник {i}", null, "sr-Cyrl-RS", hash, DateTime.UtcNow, DateTime.UtcNow.AddDays(20)));
            tokens.Add(token);
        }
        db.SaveChanges();
        return (session.Id, tokens);
    }

    /// <summary>Signs a demo user in; returns the cookies to send, as a Cookie header.</summary>
    public async Task<string> SignInAsync(string email)
    {
        var cookies = new Training.Tests.Support.LoopbackCookies();
        using var client = new HttpClient(cookies) { BaseAddress = new Uri(Address) };
        var login = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(RegistrationRace.Antiforgery().Match(login).Groups[1].Value);
        var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "Demo-Sava-Morava-2026", ["__RequestVerificationToken"] = token,
        }));
        if (signIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-in failed: {signIn.StatusCode}");
        return cookies.Header();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Training.Tests.Support.TestDatabase.Delete(DatabaseFile);
    }
}
