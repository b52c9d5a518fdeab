namespace NeighbourBot.Core.Listings;

/// <summary>Where a listing was posted, so later status changes edit that message in place.</summary>
public sealed record BroadcastRef(long ChatId, long MessageId, bool IsPhoto);
