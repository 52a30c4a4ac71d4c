using Training.Domain.Materials;
using Training.Domain.Sessions;

namespace Training.Web.Features.Materials;

public sealed class MaterialForm
{
    public string? Title { get; set; }
    public MaterialKind Kind { get; set; } = MaterialKind.Handout;
    public string Language { get; set; } = "sr-Cyrl-RS";
    public MaterialVisibility Visibility { get; set; } = MaterialVisibility.Participants;
    public IFormFile? File { get; set; }
}

public sealed record ChecklistRow(PreparationItem Item, PreparationCheck? Check);

/// <summary>A session's materials (its own and its programme's), the upload form and the preparation checklist.</summary>
public sealed record SessionMaterialsPage(TrainingSession Session, IReadOnlyList<Material> Own, IReadOnlyList<Material> OfProgramme,
    IReadOnlyList<ChecklistRow> Checklist, MaterialForm Form, bool CanEdit);

/// <summary>The materials a participant may download for their session, reached by a link that proves who they are.</summary>
public sealed record SharedMaterials(TrainingSession Session, IReadOnlyList<Material> Materials, string LinkBase);
