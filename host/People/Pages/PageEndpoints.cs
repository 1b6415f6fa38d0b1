namespace CongVu.Host.People.Pages;

/// <summary>Endpoint conventions for server-rendered pages, here and in later features (the inbox).</summary>
public static class PageEndpoints
{
    /// <summary>
    /// Lets anyone in, but still reads the sign-in cookie into <see cref="HttpContext.User"/> first: the default scheme is
    /// the API key, and antiforgery tokens must be issued and checked for the same user.
    /// </summary>
    public static TBuilder WithCookieUser<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PeoplePolicies.SignedIn).AllowAnonymous();
}
