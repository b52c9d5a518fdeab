using System.Diagnostics;

namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>Runs one CLI verb of the host to its end, as an operator would, and keeps what it wrote.</summary>
public static class VerbProcess
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add(BotProcess.HostDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("NeighbourBot__Telegram__Token");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
