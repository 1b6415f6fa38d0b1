using CongVu.Host.Inbox;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace CongVu.Host.Files;

/// <summary>
/// Reads a POSTed form the page way: at most <c>maxBytes</c> (else 413 with a Vietnamese page) and only with a valid
/// antiforgery token (else 400). Endpoints read forms through here rather than by binding, so both refusals are pages.
/// </summary>
public static class PostedForm
{
    public static async Task<(IFormCollection? Form, IResult? Refusal)> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes;
        if (context.Request.ContentLength > maxBytes) return (null, TooLarge(context, maxBytes));
        if (!context.Request.HasFormContentType) return (null, BadForm(context));
        IFormCollection form;
        try
        {
            // Read before the token check, which would otherwise report a body over the limit as a bad token.
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(context, maxBytes));
        }
        catch (InvalidDataException)
        {
            // A multipart body the form reader refuses (section or length limits).
            return (null, BadForm(context));
        }
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return (form, null);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, BadForm(context));
        }
    }

    private static IResult BadForm(HttpContext context) =>
        NoticePage.Render(context, "Không gửi được biểu mẫu", NoticePage.BadForm, StatusCodes.Status400BadRequest);

    private static IResult TooLarge(HttpContext context, long maxBytes)
    {
        // The rest of the body is not read; the connection is closed after this answer.
        var message = $"Dữ liệu gửi lên quá lớn: tổng dung lượng các tệp không được vượt quá {FileRules.Size(maxBytes)}. Vui lòng chọn tệp nhỏ hơn rồi gửi lại.";
        var back = context.Request.Path.Value is { } path && path.StartsWith(InboxPaths.Inbox, StringComparison.Ordinal) ? (path, "Quay lại") : ((string, string)?)null;
        return NoticePage.Render(context, "Tệp quá lớn", message, StatusCodes.Status413PayloadTooLarge, back);
    }
}
