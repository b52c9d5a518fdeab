namespace NeighbourBot.Host.Tests;

/// <summary>The README's run command without a token: the sandbox, driven through stdin like an operator typing.</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("nb-sandbox-").FullName;

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    [Fact]
    public async Task I_can_sign_up_a_resident_in_the_sandbox_from_the_terminal()
    {
        const string script = "/start\nMarie Curie\n12 rue de la liberte\n1\n/position 47.3225 5.0372\n/quitter\n";

        var (exit, output, error) = await HostProcess.RunAsync(_workDir, script);

        Assert.True(exit == 0, error);
        Assert.Contains("Bac à sable NeighbourBot", output);
        Assert.Contains("[bot → Marie] C'est bien le 12 Rue de la Liberté, 21000 Dijon ?", output);
        Assert.Contains("[1] Oui", output);
        Assert.Contains("Bienvenue dans le quartier Centre-ville, Marie", output);
        Assert.Contains("votre position confirme votre adresse", output);
        Assert.True(File.Exists(Path.Combine(_workDir, "data", "neighbourbot.sandbox.db")));
        Assert.False(File.Exists(Path.Combine(_workDir, "data", "neighbourbot.db")));
    }

    [Fact]
    public async Task A_neighbour_who_never_wrote_to_the_bot_follows_the_group_button_to_signup_as_in_the_Telegram_app()
    {
        const string script = "/start\nMarie Curie\n12 rue de la liberte\n1\n/position 47.3225 5.0372\nje donne une lampe de chevet\n1\n"
            + "/as zoe\n/dans centre-ville\n1\n/quitter\n";

        var (exit, output, error) = await HostProcess.RunAsync(_workDir, script);

        Assert.True(exit == 0, error);
        Assert.Contains("[groupe Centre-ville] Don : Lampe de chevet", output);
        Assert.Matches(@"\(le bouton ouvre https://t\.me/\w+\?start=annonce_\d+ : la conversation privée avec le bot s'ouvre", output);
        Assert.Contains("[bot → Zoe] Cette annonce est réservée aux habitants inscrits du quartier.", output);
        Assert.Contains("[bot → Zoe] Pour commencer, quel est votre prénom et votre nom ?", output);
        Assert.DoesNotContain("Zoe est intéressé", output);
    }
}
