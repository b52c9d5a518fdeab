namespace NeighbourBot.Dialogs.Account;

/// <summary>What one retention run removed.</summary>
public sealed record RetentionRun(int AddressesErased, int PendingAddressesRemoved, int RelayMessagesErased, int CacheEntriesPruned, bool Checkpointed);
