using System.Diagnostics;

namespace Training.Infrastructure.Persistence;

/// <summary>
/// Counts the SQL commands EF Core executes while it is alive, from EF's diagnostic events (every
/// context in the process). For tests and benchmarks that hold a page to a number of commands.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private const string Executed = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    private SqlCommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>
    /// A counter that sees every command from now on. EF Core remembers for a second whether anyone listens
    /// (per context, and pooled contexts live on), so the counter waits that second out before it is handed back.
    /// </summary>
    public static async Task<SqlCommandCounter> StartAsync()
    {
        var counter = new SqlCommandCounter();
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        return counter;
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
            lock (_subscriptions)
                _subscriptions.Add(listener.Subscribe(this, name => name == Executed));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == Executed)
            Interlocked.Increment(ref _count);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
            _subscriptions.ForEach(s => s.Dispose());
    }
}
