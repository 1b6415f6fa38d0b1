using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace CongVu.Host.Documents.Pdf;

/// <summary>
/// Converts DOCX to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>) when it is installed: one
/// conversion at a time (LibreOffice is heavy and its profile is not safe to share), each in its own temporary folder
/// and profile, stopped after the configured timeout.
/// </summary>
public sealed class PdfConverter(IOptions<DocumentOptions> options, ILogger<PdfConverter> logger) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lazy<string?> _program = new(() => Locate(options.Value.Soffice));

    /// <summary>Whether LibreOffice was found (configured path, else <c>soffice</c> on PATH).</summary>
    public bool IsAvailable => _program.Value is not null;

    /// <summary>The PDF bytes, or null when LibreOffice is missing, fails or takes too long.</summary>
    public async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (_program.Value is not { } program) return null;
        await _one.WaitAsync(ct);
        var folder = Directory.CreateTempSubdirectory("congvu-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "van-ban.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", folder, input })
                start.ArgumentList.Add(argument);
            start.Environment["HOME"] = folder;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.Value.PdfTimeoutSeconds)));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested) throw;
                logger.LogWarning("LibreOffice did not convert a document within {Seconds} s.", options.Value.PdfTimeoutSeconds);
                return null;
            }
            var pdf = Path.Combine(folder, "van-ban.pdf");
            if (process.ExitCode == 0 && File.Exists(pdf)) return await File.ReadAllBytesAsync(pdf, ct);
            logger.LogWarning("LibreOffice failed to convert a document (exit {Code}): {Output} {Errors}", process.ExitCode, await output, await errors);
            return null;
        }
        finally
        {
            _one.Release();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }

    public void Dispose() => _one.Dispose();

    private static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }
}
