namespace NeighbourBot.Host.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("nb-host-").FullName;

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    [Fact]
    public async Task Help_lists_every_verb_of_the_contract()
    {
        var (exit, output, _) = await HostProcess.RunAsync(_workDir, null, "--help");

        Assert.Equal(0, exit);
        foreach (var verb in new[] { "parse", "check-address", "stats", "digest --quartier <id> --dry-run" })
        {
            Assert.Contains(verb, output);
        }
    }

    [Fact]
    public async Task A_bad_setting_stops_the_host_with_one_line_naming_the_key()
    {
        var (exit, output, error) = await HostProcess.RunAsync(_workDir, null, "stats", "--NeighbourBot:Outbox:GlobalPerSecond=lots");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("NeighbourBot:Outbox:GlobalPerSecond", line);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task An_unknown_verb_is_refused_with_a_hint()
    {
        var (exit, _, error) = await HostProcess.RunAsync(_workDir, null, "frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("--help", error);
    }
}
