using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Training.Tests.Support;

/// <summary>axe-core on the page as it is now, with the WCAG 2.0, 2.1 and 2.2 A and AA rules: no violation may remain.</summary>
public static class Accessibility
{
    private static readonly string[] Rules = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Rules] } });
        var found = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {string.Join(" ", n.Target)} — {v.Help}")).ToList();
        Assert.True(found.Count == 0, $"{page.Url}\n" + string.Join("\n", found));
    }
}
