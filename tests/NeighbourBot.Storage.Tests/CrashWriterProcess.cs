using System.Diagnostics;

namespace NeighbourBot.Storage.Tests;

/// <summary>The NeighbourBot.Storage.CrashWriter tool, run as a real second process.</summary>
internal sealed class CrashWriterProcess : IDisposable
{
    private readonly Process _process;

    private CrashWriterProcess(Process process) => _process = process;

    public static CrashWriterProcess Start(string mode, string databasePath)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath());
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(databasePath);
        return new CrashWriterProcess(Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start."));
    }

    /// <summary>The next line the tool printed, or null once it exited.</summary>
    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken);

    /// <summary>What the tool wrote on stderr; stops it first, so that the read ends.</summary>
    public async Task<string> ReadErrorsAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        return await _process.StandardError.ReadToEndAsync();
    }

    /// <summary>SIGKILL on Linux: no finally block, no flush, no dispose runs in the child.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async Task<int> StopAsync(CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync("stop");
        await _process.StandardInput.FlushAsync(cancellationToken);
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // The tool is built next to this project (ProjectReference, ReferenceOutputAssembly=false):
    // tests/NeighbourBot.Storage.Tests/bin/<Config>/<tfm>/ -> tests/NeighbourBot.Storage.CrashWriter/bin/<Config>/<tfm>/
    private static string ToolPath()
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent ?? throw new InvalidOperationException("Unexpected test output layout.");
        var testsFolder = configuration.Parent?.Parent?.Parent ?? throw new InvalidOperationException("Unexpected test output layout.");
        var tool = Path.Combine(
            testsFolder.FullName,
            "NeighbourBot.Storage.CrashWriter",
            "bin",
            configuration.Name,
            tfm.Name,
            "NeighbourBot.Storage.CrashWriter.dll");
        return File.Exists(tool) ? tool : throw new FileNotFoundException("Build NeighbourBot.Storage.CrashWriter first.", tool);
    }
}
