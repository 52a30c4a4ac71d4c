using System.Text.Json;
using Training.Bench;

// One command per scenario; each prints its figures and ends with one line: RESULT {json}.
var scenario = args.FirstOrDefault() ?? "";
Dictionary<string, object> result = scenario switch
{
    "read-pages" => await ReadPages.RunAsync(),
    "registration-race" => await RegistrationRace.RunAsync(),
    "invitation-emails" => await InvitationEmails.RunAsync(),
    "certificate-pdfs" => CertificateRendering.Run(),
    "dashboard" => await DashboardPages.RunAsync(),
    "start-up" => await StartUp.RunAsync(),
    _ => throw new ArgumentException("Scenarios: read-pages | registration-race | invitation-emails | certificate-pdfs | dashboard | start-up"),
};
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine("RESULT " + JsonSerializer.Serialize(result));
