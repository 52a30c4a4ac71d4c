namespace Training.Tests.Support;

/// <summary>The repository the tests run from, found by its solution file above the test binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Training.sln")))
                return dir.FullName;
        throw new InvalidOperationException("Training.sln not found above " + AppContext.BaseDirectory);
    }
}
