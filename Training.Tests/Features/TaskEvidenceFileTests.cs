using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Training.Domain.Planning;
using Training.Infrastructure.Files;
using Training.Tests.Infrastructure;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>A task's dated note carries a file as evidence (a signed memorandum), checked like every upload and read back by the plan's readers.</summary>
public sealed class TaskEvidenceFileTests : IClassFixture<PlanScenarioApp>
{
    private readonly PlanScenarioApp _app;

    public TaskEvidenceFileTests(PlanScenarioApp app) => _app = app;

    [Fact]
    public async Task A_signed_memorandum_is_attached_to_a_tasks_note_and_downloaded_by_the_plans_readers_only()
    {
        var ids = _app.Ids;
        using var coordinator = new WebSession(_app);
        await coordinator.SignInAsRoleAsync("Coordinator");
        var taskUrl = $"/plans/{PlanScenario.Year}/tasks/{ids.Memoranda}";
        var store = _app.Services.GetRequiredService<FileStore>();
        var filesBefore = Directory.GetFiles(store.Root).Length;
        var fields = new Dictionary<string, string> { ["Status"] = "InProgress", ["CountRealised"] = "3", ["Date"] = "2019-09-12" };

        // A file says nothing by itself: it needs its note; a program passed off as a PDF is refused. Nothing is kept.
        var noNote = await (await coordinator.PostFileAsync(taskUrl, taskUrl, fields, "File", "memorandum.pdf", UploadInspectorTests.Pdf())).Content.ReadAsStringAsync();
        Assert.Contains("id=\"Note-error\">Уз прилог упишите шта је урађено.", noNote);
        fields["Note"] = "Потписан меморандум са Домом здравља Ниш";
        var program = await (await coordinator.PostFileAsync(taskUrl, taskUrl, fields, "File", "memorandum.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03])).Content.ReadAsStringAsync();
        Assert.Contains("id=\"File-error\">", program);
        Assert.Equal(0, _app.Scoped(db => db.Set<TaskEvidence>().Count(e => e.PlanTaskId == ids.Memoranda)));
        Assert.Equal(2, _app.Scoped(db => db.Set<PlanTask>().Single(t => t.Id == ids.Memoranda).CountRealised));
        Assert.Equal(filesBefore, Directory.GetFiles(store.Root).Length);

        var saved = await coordinator.PostFileAsync(taskUrl, taskUrl, fields, "File", "memorandum-dz-nis.pdf", UploadInspectorTests.Pdf());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var evidence = _app.Scoped(db => db.Set<TaskEvidence>().Single(e => e.PlanTaskId == ids.Memoranda));
        Assert.Equal(("memorandum-dz-nis.pdf", new DateOnly(2019, 9, 12)), (evidence.FileName, evidence.Date));
        Assert.Equal(filesBefore + 1, Directory.GetFiles(store.Root).Length);

        using var management = new WebSession(_app);
        await management.SignInAsRoleAsync("Management");
        Assert.Contains($"/plans/{PlanScenario.Year}/evidence/{evidence.Id}/file", await management.GetPageAsync(taskUrl));
        var download = await management.Client.GetAsync($"/plans/{PlanScenario.Year}/evidence/{evidence.Id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(UploadInspectorTests.Pdf(), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.True(download.Headers.CacheControl!.NoStore);
        // Another year's address does not reach it; a trainer does not read the plan at all.
        Assert.Equal(HttpStatusCode.NotFound, (await management.Client.GetAsync($"/plans/{PlanScenario.Year + 1}/evidence/{evidence.Id}/file")).StatusCode);
        using var trainer = new WebSession(_app);
        await trainer.SignInAsRoleAsync("Trainer");
        Assert.NotEqual(HttpStatusCode.OK, (await trainer.Client.GetAsync($"/plans/{PlanScenario.Year}/evidence/{evidence.Id}/file")).StatusCode);
    }
}
