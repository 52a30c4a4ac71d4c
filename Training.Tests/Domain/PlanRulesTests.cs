using Training.Domain.Common;
using Training.Domain.Planning;

namespace Training.Tests.Domain;

public sealed class PlanRulesTests
{
    private static (AnnualPlan Plan, PlanGoal Specific) NewPlan()
    {
        var plan = new AnnualPlan(2026, "План рада 2026");
        var specific = plan.AddGeneralGoal("I", "Општи").AddSpecificGoal("I", "Појединачни");
        return (plan, specific);
    }

    [Fact]
    public void Codes_follow_the_plan_numbering()
    {
        var plan = new AnnualPlan(2026, "План");
        var specific = plan.AddGeneralGoal("III", "Општи").AddSpecificGoal("II", "Појединачни");
        var activity = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        Assert.Equal("III.II", specific.Code);
        Assert.Equal("III.II.1", activity.Code);
    }

    [Fact]
    public void Approved_plan_refuses_changes()
    {
        var (plan, specific) = NewPlan();
        var activity = specific.AddActivity("1", "Обука", ActivityKind.Training);
        plan.Approve("admin@demo.local", DateTime.UtcNow);

        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => specific.AddActivity("2", "Друга", ActivityKind.Other)).MessageKey);
        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => activity.SetTarget(TargetKind.Sessions, 2)).MessageKey);
        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => activity.AddTask("Задатак")).MessageKey);
        Assert.Equal("Plan.AlreadyApproved", Assert.Throws<DomainException>(() => plan.Approve("admin@demo.local", DateTime.UtcNow)).MessageKey);
    }

    [Fact]
    public void Target_on_an_activity_that_cannot_be_computed_is_refused()
    {
        var (_, specific) = NewPlan();
        var other = specific.AddActivity("1", "Израда водича", ActivityKind.Other);
        var error = Assert.Throws<DomainException>(() => other.SetTarget(TargetKind.Sessions, 3));
        Assert.Equal("Plan.TargetNeedsComputableActivity", error.MessageKey);
    }

    [Fact]
    public void Negative_target_is_refused_and_a_new_value_replaces_the_old()
    {
        var (_, specific) = NewPlan();
        var training = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        Assert.Equal("Validation.NotNegative", Assert.Throws<DomainException>(() => training.SetTarget(TargetKind.Participants, -1)).MessageKey);
        training.SetTarget(TargetKind.Sessions, 4);
        training.SetTarget(TargetKind.Sessions, 5);
        training.SetTarget(TargetKind.Sessions, 2, "Police");
        Assert.Equal(2, training.Targets.Count);
        Assert.Equal(5, training.Targets.Single(t => t.SectorCode is null).Value);
    }

    [Fact]
    public void Activities_hang_under_specific_goals_only()
    {
        var plan = new AnnualPlan(2026, "План");
        var general = plan.AddGeneralGoal("I", "Општи");
        Assert.Equal("Plan.ActivityNeedsSpecificGoal", Assert.Throws<DomainException>(() => general.AddActivity("1", "x", ActivityKind.Other)).MessageKey);
        Assert.Equal("Plan.GoalNumberTaken", Assert.Throws<DomainException>(() => plan.AddGeneralGoal("I", "Други")).MessageKey);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Year_out_of_range_is_refused(int year) =>
        Assert.Equal("Plan.YearOutOfRange", Assert.Throws<DomainException>(() => new AnnualPlan(year, "План")).MessageKey);

    [Fact]
    public void Next_years_plan_is_a_draft_copy_with_goals_activities_tasks_targets_and_outcomes()
    {
        var (plan, specific) = NewPlan();
        var training = specific.AddActivity("1", "Радионице за ЦСР", ActivityKind.Training);
        training.AddTask("Изабрати тренера");
        training.SetTarget(TargetKind.Sessions, 4, "SocialWorkCentre");
        var other = specific.AddActivity("2", "Протокол о сарадњи", ActivityKind.Other);
        specific.AddOutcome("1", "Унапређене компетенције");
        plan.Approve("admin@demo.local", DateTime.UtcNow);
        other.ReportProgress(ActivityProgress.Done);
        other.AddEvidence(new DateOnly(2026, 5, 1), "Потписан", "k", DateTime.UtcNow);

        var copy = plan.CopyTo(2027, "План рада 2027");
        Assert.Equal((2027, PlanStatus.Draft), (copy.Year, copy.Status));
        var copied = copy.GeneralGoals.Single().SpecificGoals.Single();
        Assert.Equal(["I.I.1", "I.I.2"], copied.Activities.Select(a => a.Code).ToList());
        var copiedTraining = copied.Activities.First();
        Assert.Equal(["Изабрати тренера"], copiedTraining.Tasks.Select(t => t.Text).ToList());
        Assert.Equal([(TargetKind.Sessions, 4m, "SocialWorkCentre")], copiedTraining.Targets.Select(t => (t.Kind, t.Value, t.SectorCode)).ToList());
        Assert.Equal("Унапређене компетенције", copied.Outcomes.Single().Text);
        // This year's progress and evidence stay with this year.
        Assert.Equal(ActivityProgress.NotStarted, copied.Activities.Last().Progress);
        Assert.Empty(copied.Activities.Last().Evidence);
        Assert.Equal("Plan.YearTaken", Assert.Throws<DomainException>(() => plan.CopyTo(2026, "x")).MessageKey);
    }

    [Fact]
    public void An_approved_plan_changes_only_after_reopening_which_is_recorded()
    {
        var (plan, specific) = NewPlan();
        var activity = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        plan.Approve("direktor@demo.local", new DateTime(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc));
        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => activity.Edit("Друго", ActivityKind.Training)).MessageKey);
        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => specific.Edit("Друго")).MessageKey);
        Assert.Equal("Validation.Required", Assert.Throws<DomainException>(() => plan.Reopen(" ", "k", DateTime.UtcNow)).MessageKey);

        plan.Reopen("Министарство тражи додатну активност", "koordinator@demo.local", new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc));
        activity.Edit("Радионице у Нишу", ActivityKind.Training);
        Assert.Equal((PlanStatus.Draft, "Радионице у Нишу"), (plan.Status, activity.Text));
        Assert.Equal([("Министарство тражи додатну активност", "koordinator@demo.local")], plan.Reopenings.Select(r => (r.Reason, r.ReopenedBy)).ToList());
        Assert.Equal("Plan.NotApproved", Assert.Throws<DomainException>(() => plan.Reopen("опет", "k", DateTime.UtcNow)).MessageKey);
    }

    [Fact]
    public void Progress_is_reported_only_for_activities_not_measured_from_sessions()
    {
        var (_, specific) = NewPlan();
        var training = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        var other = specific.AddActivity("2", "Протокол", ActivityKind.Other);
        Assert.Equal("Plan.ProgressIsComputed", Assert.Throws<DomainException>(() => training.ReportProgress(ActivityProgress.Done)).MessageKey);
        other.ReportProgress(ActivityProgress.InProgress);
        Assert.Equal(ActivityProgress.InProgress, other.Progress);
        training.SetTarget(TargetKind.Sessions, 2);
        Assert.Equal("Plan.TargetNeedsComputableActivity", Assert.Throws<DomainException>(() => training.Edit("Радионице", ActivityKind.Other)).MessageKey);
        Assert.Equal("Validation.NotNegative", Assert.Throws<DomainException>(() => training.SetTarget(TargetKind.Participants, -1)).MessageKey);
    }
}
