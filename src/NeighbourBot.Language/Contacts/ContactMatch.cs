namespace NeighbourBot.Language.Contacts;

/// <summary>A contact detail found in a message: its kind, the text as written, and where it sits.</summary>
public sealed record ContactMatch(ContactKind Kind, string Text, int Start, int Length);
