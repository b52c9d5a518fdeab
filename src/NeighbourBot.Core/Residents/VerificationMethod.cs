namespace NeighbourBot.Core.Residents;

/// <summary>The second factor that made a resident <see cref="VerificationLevel.Verified"/>.</summary>
public enum VerificationMethod
{
    None = 0,
    Location = 1,
    Vouch = 2,
    Moderator = 3,
}
