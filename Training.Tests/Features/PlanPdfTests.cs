using System.Net;
using Training.Tests.Support;
using UglyToad.PdfPig;

namespace Training.Tests.Features;

public sealed class PlanPdfTests : IClassFixture<TrainingAppFactory>
{
    private readonly TrainingAppFactory _app;

    public PlanPdfTests(TrainingAppFactory app) => _app = app;

    [Fact]
    public async Task Management_downloads_the_2017_plan_as_a_Cyrillic_PDF()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        var response = await web.Client.GetAsync("/plans/2017/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("ПЛАН РАДА ЦЕНТРА", text);
        Assert.Contains("Општи циљ III", text);
        Assert.Contains("Комесаријата", text);
        Assert.Contains("Усвојио: Управни одбор Центра", text);
        Assert.Contains("Центар за заштиту жртава трговине људима¹ је установа у систему социјалне заштите", text);

        var page = await web.GetPageAsync("/plans/2017");
        Assert.Contains("data-testid=\"plan-preamble\"", page);
        Assert.Contains("План рада Центра за 2017-у годину сачињен је на бази поштовања:", page);
        Assert.Contains("Усвојио: Управни одбор Центра", page);
    }

    [Fact]
    public async Task Unknown_plan_year_is_not_found()
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync("Management");
        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.GetAsync("/plans/1999")).StatusCode);
    }
}
