namespace NeighbourBot.Dialogs.Moderation;

/// <summary>Moderation settings (section NeighbourBot:Moderation).</summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    /// <summary>Distinct reporters that hide a listing until a moderator decides (contract key Moderation:ReportsToHide).</summary>
    public int ReportsToHide { get; set; } = 3;
}
