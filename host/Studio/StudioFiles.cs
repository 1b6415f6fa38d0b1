using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CongVu.Host.Studio;

/// <summary>
/// Serves the Elsa Studio build under <c>/studio/</c>. Where the package ships a <c>.br</c> twin and the
/// browser accepts Brotli, the twin is sent with <c>Content-Encoding: br</c> and the original type
/// (9 MB instead of 31 MB for a cold editor load); Blazor's integrity checks still pass.
/// </summary>
public sealed class StudioFiles(IOptions<StudioOptions> options, IWebHostEnvironment environment)
{
    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();
    private readonly string _root = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));

    public bool IsInstalled => File.Exists(System.IO.Path.Combine(_root, "_framework", "blazor.webassembly.js"));

    /// <summary>Sends the file if it belongs to the studio; false when there is no such file.</summary>
    public async Task<bool> TrySendAsync(HttpContext context, string relativePath)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal) || !Types.TryGetContentType(relativePath, out var contentType)) return false;
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(_root, relativePath));
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path)) return false;
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        // Fingerprinted framework files never change under the same name; the rest is revalidated.
        response.Headers.CacheControl = relativePath.StartsWith("_framework/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        if (AcceptsBrotli(context.Request) && File.Exists(path + ".br"))
        {
            response.Headers.ContentEncoding = "br";
            path += ".br";
        }
        response.ContentLength = new FileInfo(path).Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.SendFileAsync(path, context.RequestAborted);
        return true;
    }

    private static bool AcceptsBrotli(HttpRequest request) =>
        request.Headers.AcceptEncoding.Any(v => v is not null && v.Split(',').Any(e => e.Trim().StartsWith("br", StringComparison.OrdinalIgnoreCase)));

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".blat"] = "application/octet-stream";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".map"] = "application/json";
        return provider;
    }
}
