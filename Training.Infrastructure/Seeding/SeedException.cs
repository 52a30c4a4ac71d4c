namespace Training.Infrastructure.Seeding;

/// <summary>A seed file is missing or malformed; start-up stops and nothing is written.</summary>
public sealed class SeedException(string file, string problem, Exception? inner = null)
    : Exception($"Seed file '{file}': {problem}", inner)
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
