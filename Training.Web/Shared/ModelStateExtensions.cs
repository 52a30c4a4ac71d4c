using Microsoft.AspNetCore.Mvc.ModelBinding;
using Training.Domain.Common;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

public static class ModelStateExtensions
{
    /// <summary>All error messages in one line, for a status message after a redirect.</summary>
    public static string ErrorText(this ModelStateDictionary modelState) =>
        string.Join(" ", modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));

    /// <summary>The first error of <paramref name="key"/>, or empty: what a view writes next to a field.</summary>
    public static string FirstError(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : "";

    /// <summary>Shows a broken domain rule next to its field, in the user's language.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, TextCatalog text, string? prefix = null)
    {
        var field = error.Field is null ? "" : prefix is null ? error.Field : $"{prefix}.{error.Field}";
        modelState.AddModelError(field, text[error.MessageKey, error.Arguments]);
    }
}
