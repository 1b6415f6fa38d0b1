using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace CongVu.Host.Hosting;

/// <summary>JSON as Elsa Studio reads it: camelCase, enums as strings, Vietnamese text left unescaped.</summary>
public static class ApiJson
{
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        // HtmlEncoder and friends (Razor rendering) would otherwise turn "ễ" into "&#x1EC5;".
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return services;
    }
}
