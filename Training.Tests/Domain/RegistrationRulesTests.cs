using Training.Domain.Common;
using Training.Domain.Registrations;

namespace Training.Tests.Domain;

public sealed class RegistrationRulesTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);

    private static Registration New(bool seat) => new(1, 1, seat, "hash", null, null, Now);

    [Fact]
    public void A_seat_makes_it_confirmed_and_no_seat_puts_it_on_the_waiting_list()
    {
        Assert.Equal(RegistrationStatus.Confirmed, New(true).Status);
        Assert.Equal(RegistrationStatus.Waitlisted, New(false).Status);
    }

    [Fact]
    public void Cancelling_gives_back_a_seat_only_when_one_was_held()
    {
        var confirmed = New(true);
        var waiting = New(false);
        Assert.True(confirmed.Cancel(Now));
        Assert.False(waiting.Cancel(Now));
        Assert.Equal(1, confirmed.CalendarSequence);
        Assert.Equal("Registration.AlreadyCancelled", Assert.Throws<DomainException>(() => confirmed.Cancel(Now)).MessageKey);
    }

    [Fact]
    public void An_offered_seat_is_held_for_48_hours_then_lapses()
    {
        var waiting = New(false);
        waiting.OfferSeat(Now);
        Assert.Equal(RegistrationStatus.Offered, waiting.Status);
        Assert.True(waiting.HoldsSeat);
        Assert.Equal(Now.AddHours(48), waiting.OfferExpiresAtUtc);

        Assert.Equal("Registration.NoOffer", Assert.Throws<DomainException>(() => waiting.LapseOffer(Now.AddHours(47))).MessageKey);
        Assert.Equal("Registration.OfferExpired", Assert.Throws<DomainException>(() => waiting.AcceptOffer(Now.AddHours(49))).MessageKey);
        waiting.LapseOffer(Now.AddHours(49));
        Assert.Equal(RegistrationStatus.Cancelled, waiting.Status);
    }

    [Fact]
    public void Accepting_an_offer_in_time_confirms_and_updates_the_calendar()
    {
        var waiting = New(false);
        waiting.OfferSeat(Now);
        waiting.AcceptOffer(Now.AddHours(2));
        Assert.Equal(RegistrationStatus.Confirmed, waiting.Status);
        Assert.Equal(1, waiting.CalendarSequence);
        Assert.Equal("Registration.NotWaiting", Assert.Throws<DomainException>(() => waiting.OfferSeat(Now)).MessageKey);
    }
}
