using Training.Domain.Common;

namespace Training.Domain.Programmes;

/// <summary>A reusable course (програм обуке): what is taught, to whom, for how long.</summary>
public sealed class TrainingProgramme : Entity
{
    private readonly List<ProgrammeAccreditation> _accreditations = [];

    private TrainingProgramme() { }

    public TrainingProgramme(string title, decimal durationHours, int durationDays, int defaultCapacity)
    {
        Title = Guard.Required(title, nameof(Title), 300);
        SetDuration(durationDays, durationHours);
        SetDefaultCapacity(defaultCapacity);
    }

    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public string? LearningObjectives { get; private set; }
    public int DurationDays { get; private set; }
    public decimal DurationHours { get; private set; }
    public int DefaultCapacity { get; private set; }

    /// <summary>Culture the programme is delivered in (sr-Cyrl-RS by default).</summary>
    public string Language { get; private set; } = "sr-Cyrl-RS";
    /// <summary>Stored as comma-separated codes so lists can filter on it in SQL.</summary>
    public string TargetSectorCodes { get; private set; } = "";
    public SectorSet TargetSectors => SectorSet.Parse(TargetSectorCodes);
    public int? PlanActivityId { get; private set; }

    /// <summary>Accreditations by the bodies whose points professionals collect (one programme may hold several).</summary>
    public IReadOnlyCollection<ProgrammeAccreditation> Accreditations => _accreditations;
    public bool IsArchived { get; private set; }

    /// <summary>Share of a session's hours a participant must attend to earn its certificate.</summary>
    public int CompletionPercent { get; private set; } = 80;

    public void SetCompletionRule(int percent)
    {
        if (percent is < 1 or > 100)
            throw new DomainException("Validation.Percent", nameof(CompletionPercent));
        CompletionPercent = percent;
    }

    public bool IsAccredited => _accreditations.Count > 0;

    public void Describe(string title, string? description, string? learningObjectives, string language)
    {
        Title = Guard.Required(title, nameof(Title), 300);
        Description = Guard.Optional(description, nameof(Description), 4000);
        LearningObjectives = Guard.Optional(learningObjectives, nameof(LearningObjectives), 4000);
        Language = Guard.Required(language, nameof(Language), 20);
    }

    public void SetDuration(int days, decimal hours)
    {
        if (days < 1)
            throw new DomainException("Validation.AtLeastOne", nameof(DurationDays));
        if (hours <= 0)
            throw new DomainException("Validation.Positive", nameof(DurationHours));
        if (hours > days * 12)
            throw new DomainException("Programme.TooManyHours", nameof(DurationHours), days * 12);
        DurationDays = days;
        DurationHours = hours;
    }

    public void SetDefaultCapacity(int capacity)
    {
        if (capacity < 1)
            throw new DomainException("Validation.AtLeastOne", nameof(DefaultCapacity));
        DefaultCapacity = capacity;
    }

    public void TargetTo(SectorSet sectors) => TargetSectorCodes = sectors.ToString();

    public void ServePlanActivity(int? planActivityId) => PlanActivityId = planActivityId;

    public ProgrammeAccreditation Accredit(AccreditingBody? body, AccreditationTerms terms)
    {
        if (body is not null && _accreditations.Any(a => a.AccreditingBodyId == body.Id && a.Number == terms.Number?.Trim()))
            throw new DomainException("Accreditation.Duplicate", nameof(ProgrammeAccreditation.Number));
        var accreditation = new ProgrammeAccreditation(this, body, terms);
        _accreditations.Add(accreditation);
        return accreditation;
    }

    public void Withdraw(int accreditationId) => _accreditations.RemoveAll(a => a.Id == accreditationId);

    /// <summary>Accreditations that do not cover every day of a session from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IReadOnlyList<ProgrammeAccreditation> LapsedBetween(DateOnly first, DateOnly last) =>
        _accreditations.Where(a => !a.Covers(first, last)).ToList();

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
