using System.Globalization;
using System.Text;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the GeoJSON quartier map: quartiers as longitude/latitude boxes.</summary>
public sealed class FakeQuartierMap : IQuartierMap
{
    private readonly List<(QuartierArea Area, double West, double South, double East, double North)> _boxes = [];

    public IReadOnlyList<QuartierArea> Quartiers => _boxes.Select(b => b.Area).ToList();

    public FakeQuartierMap Add(string id, string name, double west, double south, double east, double north)
    {
        _boxes.Add((new QuartierArea(id, name), west, south, east, north));
        return this;
    }

    public QuartierMatch? Locate(double longitude, double latitude)
    {
        var box = _boxes.FirstOrDefault(b => longitude >= b.West && longitude < b.East && latitude >= b.South && latitude < b.North);
        return box.Area is null ? null : new QuartierMatch(box.Area, 0);
    }

    /// <summary>As the real map: accents, case and punctuation ignored.</summary>
    public QuartierArea? Find(string idOrName) => _boxes
        .Select(b => b.Area)
        .FirstOrDefault(a => Compact(a.Id) == Compact(idOrName) || Compact(a.Name) == Compact(idOrName));

    private static string Compact(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
