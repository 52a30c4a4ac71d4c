using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Training.Tests.Support;

/// <summary>What the server does with one incoming message.</summary>
public enum SmtpFault
{
    None,

    /// <summary>Answers the message's DATA with 421 (service not available) and keeps nothing.</summary>
    Refuse,

    /// <summary>Keeps the message, then closes the connection before answering: the sender cannot know it arrived.</summary>
    DropAfterData,
}

/// <summary>
/// A real SMTP server in the test process; what it receives is parsed back with MimeKit. A fault plan may refuse
/// or cut off chosen messages (by their number in arrival order, from 1).
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SmtpTestServer(Func<int, SmtpFault>? faults = null)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Port(Port).IsSecure(false)).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this, faults ?? (_ => SmtpFault.None)));
        var server = new SmtpServer.SmtpServer(options, services);
        _running = server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Messages whose DATA arrived, kept or not.</summary>
    public int Attempts => _attempts;

    /// <summary>Messages refused with 421 and messages kept but cut off, as the fault plan chose.</summary>
    public int Refused => _refused;
    public int Dropped => _dropped;

    private int _attempts;
    private int _refused;
    private int _dropped;

    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var found = Messages.FirstOrDefault(match);
            if (found is not null)
                return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("No matching message arrived at the test SMTP server.");
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(SmtpTestServer server, Func<int, SmtpFault> faults) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var fault = faults(Interlocked.Increment(ref server._attempts));
            if (fault == SmtpFault.Refuse)
            {
                Interlocked.Increment(ref server._refused);
                return new SmtpResponse(SmtpReplyCode.ServiceUnavailable, "Service not available, try again later");
            }
            using var stream = new MemoryStream(buffer.ToArray());
            server.Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            if (fault == SmtpFault.DropAfterData)
            {
                Interlocked.Increment(ref server._dropped);
                // The connection goes before the reply does.
                context.Pipe.Dispose();
                throw new IOException("Connection dropped after DATA by the test's fault plan.");
            }
            return SmtpResponse.Ok;
        }
    }
}
