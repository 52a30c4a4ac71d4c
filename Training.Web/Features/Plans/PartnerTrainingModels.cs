using Training.Domain.Planning;
using Training.Web.Shared;

namespace Training.Web.Features.Plans;

/// <summary>A partner's training as the coordinator records it: the training, the Centre's trainers, and counts per sector.</summary>
public sealed class PartnerTrainingForm
{
    public const int TrainerRows = 4;

    public string? Title { get; set; }
    public string? Organiser { get; set; }
    public string? Place { get; set; }
    public DateOnly? FirstDay { get; set; }
    public DateOnly? LastDay { get; set; }
    public decimal? Hours { get; set; }

    /// <summary>People who took part, by sector code.</summary>
    public Dictionary<string, int?> Headcounts { get; set; } = [];

    public List<PartnerTrainerInput> Trainers { get; set; } = [];
}

public sealed class PartnerTrainerInput
{
    public int? TrainerId { get; set; }
    public decimal? Hours { get; set; }
}

public sealed record PartnerTrainingEditor(int Year, PlanActivity Activity, int? Id, PartnerTrainingForm Form, IReadOnlyList<string> Sectors, IReadOnlyList<Choice> Trainers);

/// <summary>A partner's training in the activity's list, with the names of the Centre's trainers.</summary>
public sealed record PartnerTrainingRow(PartnerTraining Training, IReadOnlyList<string> TrainerNames);

/// <summary>A session of the year that could also count towards an activity.</summary>
public sealed record SessionChoice(int Id, string Title, DateOnly FirstDay);
