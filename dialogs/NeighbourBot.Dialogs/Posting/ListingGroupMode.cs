namespace NeighbourBot.Dialogs.Posting;

/// <summary>Whether a published listing goes to the quartier group at once or only in the digest.</summary>
public enum ListingGroupMode
{
    Immediate = 0,
    DigestOnly,
}
