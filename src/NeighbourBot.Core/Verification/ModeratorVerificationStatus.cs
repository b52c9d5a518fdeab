namespace NeighbourBot.Core.Verification;

/// <summary>Where a moderator verification request stands.</summary>
public enum ModeratorVerificationStatus
{
    Pending = 0,
    Approved = 1,
    Refused = 2,

    /// <summary>The resident verified another way (or left) before a moderator decided: nothing left to do.</summary>
    Withdrawn = 3,
}
