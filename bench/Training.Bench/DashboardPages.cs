using System.Diagnostics;
using Training.Domain.Common;
using Training.Infrastructure.Persistence;

namespace Training.Bench;

/// <summary>
/// S3: the management dashboard over ten years of data (<see cref="TenYears"/>), signed in as
/// management over HTTP on Kestrel. Goals: warm p95 at most 150 ms, at most 10 SQL commands per page.
/// </summary>
public static class DashboardPages
{
    public static async Task<Dictionary<string, object>> RunAsync(int requests = 60)
    {
        using var app = new BenchApp();
        var root = app.Address;
        TenYears.Generate(app);

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(root) };
        client.DefaultRequestHeaders.Add("Cookie", await app.SignInAsync("management@demo.local"));

        var thisYear = Belgrade.Today(TimeProvider.System).Year;
        var result = new Dictionary<string, object> { ["scenario"] = "S3 dashboard" };
        var allMet = true;
        foreach (var year in new[] { thisYear - 1, thisYear })
        {
            var url = $"/dashboard?year={year}";
            for (var i = 0; i < 5; i++)
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
            int commands;
            using (var counter = await SqlCommandCounter.StartAsync())
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
                commands = counter.Count;
            }
            var timings = new List<double>();
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
            var p50 = RegistrationRace.Percentile(timings, 50);
            var p95 = RegistrationRace.Percentile(timings, 95);
            Console.WriteLine($"{url}: {requests} warm requests, p50 {p50:0} ms, p95 {p95:0} ms, {commands} SQL commands per page");
            result[$"p50Ms_{year}"] = Math.Round(p50);
            result[$"p95Ms_{year}"] = Math.Round(p95);
            result[$"sqlCommands_{year}"] = commands;
            allMet &= p95 <= 150 && commands <= 10;
        }
        result["goalsMet"] = allMet;
        return result;
    }
}
