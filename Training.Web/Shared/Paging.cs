namespace Training.Web.Shared;

/// <summary>One page of a long list, and what the pager needs to draw itself.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public const int DefaultSize = 25;

    public int Count => Math.Max(1, (int)Math.Ceiling(Total / (double)Size));
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < Count;
}

public static class PagingExtensions
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int size = Page<T>.DefaultSize, CancellationToken cancellationToken = default)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);
        var count = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        var number = Math.Min(Math.Max(1, page ?? 1), count);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(query.Skip((number - 1) * size).Take(size), cancellationToken);
        return new Page<T>(items, number, size, total);
    }
}
