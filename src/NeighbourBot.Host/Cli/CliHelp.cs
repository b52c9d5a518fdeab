namespace NeighbourBot.Host.Cli;

/// <summary>The text of <c>--help</c>: the verbs of the DESIGN contract and how configuration is given.</summary>
internal static class CliHelp
{
    public const string Text = """
        NeighbourBot — a neighbourhood mutual-aid bot for Telegram, in French.

        Usage: dotnet run --project src/NeighbourBot.Host -- [verb] [arguments] [--NeighbourBot:Key=value ...]

        Verbs:
          (none) | run                      Run the bot: on Telegram when NeighbourBot:Telegram:Token is set,
                                            else the local sandbox (emulator + terminal chat, offline addresses).
          parse                             Read JSON lines {"id": ..., "text": ...} on stdin, write one JSON
                                            listing per line on stdout (kind, items, category, quantity,
                                            price_eur, when, has_contact). Bad lines get {"error": ...}.
          check-address "<address>"         Show what the configured address provider finds, and the quartier.
          stats                             Residents, listings, verifications, reports and out-of-area demand,
                                            by quartier.
          digest --quartier <id> --dry-run  Print the digest that would be sent now to that quartier.
          --help                            This text.

        Configuration: appsettings.json (beside the program), then environment variables
        (NeighbourBot__Telegram__Token=...), then --NeighbourBot:Key=value arguments. See README.md.
        Verbs that open the database refuse to run while the bot holds it.
        """;
}
