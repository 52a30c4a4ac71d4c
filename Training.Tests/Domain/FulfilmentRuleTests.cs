using Training.Domain.Planning;

namespace Training.Tests.Domain;

public sealed class FulfilmentRuleTests
{
    [Fact]
    public void The_expected_share_runs_from_nothing_before_the_year_to_all_after_it()
    {
        Assert.Equal(0m, FulfilmentRule.ExpectedShare(2026, new DateOnly(2025, 12, 31)));
        Assert.Equal(1m, FulfilmentRule.ExpectedShare(2026, new DateOnly(2027, 1, 1)));
        Assert.Equal(Math.Round(182m / 365m, 4), Math.Round(FulfilmentRule.ExpectedShare(2026, new DateOnly(2026, 7, 1)), 4));
    }

    [Theory]
    // target, actual, projected, share → status
    [InlineData(4, 4, 4, 0.5, FulfilmentStatus.Achieved)]
    [InlineData(4, 1, 4, 0.9, FulfilmentStatus.OnTrack)]   // the rest is scheduled
    [InlineData(4, 2, 2, 0.5, FulfilmentStatus.OnTrack)]   // half the year, half the target
    [InlineData(4, 2, 2, 0.7, FulfilmentStatus.AtRisk)]    // 2 of 2.8 expected = 71 %
    [InlineData(4, 1, 1, 0.7, FulfilmentStatus.Behind)]    // 1 of 2.8 expected = 36 %
    [InlineData(3, 2, 2, 1.0, FulfilmentStatus.Behind)]    // year over, 67 %
    [InlineData(20, 18, 18, 1.0, FulfilmentStatus.AtRisk)] // year over, 90 %
    [InlineData(4, 0, 0, 0.0, FulfilmentStatus.OnTrack)]   // the year has not begun
    public void Targets_are_rated_against_what_is_due_by_now(double target, double actual, double projected, double share, FulfilmentStatus expected) =>
        Assert.Equal(expected, FulfilmentRule.Rate((decimal)target, (decimal)actual, (decimal)projected, (decimal)share));

    [Fact]
    public void Reported_progress_is_rated_by_how_late_in_the_year_it_is()
    {
        Assert.Equal(FulfilmentStatus.Achieved, FulfilmentRule.Rate(ActivityProgress.Done, 1));
        Assert.Equal(FulfilmentStatus.NotRated, FulfilmentRule.Rate(ActivityProgress.NotStarted, 0.3m));
        Assert.Equal(FulfilmentStatus.AtRisk, FulfilmentRule.Rate(ActivityProgress.NotStarted, 0.6m));
        Assert.Equal(FulfilmentStatus.Behind, FulfilmentRule.Rate(ActivityProgress.NotStarted, 1));
        Assert.Equal(FulfilmentStatus.OnTrack, FulfilmentRule.Rate(ActivityProgress.InProgress, 0.9m));
        Assert.Equal(FulfilmentStatus.Behind, FulfilmentRule.Rate(ActivityProgress.InProgress, 1));
    }

    [Fact]
    public void An_activity_is_as_well_as_its_worst_target()
    {
        Assert.Equal(FulfilmentStatus.Behind, FulfilmentRule.Worst([FulfilmentStatus.Achieved, FulfilmentStatus.Behind, FulfilmentStatus.AtRisk]));
        Assert.Equal(FulfilmentStatus.Achieved, FulfilmentRule.Worst([FulfilmentStatus.Achieved, FulfilmentStatus.NotRated]));
        Assert.Equal(FulfilmentStatus.NotRated, FulfilmentRule.Worst([]));
        Assert.Equal(66.7m, FulfilmentRule.Percent(3, 2));
        Assert.Null(FulfilmentRule.Percent(0, 2));
    }

    [Fact]
    public void A_task_is_rated_against_its_due_quarter_by_its_count_or_its_status()
    {
        var plan = new AnnualPlan(2026, "План рада 2026");
        var activity = plan.AddGeneralGoal("I", "Општи").AddSpecificGoal("I", "Појединачни").AddActivity("1", "Развијање модела", ActivityKind.Other);
        var firstQuarter = activity.AddTask("Избор тренера");
        firstQuarter.Plan(null, 1, null);
        var memoranda = activity.AddTask("Меморандуми (најмање 3)");
        memoranda.Plan(3, null, null);
        var dropped = activity.AddTask("Дежурство");
        var may = new DateOnly(2026, 5, 15);

        // Due by the end of March and not started in May: behind; the same task with no due quarter is only at risk from July.
        Assert.Equal(FulfilmentStatus.Behind, FulfilmentRule.Rate(firstQuarter, 2026, may));
        Assert.Equal(FulfilmentStatus.NotRated, FulfilmentRule.Rate(dropped, 2026, may));
        Assert.Equal(FulfilmentStatus.NotRated, FulfilmentRule.Rate(firstQuarter, 2026, new DateOnly(2026, 1, 10)));
        firstQuarter.Track(PlanTaskStatus.Done, null, null, "k", DateTime.UtcNow);
        Assert.Equal(FulfilmentStatus.Achieved, FulfilmentRule.Rate(firstQuarter, 2026, may));

        // One memorandum of three by mid-May (37 % of the year expected, 33 % done): at risk; three: achieved, whatever the status says.
        memoranda.Track(PlanTaskStatus.InProgress, 1, null, "k", DateTime.UtcNow);
        Assert.Equal(FulfilmentStatus.AtRisk, FulfilmentRule.Rate(memoranda, 2026, may));
        memoranda.Track(PlanTaskStatus.InProgress, 3, null, "k", DateTime.UtcNow);
        Assert.Equal(FulfilmentStatus.Achieved, FulfilmentRule.Rate(memoranda, 2026, may));

        dropped.Track(PlanTaskStatus.Dropped, null, "Нема средстава", "k", DateTime.UtcNow);
        Assert.Equal(FulfilmentStatus.NotRated, FulfilmentRule.Rate(dropped, 2026, new DateOnly(2027, 1, 5)));
        Assert.Equal(1m, FulfilmentRule.ExpectedShare(2026, new DateOnly(2026, 4, 1), 1));
        Assert.Equal(0.5m, FulfilmentRule.ExpectedShare(2026, new DateOnly(2026, 1, 1).AddDays(44), 1));
    }
}
