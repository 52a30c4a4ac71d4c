using System.Runtime.CompilerServices;

namespace Training.Tests.Support;

/// <summary>
/// The run starts a few hundred app hosts one after another, each watching its settings and static files. With
/// inotify every watcher holds one of the user's 128 instances until the runtime lets it go, and late tests failed
/// with "the configured user limit (128) on the number of inotify instances has been reached". Polling needs none.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}
