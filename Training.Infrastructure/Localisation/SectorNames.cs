using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Localisation;

/// <summary>
/// The sectors' names for the text catalogue: "Sector.{code}" reads the name an administrator gave the sector, in the
/// reader's language (Latin transliterated from the Cyrillic). Kept in memory and read again after a minute, or at once
/// after a change made by this instance, so every page and report names a sector without a query of its own.
/// </summary>
public sealed class SectorNames(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string Prefix = "Sector.";

    /// <summary>How long another instance's rename may take to show here.</summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private sealed record Name(string Cyrillic, string Latin, string English);

    private sealed record Snapshot(IReadOnlyDictionary<string, Name> Names, DateTimeOffset LoadedAt);

    private volatile Snapshot? _snapshot;

    public string? Find(string key, CultureInfo culture)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        if (!Current().Names.TryGetValue(key[Prefix.Length..], out var name))
            return null;
        return Cultures.IsEnglish(culture) ? name.English : Cultures.IsLatin(culture) ? name.Latin : name.Cyrillic;
    }

    /// <summary>Reads the names again on next use: after a sector is added or renamed.</summary>
    public void Forget() => _snapshot = null;

    private Snapshot Current()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < Fresh)
            return snapshot;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var names = db.Sectors.AsNoTracking().Select(s => new { s.Code, s.Name, s.NameEnglish }).ToList()
            .ToDictionary(s => s.Code, s => new Name(s.Name, SerbianTransliteration.ToLatin(s.Name), s.NameEnglish), StringComparer.Ordinal);
        _snapshot = snapshot = new Snapshot(names, clock.GetUtcNow());
        return snapshot;
    }
}
