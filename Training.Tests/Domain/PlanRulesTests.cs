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
}
