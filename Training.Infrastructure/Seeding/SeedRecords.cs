using Training.Domain.Planning;

namespace Training.Infrastructure.Seeding;

// The shapes of the seed files, one record per kind of line.

public sealed record SectorSeed(string Code, string Name, string NameEnglish);

public sealed record AccreditingBodySeed(string Code, string Name, string Abbreviation, bool AsksLicenceNumber);

public sealed record MunicipalitySeed(string Code, string Name);

public sealed record DistrictSeed(string Code, string Name, List<MunicipalitySeed> Municipalities);

public sealed record InstitutionSeed(string Name, string Sector, string Municipality, string? Email = null, string? Phone = null, string? Address = null);

/// <summary>A plan as the Centre adopted it; <paramref name="ApprovedBy"/> names the body that adopted it, and the plan is loaded approved.</summary>
public sealed record PlanSeed(int Year, string Title, string? Preamble, List<GeneralGoalSeed> GeneralGoals, string? ApprovedBy = null);

public sealed record GeneralGoalSeed(string Number, string Text, List<SpecificGoalSeed> SpecificGoals);

public sealed record SpecificGoalSeed(string Number, string Text, List<ActivitySeed> Activities, List<OutcomeSeed> Outcomes);

public sealed record ActivitySeed(string Number, string Text, ActivityKind Kind, List<TaskSeed>? Tasks, List<TargetSeed>? Targets);

public sealed record TaskSeed(string Text, int? CountTarget = null, int? DueQuarter = null, string? Responsible = null);

public sealed record TargetSeed(TargetKind Kind, decimal Value, string? Sector);

public sealed record OutcomeSeed(string Number, string Text);

public sealed record DemoUserSeed(string Email, string DisplayName, string Role);

public sealed record DemoUsersSeed(string Password, List<DemoUserSeed> Users);
