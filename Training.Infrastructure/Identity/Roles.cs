namespace Training.Infrastructure.Identity;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Coordinator = "Coordinator";
    public const string Management = "Management";
    public const string Trainer = "Trainer";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Administrator, Coordinator, Management, Trainer, Staff];

    /// <summary>Those who plan and edit training work.</summary>
    public const string Planners = Administrator + "," + Coordinator;

    /// <summary>Those who read everything about training work.</summary>
    public const string Readers = Administrator + "," + Coordinator + "," + Management;
}
