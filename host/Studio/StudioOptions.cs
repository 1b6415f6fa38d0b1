namespace CongVu.Host.Studio;

/// <summary>Settings of the "Studio" section: where the Elsa Studio build is and how long its tokens live.</summary>
public sealed class StudioOptions
{
    public const string Section = "Studio";

    /// <summary>The installed npm package folder, relative to the repository root.</summary>
    public string Path { get; set; } = "host/node_modules/@elsa-workflows/elsa-studio-wasm";

    /// <summary>Lifetime of the credential a studio page hands to the studio.</summary>
    public int TokenMinutes { get; set; } = 60;
}
