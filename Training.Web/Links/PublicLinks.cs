using Microsoft.Extensions.Options;
using Training.Infrastructure.Email;

namespace Training.Web.Links;

/// <summary>
/// Absolute addresses for links that leave the app (emails, calendar subscriptions, printed records), made from the
/// configured public address (<c>Email:PublicBaseUrl</c>): it may end in a slash, and it may carry a path the app is
/// served under, which is kept.
/// </summary>
public sealed class PublicLinks(IOptions<EmailOptions> options)
{
    /// <summary>The absolute address of <paramref name="path"/>, a path within the app starting with "/".</summary>
    public string To(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + path;
}
