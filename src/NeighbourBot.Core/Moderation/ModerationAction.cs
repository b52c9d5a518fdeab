namespace NeighbourBot.Core.Moderation;

/// <summary>What an audit entry records.</summary>
public enum ModerationAction
{
    /// <summary>Enough distinct residents reported the listing: the bot hid it until a decision.</summary>
    AutoHidden = 0,

    /// <summary>Scam signals: the bot held the listing before broadcast.</summary>
    HeldBeforeBroadcast,

    Hidden,
    Kept,
    AuthorBlocked,
}
