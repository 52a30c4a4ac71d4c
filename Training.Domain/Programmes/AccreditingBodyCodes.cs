namespace Training.Domain.Programmes;

/// <summary>Codes of the accrediting bodies in the reference data (<c>seed/reference/accrediting-bodies.json</c>).</summary>
public static class AccreditingBodyCodes
{
    /// <summary>The Republic Institute for Social Protection; its points renew the licence kept by the Chamber of Social Protection.</summary>
    public const string SocialProtection = "SocialProtection";
}
