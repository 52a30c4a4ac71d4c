using Training.Domain.Common;

namespace Training.Domain.Planning;

/// <summary>How many people of one sector took part in a partner's training: a number, never a person.</summary>
public sealed class PartnerHeadcount : Entity
{
    private PartnerHeadcount() { }

    internal PartnerHeadcount(string sectorCode, int count) => (SectorCode, Count) = (sectorCode, count);

    public int PartnerTrainingId { get; private set; }
    public string SectorCode { get; private set; } = "";
    public int Count { get; private set; }
}
