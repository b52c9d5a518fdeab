using System.Globalization;

namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>The offline street list (<c>Addresses:GazetteerPath</c>), CSV with a header: <c>nom_voie,code_postal,lon,lat[,quartier]</c>.</summary>
public sealed class Gazetteer
{
    private static readonly string[] RequiredColumns = ["nom_voie", "code_postal", "lon", "lat"];

    public Gazetteer(IReadOnlyList<GazetteerStreet> streets)
    {
        ArgumentNullException.ThrowIfNull(streets);
        Streets = streets;
    }

    public IReadOnlyList<GazetteerStreet> Streets { get; }

    /// <summary>Reads the file; throws <see cref="GeoDataException"/> naming the file, the line and the fault.</summary>
    public static Gazetteer Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, "répertoire des voies introuvable (Addresses:GazetteerPath).");
        }

        return Parse(File.ReadAllLines(path), path);
    }

    public static Gazetteer Parse(IReadOnlyList<string> lines, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new GeoDataException(sourceName, "fichier vide (en-tête nom_voie,code_postal,lon,lat attendu).");
        }

        var header = SplitCsvLine(lines[0].TrimStart('\uFEFF')).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new GeoDataException(sourceName, $"colonnes manquantes dans l'en-tête : {string.Join(", ", missing)}.");
        }

        int name = header.IndexOf("nom_voie"), postCode = header.IndexOf("code_postal"),
            lon = header.IndexOf("lon"), lat = header.IndexOf("lat"), quartier = header.IndexOf("quartier");
        var streets = new List<GazetteerStreet>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = SplitCsvLine(lines[i]);
            if (fields.Count < header.Count
                || string.IsNullOrWhiteSpace(fields[name])
                || !double.TryParse(fields[lon], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                || !double.TryParse(fields[lat], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || Math.Abs(longitude) > 180 || Math.Abs(latitude) > 90)
            {
                throw new GeoDataException(sourceName, $"ligne {i + 1} illisible (nom_voie, code_postal, lon, lat en degrés décimaux attendus).");
            }

            streets.Add(new GazetteerStreet(
                fields[name].Trim(),
                fields[postCode].Trim(),
                longitude,
                latitude,
                quartier >= 0 && !string.IsNullOrWhiteSpace(fields[quartier]) ? fields[quartier].Trim() : null));
        }

        if (streets.Count == 0)
        {
            throw new GeoDataException(sourceName, "aucune voie.");
        }

        return new Gazetteer(streets);
    }

    // RFC 4180 without multi-line fields: a street name never spans lines.
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
