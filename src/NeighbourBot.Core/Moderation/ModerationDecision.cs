namespace NeighbourBot.Core.Moderation;

/// <summary>What a moderator decided about a queued listing.</summary>
public enum ModerationDecision
{
    /// <summary>Masquer: the listing stays hidden (or, held before broadcast, is never published).</summary>
    Hide = 0,

    /// <summary>Garder: the listing is restored (or, held before broadcast, published now).</summary>
    Keep,

    /// <summary>Bloquer l'auteur: the listing is hidden and its author may no longer post.</summary>
    BlockAuthor,
}
