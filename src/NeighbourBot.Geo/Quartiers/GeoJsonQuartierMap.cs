using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.IO.Converters;

namespace NeighbourBot.Geo.Quartiers;

/// <summary>Quartier polygons read from GeoJSON (lon/lat, EPSG:4326): point-in-polygon, then the nearest quartier within 200 m.</summary>
public sealed class GeoJsonQuartierMap : IQuartierMap
{
    /// <summary>How far outside every polygon a point may be and still get the nearest quartier (border gaps, river banks).</summary>
    public const double NearestWithinMeters = 200;

    private const double EarthRadiusMeters = 6_371_008.8;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory) },
    };

    private readonly STRtree<Entry> _index = new();
    private readonly List<Entry> _entries;

    private GeoJsonQuartierMap(List<Entry> entries)
    {
        _entries = entries;
        foreach (var entry in entries)
        {
            _index.Insert(entry.Polygon.EnvelopeInternal, entry);
            // Prepared geometries build their point locator on first use; do it here, on one thread, before
            // concurrent turns share the map.
            entry.Prepared.Covers(entry.Polygon.InteriorPoint);
        }

        _index.Build();
        Quartiers = entries.Select(e => e.Area).ToList();
    }

    public IReadOnlyList<QuartierArea> Quartiers { get; }

    /// <summary>Reads the file; throws <see cref="GeoDataException"/> naming the file and the fault when it is missing or malformed.</summary>
    public static GeoJsonQuartierMap Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, "fichier de quartiers introuvable (Quartiers:Path).");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads GeoJSON from a stream; <paramref name="sourceName"/> names it in error messages.</summary>
    public static GeoJsonQuartierMap Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        FeatureCollection? collection;
        try
        {
            collection = JsonSerializer.Deserialize<FeatureCollection>(stream, JsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new GeoDataException(sourceName, "ce n'est pas une FeatureCollection GeoJSON lisible : " + ex.Message, ex);
        }

        if (collection is null || collection.Count == 0)
        {
            throw new GeoDataException(sourceName, "aucun quartier (FeatureCollection vide).");
        }

        var entries = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < collection.Count; i++)
        {
            var feature = collection[i];
            var where = $"feature n°{i + 1}";
            var id = Attribute(feature, "id");
            var name = Attribute(feature, "name");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
            {
                throw new GeoDataException(sourceName, $"{where} : properties.id et properties.name sont obligatoires.");
            }

            if (!seen.Add(GeoText.Compact(id)))
            {
                throw new GeoDataException(sourceName, $"{where} : l'identifiant « {id} » est en double.");
            }

            if (feature.Geometry is not (Polygon or MultiPolygon) || feature.Geometry.IsEmpty)
            {
                throw new GeoDataException(
                    sourceName,
                    $"{where} (« {id} ») : la géométrie doit être un Polygon ou un MultiPolygon, pas {feature.Geometry?.GeometryType ?? "rien"}.");
            }

            var geometry = feature.Geometry;
            if (!geometry.IsValid)
            {
                // Self-touching rings are common in hand-edited files; a zero buffer repairs them without moving edges.
                geometry = geometry.Buffer(0);
                if (!geometry.IsValid || geometry.IsEmpty)
                {
                    throw new GeoDataException(sourceName, $"{where} (« {id} ») : polygone invalide et irréparable.");
                }
            }

            var envelope = geometry.EnvelopeInternal;
            if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
            {
                throw new GeoDataException(
                    sourceName,
                    $"{where} (« {id} ») : coordonnées hors de lon/lat (EPSG:4326 attendu, pas une projection en mètres).");
            }

            entries.Add(new Entry(new QuartierArea(id.Trim(), name.Trim()), geometry, PreparedGeometryFactory.Prepare(geometry)));
        }

        return new GeoJsonQuartierMap(entries);
    }

    public QuartierMatch? Locate(double longitude, double latitude)
    {
        if (!double.IsFinite(longitude) || !double.IsFinite(latitude) || Math.Abs(longitude) > 180 || Math.Abs(latitude) > 89)
        {
            return null;
        }

        var point = Factory.CreatePoint(new Coordinate(longitude, latitude));
        var search = new Envelope(point.Coordinate);
        // Degrees per 200 m, with margin: a degree of longitude shrinks with cos(latitude).
        var latMargin = NearestWithinMeters / (Math.PI / 180 * EarthRadiusMeters) * 1.5;
        search.ExpandBy(latMargin / Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01), latMargin);

        QuartierMatch? nearest = null;
        foreach (var entry in _index.Query(search))
        {
            if (entry.Prepared.Covers(point))
            {
                return new QuartierMatch(entry.Area, 0);
            }

            var meters = DistanceMeters(entry.Polygon, longitude, latitude);
            if (meters <= NearestWithinMeters && (nearest is null || meters < nearest.DistanceMeters))
            {
                nearest = new QuartierMatch(entry.Area, meters);
            }
        }

        return nearest;
    }

    public QuartierArea? Find(string idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        var wanted = GeoText.Compact(idOrName);
        if (wanted.Length == 0)
        {
            return null;
        }

        var exact = _entries.FirstOrDefault(e =>
            GeoText.Compact(e.Area.Id) == wanted || GeoText.Compact(e.Area.Name) == wanted);
        if (exact is not null)
        {
            return exact.Area;
        }

        // "/lier maladiere" for "Maladière – Drapeau – Clemenceau": a unique start of a name is enough.
        var starts = _entries
            .Where(e => wanted.Length >= 4 && GeoText.Compact(e.Area.Name).StartsWith(wanted, StringComparison.Ordinal))
            .ToList();
        return starts.Count == 1 ? starts[0].Area : null;
    }

    /// <summary>
    /// Distance in metres from a point to a polygon: the polygon is projected on a plane tangent at the point
    /// (equirectangular), exact to well under a metre at the few hundred metres that matter here.
    /// </summary>
    private static double DistanceMeters(Geometry polygon, double longitude, double latitude)
    {
        var cosLatitude = Math.Cos(latitude * Math.PI / 180);
        var projected = polygon.Copy();
        projected.Apply(new LocalProjection(longitude, latitude, cosLatitude));
        return projected.Distance(Factory.CreatePoint(new Coordinate(0, 0)));
    }

    private static string? Attribute(IFeature feature, string name)
    {
        var value = feature.Attributes?.GetOptionalValue(name);
        return value switch
        {
            null => null,
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement e => e.GetRawText(),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private sealed record Entry(QuartierArea Area, Geometry Polygon, IPreparedGeometry Prepared);

    private sealed class LocalProjection(double originLongitude, double originLatitude, double cosLatitude)
        : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = (seq.GetX(i) - originLongitude) * Math.PI / 180 * EarthRadiusMeters * cosLatitude;
                var y = (seq.GetY(i) - originLatitude) * Math.PI / 180 * EarthRadiusMeters;
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
