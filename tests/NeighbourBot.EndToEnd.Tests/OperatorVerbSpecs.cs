using System.Diagnostics;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>The operator's CLI verbs next to a running bot.</summary>
public sealed class OperatorVerbSpecs : IAsyncLifetime
{
    private BotWorld _world = null!;

    public async Task InitializeAsync() => _world = await BotWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_verb_refuses_with_one_clear_line_while_the_bot_holds_the_database()
    {
        await _world.StartBotAsync();

        var (exit, output, error) = await RunVerbAsync("stats", "--NeighbourBot:Storage:Path=" + _world.DatabasePath);

        Assert.Equal(3, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(_world.DatabasePath, line);
        Assert.Contains("already in use", line);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task Stats_reads_the_database_once_the_bot_has_stopped()
    {
        var bot = await _world.StartBotAsync();
        var control = _world.Emulator.Control;
        control.CreateUser(1001, "Marie", "marie");
        await _world.SendAndExpectAsync(1001, 1001, "/start", "prénom");
        bot.Kill();
        await bot.WaitForExitAsync(TimeSpan.FromSeconds(30));

        var (exit, output, _) = await RunVerbAsync("stats", "--NeighbourBot:Storage:Path=" + _world.DatabasePath);

        Assert.Equal(0, exit);
        Assert.Contains("Centre-ville", output);
        Assert.Contains("Habitants :", output);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_with_a_bad_dialog_setting_and_names_the_key()
    {
        var bot = await _world.StartBotAsync(waitForPolling: false, "--NeighbourBot:RateLimit:MaxMessages=0");

        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exit);
        Assert.Contains("NeighbourBot:RateLimit:MaxMessages", bot.Output);
        Assert.DoesNotContain("   at ", bot.Output);
    }

    private async Task<(int Exit, string Output, string Error)> RunVerbAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _world.Folder };
        info.ArgumentList.Add(BotProcess.HostDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
