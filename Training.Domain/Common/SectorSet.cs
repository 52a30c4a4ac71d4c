namespace Training.Domain.Common;

/// <summary>A set of sector codes ("SocialWorkCentre", "Police", ...), stored as one comma-separated value.</summary>
public sealed record SectorSet
{
    public static readonly SectorSet Empty = new([]);

    public SectorSet(IEnumerable<string> codes) =>
        Codes = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => Codes.Contains(code);

    public override string ToString() => string.Join(',', Codes);

    public static SectorSet Parse(string? stored) => string.IsNullOrWhiteSpace(stored) ? Empty : new SectorSet(stored.Split(','));

    public bool Equals(SectorSet? other) => other is not null && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
