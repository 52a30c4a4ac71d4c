using Training.Domain.Attendance;
using Training.Domain.Common;

namespace Training.Domain.Programmes;

/// <summary>
/// One accreditation of a programme (a programme may hold several, one per body): the decision or catalogue
/// number, the points for participants and for trainers, validity and the sectors it applies to (none: everyone).
/// </summary>
public sealed class ProgrammeAccreditation : Entity
{
    private ProgrammeAccreditation() { }

    /// <summary>A missing <paramref name="body"/> is refused by <see cref="Change"/>, next to the body's field.</summary>
    internal ProgrammeAccreditation(TrainingProgramme programme, AccreditingBody? body, AccreditationTerms terms)
    {
        ProgrammeId = programme.Id;
        Change(body, terms);
    }

    public int ProgrammeId { get; private set; }
    public int AccreditingBodyId { get; private set; }
    public AccreditingBody Body { get; private set; } = null!;
    public string Number { get; private set; } = "";

    /// <summary>The title under which the body accredited it, when it differs from the programme's working title.</summary>
    public string? AccreditedTitle { get; private set; }

    public decimal ParticipantPoints { get; private set; }
    public decimal? TrainerPoints { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Stored as comma-separated sector codes; empty applies to every participant.</summary>
    public string AudienceSectorCodes { get; private set; } = "";

    public SectorSet Audience => SectorSet.Parse(AudienceSectorCodes);

    public void Change(AccreditingBody? body, AccreditationTerms terms)
    {
        if (body is null)
            throw new DomainException("Validation.Required", nameof(AccreditingBodyId));
        var number = Guard.Required(terms.Number, nameof(Number), 60);
        if (terms.ParticipantPoints is null)
            throw new DomainException("Validation.Required", nameof(ParticipantPoints));
        if (terms.ParticipantPoints < 0)
            throw new DomainException("Validation.NotNegative", nameof(ParticipantPoints));
        if (terms.TrainerPoints < 0)
            throw new DomainException("Validation.NotNegative", nameof(TrainerPoints));
        if (terms.ValidFrom is { } from && terms.ValidUntil is { } until && until < from)
            throw new DomainException("Accreditation.EndsBeforeStart", nameof(ValidUntil));
        Body = body;
        AccreditingBodyId = body.Id;
        Number = number;
        AccreditedTitle = Guard.Optional(terms.AccreditedTitle, nameof(AccreditedTitle), 300);
        ParticipantPoints = terms.ParticipantPoints.Value;
        TrainerPoints = terms.TrainerPoints;
        ValidFrom = terms.ValidFrom;
        ValidUntil = terms.ValidUntil;
        AudienceSectorCodes = terms.Audience.ToString();
    }

    /// <summary>
    /// The points a participant earns: all of them, or, where the installation counts points by the hours attended
    /// (<paramref name="inProportionToHours"/>), the share attended rounded down to half a point.
    /// </summary>
    public decimal PointsEarned(Completion completion, bool inProportionToHours)
    {
        if (!inProportionToHours || completion.SessionHours <= 0 || completion.AttendedHours >= completion.SessionHours)
            return ParticipantPoints;
        return Math.Floor(ParticipantPoints * completion.AttendedHours / completion.SessionHours * 2) / 2;
    }

    /// <summary>
    /// Of a programme's accreditations, the one that counts for a participant of <paramref name="sectorCode"/> at a session
    /// held from <paramref name="first"/> to <paramref name="last"/>: valid on every day of it, applying to the sector,
    /// the first body in the reference order.
    /// </summary>
    public static ProgrammeAccreditation? For(IEnumerable<ProgrammeAccreditation> accreditations, string? sectorCode, DateOnly first, DateOnly last) =>
        accreditations.Where(a => a.Covers(first, last) && a.AppliesTo(sectorCode)).OrderBy(a => a.Body.SortOrder).ThenBy(a => a.Id).FirstOrDefault();

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidUntil is null || day <= ValidUntil);

    /// <summary>Valid for every day from <paramref name="first"/> to <paramref name="last"/>; a session outside it is flagged.</summary>
    public bool Covers(DateOnly first, DateOnly last) => IsValidOn(first) && IsValidOn(last);

    /// <summary>Applies to a participant of <paramref name="sectorCode"/> (null: the institution is not in the directory).</summary>
    public bool AppliesTo(string? sectorCode) => AudienceSectorCodes.Length == 0 || (sectorCode is not null && Audience.Contains(sectorCode));
}
