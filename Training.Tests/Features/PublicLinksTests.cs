using Microsoft.Extensions.Options;
using Training.Infrastructure.Email;
using Training.Web.Links;

namespace Training.Tests.Features;

public sealed class PublicLinksTests
{
    [Theory]
    [InlineData("https://obuke.example.rs", "https://obuke.example.rs/r/abc")]
    [InlineData("https://obuke.example.rs/", "https://obuke.example.rs/r/abc")]
    [InlineData("https://example.rs/centar", "https://example.rs/centar/r/abc")]
    [InlineData("https://example.rs/centar/", "https://example.rs/centar/r/abc")]
    public void Address_keeps_the_public_path_and_has_one_slash_before_the_link(string publicBaseUrl, string expected)
    {
        var links = new PublicLinks(Options.Create(new EmailOptions { PublicBaseUrl = publicBaseUrl }));

        Assert.Equal(expected, links.To("/r/abc"));
    }
}
