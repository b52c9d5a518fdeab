using NeighbourBot.Language.Parsing;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>What the resident sent that starts a posting (handed to the flow through TurnState), with its parse when already made.</summary>
public sealed record PostingSeed(string Text, string? PhotoId, ListingParse? Parse = null);
