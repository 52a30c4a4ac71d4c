using Training.Domain.Common;

namespace Training.Domain.Organisations;

/// <summary>A municipality an institution serves besides the one it sits in (a social work centre for several municipalities).</summary>
public sealed class ServedMunicipality : Entity
{
    private ServedMunicipality() { }

    internal ServedMunicipality(int municipalityId) => MunicipalityId = municipalityId;

    public int OrganisationId { get; private set; }
    public int MunicipalityId { get; private set; }
}
