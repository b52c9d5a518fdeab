using System.Diagnostics;

namespace NeighbourBot.Host.Tests;

/// <summary>Runs the real host program as a child process, the way an operator does.</summary>
internal static class HostProcess
{
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "NeighbourBot.Host.dll");

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // The test machine's own environment must not leak a real token into the child.
        info.Environment.Remove("NeighbourBot__Telegram__Token");
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
