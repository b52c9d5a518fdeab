namespace NeighbourBot.Core.Verification;

/// <summary>Why a resident asked a moderator.</summary>
public enum ModeratorVerificationReason
{
    /// <summary>The address was geocoded; the moderator is the second factor.</summary>
    SecondFactor = 0,

    /// <summary>The geocoder could not find the typed address; the moderator checks it by hand.</summary>
    AddressNotFound = 1,
}
