using DocumentFormat.OpenXml.Wordprocessing;

namespace CongVu.Host.Documents.Docx;

/// <summary>Where a paragraph sits, which decides its default look.</summary>
internal enum Zone
{
    Body,
    Header,
    DataCell,
    LayoutCell,
    Recipients,
    Signature,
}

/// <summary>The look of a paragraph and its runs: sizes in half-points, spacing and indent in twentieths of a point.</summary>
internal sealed record Look
{
    public const int FirstLineIndent = 567; // 1 cm

    public Zone Zone { get; init; } = Zone.Body;
    public JustificationValues Align { get; init; } = JustificationValues.Both;
    public bool Indent { get; init; }
    public int Size { get; init; } = 28;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Underline { get; init; }
    public int Before { get; init; } = 120;
    public int After { get; init; }
    public bool KeepNext { get; init; }

    /// <summary>Body text: 14 pt, justified, 6 pt before.</summary>
    public static Look Body { get; } = new();

    /// <summary>The look inside a container of <paramref name="zone"/>.</summary>
    public Look In(Zone zone) => zone switch
    {
        Zone.Header => this with { Zone = zone, Align = JustificationValues.Center, Indent = false, Size = 26, Before = 0 },
        Zone.DataCell => this with { Zone = zone, Align = JustificationValues.Left, Indent = false, Size = 26, Before = 20, After = 20, Bold = false },
        Zone.LayoutCell => this with { Zone = zone, Indent = false, Before = 0 },
        Zone.Recipients => this with { Zone = zone, Align = JustificationValues.Left, Indent = false, Size = 22, Before = 0 },
        Zone.Signature => this with { Zone = zone, Align = JustificationValues.Center, Indent = false, Size = 28, Before = 0 },
        _ => this with { Zone = zone },
    };

    /// <summary>Applies the decree's classes (and the alignment helpers) of an element.</summary>
    public Look With(IEnumerable<string> classes)
    {
        var look = this;
        foreach (var name in classes)
        {
            look = name switch
            {
                "body" => look with { Zone = Zone.Body, Align = JustificationValues.Both, Indent = true, Before = 120 },
                "issuer-parent" => look with { Align = JustificationValues.Center, Size = 26, Indent = false },
                "issuer" or "nation" => look with { Align = JustificationValues.Center, Size = 26, Bold = true, Indent = false },
                "motto" => look with { Align = JustificationValues.Center, Size = 28, Bold = true, Underline = true, Indent = false },
                "number" => look with { Align = look.Zone == Zone.Header ? JustificationValues.Center : JustificationValues.Left, Size = 26, Indent = false, Before = look.Zone == Zone.Header ? 60 : 120 },
                "place-date" => look with { Align = look.Zone == Zone.Header ? JustificationValues.Center : JustificationValues.Right, Size = 28, Italic = true, Indent = false, Before = look.Zone == Zone.Header ? 60 : 120 },
                "doc-type" => look with { Align = JustificationValues.Center, Size = 28, Bold = true, Indent = false, Before = 360, KeepNext = true },
                "summary" => look with { Align = JustificationValues.Center, Size = 28, Bold = true, Indent = false, Before = 0, After = 240, KeepNext = true },
                "sign-authority" or "sign-title" => look with { Align = JustificationValues.Center, Size = 28, Bold = true, Indent = false, KeepNext = true },
                "sign-name" => look with { Align = JustificationValues.Center, Size = 28, Bold = true, Indent = false, Before = 1440 },
                "center" => look with { Align = JustificationValues.Center, Indent = false },
                "right" => look with { Align = JustificationValues.Right, Indent = false },
                "indent" => look with { Indent = true },
                _ => look,
            };
        }
        return look;
    }

    /// <summary>The "Nơi nhận:" line: bold italic 12 pt.</summary>
    public Look RecipientsHeading() => this with { Size = 24, Bold = true, Italic = true, Before = 120 };
}
