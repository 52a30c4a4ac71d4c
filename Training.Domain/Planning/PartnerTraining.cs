using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>
/// A training the Centre takes part in but does not organise (the Ministry of the Interior's police training,
/// a project's trainings for schools): its organiser and days, the Centre's trainers with their hours, and how
/// many took part from each sector. Only aggregate counts: no personal data, no registration and no certificates
/// from the Centre. Once held, it counts in its activity's figures beside the Centre's own sessions.
/// </summary>
public sealed class PartnerTraining : Entity
{
    private readonly List<PartnerTrainer> _trainers = [];
    private readonly List<PartnerHeadcount> _headcounts = [];

    private PartnerTraining() { }

    public PartnerTraining(int planActivityId) => PlanActivityId = planActivityId;

    public int PlanActivityId { get; private set; }
    public string Title { get; private set; } = "";
    public string Organiser { get; private set; } = "";
    public string? Place { get; private set; }
    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }

    /// <summary>The training's length in hours (all its days together).</summary>
    public decimal Hours { get; private set; }

    public IReadOnlyCollection<PartnerTrainer> Trainers => _trainers;
    public IReadOnlyCollection<PartnerHeadcount> Headcounts => _headcounts;
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    public int Participants => _headcounts.Sum(h => h.Count);

    public bool IsHeldBy(DateOnly today) => LastDay <= today;

    public void Describe(string? title, string? organiser, string? place, DateOnly? firstDay, DateOnly? lastDay, decimal? hours)
    {
        var from = firstDay ?? throw new DomainException("Validation.Required", nameof(FirstDay));
        var to = lastDay ?? from;
        if (to < from)
            throw new DomainException("PartnerTraining.EndsBeforeStart", nameof(LastDay));
        if (to.DayNumber - from.DayNumber >= 31)
            throw new DomainException("PartnerTraining.TooLong", nameof(LastDay));
        var length = hours ?? throw new DomainException("Validation.Required", nameof(Hours));
        if (length <= 0)
            throw new DomainException("Validation.Positive", nameof(Hours));
        // No day holds more than 24 hours; a typo like 600 instead of 6.00 is caught here.
        if (length > 24 * (to.DayNumber - from.DayNumber + 1))
            throw new DomainException("PartnerTraining.TooManyHours", nameof(Hours));
        if (_trainers.Any(t => t.Hours > length))
            throw new DomainException("PartnerTraining.TrainerHoursAboveTraining", nameof(Hours));
        Title = Guard.Required(title, nameof(Title), 300);
        Organiser = Guard.Required(organiser, nameof(Organiser), 300);
        Place = Guard.Optional(place, nameof(Place), 300);
        (FirstDay, LastDay, Hours) = (from, to, length);
    }

    /// <summary>How many took part, per sector code; sectors left out or at zero took no part.</summary>
    public void Count(IReadOnlyDictionary<string, int> bySector)
    {
        foreach (var (sector, count) in bySector)
        {
            if (count < 0)
                throw new DomainException("Validation.NotNegative", $"Headcounts[{sector}]");
        }
        _headcounts.Clear();
        _headcounts.AddRange(bySector.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PartnerHeadcount(p.Key, p.Value)));
    }

    /// <summary>The Centre's trainers who took part, each with the hours they taught (at most the training's length).</summary>
    public void Staff(IReadOnlyList<(int TrainerId, decimal Hours)> trainers)
    {
        for (var i = 0; i < trainers.Count; i++)
        {
            if (trainers[i].Hours <= 0)
                throw new DomainException("Validation.Positive", $"Trainers[{i}].Hours");
            if (trainers[i].Hours > Hours)
                throw new DomainException("PartnerTraining.TrainerHoursAboveTraining", $"Trainers[{i}].Hours");
            if (trainers.Take(i).Any(t => t.TrainerId == trainers[i].TrainerId))
                throw new DomainException("PartnerTraining.TrainerTwice", $"Trainers[{i}].TrainerId");
        }
        _trainers.Clear();
        _trainers.AddRange(trainers.Select(t => new PartnerTrainer(t.TrainerId, t.Hours)));
    }

    public void Record(string by, DateTime nowUtc) => (RecordedBy, RecordedAtUtc) = (by, nowUtc);
}
