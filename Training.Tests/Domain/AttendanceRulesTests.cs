using Training.Domain.Attendance;
using Training.Domain.Common;
using Training.Domain.Sessions;
using static Training.Tests.Support.Build;

namespace Training.Tests.Domain;

public sealed class AttendanceRulesTests
{
    // Two days of 6 hours (9–15 Belgrade time) in March 2026; "now" is chosen per test.
    private static readonly DateTime DuringSecondDay = new(2026, 3, 11, 10, 0, 0, DateTimeKind.Utc);

    private static (TrainingSession Session, SessionDay First, SessionDay Second) TwoDays()
    {
        var session = Session(Day(2026, 3, 10), Day(2026, 3, 11));
        var days = session.Days.OrderBy(d => d.Date).ToList();
        days[0].WithId(1);
        days[1].WithId(2);
        return (session, days[0], days[1]);
    }

    private static string Refused(Action action) => Assert.Throws<DomainException>(action).MessageKey;

    [Fact]
    public void A_day_that_has_not_started_is_refused()
    {
        var (session, _, second) = TwoDays();
        var beforeSecondDay = new DateTime(2026, 3, 11, 7, 59, 0, DateTimeKind.Utc); // 08:59 in Belgrade
        Assert.Equal("Attendance.DayNotStarted", Refused(() => AttendanceRecord.Record(session, second, 1, null, AttendanceMark.Present, null, false, "k@demo.local", beforeSecondDay)));
        Assert.Equal(AttendanceMark.Present, AttendanceRecord.Record(session, second, 1, null, AttendanceMark.Present, null, false, "k@demo.local", beforeSecondDay.AddMinutes(1)).Mark);
    }

    [Fact]
    public void A_cancelled_session_takes_no_attendance()
    {
        var (session, first, _) = TwoDays();
        session.Cancel("Тренер је болестан");
        Assert.Equal("Attendance.SessionCancelled", Refused(() => AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Present, null, false, "k@demo.local", DuringSecondDay)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    [InlineData(6.0)]
    [InlineData(7.5)]
    public void Partial_attendance_needs_hours_within_the_day(double? hours)
    {
        var (session, first, _) = TwoDays();
        Assert.Equal("Attendance.PartialHours", Refused(() => AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Partial, (decimal?)hours, false, "k@demo.local", DuringSecondDay)));
    }

    [Fact]
    public void Marks_carry_the_hours_of_the_day()
    {
        var (session, first, _) = TwoDays();
        Assert.Equal(6m, AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Present, 2, false, "k", DuringSecondDay).Hours);
        Assert.Equal(0m, AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Absent, null, false, "k", DuringSecondDay).Hours);
        Assert.Equal(2.5m, AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Partial, 2.5m, false, "k", DuringSecondDay).Hours);
    }

    [Fact]
    public void Every_correction_is_kept_with_who_and_when_and_a_repeat_is_not_a_change()
    {
        var (session, first, _) = TwoDays();
        var record = AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Absent, null, false, "prva@demo.local", DuringSecondDay);
        Assert.False(record.Set(session, first, AttendanceMark.Absent, null, "druga@demo.local", DuringSecondDay.AddHours(1)));
        Assert.True(record.Set(session, first, AttendanceMark.Partial, 4, "druga@demo.local", DuringSecondDay.AddDays(3)));
        Assert.Equal(
            [(AttendanceMark.Absent, 0m, "prva@demo.local", DuringSecondDay), (AttendanceMark.Partial, 4m, "druga@demo.local", DuringSecondDay.AddDays(3))],
            record.Changes.Select(c => (c.Mark, c.Hours, c.ChangedBy, c.ChangedAtUtc)).ToList());
        Assert.Equal(("druga@demo.local", 4m), (record.RecordedBy, record.Hours));
    }

    [Theory]
    [InlineData(3.5, false)] // 6 + 3.5 = 9.5 of 12 h: 79.2 %
    [InlineData(3.6, true)]  // 6 + 3.6 = 9.6 of 12 h: exactly 80 %
    [InlineData(5, true)]
    public void Completion_needs_the_share_of_hours_the_rule_names(double secondDayHours, bool eligible)
    {
        var (session, first, second) = TwoDays();
        var records = new[]
        {
            AttendanceRecord.Record(session, first, 1, null, AttendanceMark.Present, null, false, "k", DuringSecondDay),
            AttendanceRecord.Record(session, second, 1, null, AttendanceMark.Partial, (decimal)secondDayHours, false, "k", DuringSecondDay),
        };
        var completion = Completion.Of(records, session.Hours, session.CompletionPercent);
        Assert.Equal(80, session.CompletionPercent);
        Assert.Equal(9.6m, completion.RequiredHours);
        Assert.Equal(eligible, completion.Eligible);
    }

    [Fact]
    public void A_session_can_set_its_own_rule_and_go_back_to_the_programme()
    {
        var (session, _, _) = TwoDays();
        session.SetCompletionRule(100);
        Assert.Equal(100, session.CompletionPercent);
        Assert.False(Completion.Of([], 12, session.CompletionPercent).Eligible);
        session.SetCompletionRule(null);
        Assert.Equal(80, session.CompletionPercent);
        Assert.Equal("Validation.Percent", Refused(() => session.SetCompletionRule(0)));
        Assert.Equal("Validation.Percent", Refused(() => session.Programme.SetCompletionRule(101)));
    }
}
