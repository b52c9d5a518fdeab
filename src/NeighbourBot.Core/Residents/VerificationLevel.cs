namespace NeighbourBot.Core.Residents;

/// <summary>How far a resident got through verification.</summary>
public enum VerificationLevel
{
    /// <summary>Signed up (maybe only a name), no address yet.</summary>
    None = 0,

    /// <summary>Address typed but not yet geocoded (geocoder down) or waiting for a moderator.</summary>
    Pending = 1,

    /// <summary>Geocoded address in a served quartier: may read and reply.</summary>
    Address = 2,

    /// <summary>Address plus a second factor: may post.</summary>
    Verified = 3,
}
