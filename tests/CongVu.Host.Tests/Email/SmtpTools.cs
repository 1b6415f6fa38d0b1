using System.Diagnostics;

namespace CongVu.Host.Tests.Email;

/// <summary>Finds and starts the SMTP servers the e-mail tests use.</summary>
internal static class SmtpTools
{
    /// <summary>The maildev executable: on PATH, or in npm's global folder; null when not installed or when CONGVU_TEST_SMTP=aiosmtpd.</summary>
    public static string? MailDev()
    {
        if (Environment.GetEnvironmentVariable("CONGVU_TEST_SMTP") == "aiosmtpd") return null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "maildev")).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        var root = Run("npm", "root", "-g");
        var bin = root is null ? null : Path.Combine(root, "maildev", "bin", "maildev");
        return bin is not null && File.Exists(bin) ? bin : null;
    }

    /// <summary>The aiosmtpd fallback script, from the source tree (it is not copied to the output).</summary>
    public static string SinkScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tests", "CongVu.Host.Tests", "Email", "smtp_sink.py");
            if (File.Exists(script)) return script;
        }
        throw new FileNotFoundException("smtp_sink.py not found above " + AppContext.BaseDirectory);
    }

    public static Process Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        // Drained so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string? Run(string fileName, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(fileName) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            using var process = Process.Start(info);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
