namespace NeighbourBot.Geo.Quartiers;

/// <summary>The quartier polygons of <c>Quartiers:Path</c>: which quartier a point falls in.</summary>
public interface IQuartierMap
{
    IReadOnlyList<QuartierArea> Quartiers { get; }

    /// <summary>The quartier containing the point, else the nearest one within 200 m (border gaps), else null.</summary>
    QuartierMatch? Locate(double longitude, double latitude);

    /// <summary>By id or name, accents, case and punctuation ignored ("/lier gresilles").</summary>
    QuartierArea? Find(string idOrName);
}
