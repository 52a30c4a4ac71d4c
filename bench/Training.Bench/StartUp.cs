using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
        var build = Locate();
        var published = await PublishReadyToRunAsync(build);
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
            BenchApp.DeleteDatabase(database);
        }
    }

    /// <summary>Publishes the app ReadyToRun beside the build (artifacts/start-up-readytorun) and returns its dll.</summary>
    private static async Task<string> PublishReadyToRunAsync(string build)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(build)!, "..", "..", "..", ".."));
        var output = Path.Combine(root, "artifacts", "start-up-readytorun");
        var info = new ProcessStartInfo("dotnet", $"publish \"{Path.Combine(root, "Training.Web", "Training.Web.csproj")}\" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o \"{output}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(info)!;
        var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException("dotnet publish failed:\n" + log);
        return Path.Combine(output, "Training.Web.dll");
    }

    /// <summary>Launches the app, waits for /health and the sign-in page, stops it; returns both times since launch.</summary>
    private static async Task<(TimeSpan Health, TimeSpan Login)> StartAsync(string web, string database)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", $"\"{web}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__ConnectionString"] = $"Data Source={database}";
        info.Environment["Seed__DemoData"] = "true";
        info.Environment["Security__LocalHttp"] = "true";
        info.Environment["Files__Path"] = database + "-files";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            TimeSpan? health = null;
            while (watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                try
                {
                    if (health is null && (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                        health = watch.Elapsed;
                    if (health is not null && (await client.GetAsync("/account/login")).StatusCode == HttpStatusCode.OK)
                        return (health.Value, watch.Elapsed);
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(10);
            }
            throw new TimeoutException("The app did not answer within two minutes.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Training.Web", "bin", "Release", "net10.0", "Training.Web.dll");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("Build the app first: dotnet build -c Release bench/Training.Bench");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
