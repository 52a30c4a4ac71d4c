namespace Training.Web.Features.Privacy;

/// <summary>What the privacy notice quotes: the officer, and the periods the retention job and the licence rule actually use.</summary>
public sealed record PrivacyNotice(PrivacyOptions Privacy, RetentionOptions Retention, int LicenceYears);
