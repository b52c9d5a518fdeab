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

    /// <summary>
    /// A relative path is read from the working directory when the file is there, else from beside the
    /// program (where the shipped Dijon files are copied), so defaults work from any directory.
    /// </summary>
    public static string ResolveShippedFile(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideProgram) ? besideProgram : Path.GetFullPath(path);
    }
}
