using Training.Domain.Attendance;
using Training.Domain.Certificates;
using Training.Domain.Common;

namespace Training.Tests.Domain;

public sealed class CertificateRulesTests
{
    private static readonly CertificateDetails Details = new("Милица Јовановић", "Примена индикатора", new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11),
        12, "Јелена Петровић", "Ана Петровић", "директорка", "sr-Cyrl-RS");

    private static readonly Completion Met = new(12, 12, 80);
    private static readonly Completion NotMet = new(6, 12, 80);

    private static Certificate Issue(int sequence = 7, Completion? completion = null, string? reason = null) =>
        Certificate.Issue("CZZTLJ", 2026, sequence, 1, 1, Details, completion ?? Met, reason, new DateOnly(2026, 3, 12), "koordinator@demo.local");

    [Fact]
    public void Someone_below_the_rule_gets_one_only_with_a_reason_which_is_kept()
    {
        var refused = Assert.Throws<DomainException>(() => Issue(completion: NotMet));
        Assert.Equal(("Certificate.NotEligible", "OverrideReason"), (refused.MessageKey, refused.Field));
        Assert.Equal([6m, 9.6m], refused.Arguments);
        Assert.Equal("Болест, надокнадила градиво", Issue(completion: NotMet, reason: "Болест, надокнадила градиво").OverrideReason);
        Assert.Null(Issue().OverrideReason);
    }

    [Fact]
    public void The_number_reads_prefix_year_and_sequence_and_the_code_is_separate_and_random()
    {
        var certificate = Issue(sequence: 42);
        Assert.Equal("CZZTLJ-2026-00042", certificate.Number);
        Assert.Equal(Certificate.CodeLength, certificate.VerificationCode.Length);
        Assert.DoesNotContain("42", certificate.VerificationCode[..2]);
        var codes = Enumerable.Range(1, 2000).Select(i => Issue(sequence: i).VerificationCode).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(c.All(Certificate.CodeAlphabet.Contains)));
        // Consecutive certificates share no common prefix beyond chance: the code is not derived from the number.
        Assert.True(codes.Zip(codes.Skip(1)).Count(p => p.First[..3] == p.Second[..3]) < 5);
    }

    [Fact]
    public void A_code_is_found_however_it_is_typed()
    {
        var code = Issue().VerificationCode;
        Assert.Equal(code, Certificate.NormaliseCode($" {code[..4].ToLowerInvariant()}-{code[4..8]} {code[8..]}"));
        Assert.Null(Certificate.NormaliseCode(code[..15]));
        Assert.Null(Certificate.NormaliseCode(code[..15] + "U"));
    }

    [Fact]
    public void A_corrected_name_is_a_new_version_and_the_old_one_is_revoked()
    {
        var original = Issue(sequence: 3);
        var corrected = original.CorrectName("Милица Јовановић Петровић", "CZZTLJ", new DateOnly(2026, 4, 1), "koordinator@demo.local", DateTime.UtcNow);
        Assert.Equal(("CZZTLJ-2026-00003/2", 2, "Милица Јовановић Петровић", CertificateStatus.Valid), (corrected.Number, corrected.Version, corrected.FullName, corrected.Status));
        Assert.Equal(CertificateStatus.Revoked, original.Status);
        Assert.NotEqual(original.VerificationCode, corrected.VerificationCode);
        Assert.Equal(original.Hours, corrected.Hours);
        Assert.Equal("Certificate.AlreadyRevoked", Assert.Throws<DomainException>(() => original.Revoke("x", "k", DateTime.UtcNow)).MessageKey);
        Assert.Equal("Certificate.NameUnchanged", Assert.Throws<DomainException>(() => corrected.CorrectName(corrected.FullName, "CZZTLJ", new DateOnly(2026, 4, 1), "k", DateTime.UtcNow)).MessageKey);
    }

    [Fact]
    public void Revocation_needs_a_reason()
    {
        var certificate = Issue();
        Assert.Equal("Validation.Required", Assert.Throws<DomainException>(() => certificate.Revoke(" ", "k", DateTime.UtcNow)).MessageKey);
        certificate.Revoke("Грешком издат", "k", DateTime.UtcNow);
        Assert.Equal((CertificateStatus.Revoked, "Грешком издат"), (certificate.Status, certificate.RevocationReason));
    }
}
