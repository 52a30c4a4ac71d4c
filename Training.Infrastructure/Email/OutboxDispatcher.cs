using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Email;

/// <summary>
/// Sends due outbox messages. Each message is first claimed with a conditional update, so two
/// app instances (or two overlapping runs) never send one row twice; one SMTP connection
/// serves the whole batch.
/// </summary>
public sealed class OutboxDispatcher(TrainingDbContext db, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private readonly EmailOptions _options = options.Value;

    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(cancellationToken);
            if (batch.Count == 0)
                break;
            sent += await SendBatchAsync(batch, cancellationToken);
        }
        return sent;
    }

    private async Task<List<OutboxMessage>> ClaimBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dueIds = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

        var claimed = new List<int>();
        var lockUntil = now + ClaimFor;
        foreach (var id in dueIds)
        {
            var rows = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, lockUntil), cancellationToken);
            if (rows == 1)
                claimed.Add(id);
        }
        db.ChangeTracker.Clear();
        return await db.OutboxMessages.Where(m => claimed.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task<int> SendBatchAsync(List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var sent = 0;
        using var client = new SmtpClient();
        foreach (var message in batch)
        {
            try
            {
                if (_options.Delivery == EmailDelivery.Smtp)
                {
                    await EnsureConnectedAsync(client, cancellationToken);
                    await client.SendAsync(ToMime(message), cancellationToken);
                }
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(clock.GetUtcNow().UtcDateTime, ex.Message, _options.MaxAttempts);
                // The message id is logged, never the address: logs hold no personal data.
                logger.LogWarning("Outbox message {OutboxId} failed on attempt {Attempt}: {Error}", message.Id, message.AttemptCount, ex.GetType().Name);
                if (client.IsConnected)
                    await SafeDisconnectAsync(client);
            }
            // Saved one by one, so a crash after a send loses at most the record of that one message.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        if (client.IsConnected)
            await SafeDisconnectAsync(client);
        db.ChangeTracker.Clear();
        return sent;
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
            return;
        var security = _options.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(_options.SmtpHost, _options.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.SmtpUser))
            await client.AuthenticateAsync(_options.SmtpUser, _options.SmtpPassword ?? "", cancellationToken);
    }

    private static async Task SafeDisconnectAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(true);
        }
        catch (Exception)
        {
            // The connection is already broken; the next message opens a new one.
        }
    }

    public MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage { MessageId = message.MessageId, Subject = message.Subject };
        mime.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.AttachmentContent is not null && message.AttachmentFileName is not null)
            body.Attachments.Add(message.AttachmentFileName, message.AttachmentContent, ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream"));
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
