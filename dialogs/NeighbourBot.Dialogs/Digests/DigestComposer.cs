using System.Text;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Posting;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>
/// The text of digests: the group recap (HTML, grouped by heading, one deep link per listing, split at Telegram's
/// 4,096 characters between lines), and the private digest (plain text, a button per listing, and one-tap preference buttons).
/// </summary>
public static class DigestComposer
{
    /// <summary>The group recap in as many messages as it takes; empty when there is nothing to say.</summary>
    public static IReadOnlyList<string> GroupMessages(string quartierName, IEnumerable<DigestLine> lines, string botUsername, int limit = ListingText.MaxMessage)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var body = new List<string>();
        foreach (var section in lines.GroupBy(l => DigestSections.Of(l.Kind)).OrderBy(g => g.Key))
        {
            body.Add("");
            body.Add($"<b>{ListingText.Escape(DigestSections.Heading(section.Key))}</b>");
            var mixed = DigestSections.IsMixed(section.Key);
            foreach (var line in section.OrderBy(l => l.PublishedAt).ThenBy(l => l.ListingId))
            {
                body.Add(GroupLine(line, botUsername, mixed));
            }
        }

        if (body.Count == 0)
        {
            return [];
        }

        body.Add("");
        body.Add($"<i>{ListingText.Escape(DigestMessages.GroupFooter)}</i>");
        var heading = $"<b>{ListingText.Escape(DigestMessages.GroupHeading(quartierName))}</b>";
        return Split(heading, $"<i>{ListingText.Escape(DigestMessages.GroupContinued)}</i>", body, limit);
    }

    /// <summary>One line of the group recap: "• title" linked to the listing in private.</summary>
    public static string GroupLine(DigestLine line, string botUsername, bool sayKind)
    {
        ArgumentNullException.ThrowIfNull(line);
        var title = ListingText.Escape(ListingText.Cut(line.Title.Trim(), ListingText.MaxTitle));
        var link = DigestPayload.DeepLink(botUsername, line.ListingId);
        var shown = link is null ? title : $"<a href=\"{link}\">{title}</a>";
        return sayKind ? $"• {ListingText.Escape(ListingText.FrenchLabel(line.Kind))} : {shown}" : $"• {shown}";
    }

    /// <summary>The private digest (plain text) and its buttons, or null when none of the lines is for this resident.</summary>
    public static OutboundAction? PrivateMessage(DigestRecipient resident, string quartierName, IReadOnlyList<DigestLine> lines, int maxListings)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return null;
        }

        return PrivateMessageShowing(resident, quartierName, InDisplayOrder(lines).Take(maxListings).ToList(), lines.Count);
    }

    /// <summary>Headings in order, newest first under each: the order of a private digest.</summary>
    public static IEnumerable<DigestLine> InDisplayOrder(IEnumerable<DigestLine> lines) =>
        lines.OrderBy(l => DigestSections.Of(l.Kind)).ThenByDescending(l => l.PublishedAt).ThenBy(l => l.ListingId);

    /// <summary>The private digest of <paramref name="shown"/> (already in display order) out of <paramref name="total"/> wanted listings.</summary>
    public static OutboundAction? PrivateMessageShowing(DigestRecipient resident, string quartierName, IReadOnlyList<DigestLine> shown, int total)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return PrivateMessageShowing(resident, quartierName, shown.Select(DigestEntry.Of).ToList(), total);
    }

    /// <summary>As above with the entries already rendered (what the scheduled run does, once per quartier).</summary>
    public static OutboundAction? PrivateMessageShowing(DigestRecipient resident, string quartierName, IReadOnlyList<DigestEntry> shown, int total)
    {
        ArgumentNullException.ThrowIfNull(resident);
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(DigestMessages.PrivateIntro(resident.FirstName, quartierName, resident.Preference.Frequency), 512);
        var buttons = new List<IReadOnlyList<Button>>(shown.Count + 1);
        DigestSection? heading = null;
        foreach (var entry in shown)
        {
            if (entry.Section != heading)
            {
                // Entries come in display order, so each heading starts once.
                heading = entry.Section;
                text.Append("\n\n").Append(DigestSections.Heading(entry.Section)).Append(" :");
            }

            text.Append('\n').Append(entry.Bullet);
            buttons.Add(entry.ButtonRow);
        }

        if (total > shown.Count)
        {
            text.Append("\n\n").Append(DigestMessages.More(total - shown.Count));
        }

        buttons.Add(PreferenceRow(resident.Preference.Frequency));
        return new OutboundAction
        {
            Kind = OutboundActionKind.SendText,
            ChatId = resident.ChatId,
            Text = text.ToString(),
            IsHtml = false,
            Buttons = buttons,
        };
    }

    /// <summary>The other frequencies, one tap each, and the full settings.</summary>
    public static IReadOnlyList<Button> PreferenceRow(DigestFrequency current) =>
        PreferenceRows.ElementAtOrDefault((int)current) ?? BuildPreferenceRow(current);

    // The same three rows in every private digest: built once (rows are immutable).
    private static readonly IReadOnlyList<Button>[] PreferenceRows =
        Enum.GetValues<DigestFrequency>().OrderBy(f => (int)f).Select(BuildPreferenceRow).ToArray();

    private static IReadOnlyList<Button> BuildPreferenceRow(DigestFrequency current) =>
    [
        .. new[] { DigestFrequency.Daily, DigestFrequency.Weekly, DigestFrequency.Never }
            .Where(f => f != current)
            .Select(f => new Button(DigestMessages.FrequencyLabel(f), DigestPayload.Of(DigestPayload.Frequency, (long)f))),
        new Button(DigestMessages.Settings, DigestPayload.Of(DigestPayload.Menu, 0)),
    ];

    /// <summary>Cuts between lines, never inside one; lengths are measured on the escaped HTML that Telegram counts.</summary>
    private static List<string> Split(string heading, string continued, IReadOnlyList<string> body, int limit)
    {
        var messages = new List<string>();
        var current = new StringBuilder(heading);
        foreach (var line in body)
        {
            if (current.Length + 1 + line.Length > limit && current.Length > continued.Length)
            {
                messages.Add(current.ToString().TrimEnd());
                current.Clear().Append(continued);
            }

            current.Append('\n').Append(line);
        }

        messages.Add(current.ToString().TrimEnd());
        return messages;
    }
}
