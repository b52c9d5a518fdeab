namespace NeighbourBot.Geo.Addresses.Offline;

/// <summary>A commune next to Dijon that the bot does not serve: its INSEE code and name.</summary>
public sealed record NeighbouringCommune(string Code, string Name)
{
    /// <summary>
    /// Dijon's 15 neighbours, as in <c>assets/dijon/communes.geojson</c> (IGN Admin Express COG 2018); a test
    /// keeps the two in step. Written out so the offline lookup needs no second file.
    /// </summary>
    public static IReadOnlyList<NeighbouringCommune> AroundDijon { get; } =
    [
        new("21003", "Ahuy"),
        new("21027", "Asnières-lès-Dijon"),
        new("21059", "Bellefond"),
        new("21535", "Ruffey-lès-Echirey"),
        new("21166", "Chenôve"),
        new("21192", "Corcelles-les-Monts"),
        new("21485", "Plombières-lès-Dijon"),
        new("21617", "Talant"),
        new("21171", "Chevigny-Saint-Sauveur"),
        new("21278", "Fontaine-lès-Dijon"),
        new("21355", "Longvic"),
        new("21452", "Neuilly-lès-Dijon"),
        new("21515", "Quetigny"),
        new("21540", "Saint-Apollinaire"),
        new("21605", "Sennecey-lès-Dijon"),
    ];
}
