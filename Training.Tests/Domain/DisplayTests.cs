using Training.Infrastructure.Localisation;
using Training.Web.Shared;

namespace Training.Tests.Domain;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("sr-Cyrl-RS", "12.500,50 дин.")]
    [InlineData("sr-Latn-RS", "12.500,50 din.")]
    [InlineData("en", "12,500.50 RSD")]
    public void Money_follows_the_culture(string culture, string expected) =>
        Assert.Equal(expected, Cultures.With(culture, () => Display.Money(12500.50m)));

    [Fact]
    public void Times_are_shown_in_Belgrade_summer_and_winter()
    {
        var summer = Cultures.With("en", () => Display.DateTime(new DateTime(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc)));
        var winter = Cultures.With("en", () => Display.DateTime(new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc)));
        Assert.Contains("10:00", summer);
        Assert.Contains("9:00", winter);
    }

    [Fact]
    public void Dates_follow_the_culture()
    {
        var date = new DateOnly(2026, 3, 9);
        Assert.Equal("9.3.2026.", Cultures.With("sr-Cyrl-RS", () => Display.Date(date)));
        Assert.Equal("09/03/2026", Cultures.With("en", () => Display.Date(date)));
    }

    /// <summary>A Serbian date ends with its own full stop ("9.3.2026."); a sentence ending with one adds none.</summary>
    [Theory]
    [InlineData("sr-Cyrl-RS")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en")]
    public void A_sentence_ending_with_a_date_ends_with_one_full_stop(string culture)
    {
        var date = new DateOnly(2026, 3, 9);
        var sentences = Cultures.With(culture, () => new[]
        {
            TextCatalog.Default["Register.CheckInFor", Display.Date(date)],
            TextCatalog.Default["Email.Invitation.Deadline", Display.Date(date)],
            TextCatalog.Default["Verify.Revoked", Display.Date(date)],
            TextCatalog.Default["Session.TrainerUnavailable", "Ана", date.ToDateTime(TimeOnly.MinValue), date.ToDateTime(TimeOnly.MinValue)],
        });
        Assert.All(sentences, s =>
        {
            Assert.EndsWith(".", s);
            Assert.DoesNotContain("..", s);
        });
    }
}
