namespace NeighbourBot.Language.Contacts;

/// <summary>What kind of contact detail was found in a message.</summary>
public enum ContactKind
{
    Phone = 1,
    Email,
    StreetAddress,
}
