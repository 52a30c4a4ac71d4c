using System.Globalization;
using System.Text;
using Training.Domain.Planning;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using UglyToad.PdfPig;

namespace Training.Tests.Infrastructure;

public sealed class PdfTextTests
{
    private static AnnualPlan SamplePlan()
    {
        var plan = new AnnualPlan(2017, "ПЛАН РАДА ЦЕНТРА ЗА ЗАШТИТУ ЖРТАВА ТРГОВИНЕ ЉУДИМА");
        var general = plan.AddGeneralGoal("III", "Центар остварује утицај на унапређивање заштите");
        var specific = general.AddSpecificGoal("II", "Развој компетенција стручњака");
        var activity = specific.AddActivity("1", "Реализација радионица за стручњаке центра за социјални рад – 4 радионице", ActivityKind.Training);
        activity.AddTask("Учешће ђака и џудиста у обезбеђивању");
        activity.SetTarget(TargetKind.Sessions, 4);
        specific.AddOutcome("1", "Повећана компетентност");
        return plan;
    }

    private static string ReadText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
            text.Append(string.Join(" ", page.GetWords().Select(w => w.Text))).Append('\n');
        return text.ToString();
    }

    [Fact]
    public void Cyrillic_plan_reads_back_as_Cyrillic_text()
    {
        var pdf = Cultures.With(Cultures.SerbianCyrillic, () => WorkPlanDocument.Render(SamplePlan(), TextCatalog.Default));
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var text = ReadText(pdf);
        Assert.Contains("ЖРТАВА", text);
        Assert.Contains("Општи циљ III", text);
        Assert.Contains("Појединачни циљ III.II", text);
        Assert.Contains("ђака", text);
        Assert.Contains("џудиста", text);
    }

    [Fact]
    public void Latin_plan_reads_back_with_every_Serbian_diacritic()
    {
        var pdf = Cultures.With(Cultures.SerbianLatin, () => WorkPlanDocument.Render(SamplePlan(), TextCatalog.Default));
        var text = ReadText(pdf);
        Assert.Contains("ŽRTAVA", text);
        Assert.Contains("Opšti cilj III", text);
        Assert.Contains("Učešće", text);
        Assert.Contains("đaka", text);
        Assert.Contains("džudista", text);
        Assert.DoesNotContain("Ж", text);
    }

    [Fact]
    public void Long_plan_flows_onto_more_pages()
    {
        var plan = new AnnualPlan(2018, "План");
        var specific = plan.AddGeneralGoal("I", "Циљ").AddSpecificGoal("I", "Појединачни");
        for (var i = 1; i <= 120; i++)
            specific.AddActivity(i.ToString(CultureInfo.InvariantCulture), $"Активност број {i} са довољно дугим текстом да заузме цео ред на страници", ActivityKind.Other);
        var pdf = WorkPlanDocument.Render(plan, TextCatalog.Default);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 2);
        Assert.Contains("број 120", string.Join(" ", document.GetPage(document.NumberOfPages).GetWords().Select(w => w.Text)));
    }
}
