namespace NeighbourBot.Language.Contacts;

/// <summary>A message with its contact details replaced by a placeholder, and what was replaced.</summary>
public sealed record MaskedText(string Text, IReadOnlyList<ContactMatch> Contacts)
{
    public bool HasContact => Contacts.Count > 0;
}
