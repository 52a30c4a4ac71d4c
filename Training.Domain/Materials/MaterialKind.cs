namespace Training.Domain.Materials;

public enum MaterialKind
{
    Curriculum,
    Slides,
    Handout,
    IndicatorList,
    Other,
}
