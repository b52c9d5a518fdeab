using System.Globalization;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>A real Dijon street from the shipped gazetteer (assets/dijon/voies.csv), with its centre point and the quartier the file gives.</summary>
public sealed record SoakStreet(string Name, double Latitude, double Longitude, string Quartier)
{
    /// <summary>Every street of the gazetteer shipped beside the host.</summary>
    public static IReadOnlyList<SoakStreet> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "assets", "dijon", "voies.csv");
        return File.ReadLines(path)
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells.Length >= 5)
            .Select(cells => new SoakStreet(
                cells[0],
                double.Parse(cells[3], CultureInfo.InvariantCulture),
                double.Parse(cells[2], CultureInfo.InvariantCulture),
                cells[4]))
            .ToList();
    }
}
