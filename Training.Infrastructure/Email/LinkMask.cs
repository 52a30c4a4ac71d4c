using System.Text.RegularExpressions;

namespace Training.Infrastructure.Email;

/// <summary>
/// Cuts the token out of every personal link in an email (<c>https://host/r/abcd…</c>): what an administrator reads on
/// the Sent mail pages, and what a delivered message's stored copy keeps. A token is a link's path segment of 16 or
/// more base64url characters (registration, open-link, quota, certificate, materials and evaluation links alike).
/// </summary>
public static partial class LinkMask
{
    public static string Mask(string body) => Token().Replace(body, m => m.Groups[1].Value + m.Groups[2].Value + "…");

    [GeneratedRegex(@"(https?://[^\s/""'<>]+/(?:[^\s/""'<>]+/)*?)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{12,}")]
    private static partial Regex Token();
}
