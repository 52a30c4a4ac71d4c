namespace Training.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainException("Validation.Required", field);
        if (trimmed.Length > maxLength)
            throw new DomainException("Validation.TooLong", field, field, maxLength);
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > maxLength)
            throw new DomainException("Validation.TooLong", field, field, maxLength);
        return trimmed;
    }
}
