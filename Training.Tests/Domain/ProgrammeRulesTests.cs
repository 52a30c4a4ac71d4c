using Training.Domain.Common;
using Training.Tests.Support;

namespace Training.Tests.Domain;

public sealed class ProgrammeRulesTests
{
    [Fact]
    public void Accreditation_needs_its_points_and_points_need_an_accreditation()
    {
        var programme = Build.Programme();
        Assert.Equal("Programme.AccreditationNeedsPoints", Assert.Throws<DomainException>(() => programme.Accredit("110-00-123/2024", null)).MessageKey);
        Assert.Equal("Programme.PointsNeedAccreditation", Assert.Throws<DomainException>(() => programme.Accredit(null, 8)).MessageKey);
        programme.Accredit("110-00-123/2024", 8);
        Assert.True(programme.IsAccredited);
        programme.Accredit(null, null);
        Assert.False(programme.IsAccredited);
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
