using System.Net;
using System.Text.RegularExpressions;
using Training.Tests.Support;

namespace Training.Tests.Features;

/// <summary>
/// Every internal link on the pages a role can reach leads somewhere: the app is walked from its start page over the
/// demo data, following each link once, and no anchor is left without its address. Links are built from the routes
/// by name; a renamed action or a route value gone missing makes the routing helpers write no address at all, which
/// nothing else would notice.
/// </summary>
public sealed partial class LinkCrawlTests : IClassFixture<TrainingAppFactory>
{
    private const int MostPages = 600;

    /// <summary>Pages of one kind (the same address but for its numbers) walked at most this often: enough to see a
    /// kind's links, and the walk does not follow a year's "next" link to the end of the calendar.</summary>
    private const int PagesOfAKind = 3;
    private readonly TrainingAppFactory _app;

    public LinkCrawlTests(TrainingAppFactory app) => _app = app;

    [Theory]
    [InlineData("Administrator", "/", 160)]
    [InlineData("Coordinator", "/", 150)]
    [InlineData("Management", "/", 110)]
    [InlineData("Staff", "/me", 10)]
    public async Task Every_link_a_role_is_shown_leads_to_a_page(string role, string start, int atLeast)
    {
        using var web = new WebSession(_app);
        await web.SignInAsRoleAsync(role);
        var queue = new Queue<(string Url, string From)>([(start, "(start)")]);
        var seen = new HashSet<string> { start };
        var kinds = new Dictionary<string, int>();
        var problems = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MostPages)
        {
            var (url, from) = queue.Dequeue();
            visited++;
            using var response = await web.Client.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
            {
                problems.Add($"{url} (linked from {from}): {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match anchor in Anchor().Matches(html))
            {
                var href = Href().Match(anchor.Value);
                if (!href.Success || href.Groups[1].Value.Length == 0)
                {
                    problems.Add($"{url}: an anchor without an address: {anchor.Value}");
                    continue;
                }
                var target = WebUtility.HtmlDecode(href.Groups[1].Value).Split('#')[0];
                if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal) || Outside(target) || !seen.Add(target))
                    continue;
                var kind = Number().Replace(target, "#");
                if ((kinds[kind] = kinds.GetValueOrDefault(kind) + 1) <= PagesOfAKind)
                    queue.Enqueue((target, url));
            }
        }
        Assert.True(problems.Count == 0, $"{role}, {visited} pages:\n" + string.Join("\n", problems));
        // The walk really went through the app, not just its start page.
        Assert.True(visited >= atLeast, $"{role} reached only {visited} pages");
    }

    /// <summary>Addresses that leave the app's pages: the job dashboard, signing out, switching the language.</summary>
    private static bool Outside(string target) =>
        target.StartsWith("/hangfire", StringComparison.Ordinal) || target.StartsWith("/account/sign-out", StringComparison.Ordinal)
        || target.Contains("culture=", StringComparison.Ordinal);

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();

    [GeneratedRegex("<a\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex("\\bhref=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
