using System.Globalization;
using System.Text.Json;
using Training.Bench;

// One command per scenario; each prints its figures and ends with one line: RESULT {json}.
var scenario = args.FirstOrDefault() ?? "";
if (scenario == "certificate-pdfs" && System.Runtime.GCSettings.IsServerGC)
{
    // S4 measures one core's rendering and its memory: the workstation collector, as a one-core process gets.
    var info = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!, args) { Environment = { ["DOTNET_gcServer"] = "0" } };
    using var child = System.Diagnostics.Process.Start(info)!;
    await child.WaitForExitAsync();
    return child.ExitCode;
}
Dictionary<string, object> result = scenario switch
{
    "read-pages" => await ReadPages.RunAsync(),
    "registration-race" => await RegistrationRace.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20, args.ElementAtOrDefault(2) is "both" or null ? null : args[2],
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5),
    "invitation-emails" => await InvitationEmails.RunAsync(),
    "certificate-pdfs" => CertificateRendering.Run(),
    "dashboard" => await DashboardPages.RunAsync(),
    "start-up" => await StartUp.RunAsync(),
    _ => throw new ArgumentException("Scenarios: read-pages | registration-race [runs] [both|build|readyToRun] [warm-up runs] | invitation-emails | certificate-pdfs | dashboard | start-up"),
};
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
return 0;
