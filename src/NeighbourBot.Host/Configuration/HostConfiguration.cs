using Microsoft.Extensions.Configuration;

namespace NeighbourBot.Host.Configuration;

/// <summary>Builds the configuration of the DESIGN contract: appsettings.json, then environment, then command line.</summary>
internal static class HostConfiguration
{
    public static IConfigurationRoot Build(IReadOnlyList<string> commandLine) =>
        new ConfigurationBuilder()
            // appsettings.json is linked into the output, so the host finds it from any working directory.
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: false, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine([.. commandLine])
            .Build();
}
