using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Training.Infrastructure.Localisation;

namespace Training.Web.Startup;

/// <summary>MVC's own binding messages ("The value '' is invalid"), in the user's language.</summary>
public static class ModelBindingMessages
{
    public static void Localise(DefaultModelBindingMessageProvider provider, TextCatalog text)
    {
        provider.SetValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => text["Validation.ValueInvalid", value]);
        provider.SetUnknownValueIsInvalidAccessor(_ => text["Validation.Invalid"]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Validation.ValueInvalid", value]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Validation.Invalid"]);
        provider.SetValueMustNotBeNullAccessor(_ => text["Validation.Required"]);
        provider.SetMissingBindRequiredValueAccessor(_ => text["Validation.Required"]);
        provider.SetMissingKeyOrValueAccessor(() => text["Validation.Required"]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => text["Validation.Required"]);
        provider.SetValueMustBeANumberAccessor(_ => text["Validation.Number"]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => text["Validation.Number"]);
    }
}
