using System.Net.Mail;
using Training.Domain.Common;

namespace Training.Domain.Participants;

/// <summary>
/// A professional who takes part in trainings, without an account. One person per normalised
/// email address; only what a training needs is kept.
/// </summary>
public sealed class Participant : Entity
{
    private Participant() { }

    public Participant(string fullName, string email, string culture)
    {
        Email = NormaliseEmail(email) ?? throw new DomainException("Validation.Required", nameof(Email));
        UpdateDetails(fullName, null, null, null, null, culture);
    }

    public string FullName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public int? OrganisationId { get; private set; }

    /// <summary>The institution as typed, when it is not (yet) in the directory.</summary>
    public string? OrganisationName { get; private set; }
    public string? Position { get; private set; }
    public string? Phone { get; private set; }
    public string Culture { get; private set; } = "sr-Cyrl-RS";

    /// <summary>
    /// The professional licence number (Chamber of Social Protection), given optionally when registering for a
    /// programme whose points count for the licence; it goes on the certificate and to the accrediting body.
    /// </summary>
    public string? LicenceNumber { get; private set; }

    /// <summary>When the person's data was erased (on request or by the retention rule); the row stays so counts stay right.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    public bool IsErased => ErasedAtUtc is not null;

    /// <summary>
    /// Removes who the person is and keeps what reports count: the institution (a sector and a district), the
    /// registrations and attendance. The address becomes a placeholder no one can receive mail at.
    /// </summary>
    public void Erase(DateTime nowUtc)
    {
        FullName = "—";
        Email = $"erased-{Id}@erased.invalid";
        OrganisationName = null;
        Position = null;
        Phone = null;
        LicenceNumber = null;
        ErasedAtUtc ??= nowUtc;
    }

    public void UpdateDetails(string fullName, int? organisationId, string? organisationName, string? position, string? phone, string culture)
    {
        FullName = Guard.Required(fullName, nameof(FullName), 200);
        OrganisationId = organisationId;
        OrganisationName = organisationId is null ? Guard.Optional(organisationName, nameof(OrganisationName), 300) : null;
        Position = Guard.Optional(position, nameof(Position), 200);
        Phone = Guard.Optional(phone, nameof(Phone), 50);
        Culture = Guard.Required(culture, nameof(Culture), 20);
    }

    /// <summary>Keeps the licence number the person gave; an empty one removes it (giving it is optional).</summary>
    public void RecordLicence(string? number) => LicenceNumber = NormaliseLicenceNumber(number);

    /// <summary>
    /// The Chamber publishes no fixed pattern for licence numbers, so a number is letters and digits, optionally
    /// separated by '-', '/' or '.', 3 to 30 characters, with at least one digit; upper case, without spaces.
    /// </summary>
    public static string? NormaliseLicenceNumber(string? number)
    {
        var compact = string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length == 0)
            return null;
        if (compact.Length is < 3 or > 30 || !compact.Any(char.IsAsciiDigit) || !char.IsLetterOrDigit(compact[0]) || !char.IsLetterOrDigit(compact[^1])
            || !compact.All(c => char.IsLetterOrDigit(c) || c is '-' or '/' or '.'))
            throw new DomainException("Participant.LicenceNumberFormat", nameof(LicenceNumber));
        return compact;
    }

    /// <summary>The coordinator corrects how the name is written (for a certificate, for example).</summary>
    public void CorrectName(string fullName) => FullName = Guard.Required(fullName, nameof(FullName), 200);

    /// <summary>Lower-case, trimmed, and a real single address; null when empty.</summary>
    public static string? NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > 254 || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !trimmed.Contains('.', StringComparison.Ordinal))
            throw new DomainException("Validation.Email", nameof(Email));
        return trimmed.ToLowerInvariant();
    }
}
