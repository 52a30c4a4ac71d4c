using Training.Domain.Common;
using Training.Domain.StaffDevelopment;
using Training.Domain.Supervision;
using Training.Tests.Support;

namespace Training.Tests.Domain;

public sealed class StaffDevelopmentRulesTests
{
    private static StaffMember Staff(bool active = true)
    {
        var staff = new StaffMember("user-1", "Весна Вукић", "Vesna@Centar.test", "Социјална радница").WithId(7);
        if (!active)
            staff.Deactivate();
        return staff;
    }

    private static DevelopmentDetails External(decimal? cost = 10_000, int? funding = 1, DateOnly? starts = null) =>
        new(DevelopmentKind.External, "Обука", "Институт", null, starts ?? new DateOnly(2030, 3, 1), new DateOnly(2030, 3, 2), 12, 8, cost, funding);

    private static string Refused(Action action) => Assert.Throws<DomainException>(action).MessageKey;

    [Fact]
    public void A_staff_members_email_is_kept_normalised_so_attendance_matches_it() =>
        Assert.Equal("vesna@centar.test", Staff().Email);

    [Fact]
    public void A_licence_needs_its_renewal_date_and_positive_points_and_no_number_clears_it()
    {
        var staff = Staff();
        Assert.Equal("Staff.RenewalRequired", Refused(() => staff.SetLicence("СЗ-1", null, 120)));
        Assert.Equal("Validation.Positive", Refused(() => staff.SetLicence("СЗ-1", new DateOnly(2030, 1, 1), 0)));
        staff.SetLicence("СЗ-1", new DateOnly(2030, 1, 1), 120);
        staff.SetLicence(" ", new DateOnly(2030, 1, 1), 120);
        Assert.Equal((false, (DateOnly?)null, (decimal?)null), (staff.HasLicence, staff.LicenceRenewsOn, staff.LicencePointsRequired));
    }

    [Fact]
    public void An_external_training_states_its_dates_cost_and_funding()
    {
        var plan = new DevelopmentPlan(2030, 12);
        Assert.Equal("Development.DatesRequired", Refused(() => plan.AddItem(Staff(), External() with { StartsOn = null })));
        Assert.Equal("Development.CostRequired", Refused(() => plan.AddItem(Staff(), External(cost: null))));
        Assert.Equal("Development.FundingRequired", Refused(() => plan.AddItem(Staff(), External(funding: null))));
        Assert.Equal("Development.OutsideYear", Refused(() => plan.AddItem(Staff(), External(starts: new DateOnly(2029, 12, 31)))));
        Assert.Equal("Validation.Positive", Refused(() => plan.AddItem(Staff(), External() with { Hours = 0 })));
        Assert.Equal("Development.StaffInactive", Refused(() => plan.AddItem(Staff(active: false), External())));
        // Free of charge needs no funding source; an invitation needs neither cost nor source.
        Assert.Null(plan.AddItem(Staff(), External(cost: 0, funding: null)).FundingSourceId);
        plan.AddItem(Staff(), External(cost: null, funding: null) with { Kind = DevelopmentKind.Invitation });
        Assert.DoesNotContain(plan.Items, i => !i.InPlan);
    }

    [Fact]
    public void Approval_approves_the_requests_and_later_items_are_outside_the_plan()
    {
        var plan = new DevelopmentPlan(2030, 12);
        Assert.Equal("Development.PlanEmpty", Refused(() => plan.Approve("uprava", DateTime.UtcNow)));
        var first = plan.AddItem(Staff(), External());
        plan.Approve("uprava", DateTime.UtcNow);
        Assert.Equal(DevelopmentStatus.Approved, first.Status);
        var later = plan.AddItem(Staff(), External());
        Assert.Equal((DevelopmentStatus.Requested, false), (later.Status, later.InPlan));
        Assert.Equal("Development.PlanApproved", Refused(() => plan.SetSupervisionTarget(20)));
        Assert.Equal("Development.PlanApproved", Refused(() => plan.Approve("uprava", DateTime.UtcNow)));
    }

    [Fact]
    public void Only_trainings_elsewhere_are_recorded_by_hand_and_only_once()
    {
        var plan = new DevelopmentPlan(2030, 12);
        var inside = plan.AddItem(Staff(), new DevelopmentDetails(DevelopmentKind.Internal, "Интерна", null, 3, null, null, 6, 8, null, null));
        Assert.Equal("Development.InternalIsAutomatic", Refused(() => inside.RecordAttended(6, 8, "a.pdf", "x", "application/pdf", "h", "k", DateTime.UtcNow)));
        var outside = plan.AddItem(Staff(), External());
        Assert.Equal("Validation.Positive", Refused(() => outside.RecordAttended(0, 8, "a.pdf", "x", "application/pdf", "h", "k", DateTime.UtcNow)));
        outside.RecordAttended(10, 6, "a.pdf", "x", "application/pdf", "h", "k", DateTime.UtcNow);
        Assert.Equal((DevelopmentStatus.Attended, 10m, 6m, 12m), (outside.Status, outside.AttendedHours, outside.EarnedPoints, outside.Hours));
        Assert.Equal("Development.ItemClosed", Refused(() => outside.Cancel()));
        Assert.Equal("Development.ItemClosed", Refused(() => outside.Revise(External())));
    }

    [Fact]
    public void A_supervision_session_has_attendees_positive_hours_and_one_person_when_individual()
    {
        SupervisionSession Session(SupervisionFormat format, decimal hours, params int[] who) =>
            new(1, new DateOnly(2030, 2, 2), hours, format, "Тема", null, who, "uprava", DateTime.UtcNow);
        Assert.Equal("Supervision.NoAttendees", Refused(() => Session(SupervisionFormat.Group, 2)));
        Assert.Equal("Supervision.IndividualIsOne", Refused(() => Session(SupervisionFormat.Individual, 2, 1, 2)));
        Assert.Equal("Validation.Positive", Refused(() => Session(SupervisionFormat.Group, 0, 1)));
        var group = Session(SupervisionFormat.Group, 3, 1, 2, 2);
        Assert.Equal(2, group.Attendees.Count);
        group.Revise(group.Date, 3, SupervisionFormat.Group, "Тема", "белешка", [2, 3]);
        Assert.Equal([2, 3], group.Attendees.Select(a => a.StaffMemberId).Order());
        Assert.False(group.Attended(1));
    }

    [Fact]
    public void Licence_points_count_within_the_period_up_to_the_renewal_date()
    {
        var licence = new LicenceProgress(new DateOnly(2030, 6, 30), 6, 120, 0);
        Assert.Equal(new DateOnly(2024, 6, 30), licence.PeriodStart);
        Assert.True(licence.Counts(new DateOnly(2024, 6, 30)));
        Assert.True(licence.Counts(new DateOnly(2030, 6, 30)));
        Assert.False(licence.Counts(new DateOnly(2024, 6, 29)));
        Assert.False(licence.Counts(new DateOnly(2030, 7, 1)));
        Assert.Equal((110m, false), ((licence with { Earned = 10 }).Missing, (licence with { Earned = 10 }).Met));
        Assert.Equal((0m, true), ((licence with { Earned = 130 }).Missing, (licence with { Earned = 130 }).Met));
    }
}
