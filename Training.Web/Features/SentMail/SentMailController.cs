using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Training.Infrastructure.Email;
using Training.Infrastructure.Identity;
using Training.Infrastructure.Localisation;
using Training.Infrastructure.Persistence;
using Training.Web.Shared;

namespace Training.Web.Features.SentMail;

/// <summary>
/// The administrators' view of the outbox: every email the system sent or is trying to send,
/// failures with their errors, and in Development the mail catcher where a newcomer reads what
/// a participant would receive. Personal links are shown cut short (<c>https://host/r/abcd…</c>): an administrator
/// never reads a participant's whole token, except in Development, where this page stands in for the demo's mailboxes.
/// </summary>
[Authorize(Roles = Roles.Administrator), Route("sent-mail"), NoStore]
public sealed class SentMailController(TrainingDbContext db, Mailer mailer, OutboxDispatcher dispatcher, TimeProvider clock, TextCatalog text, IWebHostEnvironment environment) : Controller
{
    private string Shown(string body) => environment.IsDevelopment() ? body : LinkMask.Mask(body);

    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxStatus? status, int? page) => View(await ListAsync(status, page, new TestEmailForm()));

    private async Task<SentMailList> ListAsync(OutboxStatus? status, int? page, TestEmailForm test)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (status is not null)
            query = query.Where(m => m.Status == status);
        var rows = await query.OrderByDescending(m => m.Id)
            .Select(m => new SentMailRow(m.Id, m.ToAddress, m.Subject, m.Kind, m.Status, m.AttemptCount, m.CreatedAtUtc, m.SentAtUtc, m.LastError))
            .ToPageAsync(page);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed);
        return new SentMailList(rows, status, test, failed);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attempts).FirstOrDefaultAsync(m => m.Id == id);
        return message is null ? NotFound() : View(new SentMailDetails(message, Shown(message.TextBody)));
    }

    /// <summary>The HTML body as sent, sandboxed so nothing in it runs on this site.</summary>
    [HttpGet("{id:int}/html")]
    public async Task<IActionResult> Html(int id)
    {
        var html = await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.HtmlBody).FirstOrDefaultAsync();
        if (html is null)
            return NotFound();
        Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        return Content(Shown(html), "text/html; charset=utf-8");
    }

    [HttpPost("{id:int}/retry")]
    public async Task<IActionResult> Retry(int id)
    {
        var message = await db.OutboxMessages.FindAsync(id);
        if (message is null)
            return NotFound();
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Status"] = text["SentMail.RetryQueued"];
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("send-now")]
    public async Task<IActionResult> SendNow()
    {
        var sent = await dispatcher.DispatchDueAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["SentMail.SentNow", sent];
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("test")]
    public async Task<IActionResult> SendTest([Bind(Prefix = "Test")] TestEmailForm form)
    {
        if (!ModelState.IsValid)
            return View(nameof(Index), await ListAsync(null, 1, form));
        mailer.Queue(form.Email, null, form.Culture, "Test", t => new EmailContent(
            t["Email.Test.Subject"],
            [t["Email.Test.Body"]],
            t["Email.Signature"]));
        await db.SaveChangesAsync();
        TempData["Status"] = text["SentMail.TestQueued"];
        return RedirectToAction(nameof(Index));
    }
}

public sealed record SentMailRow(int Id, string To, string Subject, string Kind, OutboxStatus Status, int Attempts, DateTime CreatedAtUtc, DateTime? SentAtUtc, string? LastError);

/// <summary>A message as the page shows it: its body with the links masked.</summary>
public sealed record SentMailDetails(OutboxMessage Message, string TextBody);

public sealed record SentMailList(Page<SentMailRow> Rows, OutboxStatus? Status, TestEmailForm Test, int FailedCount);

public sealed class TestEmailForm
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "SentMail.TestAddress")]
    public string Email { get; set; } = "";

    [Display(Name = "SentMail.TestCulture")]
    public string Culture { get; set; } = Cultures.SerbianCyrillic;
}
