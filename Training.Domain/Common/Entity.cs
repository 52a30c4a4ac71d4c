namespace Training.Domain.Common;

/// <summary>Base of every persisted entity: an identity the database assigns.</summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}
