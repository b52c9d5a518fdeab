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

    [Fact]
    public async Task A_corrupt_database_stops_a_verb_with_one_line_naming_the_file_and_what_to_do()
    {
        var path = Path.Combine(_workDir, "broken.db");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var (exit, _, error) = await HostProcess.RunAsync(_workDir, null, "stats", "--NeighbourBot:Storage:Path=" + path);

        Assert.Equal(3, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line);
        Assert.Contains("backup", line);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Parse_answers_every_line_in_order_and_survives_a_bad_one()
    {
        var input = "{\"id\": \"a\", \"text\": \"je donne une télé\"}\nnot json\n{\"id\": 3, \"text\": \"Vends vélo 30 €\"}\n";

        var (exit, output, _) = await HostProcess.RunAsync(_workDir, input, "parse");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"kind\":\"give\"", lines[0].Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("\"error\"", lines[1]);
        Assert.Contains("\"price_eur\":30", lines[2].Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_address_shows_what_the_offline_gazetteer_finds_and_the_quartier()
    {
        var (exit, output, _) = await HostProcess.RunAsync(_workDir, null, "check-address", "12 rue de la liberte", "--NeighbourBot:Addresses:Provider=Offline");

        Assert.Equal(0, exit);
        Assert.Contains("12 Rue de la Liberté", output);
        Assert.Contains("Centre-ville", output);
    }
}
