namespace Training.Domain.Sessions;

public enum TrainerRole
{
    Lead,
    CoTrainer,
    GuestSpeaker,
}
