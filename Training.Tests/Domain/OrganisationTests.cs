using Training.Domain.Common;
using Training.Domain.Organisations;

namespace Training.Tests.Domain;

public sealed class OrganisationTests
{
    private static readonly Sector Sector = new("SocialWorkCentre", "Центри за социјални рад", "Social work centres", 0);
    private static readonly Municipality Nis = new District("NIS", "Нишавски управни округ").AddMunicipality("nis", "Ниш");

    [Fact]
    public void Email_is_normalised_to_lower_case()
    {
        var organisation = new Organisation("  Центар за социјални рад Ниш ", Sector, Nis, "CSR.Nis@Example.RS");
        Assert.Equal("csr.nis@example.rs", organisation.Email);
        Assert.Equal("Центар за социјални рад Ниш", organisation.Name);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("a@b@c")]
    [InlineData("Name <a@b.rs>")]
    public void Malformed_email_is_refused(string email)
    {
        var error = Assert.Throws<DomainException>(() => new Organisation("ЦСР", Sector, Nis, email));
        Assert.Equal(("Validation.Email", "Email"), (error.MessageKey, error.Field));
    }

    [Fact]
    public void Name_is_required()
    {
        var error = Assert.Throws<DomainException>(() => new Organisation("  ", Sector, Nis));
        Assert.Equal(("Validation.Required", "Name"), (error.MessageKey, error.Field));
    }

    [Fact]
    public void Municipality_code_is_unique_within_a_district()
    {
        var district = new District("BOR", "Борски управни округ");
        district.AddMunicipality("bor", "Бор");
        Assert.Equal("Directory.MunicipalityCodeTaken", Assert.Throws<DomainException>(() => district.AddMunicipality("bor", "Бор")).MessageKey);
    }
}
