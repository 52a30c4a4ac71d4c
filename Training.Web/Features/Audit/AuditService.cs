using Microsoft.EntityFrameworkCore;
using Training.Domain.Common;
using Training.Infrastructure.Audit;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.Audit;

/// <summary>
/// What the audit log cannot see in saved changes (exports of personal data, a person's data handed out or
/// erased) is recorded here; and administrators search the log.
/// </summary>
public sealed class AuditService(TrainingDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <param name="actor">Who acted, when the request's user does not say it (a sign-in names the account tried).</param>
    public async Task RecordAsync(string action, string subject, object? id, string? detail = null, string? actor = null)
    {
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, actor ?? AuditTrail.Actor(http.HttpContext), action, subject, id?.ToString(), detail));
        await db.SaveChangesAsync();
    }

    public Task<Page<AuditEntry>> SearchAsync(AuditFilter filter, int? page)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
            query = query.Where(a => a.Actor.Contains(filter.Actor.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Action))
            query = query.Where(a => a.Action.StartsWith(filter.Action));
        if (!string.IsNullOrWhiteSpace(filter.Subject))
            query = query.Where(a => a.Subject == filter.Subject && (filter.Id == null || a.SubjectId == filter.Id));
        if (!string.IsNullOrWhiteSpace(filter.Text))
            query = query.Where(a => a.Detail != null && a.Detail.Contains(filter.Text.Trim()));
        if (filter.From is { } from)
            query = query.Where(a => a.AtUtc >= Belgrade.ToUtc(from, TimeOnly.MinValue));
        if (filter.To is { } to)
            query = query.Where(a => a.AtUtc < Belgrade.ToUtc(to.AddDays(1), TimeOnly.MinValue));
        return query.OrderByDescending(a => a.Id).ToPageAsync(page, 50);
    }

    /// <summary>The actions the log holds, for the filter's list.</summary>
    public Task<List<string>> ActionsAsync() => db.AuditLog.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync();
}

public sealed class AuditFilter
{
    public string? Actor { get; set; }
    public string? Action { get; set; }
    public string? Subject { get; set; }
    public string? Id { get; set; }
    public string? Text { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public string Query(int page) =>
        $"?actor={Uri.EscapeDataString(Actor ?? "")}&action={Uri.EscapeDataString(Action ?? "")}&subject={Uri.EscapeDataString(Subject ?? "")}&id={Uri.EscapeDataString(Id ?? "")}" +
        $"&text={Uri.EscapeDataString(Text ?? "")}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&page={page}";
}

public sealed record AuditPage(AuditFilter Filter, Page<AuditEntry> Entries, IReadOnlyList<string> Actions);
