using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>Plan activities as programmes and sessions show them: "2017 III.II.1 Реализација радионица ...".</summary>
public static class PlanActivityNames
{
    /// <summary>The activities a training can serve, newest plan first: any activity, since most mix trainings with other work.</summary>
    public static Task<List<Choice>> ChoicesAsync(TrainingDbContext db) =>
        db.PlanActivities.AsNoTracking()
            .OrderByDescending(a => a.Goal.Plan.Year).ThenBy(a => a.Goal.ParentGoal!.Number).ThenBy(a => a.Goal.Number).ThenBy(a => a.SortOrder)
            .Select(a => new Choice(a.Id, a.Goal.Plan.Year + " " + a.Goal.ParentGoal!.Number + "." + a.Goal.Number + "." + a.Number + " " + a.Text))
            .ToListAsync();

    public static Task<string?> NameAsync(TrainingDbContext db, int? id) =>
        id is null
            ? Task.FromResult<string?>(null)
            : db.PlanActivities.Where(a => a.Id == id)
                .Select(a => a.Goal.Plan.Year + " " + a.Goal.ParentGoal!.Number + "." + a.Goal.Number + "." + a.Number + " " + a.Text)
                .FirstOrDefaultAsync();
}
