using NeighbourBot.Dialogs.Posting;
using NeighbourBot.EndToEnd.Tests.Support;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>
/// The operator's <c>digest --dry-run</c> verb against the real host's database. The schedule here (04:00 on 29 February)
/// cannot fire during the test: on an every-minute schedule the live recap could go out between publishing and the dry
/// run, which then rightly finds nothing new.
/// </summary>
public sealed class DigestDryRunSpecs : IAsyncLifetime
{
    private const long Group = -100701;
    private const long Marie = 1111;

    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartWithCentreVilleGroupAsync(Group, [(Marie, "Marie", "marie_c")], "--NeighbourBot:Digest:Schedule=0 4 29 2 *", "--NeighbourBot:Listings:GroupMode=DigestOnly");

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_dry_run_refuses_while_the_bot_runs_then_prints_the_recap_and_an_unknown_quartier_is_one_line()
    {
        await _world.SignUpAndVerifyAsync(Marie, "Marie Curie");
        var preview = await _world.SendAndExpectAsync(Marie, Marie, "je prête ma perceuse", "Voici votre annonce");
        _world.Emulator.Control.PressButtonLabelled(Marie, Marie, _world.LatestWithButton(Marie, PostingMessages.Publish).MessageId, PostingMessages.Publish);
        await _world.ExpectAfterAsync(Marie, preview.MessageId, "Merci");

        // "Merci" leaves during the turn, before its commit; the owner's card only once the listing is stored: the kill
        // below must not land in between.
        await _world.ExpectAfterAsync(Marie, preview.MessageId, "est en ligne");
        var storage = "--NeighbourBot:Storage:Path=" + _world.DatabasePath;

        var busy = await VerbProcess.RunAsync(_world.Folder, "digest", "--quartier", "centre-ville", "--dry-run", storage);
        _world.Bot!.Kill();
        await _world.Bot.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var unknown = await VerbProcess.RunAsync(_world.Folder, "digest", "--quartier", "atlantide", "--dry-run", storage);
        var dryRun = await VerbProcess.RunAsync(_world.Folder, "digest", "--quartier", "Centre-Ville", "--dry-run", storage);

        Assert.Equal(3, busy.Exit);
        Assert.Contains("already in use", busy.Error);
        Assert.Equal(2, unknown.Exit);
        Assert.Equal("Quartier inconnu : « atlantide ». / Unknown quartier 'atlantide'.", unknown.Error.Trim());
        Assert.Equal(0, dryRun.Exit);
        Assert.Contains("Les nouvelles annonces du quartier Centre-ville", dryRun.Output);
        Assert.Contains("<b>Prêts</b>", dryRun.Output);
        Assert.Contains("?start=annonce_", dryRun.Output);
    }
}
