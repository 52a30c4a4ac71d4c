namespace Training.Domain.Materials;

/// <summary>What has to be ready before a session.</summary>
public enum PreparationItem
{
    MaterialsPrepared,
    CopiesPrinted,
    RoomSetUp,
}
