using Training.Domain.Common;
using Training.Domain.Sessions;
using Training.Tests.Support;
using static Training.Tests.Support.Build;

namespace Training.Tests.Domain;

public sealed class SessionRulesTests
{
    private static string Refused(Action action) => Assert.Throws<DomainException>(action).MessageKey;

    [Fact]
    public void Day_ending_before_it_starts_is_refused() =>
        Assert.Equal("Session.DayEndsBeforeStart", Refused(() => Session(Day(2026, 3, 10, 15, 9))));

    [Fact]
    public void The_same_date_twice_is_refused() =>
        Assert.Equal("Session.DaysOverlap", Refused(() => Session(Day(2026, 3, 10), Day(2026, 3, 10, 16, 18))));

    [Fact]
    public void A_session_needs_a_day() =>
        Assert.Equal("Session.NeedsDay", Refused(() => _ = new TrainingSession(Programme(), [], 20)));

    [Fact]
    public void Days_are_kept_in_order_with_their_hours_in_Belgrade_time()
    {
        var session = Session(Day(2026, 3, 11, 9, 13), Day(2026, 3, 10, 9, 15));
        Assert.Equal(new DateOnly(2026, 3, 10), session.FirstDay);
        Assert.Equal(10m, session.Hours);
        Assert.Equal(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc), session.StartsAtUtc); // CET = UTC+1
        Assert.Equal(new DateTime(2026, 3, 11, 12, 0, 0, DateTimeKind.Utc), session.EndsAtUtc);
    }

    [Theory]
    [InlineData(0, null, 0, "Validation.AtLeastOne")]
    [InlineData(10, null, 12, "Session.CapacityBelowRegistered")]
    [InlineData(10, 11, 0, "Session.MinimumAboveCapacity")]
    public void Capacity_rules(int capacity, int? minimum, int registered, string expected) =>
        Assert.Equal(expected, Refused(() => Session().SetCapacity(capacity, minimum, registered)));

    [Fact]
    public void Registration_cannot_close_after_the_session_starts()
    {
        var session = Session(Day(2026, 3, 10));
        Assert.Equal("Session.RegistrationClosesAfterStart", Refused(() => session.SetRegistrationWindow(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 11))));
        Assert.Equal("Session.RegistrationClosesBeforeOpening", Refused(() => session.SetRegistrationWindow(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 1))));
        session.SetRegistrationWindow(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 10));
        Assert.Equal(new DateOnly(2026, 3, 10), session.RegistrationClosesOn);
    }

    [Fact]
    public void Status_moves_only_forward_along_the_workflow()
    {
        var session = Session(Day(2026, 3, 10));
        var now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal("Session.MoveNotAllowed", Refused(() => session.MoveTo(SessionStatus.OpenForRegistration, now)));
        Assert.Equal("Session.PlannedNeedsPlace", Refused(() => session.MoveTo(SessionStatus.Planned, now)));
        session.HoldAt(Venue(), false, null);
        session.MoveTo(SessionStatus.Planned, now);
        session.MoveTo(SessionStatus.OpenForRegistration, now);
        session.MoveTo(SessionStatus.RegistrationClosed, now);
        Assert.Equal("Session.NotYetDelivered", Refused(() => session.MoveTo(SessionStatus.Delivered, now)));
        session.MoveTo(SessionStatus.Delivered, new DateTime(2026, 3, 11, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("Session.MoveNotAllowed", Refused(() => session.Cancel("Касно")));
        Assert.Equal("Session.NotEditable", Refused(() => session.SetCapacity(40, null, 0)));
        session.MoveTo(SessionStatus.Closed, now);
        Assert.Empty(session.AllowedMoves);
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_ends_the_workflow()
    {
        var session = Session();
        Assert.Equal("Session.CancelNeedsReason", Refused(() => session.MoveTo(SessionStatus.Cancelled, DateTime.UtcNow)));
        Assert.Equal("Validation.Required", Refused(() => session.Cancel("  ")));
        session.Cancel("Тренер је болестан");
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal("Тренер је болестан", session.CancellationReason);
        Assert.Equal("Session.NotEditable", Refused(() => session.Reschedule([Day(2026, 4, 1)])));
    }

    [Fact]
    public void Venue_holds_one_session_at_a_time()
    {
        var venue = Venue().WithId(7);
        var first = Session(Day(2026, 3, 10, 9, 13)).WithId(1);
        first.HoldAt(venue, false, null);
        var overlapping = Session(Day(2026, 3, 10, 12, 16)).WithId(2);
        overlapping.HoldAt(venue, false, null);
        var afternoon = Session(Day(2026, 3, 10, 13, 17)).WithId(3);
        afternoon.HoldAt(venue, false, null);

        var error = Assert.Throws<DomainException>(() => overlapping.EnsureVenueFree([first]));
        Assert.Equal("Session.VenueClash", error.MessageKey);
        Assert.Equal(first.Title, error.Arguments[0]);
        afternoon.EnsureVenueFree([first]);

        first.Cancel("Отказано");
        overlapping.EnsureVenueFree([first]);
    }

    [Fact]
    public void Capacity_above_the_venue_is_a_warning_not_an_error()
    {
        var session = Session();
        session.HoldAt(Venue(capacity: 20), false, null);
        session.SetCapacity(25, null, 0);
        Assert.True(session.ExceedsVenueCapacity);
    }

    [Fact]
    public void Trainer_cannot_teach_two_overlapping_sessions_or_while_unavailable()
    {
        var trainer = Trainer("Милан Јовановић").WithId(5);
        var booked = Session(Day(2026, 3, 10)).WithId(1);
        var clashing = Session(Day(2026, 3, 10, 14, 18)).WithId(2);
        var error = Assert.Throws<DomainException>(() => clashing.AssignTrainer(trainer, TrainerRole.Lead, 10000, [booked]));
        Assert.Equal("Session.TrainerClash", error.MessageKey);
        Assert.Equal("Милан Јовановић", error.Arguments[0]);

        trainer.MarkUnavailable(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 3), "Годишњи одмор");
        var duringLeave = Session(Day(2026, 4, 2)).WithId(3);
        Assert.Equal("Session.TrainerUnavailable", Refused(() => duringLeave.AssignTrainer(trainer, TrainerRole.Lead, 0, [])));

        var free = Session(Day(2026, 4, 10)).WithId(4);
        free.AssignTrainer(trainer, TrainerRole.CoTrainer, 8000, [booked]);
        Assert.Equal("Session.TrainerAlreadyAssigned", Refused(() => free.AssignTrainer(trainer, TrainerRole.Lead, 0, [])));
    }

    [Fact]
    public void Copy_moves_every_day_and_the_registration_window_and_starts_as_a_draft()
    {
        var original = Session(Day(2026, 3, 10), Day(2026, 3, 11, 9, 13));
        original.HoldAt(Venue(), false, null);
        original.SetRegistrationWindow(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 5));
        original.MoveTo(SessionStatus.Planned, DateTime.UtcNow);

        var copy = original.CopyTo(new DateOnly(2026, 5, 12));

        Assert.Equal(SessionStatus.Draft, copy.Status);
        Assert.Equal([new DateOnly(2026, 5, 12), new DateOnly(2026, 5, 13)], copy.Days.Select(d => d.Date));
        Assert.Equal(new TimeOnly(13, 0), copy.Days.Last().End);
        Assert.Equal(new DateOnly(2026, 4, 5), copy.RegistrationOpensOn); // 63 days after 1 February
        Assert.Equal(original.Capacity, copy.Capacity);
        Assert.Same(original.Venue, copy.Venue);
    }

    [Fact]
    public void With_no_opening_date_registration_opens_when_the_session_is_opened_however_far_ahead()
    {
        var session = Session(Day(2026, 9, 10));
        session.HoldAt(Venue(), false, null);
        var today = new DateOnly(2026, 3, 1);
        Assert.Null(session.RegistrationOpensOn);
        Assert.False(session.AcceptsRegistrations(today));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        Assert.True(session.AcceptsRegistrations(today));
        Assert.False(session.OpensLaterThan(today));
    }

    [Fact]
    public void A_later_opening_date_set_by_the_coordinator_is_kept()
    {
        var session = Session(Day(2026, 9, 10));
        session.HoldAt(Venue(), false, null);
        session.SetRegistrationWindow(new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1));
        session.MoveTo(SessionStatus.Planned, DateTime.UtcNow);
        session.MoveTo(SessionStatus.OpenForRegistration, DateTime.UtcNow);
        Assert.False(session.AcceptsRegistrations(new DateOnly(2026, 7, 31)));
        Assert.True(session.OpensLaterThan(new DateOnly(2026, 7, 31)));
        Assert.True(session.AcceptsRegistrations(new DateOnly(2026, 8, 1)));
    }

    [Fact]
    public void Online_meeting_link_must_be_https()
    {
        var session = Session();
        Assert.Equal("Session.MeetingLinkInvalid", Refused(() => session.HoldAt(null, true, "javascript:alert(1)")));
        session.HoldAt(null, true, "https://meet.example.rs/obuka");
        Assert.True(session.IsOnline);
    }

    [Fact]
    public void Every_edit_changes_the_version()
    {
        var session = Session();
        var before = session.Version;
        session.SetCapacity(30, null, 0);
        Assert.NotEqual(before, session.Version);
    }
}
