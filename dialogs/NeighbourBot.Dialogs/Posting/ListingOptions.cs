namespace NeighbourBot.Dialogs.Posting;

/// <summary>Listing lifecycle and anti-spam limits (section NeighbourBot:Listings).</summary>
public sealed class ListingOptions
{
    public const string SectionName = "Listings";

    /// <summary>Days a published listing stays open.</summary>
    public int ExpiryDays { get; set; } = 14;

    /// <summary>Listings one resident may publish in 24 hours.</summary>
    public int MaxPerDay { get; set; } = 5;

    /// <summary>The same text published again within this many days points to the existing listing.</summary>
    public int DuplicateDays { get; set; } = 14;

    public ListingGroupMode GroupMode { get; set; } = ListingGroupMode.Immediate;

    /// <summary>The bot's username without "@" (from getMe), for t.me deep links; empty leaves links out.</summary>
    public string BotUsername { get; set; } = "";

    /// <summary>One readable line per bad value, naming the key (the host stops on any).</summary>
    public IEnumerable<string> Validate()
    {
        if (ExpiryDays is < 1 or > 365)
        {
            yield return "NeighbourBot:Listings:ExpiryDays must be between 1 and 365.";
        }

        if (MaxPerDay is < 1 or > 100)
        {
            yield return "NeighbourBot:Listings:MaxPerDay must be between 1 and 100.";
        }

        if (DuplicateDays is < 0 or > 365)
        {
            yield return "NeighbourBot:Listings:DuplicateDays must be between 0 and 365.";
        }

        if (!Enum.IsDefined(GroupMode))
        {
            yield return "NeighbourBot:Listings:GroupMode must be Immediate or DigestOnly.";
        }
    }
}
