using System.Runtime.InteropServices;

namespace CongVu.Engine.Expressions;

/// <summary>
/// Returns freed native heap memory to the operating system. Compiling a C# expression (Roslyn, then the JIT of the
/// emitted code) allocates a few hundred MB of native memory for a moment; glibc frees it into its arenas but keeps
/// the pages, so without a trim a host that compiled its workflows' expressions stayed at twice its working size.
/// </summary>
internal static class NativeHeap
{
    private static int _unavailable;

    /// <summary>Calls glibc's <c>malloc_trim(0)</c> on Linux; does nothing elsewhere or when it is not there (musl).</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref _unavailable) != 0) return;
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _unavailable, 1);
        }
    }

    // DllImport rather than LibraryImport: the source-generated form needs the project to allow unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054
}
