using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Training.Bench;

/// <summary>
/// The app as it is installed: published ReadyToRun (code compiled ahead, as the Dockerfile publishes it) and run
/// as its own process with the Dockerfile's runtime environment, and the settings every scenario uses.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private readonly Process _process;

    private PublishedApp(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>The Release build of Training.Web that the bench's own build produced.</summary>
    public static string Build()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Training.Web", "bin", "Release", "net10.0", "Training.Web.dll");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("Build the app first: dotnet build -c Release bench/Training.Bench");
    }

    /// <summary>The repository's top folder, four levels above the Release build of Training.Web.</summary>
    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Build())!, "..", "..", "..", ".."));

    /// <summary>Publishes the app ReadyToRun to artifacts/readytorun and returns its dll.</summary>
    public static async Task<string> PublishAsync()
    {
        var root = RepositoryRoot();
        var output = Path.Combine(root, "artifacts", "readytorun");
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

    /// <summary>Launches <paramref name="dll"/> on <paramref name="database"/>; the caller waits for it to answer.</summary>
    public static PublishedApp Launch(string dll, string database, Dictionary<string, string?>? settings = null)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in RuntimeEnvironment())
            info.Environment[key] = value;
        info.Environment["ASPNETCORE_URLS"] = address;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Files__Path"] = database + "-files";
        foreach (var (key, value) in BenchApp.Settings(database).Concat(settings ?? []))
            info.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PublishedApp(process, address);
    }

    /// <summary>Launches the app and waits until <c>/health</c> answers (asked every 10 ms, so S6 can time it).</summary>
    public static async Task<PublishedApp> StartAsync(string dll, string database, Dictionary<string, string?>? settings = null)
    {
        var app = Launch(dll, database, settings);
        using var client = new HttpClient { BaseAddress = new Uri(app.Address), Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return app;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(10);
        }
        app.Dispose();
        throw new TimeoutException("The app did not answer within two minutes.");
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    /// <summary>The runtime's settings that the Dockerfile gives the installed app (its <c>ENV DOTNET_…</c> lines).</summary>
    private static IEnumerable<(string Key, string Value)> RuntimeEnvironment()
    {
        return File.ReadLines(Path.Combine(RepositoryRoot(), "Training.Web", "Dockerfile"))
            .Where(line => line.StartsWith("ENV DOTNET_", StringComparison.Ordinal))
            .Select(line => line["ENV ".Length..].Split('=', 2))
            .Select(pair => (pair[0], pair[1]));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
