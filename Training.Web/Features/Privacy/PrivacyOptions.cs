namespace Training.Web.Features.Privacy;

/// <summary>
/// The data protection officer the privacy notice names (section "Privacy"). The Law on Personal Data Protection
/// (87/2018) has the notice give the officer's contact, so Production does not start without one.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public string OfficerName { get; set; } = "";

    public string OfficerEmail { get; set; } = "";

    public bool HasOfficer => !string.IsNullOrWhiteSpace(OfficerName) && !string.IsNullOrWhiteSpace(OfficerEmail);

    /// <summary>Stops start-up in Production with a message naming the missing settings.</summary>
    public void RequireOfficer()
    {
        if (!HasOfficer)
            throw new InvalidOperationException("Privacy:OfficerName and Privacy:OfficerEmail must be set in Production: the privacy notice names the data protection officer (see README, Security).");
    }
}
