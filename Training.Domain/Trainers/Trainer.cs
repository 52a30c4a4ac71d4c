using Training.Domain.Common;

namespace Training.Domain.Trainers;

/// <summary>A trainer (тренер, предавач): the Centre's own staff or an external expert.</summary>
public sealed class Trainer : Entity
{
    private readonly List<TrainerUnavailability> _unavailability = [];

    private Trainer() { }

    public Trainer(string fullName, TrainerKind kind)
    {
        FullName = Guard.Required(fullName, nameof(FullName), 200);
        Kind = kind;
    }

    public string FullName { get; private set; } = "";
    public TrainerKind Kind { get; private set; }

    /// <summary>The user account of an internal trainer, so they see their own sessions when signed in.</summary>
    public string? UserId { get; private set; }
    public string? Institution { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? ExpertiseTopics { get; private set; }
    public string? Languages { get; private set; }
    public decimal DailyFee { get; private set; }
    public bool IsActive { get; private set; } = true;
    public IReadOnlyCollection<TrainerUnavailability> Unavailability => _unavailability;

    public void Update(string fullName, TrainerKind kind, string? userId, string? institution, string? email, string? phone,
        string? expertiseTopics, string? languages, decimal dailyFee)
    {
        FullName = Guard.Required(fullName, nameof(FullName), 200);
        Kind = kind;
        UserId = kind == TrainerKind.Internal ? Guard.Optional(userId, nameof(UserId), 450) : null;
        Institution = Guard.Optional(institution, nameof(Institution), 300);
        Email = Guard.Optional(email, nameof(Email), 254)?.ToLowerInvariant();
        Phone = Guard.Optional(phone, nameof(Phone), 50);
        ExpertiseTopics = Guard.Optional(expertiseTopics, nameof(ExpertiseTopics), 1000);
        Languages = Guard.Optional(languages, nameof(Languages), 200);
        if (dailyFee < 0)
            throw new DomainException("Validation.NotNegative", nameof(DailyFee));
        DailyFee = dailyFee;
    }

    public TrainerUnavailability MarkUnavailable(DateOnly from, DateOnly to, string? reason)
    {
        if (to < from)
            throw new DomainException("Trainer.UnavailableEndsBeforeStart", nameof(TrainerUnavailability.To));
        var period = new TrainerUnavailability(from, to, Guard.Optional(reason, "Reason", 300));
        _unavailability.Add(period);
        return period;
    }

    public void RemoveUnavailability(int periodId) => _unavailability.RemoveAll(p => p.Id == periodId);

    /// <summary>The unavailable period that overlaps any of the given dates, if there is one.</summary>
    public TrainerUnavailability? UnavailableOn(IEnumerable<DateOnly> dates) =>
        _unavailability.FirstOrDefault(p => dates.Any(d => d >= p.From && d <= p.To));

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
