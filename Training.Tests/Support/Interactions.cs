using Microsoft.Playwright;

namespace Training.Tests.Support;

/// <summary>
/// A user's interactions with a page, counted: every click, field filled, option picked and key pressed goes through
/// here and counts one. Waiting for the page is not an interaction and is done outside.
/// </summary>
public sealed class Interactions
{
    public int Count { get; private set; }

    /// <summary>What was done, in order, for the failure message when there were too many.</summary>
    public List<string> Steps { get; } = [];

    // A locator's ToString waits on Playwright synchronously and can deadlock its connection; steps are named by their kind.
    public Task ClickAsync(ILocator target) => Do("click", () => target.ClickAsync());

    public Task FillAsync(ILocator field, string value) => Do($"fill \"{value[..Math.Min(value.Length, 30)]}\"", () => field.FillAsync(value));

    public Task SelectAsync(ILocator select, string label) =>
        Do($"pick {label}", () => select.SelectOptionAsync(new SelectOptionValue { Label = label }));

    public Task PressAsync(ILocator target, string key) => Do($"press {key}", () => target.PressAsync(key));

    private async Task Do(string step, Func<Task> action)
    {
        Count++;
        Steps.Add(step);
        await action();
    }
}
