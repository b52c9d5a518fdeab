using NeighbourBot.Host.Cli;
using NeighbourBot.Geo;
using NeighbourBot.Host.Configuration;
using NeighbourBot.Host.Hosting;
using NeighbourBot.Host.Sandbox;
using NeighbourBot.Storage;

namespace NeighbourBot.Host;

/// <summary>The host's entry point: verbs, configuration checks, and one readable line for every startup failure.</summary>
public static class NeighbourBotProgram
{
    /// <summary>Exit codes: 0 ok, 1 runtime failure, 2 bad usage or configuration, 3 database busy or unreadable.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var invocation = CliInvocation.Parse(args);
        if (invocation.Help)
        {
            await output.WriteLineAsync(CliHelp.Text);
            return 0;
        }

        var verb = invocation.Verb ?? "run";
        if (!CliInvocation.Verbs.Contains(verb))
        {
            await error.WriteLineAsync($"Unknown verb '{verb}'. Try --help.");
            return 2;
        }

        var configuration = HostConfiguration.Build(invocation.ConfigurationArguments);
        var problems = SettingsValidator.Validate(configuration);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync("Configuration error: " + problem);
            }

            return 2;
        }

        try
        {
            return verb switch
            {
                "stats" => await StatsVerb.RunAsync(configuration, output, cancellationToken),
                "parse" => await ParseVerb.RunAsync(input, output, cancellationToken),
                "check-address" => await CheckAddressVerb.RunAsync(configuration, invocation.VerbArguments, output, error, cancellationToken),
                "digest" => await DigestVerb.RunAsync(configuration, invocation.VerbArguments, output, error, cancellationToken),
                "run" when string.IsNullOrEmpty(BotServices.TelegramOptionsFrom(configuration).Token) =>
                    await SandboxVerb.RunAsync(configuration, input, output, error, cancellationToken),
                "run" => await RunVerb.RunAsync(configuration, error, cancellationToken),
                _ => await NotYetAsync(verb, error),
            };
        }
        catch (DatabaseLockedException e)
        {
            await error.WriteLineAsync(e.Message);
            return 3;
        }
        catch (DatabaseCorruptException e)
        {
            await error.WriteLineAsync(e.Message);
            return 3;
        }
        catch (GeoDataException e)
        {
            await error.WriteLineAsync("Data error: " + e.Message);
            return 2;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
            {
                await error.WriteLineAsync("Configuration error: " + failure);
            }

            return 2;
        }
    }

    private static async Task<int> NotYetAsync(string verb, TextWriter error)
    {
        await error.WriteLineAsync($"The '{verb}' verb is not available in this build yet.");
        return 1;
    }
}
