namespace NeighbourBot.Core.Verification;

/// <summary>What the background lookup of a pending address found.</summary>
public enum PendingAddressState
{
    /// <summary>Not looked up yet (the geocoder was still down).</summary>
    Waiting = 0,

    /// <summary>One address to confirm.</summary>
    Confirm,

    /// <summary>Several candidates to choose from.</summary>
    Choose,

    /// <summary>The street was found; the house number is missing.</summary>
    NeedHouseNumber,

    /// <summary>Nothing usable (not found, out of area): the resident types it again.</summary>
    Retype,
}
