namespace Training.Web.Features.Certificates;

/// <summary>The <c>Certificates</c> configuration section: how numbers look and who signs.</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>Starts every certificate number, before the year and the sequence.</summary>
    public string NumberPrefix { get; set; } = "CZZTLJ";

    /// <summary>The signatory's name as written in Serbian Cyrillic (shown in Latin script on Latin and English certificates).</summary>
    public string SignatoryName { get; set; } = "";

    /// <summary>The signatory's title in Serbian Cyrillic.</summary>
    public string SignatoryTitle { get; set; } = "";

    /// <summary>The signatory's title on English certificates.</summary>
    public string SignatoryTitleEnglish { get; set; } = "";

    /// <summary>
    /// How an accredited programme's points are given: false (the default) gives all of them to everyone who meets the
    /// completion rule; true gives the share of the hours attended, rounded down to half a point.
    /// </summary>
    public bool PointsInProportionToHours { get; set; }
}
