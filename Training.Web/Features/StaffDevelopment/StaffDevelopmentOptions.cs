namespace Training.Web.Features.StaffDevelopment;

/// <summary>
/// The licensing rule for the Centre's professionals (section "StaffDevelopment"): a licence runs for
/// <see cref="LicenceYears"/> years and its renewal asks for <see cref="LicencePoints"/> points of
/// continuing education earned within them. Both are defaults, each licence can state its own points.
/// </summary>
public sealed class StaffDevelopmentOptions
{
    public const string Section = "StaffDevelopment";

    public int LicenceYears { get; set; } = 6;

    public decimal LicencePoints { get; set; } = 120;

    /// <summary>Hours of supervision per professional a new year's plan starts with.</summary>
    public decimal SupervisionHoursTarget { get; set; } = 12;
}
