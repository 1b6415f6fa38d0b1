using System.Text.Json;
using System.Text.Json.Nodes;

namespace CongVu.Host.Api;

/// <summary>Reads a JSON request body with a size cap, naming what is wrong instead of failing silently.</summary>
public static class JsonBody
{
    /// <summary>Largest definition body accepted (1 MB); beyond it the answer is 413.</summary>
    public const int DefinitionLimit = 1024 * 1024;

    public static async Task<JsonNode> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(limit);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new ApiRequestException("The request body is empty; a JSON document is expected.");
        try
        {
            return JsonNode.Parse(buffer.ToArray()) ?? throw new ApiRequestException("The request body is JSON null; an object is expected.");
        }
        catch (JsonException e)
        {
            throw new ApiRequestException($"The request body is not valid JSON: {e.Message}");
        }
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, int limit, CancellationToken ct) =>
        await ReadAsync(request, limit, ct) as JsonObject ?? throw new ApiRequestException("The request body must be a JSON object.");

    private static ApiRequestException TooLarge(int limit) =>
        new($"The request body is larger than {limit / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
}
