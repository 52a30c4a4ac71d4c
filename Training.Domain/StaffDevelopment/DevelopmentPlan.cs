using Training.Domain.Common;

namespace Training.Domain.StaffDevelopment;

/// <summary>
/// The Centre's annual plan of professional development (план стручног усавршавања): trainings per staff
/// member, and the hours of external supervision each should have. Approval fixes what was planned;
/// whatever is added afterwards is recorded as realised without having been planned.
/// </summary>
public sealed class DevelopmentPlan : Entity
{
    private readonly List<DevelopmentItem> _items = [];

    private DevelopmentPlan() { }

    public DevelopmentPlan(int year, decimal supervisionHoursTarget)
    {
        if (year is < 2000 or > 2100)
            throw new DomainException("Plan.YearOutOfRange", nameof(Year));
        Year = year;
        SetSupervisionTarget(supervisionHoursTarget);
    }

    public int Year { get; private set; }
    public DevelopmentPlanStatus Status { get; private set; } = DevelopmentPlanStatus.Draft;

    /// <summary>Hours of supervision each professional should have in the year.</summary>
    public decimal SupervisionHoursTarget { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public IReadOnlyCollection<DevelopmentItem> Items => _items;
    public bool IsApproved => Status == DevelopmentPlanStatus.Approved;

    public void SetSupervisionTarget(decimal hours)
    {
        if (IsApproved)
            throw new DomainException("Development.PlanApproved", nameof(SupervisionHoursTarget));
        if (hours is < 0 or > 1000)
            throw new DomainException("Validation.NotNegative", nameof(SupervisionHoursTarget));
        SupervisionHoursTarget = hours;
    }

    public DevelopmentItem AddItem(StaffMember staff, DevelopmentDetails details)
    {
        if (!staff.IsActive)
            throw new DomainException("Development.StaffInactive", "StaffMemberId");
        var item = new DevelopmentItem(this, staff.Id, details, inPlan: !IsApproved);
        _items.Add(item);
        return item;
    }

    /// <summary>Management approves the plan as a whole, and with it every training requested in it.</summary>
    public void Approve(string by, DateTime nowUtc)
    {
        if (IsApproved)
            throw new DomainException("Development.PlanApproved", nameof(Status));
        if (!_items.Any(i => i.Status != DevelopmentStatus.Cancelled))
            throw new DomainException("Development.PlanEmpty", nameof(Items));
        foreach (var item in _items)
            item.Approve();
        Status = DevelopmentPlanStatus.Approved;
        ApprovedBy = by;
        ApprovedAtUtc = nowUtc;
    }
}
