using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Persistence;
using Training.Web.Features.Registrations;

namespace Training.Bench;

/// <summary>
/// S1: read pages under 32 concurrent connections over ten years of data (<see cref="TenYears"/>): the coordinator's
/// session list and a session's public registration page (its open link), each for a fixed time, after the app's
/// own <c>/health</c> for the same time as the yardstick. Goals: each page's throughput at least 0.20 of
/// <c>/health</c>'s in the same run, p95 at most 50 ms. The load comes from this process, on the same two cores.
/// </summary>
public static class ReadPages
{
    private const int Connections = 32;

    public static async Task<Dictionary<string, object>> RunAsync(int seconds = 15)
    {
        using var app = new BenchApp();
        var root = new Uri(app.Address);
        TenYears.Generate(app);
        var cookie = await app.SignInAsync("coordinator@demo.local");
        var (sessionId, _) = app.OpenSessionWithInvitations(30, 0, "s1-");
        var openLink = await OpenLinkAsync(app, sessionId);

        var pages = new (string Name, string Url, string? Cookie)[]
        {
            ("/health", "/health", null),
            ("session list", "/sessions", cookie),
            ("public registration page", $"/o/{openLink}", null),
        };
        var result = new Dictionary<string, object> { ["scenario"] = "S1 read pages", ["connections"] = Connections, ["seconds"] = seconds };
        double health = 0;
        var allMet = true;
        foreach (var (name, url, pageCookie) in pages)
        {
            await LoadAsync(root, url, pageCookie, TimeSpan.FromSeconds(3)); // warm-up: JIT, caches, connections
            int commands;
            using (var counter = await Training.Infrastructure.Persistence.SqlCommandCounter.StartAsync())
            {
                await LoadAsync(root, url, pageCookie, TimeSpan.Zero, connections: 1);
                commands = counter.Count;
            }
            var (count, timings, errors) = await LoadAsync(root, url, pageCookie, TimeSpan.FromSeconds(seconds));
            var perSecond = count / (double)seconds;
            var p50 = RegistrationRace.Percentile(timings, 50);
            var p95 = RegistrationRace.Percentile(timings, 95);
            var key = name == "/health" ? "health" : name == "session list" ? "sessionList" : "registrationPage";
            result[$"{key}PerSecond"] = Math.Round(perSecond);
            result[$"{key}P50Ms"] = Math.Round(p50, 1);
            result[$"{key}P95Ms"] = Math.Round(p95, 1);
            result[$"{key}Errors"] = errors;
            result[$"{key}SqlCommands"] = commands;
            if (name == "/health")
            {
                health = perSecond;
                Console.WriteLine($"{name}: {perSecond:0} requests/s, p50 {p50:0.0} ms, p95 {p95:0.0} ms, {errors} errors, {commands} SQL commands a request");
                continue;
            }
            var ratio = perSecond / health;
            result[$"{key}Ratio"] = Math.Round(ratio, 3);
            allMet &= ratio >= 0.20 && p95 <= 50 && errors == 0;
            Console.WriteLine($"{name} ({url}): {perSecond:0} requests/s = {ratio:0.000} of /health, p50 {p50:0.0} ms, p95 {p95:0.0} ms, {errors} errors, {commands} SQL commands a request");
        }
        result["goalsMet"] = allMet;
        return result;
    }

    /// <summary>Connections each send one request after another for <paramref name="duration"/>; returns completed requests, their times and failures.</summary>
    private static async Task<(int Count, List<double> Timings, int Errors)> LoadAsync(Uri root, string url, string? cookie, TimeSpan duration, int connections = Connections)
    {
        var clients = Enumerable.Range(0, connections).Select(_ =>
        {
            var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 1 }) { BaseAddress = root };
            if (cookie is not null)
                client.DefaultRequestHeaders.Add("Cookie", cookie);
            return client;
        }).ToList();
        var timings = new List<double>[connections];
        var errors = 0;
        var until = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            var mine = timings[i] = [];
            do
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                    Interlocked.Increment(ref errors);
            }
            while (until.Elapsed < duration);
        })));
        clients.ForEach(c => c.Dispose());
        var all = timings.SelectMany(t => t).ToList();
        return (all.Count, all, errors);
    }

    private static async Task<string> OpenLinkAsync(BenchApp app, int sessionId)
    {
        using var scope = app.Services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return (await invitations.SetOpenLinkAsync((await db.Sessions.FindAsync(sessionId))!, true))!;
    }
}
