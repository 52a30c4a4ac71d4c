using Training.Domain.Planning;
using Training.Infrastructure.Documents;
using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>
/// The report on the fulfilment of the annual plan (извештај о реализацији плана рада), in the plan's
/// structure: written once, as a PDF to hand to the ministry and as an editable Word document; the same
/// figures as XLSX and CSV. In the current culture (Serbian Cyrillic unless asked otherwise).
/// </summary>
public sealed class FulfilmentReportService(FulfilmentService fulfilment, PartnerTrainingService partners, TextCatalog text)
{
    public async Task<byte[]> PdfAsync(AnnualPlan plan)
    {
        using var flow = new DocumentFlow(PdfProperties.Of(text, text["Fulfilment.ReportTitle", plan.Year], Cultures.InCurrentScript(plan.Title)));
        return Write(flow, plan, await fulfilment.FulfilmentAsync(plan), await PartnersAsync(plan));
    }

    public async Task<byte[]> DocxAsync(AnnualPlan plan)
    {
        using var flow = new WordFlow(text["Fulfilment.ReportTitle", plan.Year], System.Globalization.CultureInfo.CurrentUICulture.Name);
        return Write(flow, plan, await fulfilment.FulfilmentAsync(plan), await PartnersAsync(plan));
    }

    private async Task<ILookup<int, PartnerTrainingRow>> PartnersAsync(AnnualPlan plan) =>
        (await partners.ListAsync(plan.Year)).ToLookup(p => p.Training.PlanActivityId);

    private byte[] Write(IDocumentWriter flow, AnnualPlan plan, PlanFulfilment rated, ILookup<int, PartnerTrainingRow> partnerTrainings)
    {
        string S(string? cyrillic) => Cultures.InCurrentScript(cyrillic);
        var t = rated.Totals;
        flow.Heading(text["Fulfilment.ReportTitle", plan.Year], 16);
        flow.Paragraph(S(plan.Title), 11);
        flow.Paragraph(text["Fulfilment.ReportAsOf", Display.Date(fulfilment.Today), Math.Round(rated.ExpectedShare * 100)], 9, spaceAfter: 10);
        if (plan.ReportIntroduction is { } introduction)
        {
            flow.Heading(text["Fulfilment.Introduction"], 12);
            foreach (var paragraph in introduction.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                flow.Paragraph(paragraph, 10);
            flow.Space(6);
        }
        flow.Heading(text["Fulfilment.Summary"], 12);
        flow.Table([(text["Fulfilment.Figure"], 3), (text["Fulfilment.Value"], 1)],
        [
            [text["Fulfilment.SessionsDelivered"], $"{t.Delivered} / {t.Planned}"],
            .. t.PartnersTrainings > 0 ? [(IReadOnlyList<string>)[text["Fulfilment.OfWhichPartners"], Display.Number(t.PartnersTrainings)]] : Array.Empty<IReadOnlyList<string>>(),
            [text["Fulfilment.Persons"], Display.Number(t.Persons)],
            [text["Fulfilment.Participations"], Display.Number(t.Participations)],
            [text["Fulfilment.Institutions"], Display.Number(t.Institutions)],
            [text["Fulfilment.Hours"], Display.Number(t.Hours)],
            [text["Fulfilment.Certificates"], Display.Number(t.Certificates)],
            .. Enum.GetValues<FulfilmentStatus>().Select(s => (IReadOnlyList<string>)[text["Fulfilment.Status." + s], Display.Number(rated.Count(s))]),
        ]);
        flow.Space(8);
        if (t.PersonsBySector.Count > 0)
        {
            flow.Heading(text["Fulfilment.PersonsBySector"], 12);
            flow.Bars(t.PersonsBySector.OrderByDescending(p => p.Value).Select(p => (SectorName(p.Key), (decimal)p.Value)).ToList());
        }
        foreach (var general in plan.GeneralGoals)
        {
            flow.Heading($"{text["Plan.GeneralGoal"]} {general.Number}", 13);
            flow.Paragraph(S(general.Text), 10);
            foreach (var specific in general.SpecificGoals)
            {
                flow.Heading($"{text["Plan.SpecificGoal"]} {specific.Code}", 11.5);
                flow.Paragraph(S(specific.Text), 9.5);
                foreach (var activity in specific.Activities.OrderBy(a => a.SortOrder))
                {
                    var a = rated.Activities[activity.Id];
                    flow.Paragraph($"{text["Plan.Activity"]} {activity.Number}: {S(activity.Text)}", 9.5, bold: true, indent: 10);
                    flow.Paragraph($"{text["Fulfilment.StatusLabel"]}: {text["Fulfilment.Status." + a.Status]}", 9, indent: 10);
                    // Trainings, the Centre's own records and reported progress side by side: most activities mix them.
                    if (a.HasTrainings)
                    {
                        flow.Paragraph(text["Fulfilment.ActivityFigures", a.Figures.Delivered, a.Figures.Planned, a.Figures.Persons, a.Figures.Participations, Display.Number(a.Figures.Hours), a.Figures.Certificates], 9, indent: 10);
                        if (a.Figures.PersonsBySector.Count > 0)
                            flow.Paragraph($"{text["Fulfilment.PersonsBySector"]}: {string.Join(", ", a.Figures.PersonsBySector.OrderByDescending(p => p.Value).Select(p => $"{SectorName(p.Key)} {p.Value}"))}", 8.5, indent: 10);
                        if (a.Figures.PersonsByDistrict.Count > 0)
                            flow.Paragraph($"{text["Fulfilment.PersonsByDistrict"]}: {string.Join(", ", a.Figures.PersonsByDistrict.OrderByDescending(p => p.Value).Select(p => $"{S(p.Key)} {p.Value}"))}", 8.5, indent: 10);
                    }
                    // Marked as partners' trainings: their people are counts per sector, not registered participants.
                    foreach (var row in partnerTrainings[activity.Id])
                        flow.Paragraph(text["PartnerTraining.ReportLine", S(row.Training.Organiser), S(row.Training.Title), Days(row.Training), row.Training.Participants], 8.5, indent: 24, spaceAfter: 1);
                    if (a.Cost.Planned > 0 || a.Cost.Spent > 0)
                        flow.Paragraph(text["Fulfilment.Cost", Display.Money(a.Cost.Spent), Display.Money(a.Cost.Planned)], 9, indent: 10);
                    if (StaffFigures.Describe(a, text) is { } staffLine)
                        flow.Paragraph(staffLine, 9, indent: 10);
                    if (activity.HasReportedProgress || !a.HasTrainings)
                        flow.Paragraph($"{text["Fulfilment.ReportedProgress"]}: {text["Plan.Progress." + activity.Progress]}", 9, indent: 10);
                    if (a.Targets.Count > 0)
                        flow.Table([(text["Plan.Target"], 4), (text["Fulfilment.Planned"], 1.4), (text["Fulfilment.Achieved"], 1.4), ("%", 1), (text["Fulfilment.StatusLabel"], 2)],
                            a.Targets.Select(p => (IReadOnlyList<string>)[TargetName(p.Target), Display.Number(p.Target.Value), p.Actual is decimal v ? Display.Number(v) : "—",
                                p.Percent is decimal pc ? Display.Number(pc) : "—", text["Fulfilment.Status." + p.Status]]));
                    if (activity.Tasks.Count > 0)
                        flow.Table([(text["Plan.Task"], 5), (text["Plan.TaskStatusLabel"], 2.4), (text["Fulfilment.StatusLabel"], 1.8)],
                            activity.Tasks.OrderBy(x => x.SortOrder).Select(x => (IReadOnlyList<string>)[S(x.Text), TaskLine(x, S), text["Fulfilment.Status." + a.Tasks[x.Id]]]));
                    foreach (var note in activity.Evidence.OrderBy(e => e.Date))
                        flow.Paragraph($"{Display.Date(note.Date)}: {S(note.Text)}", 8.5, indent: 24, spaceAfter: 1);
                    if (activity.Commentary is { } commentary)
                        flow.Paragraph($"{text["Plan.Commentary"]}: {S(commentary)}", 9, indent: 10);
                    flow.Space(4);
                }
                foreach (var outcome in specific.Outcomes.OrderBy(o => o.SortOrder))
                {
                    flow.Paragraph($"{text["Plan.Outcome"]} {outcome.Number}: {S(outcome.Text)} — {text["Plan.Assessment." + outcome.Assessment]}", 9.5, bold: true, indent: 10);
                    if (outcome.Justification is { } why)
                        flow.Paragraph(S(why), 9, indent: 24, spaceAfter: 1);
                    if (outcome.AssessmentEvidence is { } evidence)
                        flow.Paragraph($"{text["Plan.AssessmentEvidence"]}: {S(evidence)}", 8.5, indent: 24, spaceAfter: 1);
                }
            }
        }
        return flow.ToBytes();
    }

    private static string Days(PartnerTraining p) =>
        p.LastDay == p.FirstDay ? Display.Date(p.FirstDay) : $"{Display.Date(p.FirstDay)} – {Display.Date(p.LastDay)}";

    public async Task<byte[]> XlsxAsync(AnnualPlan plan)
    {
        var rated = await fulfilment.FulfilmentAsync(plan);
        var sectors = new Spreadsheet.Sheet(text["Fulfilment.PersonsBySector"], [text["Directory.Sector"], text["Fulfilment.Persons"]],
            rated.Totals.PersonsBySector.OrderByDescending(p => p.Value).Select(p => (IReadOnlyList<object?>)[SectorName(p.Key), p.Value]).ToList());
        return await Spreadsheet.XlsxAsync(ActivitySheet(plan, rated), sectors);
    }

    public async Task<byte[]> CsvAsync(AnnualPlan plan) => Spreadsheet.Csv(ActivitySheet(plan, await fulfilment.FulfilmentAsync(plan)));

    /// <summary>One row per target (or per activity without one), in the plan's order.</summary>
    private Spreadsheet.Sheet ActivitySheet(AnnualPlan plan, PlanFulfilment rated)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var activity in plan.GeneralGoals.SelectMany(g => g.SpecificGoals).SelectMany(s => s.Activities.OrderBy(a => a.SortOrder)))
        {
            var a = rated.Activities[activity.Id];
            var f = a.HasTrainings ? a.Figures : null;
            // Dropped tasks are reported with their reason, not counted as work still to do.
            var tasks = activity.Tasks.Where(t => t.Status != PlanTaskStatus.Dropped).ToList();
            IReadOnlyList<object?> Row(TargetProgress? p) =>
            [
                activity.Code, Cultures.InCurrentScript(activity.Text), text["Plan.Kind." + activity.Kind], p is null ? null : TargetName(p.Target), p?.Target.Value, p?.Actual, p?.Percent,
                text["Fulfilment.Status." + (p?.Status ?? a.Status)], f?.Delivered, f?.Planned, f?.Persons, f?.Participations, f?.Hours, f?.Certificates,
                tasks.Count(t => t.Status == PlanTaskStatus.Done), tasks.Count, StaffFigures.Describe(a, text), text["Plan.Progress." + activity.Progress],
                activity.Commentary is null ? null : Cultures.InCurrentScript(activity.Commentary),
            ];
            if (a.Targets.Count == 0)
                rows.Add(Row(null));
            rows.AddRange(a.Targets.Select(Row));
        }
        return new Spreadsheet.Sheet(text["Fulfilment.Activities"],
            [text["Fulfilment.Code"], text["Plan.Activity"], text["Plan.KindLabel"], text["Plan.Target"], text["Fulfilment.Planned"], text["Fulfilment.Achieved"], "%",
             text["Fulfilment.StatusLabel"], text["Fulfilment.SessionsDelivered"], text["Fulfilment.SessionsPlanned"], text["Fulfilment.Persons"],
             text["Fulfilment.Participations"], text["Fulfilment.Hours"], text["Fulfilment.Certificates"],
             text["Fulfilment.TasksDone"], text["Fulfilment.TasksCounted"], text["Fulfilment.StaffFigures"], text["Fulfilment.ReportedProgress"], text["Plan.Commentary"]],
            rows);
    }

    /// <summary>A task's status as the report prints it: "у току · 2 од 3", "одустало се · разлог".</summary>
    private string TaskLine(PlanTask task, Func<string?, string> script) =>
        string.Join(" · ", new[]
        {
            text["Plan.TaskStatus." + task.Status],
            task.CountTarget is int target ? text["Fulfilment.OfTarget", Display.Number(task.CountRealised ?? 0), Display.Number(target)] : null,
            task.Status == PlanTaskStatus.Dropped ? script(task.DropReason) : null,
        }.Where(part => !string.IsNullOrEmpty(part)));

    private string TargetName(ActivityTarget target) =>
        text["Plan.TargetKind." + target.Kind] + (target.SectorCode is null ? "" : $" ({SectorName(target.SectorCode)})");

    private string SectorName(string code) => code.Length == 0 ? text["Fulfilment.NoSector"] : text["Sector." + code];
}
