using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CongVu.Host.Tests.People;

/// <summary>An HttpClient that keeps cookies and does not follow redirects, with the sign-in steps a browser takes.</summary>
public sealed partial class Browser : IDisposable
{
    public const string AuthCookie = "CongVu.Auth";
    private static readonly Uri Origin = new("http://localhost");

    public Browser(WebApplicationFactory<Program> factory) => Client = factory.CreateDefaultClient(Origin, new CookieContainerHandler(Cookies));

    public CookieContainer Cookies { get; } = new();
    public HttpClient Client { get; }

    public bool IsSignedIn => Cookies.GetCookies(Origin).Any(c => c.Name == AuthCookie);

    /// <summary>Opens <paramref name="url"/> and returns the antiforgery token from its form.</summary>
    public async Task<string> GetTokenAsync(string url = "/dang-nhap")
    {
        using var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return TokenFrom(html) ?? throw new InvalidOperationException($"No antiforgery field in {url}: {html}");
    }

    public static string? TokenFrom(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public Task<HttpResponseMessage> PostFormAsync(string url, params (string Name, string Value)[] fields) =>
        Client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    /// <summary>Opens the sign-in page and submits it, as a person would.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        var token = await GetTokenAsync();
        var fields = new List<(string, string)> { ("__RequestVerificationToken", token), ("userName", userName), ("password", password) };
        if (returnUrl is not null) fields.Add(("returnUrl", returnUrl));
        return await PostFormAsync("/dang-nhap", [.. fields]);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
