namespace NeighbourBot.Core.Verification;

/// <summary>Where a moderator verification request stands.</summary>
public enum ModeratorVerificationStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,
}
