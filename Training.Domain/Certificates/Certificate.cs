using System.Security.Cryptography;
using Training.Domain.Attendance;
using Training.Domain.Common;

namespace Training.Domain.Certificates;

/// <summary>
/// Proof that a person completed a session. It carries a readable number (prefix, year, sequence and,
/// after a correction, a version) and a separate random verification code, so no certificate can be
/// found or forged by changing a number in a URL. A certificate is never edited: it is revoked, or
/// replaced by a new version.
/// </summary>
public sealed class Certificate : Entity
{
    /// <summary>Crockford's base32: no I, L, O or U, so a code read aloud or typed is not mistaken.</summary>
    public const string CodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int CodeLength = 16;

    private Certificate() { }

    private Certificate(string prefix, int year, int sequence, int version, int sessionId, int participantId, CertificateDetails details,
        DateOnly issuedOn, string issuedBy, string? overrideReason)
    {
        Year = year;
        Sequence = sequence;
        Version = version;
        Number = $"{prefix}-{year}-{sequence:D5}" + (version > 1 ? $"/{version}" : "");
        VerificationCode = NewCode();
        SessionId = sessionId;
        ParticipantId = participantId;
        FullName = Guard.Required(details.FullName, nameof(FullName), 200);
        ProgrammeTitle = Guard.Required(details.ProgrammeTitle, nameof(ProgrammeTitle), 300);
        FirstDay = details.FirstDay;
        LastDay = details.LastDay;
        Hours = details.Hours;
        Trainers = Guard.Optional(details.Trainers, nameof(Trainers), 1000) ?? "";
        SignatoryName = Guard.Optional(details.SignatoryName, nameof(SignatoryName), 200) ?? "";
        SignatoryTitle = Guard.Optional(details.SignatoryTitle, nameof(SignatoryTitle), 300) ?? "";
        Culture = details.Culture;
        SessionTitle = Guard.Optional(details.SessionTitle, nameof(SessionTitle), 300);
        Place = Guard.Optional(details.Place, nameof(Place), 500);
        AttendedHours = details.AttendedHours;
        AccreditingBody = details.Accreditation?.Body;
        AccreditationNumber = details.Accreditation?.Number;
        Points = details.Accreditation?.Points;
        LicenceNumber = details.LicenceNumber;
        IssuedOn = issuedOn;
        IssuedBy = issuedBy;
        OverrideReason = overrideReason;
    }

    public string Number { get; private set; } = "";
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public int Version { get; private set; }
    public string VerificationCode { get; private set; } = "";
    public int SessionId { get; private set; }
    public int ParticipantId { get; private set; }
    public string FullName { get; private set; } = "";
    public string ProgrammeTitle { get; private set; } = "";
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }
    public decimal Hours { get; private set; }
    public string Trainers { get; private set; } = "";
    public string SignatoryName { get; private set; } = "";
    public string SignatoryTitle { get; private set; } = "";
    public string Culture { get; private set; } = "sr-Cyrl-RS";
    public string? SessionTitle { get; private set; }
    public string? Place { get; private set; }
    public decimal? AttendedHours { get; private set; }
    public string? AccreditingBody { get; private set; }
    public string? AccreditationNumber { get; private set; }
    public decimal? Points { get; private set; }
    public string? LicenceNumber { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string IssuedBy { get; private set; } = "";

    /// <summary>Why the coordinator issued it to someone who did not meet the completion rule.</summary>
    public string? OverrideReason { get; private set; }

    public CertificateStatus Status { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>The next version, when this one was replaced by a correction.</summary>
    public int? ReplacedById { get; private set; }

    /// <summary>When its PDF was stored and the participant emailed; null while the background job has yet to do it.</summary>
    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>SHA-256 of the download link sent by email.</summary>
    public string? DownloadTokenHash { get; private set; }

    /// <summary>
    /// When its holder's data is erased: a valid certificate keeps the name it needs to be verified; a revoked or
    /// replaced one no longer needs it.
    /// </summary>
    public void ForgetHolder()
    {
        if (IsValid)
            return;
        FullName = "—";
        LicenceNumber = null;
    }

    public bool IsValid => Status == CertificateStatus.Valid;

    /// <summary>
    /// Issues a certificate for a completed session. Someone who did not meet the completion rule gets
    /// one only when the coordinator gives a reason, which is kept.
    /// </summary>
    public static Certificate Issue(string prefix, int year, int sequence, int sessionId, int participantId, CertificateDetails details,
        Completion completion, string? overrideReason, DateOnly issuedOn, string issuedBy)
    {
        var reason = completion.Eligible ? null : Guard.Optional(overrideReason, nameof(OverrideReason), 500)
            ?? throw new DomainException("Certificate.NotEligible", nameof(OverrideReason), completion.AttendedHours, completion.RequiredHours);
        return new Certificate(prefix, year, sequence, 1, sessionId, participantId, details, issuedOn, Guard.Required(issuedBy, nameof(IssuedBy), 256), reason);
    }

    public void Revoke(string reason, string by, DateTime nowUtc)
    {
        if (!IsValid)
            throw new DomainException("Certificate.AlreadyRevoked");
        RevocationReason = Guard.Required(reason, nameof(RevocationReason), 500);
        RevokedBy = by;
        RevokedAtUtc = nowUtc;
        Status = CertificateStatus.Revoked;
    }

    /// <summary>
    /// A corrected name makes a new version with the same number and a new code; this one is revoked
    /// and points to it once both are saved (see <see cref="LinkReplacement"/>).
    /// </summary>
    public Certificate CorrectName(string fullName, string prefix, DateOnly issuedOn, string by, DateTime nowUtc)
    {
        if (!IsValid)
            throw new DomainException("Certificate.AlreadyRevoked");
        var corrected = Guard.Required(fullName, nameof(FullName), 200);
        if (corrected == FullName)
            throw new DomainException("Certificate.NameUnchanged", nameof(FullName));
        var details = new CertificateDetails(corrected, ProgrammeTitle, FirstDay, LastDay, Hours, Trainers, SignatoryName, SignatoryTitle, Culture)
        {
            SessionTitle = SessionTitle,
            Place = Place,
            AttendedHours = AttendedHours,
            Accreditation = AccreditingBody is null ? null : new CertificateAccreditation(AccreditingBody, AccreditationNumber!, Points ?? 0),
            LicenceNumber = LicenceNumber,
        };
        var next = new Certificate(prefix, Year, Sequence, Version + 1, SessionId, ParticipantId, details, issuedOn, by, OverrideReason);
        RevokedBy = by;
        RevokedAtUtc = nowUtc;
        Status = CertificateStatus.Revoked;
        return next;
    }

    public void LinkReplacement(Certificate next) => ReplacedById = next.Id;

    /// <summary>The PDF is stored and the email with its download link queued.</summary>
    public void Delivered(string downloadTokenHash, DateTime nowUtc)
    {
        DownloadTokenHash = downloadTokenHash;
        DeliveredAtUtc = nowUtc;
    }

    /// <summary>Normalises a code as a person may type it: case, spaces and dashes do not matter.</summary>
    public static string? NormaliseCode(string? code)
    {
        var compact = new string((code ?? "").Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        return compact.Length == CodeLength && compact.All(c => CodeAlphabet.Contains(c)) ? compact : null;
    }

    private static string NewCode() =>
        string.Create(CodeLength, 0, (chars, _) =>
        {
            Span<byte> random = stackalloc byte[CodeLength];
            RandomNumberGenerator.Fill(random);
            for (var i = 0; i < chars.Length; i++)
                chars[i] = CodeAlphabet[random[i] & 31];
        });
}
