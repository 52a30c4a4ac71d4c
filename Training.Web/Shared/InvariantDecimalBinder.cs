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
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName).FirstValue;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType)
                context.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, context.ValueProvider.GetValue(context.ModelName));
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var invariant) && !value.Contains(','))
            context.Result = ModelBindingResult.Success(invariant);
        else if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.CurrentCulture, out var local))
            context.Result = ModelBindingResult.Success(local);
        else
            context.ModelState.TryAddModelError(context.ModelName, TextCatalog.Default["Validation.Number"]);
        return Task.CompletedTask;
    }
}

public sealed class InvariantDecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new InvariantDecimalBinder() : null;
}
