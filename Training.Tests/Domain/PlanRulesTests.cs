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
    public void Any_activity_may_have_targets_and_counts_are_whole_numbers()
    {
        var (_, specific) = NewPlan();
        var other = specific.AddActivity("1", "Развијање модела прелиминарне идентификације", ActivityKind.Other);
        other.SetTarget(TargetKind.Sessions, 2);
        Assert.Equal("Validation.WholeNumber", Assert.Throws<DomainException>(() => other.SetTarget(TargetKind.Participants, 2.5m)).MessageKey);
        other.SetTarget(TargetKind.TrainingHours, 7.5m);
        Assert.Equal([(TargetKind.Sessions, 2m), (TargetKind.TrainingHours, 7.5m)], other.Targets.Select(t => (t.Kind, t.Value)).OrderBy(t => t.Kind).ToList());
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
        other.ReportProgress(ActivityProgress.Done, "k", DateTime.UtcNow);
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
    public void Progress_is_reported_for_activities_of_any_kind_and_remembers_who()
    {
        var (plan, specific) = NewPlan();
        var training = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        training.SetTarget(TargetKind.Sessions, 2);
        plan.Approve("direktor@demo.local", DateTime.UtcNow);
        Assert.False(training.HasReportedProgress);
        training.ReportProgress(ActivityProgress.InProgress, "koordinator@demo.local", new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc));
        Assert.Equal((ActivityProgress.InProgress, "koordinator@demo.local", true), (training.Progress, training.ProgressReportedBy, training.HasReportedProgress));
    }

    [Fact]
    public void A_tasks_record_is_kept_in_an_approved_plan_but_what_the_plan_says_of_it_is_not()
    {
        var (plan, specific) = NewPlan();
        var activity = specific.AddActivity("1", "Развијање модела", ActivityKind.Other);
        var memoranda = activity.AddTask("Потписивање меморандума (најмање 3)");
        Assert.Equal("Validation.NotNegative", Assert.Throws<DomainException>(() => memoranda.Plan(-1, null, null)).MessageKey);
        Assert.Equal("Plan.QuarterOutOfRange", Assert.Throws<DomainException>(() => memoranda.Plan(3, 5, null)).MessageKey);
        memoranda.Plan(3, 3, "Служба за координацију");
        plan.Approve("direktor@demo.local", DateTime.UtcNow);

        Assert.Equal("Plan.ApprovedIsReadOnly", Assert.Throws<DomainException>(() => memoranda.Plan(4, 3, null)).MessageKey);
        Assert.Equal("Validation.NotNegative", Assert.Throws<DomainException>(() => memoranda.Track(PlanTaskStatus.InProgress, -2, null, "k", DateTime.UtcNow)).MessageKey);
        var noReason = Assert.Throws<DomainException>(() => memoranda.Track(PlanTaskStatus.Dropped, 1, "  ", "k", DateTime.UtcNow));
        Assert.Equal(("Plan.DropNeedsReason", "DropReason"), (noReason.MessageKey, noReason.Field));
        memoranda.Track(PlanTaskStatus.InProgress, 2, "заборављен разлог", "koordinator@demo.local", DateTime.UtcNow);
        memoranda.AddEvidence(new DateOnly(2026, 3, 10), "Потписан меморандум са Домом здравља Ниш", "koordinator@demo.local", DateTime.UtcNow);
        Assert.Equal((PlanTaskStatus.InProgress, 2, (string?)null, 3), (memoranda.Status, memoranda.CountRealised, memoranda.DropReason, memoranda.CountTarget));
        memoranda.Track(PlanTaskStatus.Dropped, 2, "Партнери нису потписали", "koordinator@demo.local", DateTime.UtcNow);
        Assert.Equal("Партнери нису потписали", memoranda.DropReason);
        Assert.Single(memoranda.Evidence);
    }

    [Fact]
    public void An_outcome_is_assessed_with_a_justification_unless_not_yet_due()
    {
        var (plan, specific) = NewPlan();
        var outcome = specific.AddOutcome("1", "Повећана спремност заједнице");
        plan.Approve("direktor@demo.local", DateTime.UtcNow);
        outcome.Assess(OutcomeAssessment.NotYetDue, null, null, "k", DateTime.UtcNow);
        var error = Assert.Throws<DomainException>(() => outcome.Assess(OutcomeAssessment.PartlyAchieved, " ", null, "k", DateTime.UtcNow));
        Assert.Equal(("Plan.AssessmentNeedsJustification", "Justification"), (error.MessageKey, error.Field));
        outcome.Assess(OutcomeAssessment.PartlyAchieved, "Два од три меморандума", "Меморандуми у архиви", "koordinator@demo.local", DateTime.UtcNow);
        Assert.Equal((OutcomeAssessment.PartlyAchieved, "Два од три меморандума", "koordinator@demo.local"), (outcome.Assessment, outcome.Justification, outcome.AssessedBy));
    }

    [Fact]
    public void A_new_comment_needs_a_new_review()
    {
        var (plan, specific) = NewPlan();
        var activity = specific.AddActivity("1", "Радионице", ActivityKind.Training);
        plan.Approve("direktor@demo.local", DateTime.UtcNow);
        Assert.Equal("Plan.NoCommentToReview", Assert.Throws<DomainException>(() => activity.ReviewComment("direktor@demo.local", DateTime.UtcNow)).MessageKey);
        activity.Comment("Једна радионица одложена због поплава", "koordinator@demo.local", DateTime.UtcNow);
        activity.ReviewComment("direktor@demo.local", DateTime.UtcNow);
        Assert.Equal("direktor@demo.local", activity.CommentReviewedBy);
        activity.Comment("Радионица одржана у новембру", "koordinator@demo.local", DateTime.UtcNow);
        Assert.Null(activity.CommentReviewedBy);
        Assert.Equal("Радионица одржана у новембру", activity.Commentary);
    }

    [Fact]
    public void A_copied_plan_keeps_what_the_plan_says_of_tasks_but_not_their_record()
    {
        var (plan, specific) = NewPlan();
        var task = specific.AddActivity("1", "Развијање модела", ActivityKind.Other).AddTask("Меморандуми (најмање 3)");
        task.Plan(3, 2, "Директор");
        plan.Approve("direktor@demo.local", DateTime.UtcNow);
        task.Track(PlanTaskStatus.Done, 3, null, "k", DateTime.UtcNow);

        var copied = plan.CopyTo(2027, "План рада 2027").Goals.SelectMany(g => g.Activities).Single().Tasks.Single();
        Assert.Equal((3, 2, "Директор", PlanTaskStatus.NotStarted, (int?)null), (copied.CountTarget!.Value, copied.DueQuarter!.Value, copied.Responsible, copied.Status, copied.CountRealised));
    }
}
