namespace Training.Domain.Planning;

/// <summary>How an activity stands against its targets, in the order a reader worries about.</summary>
public enum FulfilmentStatus
{
    NotRated,
    Achieved,
    OnTrack,
    AtRisk,
    Behind,
}
