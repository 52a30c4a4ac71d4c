using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Training.Web.Shared;

/// <summary>
/// Dates and years in an address (<c>?date=9999-12-31</c>, <c>?year=2147483647</c>, a filter's "from" and "to") are held
/// to the years the app can count with: outside them the answer is 400 with the usual error page, before a calendar or
/// a report adds a day past the end of time. Forms that are posted check their dates next to the field instead.
/// </summary>
public sealed class DateRangeFilter : IActionFilter
{
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
            return;
        foreach (var (name, value) in context.ActionArguments)
            if (!InRange(name, value) || (value is not null && IsFilter(value.GetType()) && !Properties(value).All(p => InRange(p.Name, p.Value))))
            {
                context.Result = new BadRequestResult();
                return;
            }
    }

    public void OnActionExecuted(ActionExecutedContext context) { }

    private static bool InRange(string name, object? value) => value switch
    {
        DateOnly date => Year(date.Year),
        DateTime time => Year(time.Year),
        DateTimeOffset time => Year(time.Year),
        int year when name.Equals("year", StringComparison.OrdinalIgnoreCase) => Year(year),
        _ => true,
    };

    private static bool Year(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>A class of query values, such as the audit log's filter.</summary>
    private static bool IsFilter(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Training.", StringComparison.Ordinal) == true;

    private static IEnumerable<(string Name, object? Value)> Properties(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, p.GetValue(value)));
}
