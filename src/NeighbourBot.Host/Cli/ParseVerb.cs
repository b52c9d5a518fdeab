using Microsoft.Extensions.Logging;
using NeighbourBot.Language;
using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Host.Cli;

/// <summary><c>parse</c>: JSON lines in, one JSON listing per line out, in order; a bad line gets an error object and the run goes on.</summary>
internal static class ParseVerb
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        // Faults go to standard error (the console logger's threshold), so standard output stays pure JSON lines.
        using var logging = LoggerFactory.Create(builder =>
            builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Error));

        // Warm the recognizers while the first lines are read: the first parse then rarely waits for a model to build.
        _ = FrenchRecognizers.Shared.WarmUpAsync(cancellationToken);
        var parser = new FrenchListingParser(TimeProvider.System, FrenchRecognizers.Shared, logging.CreateLogger<FrenchListingParser>());
        await new ParseJsonLines(parser, logging.CreateLogger<ParseJsonLines>()).RunAsync(input, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
