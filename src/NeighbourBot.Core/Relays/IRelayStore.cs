namespace NeighbourBot.Core.Relays;

/// <summary>Relays, the bot messages that belong to them, blocks and reports. Synchronous, like every store.</summary>
public interface IRelayStore
{
    Relay? Find(long id);

    /// <summary>Inserts (Id 0 → a new id) or replaces; returns the saved relay with its id.</summary>
    Relay Save(Relay relay);

    /// <summary>Open relays where the resident is either side, most recent activity first.</summary>
    IReadOnlyList<Relay> OpenFor(long residentId);

    /// <summary>The relay of one neighbour on one listing (open or closed), if any.</summary>
    Relay? ForListingAndNeighbour(long listingId, long neighbourId);

    /// <summary>Every relay of a listing.</summary>
    IReadOnlyList<Relay> OfListing(long listingId);

    /// <summary>Records that a bot message (sent with correlation "relay:{id}") belongs to a relay, so replies to it are routed there.</summary>
    void RememberMessage(long chatId, long messageId, long relayId);

    /// <summary>The relay a bot message in a private chat belongs to, or null.</summary>
    long? RelayOfMessage(long chatId, long messageId);

    void AddBlock(ResidentBlock block);

    /// <summary>True when either resident blocked the other.</summary>
    bool IsBlocked(long residentA, long residentB);

    /// <summary>Adds a report; returns it with its id.</summary>
    RelayReport AddReport(RelayReport report);
}
