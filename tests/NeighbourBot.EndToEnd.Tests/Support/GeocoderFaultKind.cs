namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>How the local geocoder fails a request.</summary>
public enum GeocoderFaultKind
{
    /// <summary>500 with BAN's JSON error body.</summary>
    ServerError,

    /// <summary>503, as the Géoplateforme answers while it is overloaded or in maintenance.</summary>
    Unavailable,

    /// <summary>The right answer, but only after the client's per-attempt timeout.</summary>
    Slow,

    /// <summary>Headers and a piece of the body, then the connection is cut.</summary>
    Dropped,
}
