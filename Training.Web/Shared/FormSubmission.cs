using Microsoft.AspNetCore.Mvc.ModelBinding;
using Training.Domain.Common;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

public static class FormSubmission
{
    /// <summary>
    /// Runs <paramref name="save"/> when the posted form is valid. A broken domain rule is put next to
    /// its field and reported as not done, so the caller shows the form again with nothing saved.
    /// </summary>
    public static async Task<(bool Done, T? Saved)> TrySaveAsync<T>(this ModelStateDictionary modelState, TextCatalog text, Func<Task<T>> save, string? prefix = null)
    {
        if (!modelState.IsValid)
            return (false, default);
        try
        {
            return (true, await save());
        }
        catch (DomainException ex)
        {
            modelState.AddDomainError(ex, text, prefix);
            return (false, default);
        }
    }
}
