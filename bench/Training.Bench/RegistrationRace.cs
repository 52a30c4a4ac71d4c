using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Training.Domain.Registrations;

namespace Training.Bench;

/// <summary>
/// S2: 200 registrants race for 30 seats, 20 runs, over HTTP to the real app on Kestrel and SQLite. Every run must
/// end with exactly 30 confirmed and 170 waiting, and no errors. Measured twice: the Release build hosted in the
/// bench's process (as the other scenarios do), and the app as installed (published ReadyToRun, its own process).
/// The 20 measured runs follow warm-up runs of the same shape (5 by default) while the runtime compiles the hot code
/// after start; their figures are printed and returned apart, and they must be exact too.
/// </summary>
public static partial class RegistrationRace
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex Antiforgery();

    /// <param name="only">"build" or "readyToRun" to measure one way only; both by default.</param>
    public static async Task<Dictionary<string, object>> RunAsync(int runs = 20, string? only = null, int warmUp = 5, int registrants = 200, int seats = 30)
    {
        var result = new Dictionary<string, object>
        {
            ["scenario"] = "S2-registration-race", ["runs"] = runs, ["warm_up_runs"] = warmUp, ["registrants"] = registrants, ["seats"] = seats, ["goal_post_p95_ms"] = 300,
        };
        if (only is null or "build")
        {
            Console.WriteLine("Release build, hosted in the bench's process:");
            using var app = new BenchApp();
            Add(result, "build", await RaceAsync(app.Address, app.DatabaseFile, Environment.ProcessId, warmUp, runs, registrants, seats));
        }
        if (only is null or "readyToRun")
            await RunPublishedAsync(result, warmUp, runs, registrants, seats);
        result["pass"] = result.Where(r => r.Key.EndsWith("_pass", StringComparison.Ordinal)).All(r => (bool)r.Value);
        return result;
    }

    private static async Task RunPublishedAsync(Dictionary<string, object> result, int warmUp, int runs, int registrants, int seats)
    {
        Console.WriteLine("Published ReadyToRun, its own process:");
        var dll = await PublishedApp.PublishAsync();
        var database = Path.Combine(Path.GetTempPath(), $"training-race-{Guid.NewGuid():N}.db");
        try
        {
            using var app = await PublishedApp.StartAsync(dll, database);
            Add(result, "readyToRun", await RaceAsync(app.Address, database, app.ProcessId, warmUp, runs, registrants, seats));
        }
        finally
        {
            Training.Tests.Support.TestDatabase.Delete(database);
        }
    }

    private static void Add(Dictionary<string, object> result, string name, Dictionary<string, object> figures)
    {
        foreach (var (key, value) in figures)
            result[$"{name}_{key}"] = value;
    }

    /// <summary>The races against the app at <paramref name="root"/>; sessions are opened and counted on its database file directly.</summary>
    private static async Task<Dictionary<string, object>> RaceAsync(string root, string database, int server, int warmUp, int runs, int registrants, int seats)
    {
        var latencies = new List<double>();
        var warmUpLatencies = new List<double>();
        var errors = 0;
        var runsExact = 0;
        for (var run = 1 - warmUp; run <= runs; run++)
        {
            List<string> tokens;
            int sessionId;
            using (var db = Training.Tests.Support.TestDatabase.ContextFor(database))
                (sessionId, tokens) = BenchApp.OpenSessionWithInvitations(db, seats, registrants, $"run{run}-");
            var clients = new List<(HttpClient Client, string Token, string Form)>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var client = new HttpClient(new Training.Tests.Support.LoopbackCookies()) { BaseAddress = new Uri(root) };
                // A link's first visit moves its token into a cookie and redirects to the page, as a browser follows.
                var first = await client.GetAsync($"/r/{tokens[i]}");
                var page = await client.GetStringAsync(first.Headers.Location?.OriginalString ?? $"/r/{tokens[i]}");
                clients.Add((client, tokens[i], WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value)));
            }
            using var app = Process.GetProcessById(server);
            var cpuBefore = app.TotalProcessorTime;
            var burst = Stopwatch.StartNew();
            var timings = await Task.WhenAll(clients.Select(async (c, i) =>
            {
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["FullName"] = $"Учесник {i}", ["Email"] = $"run{run}-{i}@example.rs", ["OrganisationName"] = "Центар за социјални рад Ниш",
                    ["Position"] = "социјални радник", ["__RequestVerificationToken"] = c.Form,
                });
                var watch = Stopwatch.StartNew();
                var response = await c.Client.PostAsync($"/r/{c.Token}", form);
                watch.Stop();
                return (watch.Elapsed.TotalMilliseconds, Ok: response.StatusCode == HttpStatusCode.Redirect);
            }));
            burst.Stop();
            app.Refresh();
            var cpuPerPost = (app.TotalProcessorTime - cpuBefore).TotalMilliseconds / registrants;
            (run < 1 ? warmUpLatencies : latencies).AddRange(timings.Select(t => t.TotalMilliseconds));
            errors += timings.Count(t => !t.Ok);
            int confirmed, waiting;
            using (var db = Training.Tests.Support.TestDatabase.ContextFor(database))
            {
                confirmed = db.Registrations.Count(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Confirmed);
                waiting = db.Registrations.Count(r => r.SessionId == sessionId && r.Status == RegistrationStatus.Waitlisted);
            }
            if (confirmed == seats && waiting == registrants - seats)
                runsExact++;
            Console.WriteLine($"  {(run < 1 ? "warm-up" : "run")} {(run < 1 ? run + warmUp : run),2}: confirmed {confirmed}, waiting {waiting}, errors {timings.Count(t => !t.Ok)}, " +
                              $"POST p50 {Percentile(timings.Select(t => t.TotalMilliseconds), 50):0} ms, p95 {Percentile(timings.Select(t => t.TotalMilliseconds), 95):0} ms; " +
                              $"all {registrants} answered in {burst.ElapsedMilliseconds} ms; {cpuPerPost:0.00} ms of CPU per POST in {(server == Environment.ProcessId ? "the bench's process (app and clients)" : "the app's process")}");
            foreach (var c in clients)
                c.Client.Dispose();
        }
        var p95 = Percentile(latencies, 95);
        var everything = warmUpLatencies.Concat(latencies).ToList();
        Console.WriteLine($"  {runsExact} of {warmUp + runs} runs exact, {errors} errors; measured runs: POST p50 {Percentile(latencies, 50):0} ms, p95 {p95:0} ms over {latencies.Count} POSTs; " +
                          $"with the warm-up: p95 {Percentile(everything, 95):0} ms over {everything.Count}");
        return new Dictionary<string, object>
        {
            ["runs_exact"] = runsExact,
            ["errors"] = errors,
            ["post_p50_ms"] = Math.Round(Percentile(latencies, 50), 1),
            ["post_p95_ms"] = Math.Round(p95, 1),
            ["with_warm_up_post_p95_ms"] = Math.Round(Percentile(everything, 95), 1),
            ["pass"] = runsExact == warmUp + runs && errors == 0 && p95 <= 300,
        };
    }

    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
