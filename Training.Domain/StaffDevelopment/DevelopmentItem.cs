using Training.Domain.Common;

namespace Training.Domain.StaffDevelopment;

/// <summary>
/// One training for one staff member in the year's development plan. Internal items name a programme of
/// this system and are realised by the person's attendance, found automatically; external trainings and
/// invitations are recorded as attended by hand, with the certificate the person brought back.
/// </summary>
public sealed class DevelopmentItem : Entity
{
    private DevelopmentItem() { }

    internal DevelopmentItem(DevelopmentPlan plan, int staffMemberId, DevelopmentDetails details, bool inPlan)
    {
        Plan = plan;
        StaffMemberId = staffMemberId;
        InPlan = inPlan;
        Apply(details, plan.Year);
    }

    public int DevelopmentPlanId { get; private set; }
    public DevelopmentPlan Plan { get; private set; } = null!;
    public int StaffMemberId { get; private set; }
    public DevelopmentKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Provider { get; private set; }
    public int? ProgrammeId { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Planned hours.</summary>
    public decimal Hours { get; private set; }

    /// <summary>Planned continuing-education points, when the training is accredited.</summary>
    public decimal? Points { get; private set; }

    /// <summary>Planned cost in dinars; an external training always states it, zero when free.</summary>
    public decimal? Cost { get; private set; }
    public int? FundingSourceId { get; private set; }
    public DevelopmentStatus Status { get; private set; } = DevelopmentStatus.Requested;

    /// <summary>Part of the plan as approved; items added later (invitations, mostly) are realised without having been planned.</summary>
    public bool InPlan { get; private set; }

    public decimal? AttendedHours { get; private set; }
    public decimal? EarnedPoints { get; private set; }
    public string? CertificateFileName { get; private set; }
    public string? CertificateStoredName { get; private set; }
    public string? CertificateContentType { get; private set; }
    public string? CertificateSha256 { get; private set; }
    public string? RecordedBy { get; private set; }
    public DateTime? RecordedAtUtc { get; private set; }

    public bool IsOpen => Status is DevelopmentStatus.Requested or DevelopmentStatus.Approved;

    public void Revise(DevelopmentDetails details)
    {
        if (!IsOpen)
            throw new DomainException("Development.ItemClosed", nameof(Status));
        if (details.Kind != Kind)
            throw new DomainException("Development.KindFixed", nameof(Kind));
        Apply(details, Plan.Year);
    }

    public void Approve()
    {
        if (Status == DevelopmentStatus.Requested)
            Status = DevelopmentStatus.Approved;
    }

    public void Cancel()
    {
        if (Status == DevelopmentStatus.Attended)
            throw new DomainException("Development.ItemClosed", nameof(Status));
        Status = DevelopmentStatus.Cancelled;
    }

    /// <summary>
    /// Records an external training or an invitation as attended, with the hours and points of the certificate
    /// the person brought back. Internal sessions are never recorded by hand: their attendance is the record.
    /// </summary>
    public void RecordAttended(decimal hours, decimal? points, string fileName, string storedName, string contentType, string sha256, string by, DateTime nowUtc)
    {
        if (Kind == DevelopmentKind.Internal)
            throw new DomainException("Development.InternalIsAutomatic", nameof(Kind));
        if (!IsOpen)
            throw new DomainException("Development.ItemClosed", nameof(Status));
        if (hours is <= 0 or > 1000)
            throw new DomainException("Validation.Positive", nameof(AttendedHours));
        if (points is < 0 or > 1000)
            throw new DomainException("Validation.NotNegative", nameof(EarnedPoints));
        AttendedHours = hours;
        EarnedPoints = points;
        CertificateFileName = fileName;
        CertificateStoredName = storedName;
        CertificateContentType = contentType;
        CertificateSha256 = sha256;
        RecordedBy = by;
        RecordedAtUtc = nowUtc;
        Status = DevelopmentStatus.Attended;
    }

    private void Apply(DevelopmentDetails d, int year)
    {
        Kind = d.Kind;
        if (d.Hours is <= 0 or > 1000)
            throw new DomainException("Validation.Positive", nameof(Hours));
        if (d.Points is < 0 or > 1000)
            throw new DomainException("Validation.NotNegative", nameof(Points));
        if (d.Cost is < 0)
            throw new DomainException("Validation.NotNegative", nameof(Cost));
        if (d.StartsOn is not null && d.EndsOn is not null && d.EndsOn < d.StartsOn)
            throw new DomainException("Development.EndsBeforeStart", nameof(EndsOn));
        if (d.StartsOn is { } start && start.Year != year)
            throw new DomainException("Development.OutsideYear", nameof(StartsOn), year);
        if (d.Kind == DevelopmentKind.Internal)
        {
            ProgrammeId = d.ProgrammeId ?? throw new DomainException("Validation.Required", nameof(ProgrammeId));
            Provider = null;
        }
        else
        {
            // Trainings elsewhere are planned with their dates and organiser; external ones also with cost and funding.
            ProgrammeId = null;
            Provider = Guard.Required(d.Provider, nameof(Provider), 200);
            if (d.StartsOn is null)
                throw new DomainException("Development.DatesRequired", nameof(StartsOn));
            if (d.EndsOn is null)
                throw new DomainException("Development.DatesRequired", nameof(EndsOn));
            if (d.Kind == DevelopmentKind.External)
            {
                if (d.Cost is null)
                    throw new DomainException("Development.CostRequired", nameof(Cost));
                if (d.Cost > 0 && d.FundingSourceId is null)
                    throw new DomainException("Development.FundingRequired", nameof(FundingSourceId));
            }
        }
        Title = Guard.Required(d.Title, nameof(Title), 300);
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        Hours = d.Hours;
        Points = d.Points;
        Cost = d.Cost;
        FundingSourceId = d.Cost is > 0 ? d.FundingSourceId : null;
    }
}
