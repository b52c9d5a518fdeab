namespace NeighbourBot.Host.Cli;

/// <summary>
/// The host's command line split in three: the verb, the verb's own arguments, and configuration
/// overrides (<c>--NeighbourBot:Telegram:Mode=Webhook</c>, the standard .NET command-line form).
/// </summary>
internal sealed record CliInvocation(string? Verb, IReadOnlyList<string> VerbArguments, IReadOnlyList<string> ConfigurationArguments, bool Help)
{
    public static readonly IReadOnlyList<string> Verbs = ["run", "parse", "check-address", "stats", "digest"];

    public static CliInvocation Parse(IReadOnlyList<string> args)
    {
        string? verb = null;
        var verbArgs = new List<string>();
        var configArgs = new List<string>();
        var help = false;

        foreach (var arg in args)
        {
            if (arg is "--help" or "-h" or "help" or "/?")
            {
                help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                // Only key=value pairs go to configuration; flags such as --dry-run belong to the verb.
                configArgs.Add(arg);
            }
            else if (verb is null && !arg.StartsWith('-'))
            {
                verb = arg.ToLowerInvariant();
            }
            else
            {
                verbArgs.Add(arg);
            }
        }

        return new CliInvocation(verb, verbArgs, configArgs, help);
    }
}
