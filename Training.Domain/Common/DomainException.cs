namespace Training.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="MessageKey"/> names a localised text so the
/// web layer can show the message in the user's language next to <see cref="Field"/>.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string messageKey, string? field = null, params object[] arguments)
        : base(messageKey)
    {
        MessageKey = messageKey;
        Field = field;
        Arguments = arguments;
    }

    public string MessageKey { get; }
    public string? Field { get; }
    public object[] Arguments { get; }
}
