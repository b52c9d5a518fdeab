namespace NeighbourBot.Storage;

/// <summary>The LiteDB collections, all created and indexed by <see cref="LiteDbDatabase"/> at start-up.</summary>
internal static class CollectionNames
{
    public const string Residents = "residents";
    public const string Quartiers = "quartiers";
    public const string Listings = "listings";
    public const string Outbox = "outbox";
    public const string OutboxHeads = "outbox_heads";
    public const string HandledUpdates = "handled_updates";
    public const string BotState = "bot_state";
    public const string Sequences = "sequences";
    public const string InviteCodes = "invite_codes";
    public const string ModeratorVerifications = "moderator_verifications";
    public const string OutOfAreaDemand = "out_of_area_demand";
    public const string PendingAddresses = "pending_addresses";
    public const string Relays = "relays";
    public const string RelayMessages = "relay_messages";
    public const string Blocks = "blocks";
    public const string Reports = "reports";
    public const string Alerts = "alerts";
    public const string ModerationCases = "moderation_cases";
    public const string ModerationAudit = "moderation_audit";
    public const string AuthorBlocks = "author_blocks";
    public const string DigestMarks = "digest_marks";
}
