namespace Training.Infrastructure.Localisation;

/// <summary>The CLDR plural categories the interface's languages use (Serbian: one, few, other; English: one, other).</summary>
public enum PluralCategory
{
    One,
    Few,
    Other,
}
