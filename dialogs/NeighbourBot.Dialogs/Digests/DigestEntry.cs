using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// A listing as every private digest shows it: its heading, its bullet and its button, worked out once per quartier and
/// run, so the thousands of digests of a busy quartier only pick and join them.
/// </summary>
public sealed record DigestEntry(DigestLine Line, DigestSection Section, string Bullet, IReadOnlyList<Button> ButtonRow)
{
    public static DigestEntry Of(DigestLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var section = DigestSections.Of(line.Kind);
        var title = Posting.ListingText.Cut(line.Title.Trim(), Posting.ListingText.MaxTitle);
        var bullet = DigestSections.IsMixed(section) ? $"• {Posting.ListingText.FrenchLabel(line.Kind)} : {title}" : "• " + title;
        return new DigestEntry(line, section, bullet, [new Button(DigestMessages.ShowButton(line.Title.Trim()), DigestPayload.Of(DigestPayload.Show, line.ListingId))]);
    }
}
