using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Training.Infrastructure.Localisation;

namespace Training.Web.Shared;

/// <summary>
/// Number inputs post "6.5" whatever the page's culture; read in Serbian culture that would be 65.
/// Decimals are therefore read with the invariant culture first, then the user's.
/// </summary>
public sealed class InvariantDecimalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName).FirstValue;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, bindingContext.ValueProvider.GetValue(bindingContext.ModelName));
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) && !value.Contains(','))
            bindingContext.Result = ModelBindingResult.Success(invariant);
        else if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.CurrentCulture, out var local))
            bindingContext.Result = ModelBindingResult.Success(local);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, TextCatalog.Default["Validation.Number"]);
        return Task.CompletedTask;
    }
}

public sealed class InvariantDecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new InvariantDecimalBinder() : null;
}
