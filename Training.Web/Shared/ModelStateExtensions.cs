using Microsoft.AspNetCore.Mvc.ModelBinding;
using Training.Domain.Common;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

public static class ModelStateExtensions
{
    /// <summary>All error messages in one line, for a status message after a redirect.</summary>
    public static string ErrorText(this ModelStateDictionary modelState) =>
        string.Join(" ", modelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));

    /// <summary>Shows a broken domain rule next to its field, in the user's language.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException error, TextCatalog text, string? prefix = null)
    {
        var field = error.Field is null ? "" : prefix is null ? error.Field : $"{prefix}.{error.Field}";
        modelState.AddModelError(field, text[error.MessageKey, error.Arguments]);
    }
}
