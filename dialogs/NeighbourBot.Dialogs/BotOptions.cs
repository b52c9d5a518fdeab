namespace NeighbourBot.Dialogs;

/// <summary>Top-level keys of the NeighbourBot section that the dialogs read.</summary>
public sealed class BotOptions
{
    public const string SectionName = "NeighbourBot";

    /// <summary>Telegram user ids allowed to administer (link groups, name moderators).</summary>
    public IReadOnlyList<long> Operators { get; set; } = [];

    public bool IsOperator(long userId) => Operators.Contains(userId);
}
