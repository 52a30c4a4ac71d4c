using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Training.Tests.Support;

namespace Training.Tests.Infrastructure;

/// <summary>The Data Protection keys in the database are encrypted to a configured certificate; Production says so when they are not.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _certificateFile = Path.Combine(Path.GetTempPath(), $"training-keys-{Guid.NewGuid():N}.pfx");

    public void Dispose() => File.Delete(_certificateFile);

    private Dictionary<string, string?> WithCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Training key encryption (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificateFile, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
        return new() { ["DataProtection:CertificatePath"] = _certificateFile, ["DataProtection:CertificatePassword"] = "test-pfx-password" };
    }

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_another_instance_still_reads_them()
    {
        using var app = new TrainingAppFactory(WithCertificate());
        using (var web = new WebSession(app))
            await web.SignInAsRoleAsync("Coordinator");
        var keys = app.Scoped(db => db.DataProtectionKeys.Select(k => k.Xml!).ToList());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        });

        // A second instance on the same database holds no key in memory: it decrypts the stored one with the certificate.
        var sealedText = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("запечаћено");
        using var second = app.SecondInstance();
        Assert.Equal("запечаћено", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("stored unencrypted", StringComparison.Ordinal));
    }

    [Fact]
    public void Production_warns_at_start_when_the_keys_are_not_encrypted()
    {
        using var app = new TrainingAppFactory(new Dictionary<string, string?>
        {
            ["environment"] = "Production", ["Privacy:OfficerName"] = "Лице за заштиту података", ["Privacy:OfficerEmail"] = "zastita.podataka@example.rs",
        });
        app.CreateClient().Dispose();
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Data Protection keys are stored unencrypted", StringComparison.Ordinal));
        Assert.Equal("Production", app.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostEnvironment>().EnvironmentName);
    }
}
