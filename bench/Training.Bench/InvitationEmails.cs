using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Training.Infrastructure.Email;
using Training.Web.Features.Registrations;

namespace Training.Bench;

/// <summary>
/// S5: 1,000 invitations sent through the outbox to a real SMTP server on loopback:
/// the time until all are delivered, the SMTP connections opened, distinct Message-IDs.
/// </summary>
public static class InvitationEmails
{
    public static async Task<Dictionary<string, object>> RunAsync(int count = 1000)
    {
        var port = FreePort();
        var received = new ConcurrentBag<string?>();
        var connections = 0;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Port(port).IsSecure(false)).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(new Store(received));
        var server = new SmtpServer.SmtpServer(options, provider);
        server.SessionCreated += (_, _) => Interlocked.Increment(ref connections);
        using var stop = new CancellationTokenSource();
        var running = server.StartAsync(stop.Token);

        using var app = new BenchApp(new()
        {
            ["Email:Delivery"] = Environment.GetEnvironmentVariable("BENCH_DELIVERY") ?? "Smtp", ["Email:SmtpHost"] = "127.0.0.1", ["Email:SmtpPort"] = port.ToString(CultureInfo.InvariantCulture),
        });
        _ = app.Address;
        var (sessionId, _) = app.OpenSessionWithInvitations(10, 0, "none");
        var addresses = string.Join('\n', Enumerable.Range(0, count).Select(i => $"Позвани Учесник {i} <pozvan{i}@example.rs>"));

        var queueWatch = Stopwatch.StartNew();
        using (var scope = app.Services.CreateScope())
        {
            var registrations = scope.ServiceProvider.GetRequiredService<RegistrationService>();
            var session = await registrations.SessionAsync(sessionId);
            await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(session!, new InviteForm { Addresses = addresses, Culture = "sr-Cyrl-RS" });
        }
        queueWatch.Stop();

        var sendWatch = Stopwatch.StartNew();
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        Console.WriteLine($"dispatcher run: {sendWatch.Elapsed.TotalSeconds:0.00} s");
        while (received.Count < count && sendWatch.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(20);
        sendWatch.Stop();

        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }

        var distinct = received.Distinct().Count();
        Console.WriteLine($"queued {count} invitations in {queueWatch.Elapsed.TotalSeconds:0.00} s; delivered {received.Count} in {sendWatch.Elapsed.TotalSeconds:0.00} s over {connections} connection(s); {distinct} distinct Message-IDs");
        return new Dictionary<string, object>
        {
            ["scenario"] = "S5-invitation-emails",
            ["emails"] = count,
            ["delivered"] = received.Count,
            ["queue_seconds"] = Math.Round(queueWatch.Elapsed.TotalSeconds, 2),
            ["send_seconds"] = Math.Round(sendWatch.Elapsed.TotalSeconds, 2),
            ["connections"] = connections,
            ["distinct_message_ids"] = distinct,
            ["goal_seconds"] = 20,
            ["goal_connections"] = 3,
            ["pass"] = received.Count == count && distinct == count && connections <= 3 && queueWatch.Elapsed.TotalSeconds + sendWatch.Elapsed.TotalSeconds <= 20,
        };
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(ConcurrentBag<string?> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            received.Add(message.MessageId);
            return SmtpResponse.Ok;
        }
    }
}
