using Training.Domain.Attendance;
using Training.Domain.Common;
using Training.Domain.Programmes;
using Training.Tests.Support;

namespace Training.Tests.Domain;

public sealed class ProgrammeRulesTests
{
    private static AccreditingBody Body(string code, int order, bool licence = false) => new(code, code + " body", code[..3], licence, order);

    private static AccreditationTerms Terms(string? number = "110-00-123/2024", decimal? points = 8, DateOnly? from = null, DateOnly? until = null, params string[] audience) =>
        new(number, null, points, null, from, until, new SectorSet(audience));

    [Fact]
    public void An_accreditation_needs_a_body_a_number_and_points_that_are_not_negative_and_a_validity_that_ends_after_it_starts()
    {
        var programme = Build.Programme();
        var body = Body("SocialProtection", 0);
        DomainException Refused(AccreditingBody? b, AccreditationTerms t) => Assert.Throws<DomainException>(() => programme.Accredit(b, t));
        Assert.Equal(("Validation.Required", "AccreditingBodyId"), (Refused(null, Terms()).MessageKey, Refused(null, Terms()).Field));
        Assert.Equal(("Validation.Required", "Number"), (Refused(body, Terms(" ")).MessageKey, Refused(body, Terms(" ")).Field));
        Assert.Equal(("Validation.NotNegative", "ParticipantPoints"), (Refused(body, Terms(points: -1)).MessageKey, Refused(body, Terms(points: -1)).Field));
        Assert.Equal(("Validation.NotNegative", "TrainerPoints"),
            (Refused(body, Terms() with { TrainerPoints = -2 }).MessageKey, Refused(body, Terms() with { TrainerPoints = -2 }).Field));
        var late = Refused(body, Terms(from: new DateOnly(2026, 5, 1), until: new DateOnly(2026, 4, 30)));
        Assert.Equal(("Accreditation.EndsBeforeStart", "ValidUntil"), (late.MessageKey, late.Field));
        Assert.False(programme.IsAccredited);

        programme.Accredit(body, Terms());
        Assert.True(programme.IsAccredited);
        Assert.Equal("Accreditation.Duplicate", Refused(body, Terms(" 110-00-123/2024 ")).MessageKey);
    }

    [Fact]
    public void The_accreditation_that_counts_is_the_one_for_the_participants_sector_valid_on_every_day()
    {
        var programme = Build.Programme();
        var socialProtection = Body("SocialProtection", 0, licence: true);
        var education = Body("Education", 1);
        var health = Body("Health", 2);
        var rzsz = programme.Accredit(socialProtection, Terms("RZSZ-1", 8, null, new DateOnly(2026, 12, 31), "SocialWorkCentre", "Centre"));
        var zuov = programme.Accredit(education, Terms("ZUOV-455", 16, new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31), "School"));
        var everyone = programme.Accredit(health, Terms("ZSS-A-1-22/26", 6));
        var day = new DateOnly(2026, 10, 15);

        Assert.Same(rzsz, ProgrammeAccreditation.For(programme.Accreditations, "SocialWorkCentre", day, day));
        Assert.Same(zuov, ProgrammeAccreditation.For(programme.Accreditations, "School", day, day));
        Assert.Same(everyone, ProgrammeAccreditation.For(programme.Accreditations, "Police", day, day));
        Assert.Same(everyone, ProgrammeAccreditation.For(programme.Accreditations, null, day, day));
        // Before the catalogue year starts the school's accreditation does not count yet; after the end of 2026 the Institute's has lapsed.
        Assert.Same(everyone, ProgrammeAccreditation.For(programme.Accreditations, "School", new DateOnly(2026, 8, 31), new DateOnly(2026, 8, 31)));
        Assert.Same(everyone, ProgrammeAccreditation.For(programme.Accreditations, "SocialWorkCentre", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 4)));
        Assert.Equal([rzsz], programme.LapsedBetween(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 2)).Where(a => a != zuov));
        Assert.DoesNotContain(programme.LapsedBetween(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)), a => a != zuov);
    }

    [Theory]
    [InlineData(false, 12, 8)]
    [InlineData(true, 12, 8)]
    [InlineData(true, 10, 6.5)]
    [InlineData(true, 9.6, 6)]
    public void Points_are_all_of_them_or_the_share_of_hours_attended_by_the_installations_rule(bool proportional, decimal attended, decimal expected)
    {
        var accreditation = Build.Programme().Accredit(Body("SocialProtection", 0), Terms(points: 8));
        Assert.Equal(expected, accreditation.PointsEarned(new Completion(attended, 12, 80), proportional));
    }

    [Theory]
    [InlineData(0, 6, "Validation.AtLeastOne")]
    [InlineData(1, 0, "Validation.Positive")]
    [InlineData(1, 13, "Programme.TooManyHours")]
    public void Duration_rules(int days, decimal hours, string expected) =>
        Assert.Equal(expected, Assert.Throws<DomainException>(() => Build.Programme().SetDuration(days, hours)).MessageKey);

    [Fact]
    public void Sector_set_is_ordered_and_unique()
    {
        var set = new SectorSet(["Police", "SocialWorkCentre", "Police", " "]);
        Assert.Equal("Police,SocialWorkCentre", set.ToString());
        Assert.Equal(set, SectorSet.Parse("SocialWorkCentre,Police"));
    }
}
