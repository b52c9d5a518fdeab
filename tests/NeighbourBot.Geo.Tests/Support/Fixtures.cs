namespace NeighbourBot.Geo.Tests.Support;

/// <summary>Paths of the files the test project copies to its output.</summary>
public static class Fixtures
{
    public const string Exact = "01-housenumber-exact.json";
    public const string StreetOnly = "02-street-only.json";
    public const string Ambiguous = "03-ambiguous-multi.json";
    public const string Garbage = "04-garbage-lowscore.json";
    public const string Empty = "05-empty.json";
    public const string Reverse = "06-reverse.json";
    public const string Error400 = "07-error-400.json";
    public const string Talant = "08-out-of-area-talant.json";

    public static string Ban(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ban", name);

    public static string Quartiers => Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "quartiers.geojson");

    public static string Communes => Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "communes.geojson");

    public static string Voies => Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "voies.csv");
}
