namespace NeighbourBot.Core.Moderation;

/// <summary>What put a listing in the moderation queue.</summary>
public enum ModerationOrigin
{
    /// <summary>Residents reported a published listing.</summary>
    Reports = 0,

    /// <summary>The parser found scam signals: the listing waits for a moderator before it is broadcast.</summary>
    ScamSignals,

    /// <summary>A published listing was edited to hold scam signals: hidden in the group until a moderator decides.</summary>
    EditedWithScamSignals,
}
