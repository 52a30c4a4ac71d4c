using System.Text.Json;
using Microsoft.Playwright;
using Training.Tests.Support;

namespace Training.Tests.Browser;

/// <summary>Every form control has an accessible name of its own, so a screen reader user knows which field they are in.</summary>
public sealed class AccessibleNameBrowserTests : IClassFixture<Support.Browser>, IAsyncLifetime
{
    private static readonly HashSet<string> ControlRoles =
        ["textbox", "searchbox", "combobox", "listbox", "checkbox", "radio", "spinbutton", "slider", "switch", "Date", "DateTime", "InputTime"];

    private readonly Support.Browser _browser;
    private TrainingAppFactory _app = null!;

    public AccessibleNameBrowserTests(Support.Browser browser) => _browser = browser;

    public Task InitializeAsync()
    {
        _app = new TrainingAppFactory(null, kestrel: true);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task No_form_page_has_two_controls_with_the_same_accessible_name()
    {
        var root = _app.ServerAddress;
        var session = _app.Scoped(db => db.Sessions.OrderBy(s => s.Id).First().Id);
        var programme = _app.Scoped(db => db.Programmes.OrderBy(p => p.Id).First().Id);
        var trainer = _app.Scoped(db => db.Trainers.OrderBy(t => t.Id).First().Id);
        var sessionId = OpenSession.Create(_app, capacity: 10);
        var token = OpenSession.Invite(_app, sessionId, 1, "imena")[0];
        string[] pages =
        [
            "/sessions", "/sessions/new", $"/sessions/{session}/edit", $"/sessions/{session}", $"/sessions/{session}/attendance",
            $"/sessions/{session}/certificates", $"/sessions/{session}/budget", $"/sessions/{session}/materials",
            "/programmes", "/programmes/new", $"/programmes/{programme}/edit", "/venues/new", "/trainers/new", $"/trainers/{trainer}/edit",
            "/directory", "/directory/new", "/participants", "/budgets",
        ];
        var problems = new List<string>();
        await using var context = await _browser.NewContextAsync(width: 1280, height: 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}/r/{token}");
        problems.AddRange(await DuplicatesAsync(page, "/r/…"));
        await Support.Browser.SignInAsync(page, root, "coordinator@demo.local");
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(root + path);
            Assert.True(response is { Ok: true } && !page.Url.Contains("access-denied"), $"{path} did not open for the coordinator");
            problems.AddRange(await DuplicatesAsync(page, path));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static string? Role(JsonElement node) => node.TryGetProperty("role", out var r) && r.TryGetProperty("value", out var v) ? v.GetString() : null;

    private static async Task<IEnumerable<string>> DuplicatesAsync(IPage page, string path)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
        var nodes = tree!.Value.GetProperty("nodes").EnumerateArray().ToList();
        var roles = nodes.ToDictionary(n => n.GetProperty("nodeId").GetString()!, Role);
        var parents = nodes.Where(n => n.TryGetProperty("parentId", out _))
            .ToDictionary(n => n.GetProperty("nodeId").GetString()!, n => n.GetProperty("parentId").GetString()!);
        // A date or time field's own day, month and hour boxes are parts of that one named field.
        bool InsideDateOrTime(string id) =>
            parents.TryGetValue(id, out var parent) && (roles.GetValueOrDefault(parent) is "Date" or "DateTime" or "InputTime" || InsideDateOrTime(parent));
        var names = new List<string>();
        foreach (var node in nodes)
        {
            if (node.TryGetProperty("ignored", out var ignored) && ignored.GetBoolean())
                continue;
            var role = Role(node);
            if (role is null || !ControlRoles.Contains(role) || InsideDateOrTime(node.GetProperty("nodeId").GetString()!))
                continue;
            var name = node.TryGetProperty("name", out var n) && n.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            names.Add($"{role} \"{name.Trim()}\"");
        }
        await cdp.DetachAsync();
        return names.GroupBy(n => n).Where(g => g.Count() > 1 || g.Key.EndsWith("\"\"", StringComparison.Ordinal))
            .Select(g => $"{path}: {g.Count()} × {g.Key}");
    }
}
