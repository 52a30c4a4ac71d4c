using System.Reflection;
using System.Text.RegularExpressions;
using Training.Domain.Common;
using Training.Infrastructure.Persistence;
using Training.Tests.Support;
using Training.Web.Shared;

namespace Training.Tests.Architecture;

/// <summary>
/// The direction of the code, checked rather than hoped for: the domain depends on nothing of ours, infrastructure only
/// on the domain, and no two features of the web app use each other (what both need lives in the domain or in
/// <c>Training.Web/Shared</c>), so a feature can be read and changed starting from what it uses.
/// </summary>
public sealed partial class DependencyTests
{
    [Fact]
    public void The_domain_depends_on_no_other_project_and_infrastructure_only_on_the_domain()
    {
        static string[] Ours(Assembly assembly) =>
            assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Training.", StringComparison.Ordinal)).Order().ToArray();

        Assert.Empty(Ours(typeof(DomainException).Assembly));
        Assert.Equal(["Training.Domain"], Ours(typeof(TrainingDbContext).Assembly));
    }

    [Fact]
    public void No_two_features_use_each_other()
    {
        var uses = FeatureUses();
        var both = uses.Keys.Where(k => string.CompareOrdinal(k.From, k.To) < 0 && uses.ContainsKey((k.To, k.From)))
            .Select(k => $"{k.From} ↔ {k.To}: {k.From} uses {string.Join(", ", uses[k])}; {k.To} uses {string.Join(", ", uses[(k.To, k.From)])}")
            .ToList();
        Assert.True(both.Count == 0, "Features that use each other:\n" + string.Join("\n", both));
    }

    [Fact]
    public void The_check_sees_a_feature_using_another_through_a_type_a_qualified_name_or_a_view_path()
    {
        // The sessions feature uses the registrations feature in all three ways; were the scan blind to any of them,
        // the test above would pass whatever the code did.
        var uses = FeatureUses()[("Sessions", "Registrations")];
        Assert.Contains("RegistrationListService", uses);
        Assert.Contains("InvitationService", uses);
        Assert.Contains(FeatureUses()[("Evaluation", "Sessions")], u => u == "SessionService");
    }

    /// <summary>
    /// Which feature's code names which other feature's types, from the sources: a top-level type of feature B
    /// named in a C# file or a view of feature A (text keys such as "Evaluation.TrainerRow" and C# string literals
    /// aside), or a view of B addressed by its path.
    /// </summary>
    private static Dictionary<(string From, string To), SortedSet<string>> FeatureUses()
    {
        var features = Path.Combine(Repository.Root, "Training.Web", "Features");
        var owner = typeof(Display).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace?.StartsWith("Training.Web.Features.", StringComparison.Ordinal) == true && !t.Name.Contains('<'))
            .GroupBy(t => t.Name.Split('`')[0])
            .ToDictionary(g => g.Key, g => g.Select(t => t.Namespace!.Split('.')[3]).Distinct().ToList());
        var uses = new Dictionary<(string, string), SortedSet<string>>();
        void Use(string from, string to, string what)
        {
            if (from == to)
                return;
            if (!uses.TryGetValue((from, to), out var set))
                uses[(from, to)] = set = [];
            set.Add(what);
        }
        foreach (var dir in Directory.GetDirectories(features))
        {
            var feature = Path.GetFileName(dir);
            foreach (var file in Directory.GetFiles(dir, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)))
            {
                var source = File.ReadAllText(file);
                foreach (Match path in ViewPath().Matches(source))
                    Use(feature, path.Groups[1].Value, path.Value);
                // Text keys ("Evaluation.TrainerRow") and, in C#, every literal are words, not uses; a view's attributes keep
                // theirs, since they hold C# (model="...").
                var code = (file.EndsWith(".cs", StringComparison.Ordinal) ? StringLiteral() : TextKey()).Replace(source, "\"\"");
                foreach (Match word in Word().Matches(code))
                    foreach (var other in owner.GetValueOrDefault(word.Value) ?? [])
                        if (!owner[word.Value].Contains(feature))
                            Use(feature, other, word.Value);
            }
        }
        return uses;
    }

    [GeneratedRegex(@"/Features/(\w+)/")]
    private static partial Regex ViewPath();

    [GeneratedRegex(@"\b[A-Z]\w+\b")]
    private static partial Regex Word();

    [GeneratedRegex("\"[A-Z][A-Za-z]*\\.[A-Za-z.]+\"")]
    private static partial Regex TextKey();

    /// <summary>A C# string literal, verbatim or not, without the interpolated parts' subtleties (enough for names).</summary>
    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
