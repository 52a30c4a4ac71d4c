using System.Diagnostics;
using System.Net;

namespace Training.Bench;

/// <summary>
/// S6: the app started as its own process on an existing SQLite database, five times each way: the Release build of
/// Training.Web, and the same published ReadyToRun (code compiled ahead, as the Dockerfile publishes it); the time
/// from launching the process until the first request (<c>/health</c>, then the sign-in page) is answered. The
/// database is created and seeded by one start before. Goal: the first request served within 3 s.
/// </summary>
public static class StartUp
{
    public static async Task<Dictionary<string, object>> RunAsync(int runs = 5)
    {
        var build = PublishedApp.Build();
        var published = await PublishedApp.PublishAsync();
        var database = Path.Combine(Path.GetTempPath(), $"training-startup-{Guid.NewGuid():N}.db");
        try
        {
            var (first, _) = await StartAsync(build, database);
            Console.WriteLine($"first start (creates, migrates and seeds the database): {first.TotalSeconds:0.0} s");
            var result = new Dictionary<string, object> { ["scenario"] = "S6 start-up", ["runs"] = runs };
            foreach (var (name, app) in new[] { ("build", build), ("readyToRun", published) })
            {
                Console.WriteLine($"{name}: {app}");
                var health = new List<double>();
                var login = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    var (ready, page) = await StartAsync(app, database);
                    health.Add(ready.TotalMilliseconds);
                    login.Add(page.TotalMilliseconds);
                    Console.WriteLine($"  start {i + 1}: /health after {ready.TotalMilliseconds:0} ms, sign-in page after {page.TotalMilliseconds:0} ms");
                }
                Console.WriteLine($"  worst of {runs}: /health {health.Max():0} ms, sign-in page {login.Max():0} ms (goal 3,000 ms)");
                result[$"{name}HealthMaxMs"] = Math.Round(health.Max());
                result[$"{name}HealthMedianMs"] = Math.Round(health.Order().ElementAt(runs / 2));
                result[$"{name}LoginPageMaxMs"] = Math.Round(login.Max());
                if (name == "readyToRun")
                    result["goalsMet"] = login.Max() <= 3000;
            }
            return result;
        }
        finally
        {
            Training.Tests.Support.TestDatabase.Delete(database);
        }
    }

    /// <summary>Launches the app, waits for /health and the sign-in page, stops it; returns both times since launch.</summary>
    private static async Task<(TimeSpan Health, TimeSpan Login)> StartAsync(string web, string database)
    {
        var watch = Stopwatch.StartNew();
        // Started as installed, with the job server running.
        using var app = await PublishedApp.StartAsync(web, database, new() { ["Jobs:RunServer"] = "true" });
        var health = watch.Elapsed;
        using var client = new HttpClient { BaseAddress = new Uri(app.Address) };
        var login = await client.GetAsync("/account/login");
        if (login.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"the sign-in page answered {login.StatusCode}");
        return (health, watch.Elapsed);
    }
}
