namespace Training.Web.Startup;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the Hangfire server in this process (tests switch it off and run jobs directly).</summary>
    public bool RunServer { get; set; } = true;
}
