namespace NeighbourBot.Dialogs.Posting;

/// <summary>The listing the poster chose to edit (handed to the flow through TurnState).</summary>
public sealed record ListingEditSeed(long ListingId);
