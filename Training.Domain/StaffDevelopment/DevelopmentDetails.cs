namespace Training.Domain.StaffDevelopment;

/// <summary>What a development item says about the training itself, as the coordinator types it in.</summary>
public sealed record DevelopmentDetails(
    DevelopmentKind Kind,
    string Title,
    string? Provider,
    int? ProgrammeId,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    decimal Hours,
    decimal? Points,
    decimal? Cost,
    int? FundingSourceId);
