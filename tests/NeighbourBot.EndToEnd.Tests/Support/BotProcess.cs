using System.Diagnostics;
using System.Text;

namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>
/// The real host, started as its own process the way an operator starts it, pointed at the emulator.
/// Everything it writes (stdout and stderr, i.e. every log line) is kept for inspection.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "NeighbourBot.Host.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>All the process wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static BotProcess Start(string workingDirectory, IEnumerable<string> args)
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

        info.Environment.Remove("NeighbourBot__Telegram__Token");
        info.Environment["DOTNET_NOLOGO"] = "1";
        return new BotProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the host"));
    }

    /// <summary>SIGKILL: no graceful stop, as in a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
