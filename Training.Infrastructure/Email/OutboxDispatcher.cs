using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Training.Infrastructure.Persistence;

namespace Training.Infrastructure.Email;

/// <summary>
/// Sends due outbox messages. Each batch is first claimed with a conditional update, so two
/// app instances (or two overlapping runs) never send one row twice; one SMTP connection
/// serves the whole batch.
/// </summary>
public sealed class OutboxDispatcher(TrainingDbContext db, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private readonly EmailOptions _options = options.Value;

    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        // A few connections serve every batch of the run; each is reopened only after a failure.
        var clients = Enumerable.Range(0, Math.Max(1, _options.Connections)).Select(_ => new SmtpClient()).ToList();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await ClaimBatchAsync(cancellationToken);
                if (batch.Count == 0)
                    break;
                sent += await SendBatchAsync(clients, batch, cancellationToken);
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                if (client.IsConnected)
                    await SafeDisconnectAsync(client);
                client.Dispose();
            }
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
        if (dueIds.Count == 0)
            return [];

        // One conditional UPDATE claims the whole batch; rows another run claimed first are left out.
        var claim = Guid.NewGuid();
        var lockUntil = now + TimeSpan.FromSeconds(_options.ClaimSeconds);
        await db.OutboxMessages
            .Where(m => dueIds.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUtc, lockUntil).SetProperty(m => m.ClaimedBy, claim), cancellationToken);
        db.ChangeTracker.Clear();
        return await db.OutboxMessages.Where(m => m.ClaimedBy == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The connections send in parallel, each taking the next message; this method alone touches the
    /// DbContext, recording each result as it arrives, so a crash after a send loses at most that record.
    /// </summary>
    private async Task<int> SendBatchAsync(List<SmtpClient> clients, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<OutboxMessage>(batch);
        var results = System.Threading.Channels.Channel.CreateUnbounded<(OutboxMessage Message, Exception? Error)>();
        var workers = clients.Select(client => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var message))
            {
                Exception? error = null;
                try
                {
                    if (_options.Delivery == EmailDelivery.Smtp)
                    {
                        await EnsureConnectedAsync(client, cancellationToken);
                        await client.SendAsync(ToMime(message), cancellationToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = ex;
                    if (client.IsConnected)
                        await SafeDisconnectAsync(client);
                }
                await results.Writer.WriteAsync((message, error), CancellationToken.None);
            }
        }, cancellationToken)).ToList();
        _ = Task.WhenAll(workers).ContinueWith(_ => results.Writer.Complete(), TaskScheduler.Default);

        var sent = 0;
        try
        {
            await foreach (var (message, error) in results.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (error is null)
                {
                    message.MarkSent(clock.GetUtcNow().UtcDateTime);
                    // The catcher delivers to no one: its messages stay whole, the only copy there is.
                    if (_options.Delivery == EmailDelivery.Smtp)
                        message.ForgetLinks();
                    sent++;
                }
                else
                {
                    message.MarkFailed(clock.GetUtcNow().UtcDateTime, error.Message, _options.MaxAttempts);
                    // The message id is logged, never the address: logs hold no personal data.
                    logger.LogWarning("Outbox message {OutboxId} failed on attempt {Attempt}: {Error}", message.Id, message.AttemptCount, error.GetType().Name);
                }
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        catch
        {
            // The database refused a result: send nothing more whose result could not be kept. What was sent and not
            // recorded goes again once its claim runs out (a duplicate, never a loss).
            queue.Clear();
            await Task.WhenAll(workers);
            throw;
        }
        await Task.WhenAll(workers);
        db.ChangeTracker.Clear();
        return sent;
    }

    private async Task EnsureConnectedAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        if (client.IsConnected)
            return;
        var security = _options.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        // Nagle's algorithm against the server's delayed ACK costs ~40 ms a command; SMTP's short lines want it off.
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_options.SmtpHost, _options.SmtpPort, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        await client.ConnectAsync(socket, _options.SmtpHost, _options.SmtpPort, security, cancellationToken);
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
