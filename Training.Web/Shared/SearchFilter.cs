using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

/// <summary>The texts of one row a search box looks at (a name, and a town or an address).</summary>
public sealed record SearchTexts(int Id, string? Text, string? More);

public static class SearchFilter
{
    /// <summary>
    /// The rows whose texts contain <paramref name="term"/> in either script, with or without diacritics ("Cacak" finds "Чачак").
    /// The comparison runs in memory over the ids and texts the other filters left: neither SQLite nor SQL Server can
    /// compare across scripts, and a stored folded copy of every name would have to follow every rename.
    /// </summary>
    public static async Task<IQueryable<T>> MatchingAsync<T>(this IQueryable<T> query, string? term, Expression<Func<T, SearchTexts>> texts)
        where T : Entity
    {
        if (SearchKey.For(term) is not { } key)
            return query;
        var rows = await query.Select(texts).ToListAsync();
        var ids = rows.Where(r => key.Matches(r.Text, r.More)).Select(r => r.Id).ToList();
        return query.Where(e => ids.Contains(e.Id));
    }
}
