namespace NeighbourBot.Geo;

/// <summary>Resolves a configured data path: as given (working directory), else next to the program.</summary>
public static class AssetPath
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        // The shipped files are copied next to the program; a bot started from another folder still finds them.
        var besideProgram = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(besideProgram) ? besideProgram : Path.GetFullPath(path);
    }
}
