using Training.Domain.Planning;
using Training.Infrastructure.Localisation;

namespace Training.Infrastructure.Documents;

/// <summary>The annual work plan as a PDF, in the plan's own structure and the current culture's script.</summary>
public static class WorkPlanDocument
{
    public static byte[] Render(AnnualPlan plan, TextCatalog text)
    {
        string S(string? cyrillic) => Cultures.InCurrentScript(cyrillic);
        using var flow = new DocumentFlow(PdfProperties.Of(text, S(plan.Title), text["Plan.Document.Subtitle", plan.Year]));
        flow.Heading(S(plan.Title), 16);
        flow.Paragraph(text["Plan.Document.Subtitle", plan.Year], 10);
        if (plan.IsApproved && plan.ApprovedBy is { } adopted)
            flow.Paragraph(text["Plan.AdoptedBy", S(adopted)], 9);
        flow.Space(8);
        if (plan.Preamble is { } preamble)
        {
            foreach (var paragraph in preamble.Split("\n\n"))
                flow.Paragraph(S(paragraph), 10);
            flow.Space(6);
        }
        foreach (var general in plan.GeneralGoals)
        {
            flow.Heading($"{text["Plan.GeneralGoal"]} {general.Number}", 13);
            flow.Paragraph(S(general.Text), 11);
            foreach (var specific in general.SpecificGoals)
            {
                flow.Heading($"{text["Plan.SpecificGoal"]} {specific.Code}", 11.5);
                flow.Paragraph(S(specific.Text), 10);
                foreach (var activity in specific.Activities.OrderBy(a => a.SortOrder))
                {
                    flow.Paragraph($"{text["Plan.Activity"]} {activity.Number}: {S(activity.Text)}", 10, bold: true, indent: 10);
                    foreach (var target in activity.Targets)
                        flow.Paragraph($"{text["Plan.Target"]}: {text["Plan.TargetKind." + target.Kind]} — {target.Value:0.##}", 9, indent: 24);
                    foreach (var task in activity.Tasks.OrderBy(t => t.SortOrder))
                        flow.Paragraph("– " + S(task.Text), 9, indent: 24, spaceAfter: 1);
                }
                foreach (var outcome in specific.Outcomes.OrderBy(o => o.SortOrder))
                    flow.Paragraph($"{text["Plan.Outcome"]} {outcome.Number}: {S(outcome.Text)}", 10, indent: 10);
                flow.Space(6);
            }
        }
        return flow.ToBytes();
    }
}
