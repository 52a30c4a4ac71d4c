using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Training.Infrastructure.Persistence;

namespace Training.Web.Startup;

/// <summary>
/// The Data Protection keys (session and antiforgery cookies, sealed links) live in the database, so every instance
/// shares them and they outlive a restart. Whoever reads the database or a backup would hold them too; with a
/// key-encryption certificate (section "DataProtection") each key is stored encrypted to it, and only a holder of the
/// certificate's private key can use it. A previous certificate still opens the keys made under it, for a change of
/// certificate.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static void AddKeyProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection().SetApplicationName("Training").PersistKeysToDbContext<TrainingDbContext>();
        var section = configuration.GetSection(Section);
        var current = Load(section, "CertificatePath", "CertificatePassword");
        if (current is null)
            return;
        var previous = Load(section, "PreviousCertificatePath", "PreviousCertificatePassword");
        keys.ProtectKeysWithCertificate(current);
        // Reading needs the certificates named here: outside Windows there is no machine store to find them in.
        keys.UnprotectKeysWithAnyCertificate(previous is null ? [current] : [current, previous]);
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(Section)["CertificatePath"]);

    private static X509Certificate2? Load(IConfigurationSection section, string pathKey, string passwordKey)
    {
        var path = section[pathKey];
        if (string.IsNullOrWhiteSpace(path))
            return null;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section[passwordKey]);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{Section}:{pathKey}: the key-encryption certificate '{path}' cannot be read ({ex.Message}).", ex);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{Section}:{pathKey}: the certificate '{path}' has no private key; a PKCS#12 (.pfx) file with its key is needed.");
        return certificate;
    }
}
