using System.Diagnostics;
using System.Net;
using System.Text;

namespace Training.Tests.Support;

/// <summary>
/// The app as its own operating-system process (the build of Training.Web beside this test build), as an
/// operator runs it: for two instances on one database, and for a process killed outright.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts the app on <paramref name="databaseFile"/> and waits until <c>/health</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(string databaseFile, IDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{SmtpTestServer.FreePort()}");
        var info = Launch(databaseFile, settings, []);
        info.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');

        var process = Process.Start(info)!;
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    return app;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        var output = app.Output;
        await app.DisposeAsync();
        throw new InvalidOperationException($"The app did not start: {output}");
    }

    /// <summary>Runs the app's command line (<c>backup</c>, <c>restore</c>) on <paramref name="databaseFile"/> to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string databaseFile, params string[] args)
    {
        using var process = Process.Start(Launch(databaseFile, null, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo Launch(string databaseFile, IDictionary<string, string>? settings, string[] args)
    {
        var web = Locate();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(web);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__ConnectionString"] = $"Data Source={databaseFile}";
        info.Environment["Files__Path"] = databaseFile + "-files";
        info.Environment["Security__LocalHttp"] = "true";
        info.Environment["Security__TwoFactorRoles"] = "none";
        info.Environment["Privacy__OfficerName"] = "Лице за заштиту података";
        info.Environment["Privacy__OfficerEmail"] = "zastita.podataka@example.rs";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return info;
    }

    /// <summary>Ends the process at once (SIGKILL): no shutdown, no cleanup, as in a power cut of the process alone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    /// <summary>Training.Web.dll built in the same configuration as the tests.</summary>
    private static string Locate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Training.Web", "bin", configuration, "net10.0", "Training.Web.dll");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("Training.Web.dll was not found beside the tests; build the solution first.");
    }
}
