using System.Globalization;
using System.Text;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>
/// How a listing reads: the group message (HTML, every user-typed part escaped, cut to Telegram's limits) with its
/// buttons, and the plain-text preview shown to the poster.
/// </summary>
public static class ListingText
{
    /// <summary>Telegram's limit on a message text.</summary>
    public const int MaxMessage = 4096;

    /// <summary>Telegram's limit on a photo caption.</summary>
    public const int MaxCaption = 1024;

    /// <summary>The longest title kept (typed in Modifier, or made from the items found).</summary>
    public const int MaxTitle = 80;

    private const string Ellipsis = "…";
    private const string TextSlot = "\u0000";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The answer button under an offer (a gift, a sale, a loan, an event…).</summary>
    public const string InterestedTitle = "🙋 Ça m'intéresse";

    /// <summary>The answer button under a request (a search, a loan asked for, a hand asked for).</summary>
    public const string CanHelpTitle = "🙋 Je peux aider";

    /// <summary>The answer button under a lost-item notice.</summary>
    public const string HaveALeadTitle = "🙋 J'ai une piste";

    /// <summary>The answer button under a found-item notice.</summary>
    public const string MineTitle = "🙋 C'est à moi";

    public const string ReportTitle = "🚩 Signaler";

    /// <summary>
    /// The answer button of a listing's kind: « Ça m'intéresse » under a request would read as if the neighbour wanted
    /// the thing asked for, where they offer it.
    /// </summary>
    public static string InterestedLabel(ListingKind kind) => kind switch
    {
        _ when IsRequest(kind) => CanHelpTitle,
        ListingKind.Lost => HaveALeadTitle,
        ListingKind.Found => MineTitle,
        _ => InterestedTitle,
    };

    /// <summary>The poster's button that lets go of the neighbour a listing is held for (« Annuler la réservation » for an offer).</summary>
    public static string UnreserveLabel(ListingKind kind) => kind switch
    {
        _ when IsRequest(kind) => "Chercher quelqu'un d'autre",
        ListingKind.Found => "Ce n'était pas le bon",
        _ => "Annuler la réservation",
    };

    /// <summary>What the group message says of a listing held for one neighbour (« Réservé » for an offer).</summary>
    public static string ReservedLabel(ListingKind kind) => kind switch
    {
        _ when IsRequest(kind) => "Un voisin s'en occupe",
        ListingKind.Found => "Propriétaire retrouvé",
        _ => "Réservé",
    };

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>The group message of a listing in its current status, at most <paramref name="limit"/> characters of HTML.</summary>
    public static string GroupHtml(Listing listing, string authorFirstName, string quartierName, int limit)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var head = $"<b>{Escape(FrenchLabel(listing.Kind))} : {Escape(Cut(listing.Title, MaxTitle))}</b>";
        var signature = $"— {Escape(Cut(authorFirstName, 40))}, quartier {Escape(quartierName)}";
        var layout = new StringBuilder();
        if (StatusLine(listing) is { } status)
        {
            layout.Append(status).Append('\n');
        }

        if (listing.Status is ListingStatus.Withdrawn or ListingStatus.Hidden or ListingStatus.Expired)
        {
            return layout.Append("<s>").Append(head).Append("</s>").Append('\n').Append(signature).ToString();
        }

        layout.Append(head).Append('\n').Append(TextSlot[0]).Append('\n');
        if (Details(listing) is { Length: > 0 } details)
        {
            layout.Append(details).Append('\n');
        }

        layout.Append(signature);
        var frame = layout.ToString();
        var budget = Math.Max(0, limit - (frame.Length - TextSlot.Length));
        return frame.Replace(TextSlot, FitEscaped(listing.BroadcastText.Trim(), budget), StringComparison.Ordinal);
    }

    /// <summary>The buttons under the group message: none once the listing is no longer open.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> GroupButtons(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.Status switch
        {
            ListingStatus.Open =>
            [
                [new Button(InterestedLabel(listing.Kind), ListingPayload.Of(ListingPayload.Interested, listing.Id)),
                    new Button(ReportTitle, ListingPayload.Of(ListingPayload.Report, listing.Id))],
            ],
            ListingStatus.Reserved => [[new Button(ReportTitle, ListingPayload.Of(ListingPayload.Report, listing.Id))]],
            _ => [],
        };
    }

    /// <summary>What the poster reads before publishing (plain text).</summary>
    public static string Preview(PostingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = draft.KeepContacts ? draft.Text : draft.MaskedText;
        var lines = new List<string>
        {
            "Voici votre annonce :",
            $"Type : {FrenchLabel(draft.Kind)}",
            $"Titre : {draft.Title}",
            $"Quantité : {draft.Quantity?.ToString(French) ?? "—"}",
            $"Prix : {(draft.PriceEur is { } p ? Price(p) : "—")}",
            $"Quand : {draft.When ?? "—"}",
            $"Catégorie : {ListingVocabulary.FrenchLabel(draft.Category)}",
        };
        if (!string.IsNullOrEmpty(draft.PhotoId))
        {
            lines.Add("Avec votre photo.");
        }

        lines.Add($"Texte : « {Cut(text.Trim(), 3000)} »");
        if (draft.HasContact && !draft.KeepContacts)
        {
            lines.Add(PostingMessages.ContactsMasked);
        }

        return string.Join("\n", lines);
    }

    public static string FrenchLabel(ListingKind kind) => ListingVocabulary.FrenchLabel(kind);

    public static string Price(decimal euros) =>
        euros == 0 ? "gratuit" : euros.ToString(euros == decimal.Truncate(euros) ? "0" : "0.00", French) + " €";

    /// <summary>What the status change reads like for the poster's kind ("Donné", "Vendu", "Reçu" for requests).</summary>
    public static string DoneLabel(ListingKind kind) => kind switch
    {
        ListingKind.Sell => "Vendu",
        ListingKind.Lend => "Prêté",
        ListingKind.Exchange => "Échangé",
        ListingKind.Seek or ListingKind.Borrow or ListingKind.HelpRequest => "Reçu",
        ListingKind.Lost => "Retrouvé",
        ListingKind.HelpOffer or ListingKind.Event => "Terminé",
        ListingKind.Found => "Rendu",
        _ => "Donné",
    };

    /// <summary>True when the poster asks for something (Donné becomes "reçu" for them).</summary>
    public static bool IsRequest(ListingKind kind) =>
        kind is ListingKind.Seek or ListingKind.Borrow or ListingKind.HelpRequest;

    /// <summary>
    /// A title naming every item found, the French way (« chaise, table basse et lampe »), as many whole items as fit in
    /// <see cref="MaxTitle"/>, with « … » when some are left out: a group reading « Don : Chaise » for a chair and a table
    /// would hide half of the offer.
    /// </summary>
    public static string TitleOfItems(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var named = items.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (named.Count == 0)
        {
            return "";
        }

        for (var count = named.Count; count > 1; count--)
        {
            var title = count == named.Count
                ? string.Join(", ", named[..^1]) + " et " + named[^1]
                : string.Join(", ", named[..count]) + Ellipsis;
            if (title.Length <= MaxTitle)
            {
                return title;
            }
        }

        return named.Count > 1 && named[0].Length + Ellipsis.Length <= MaxTitle ? named[0] + Ellipsis : Cut(named[0], MaxTitle);
    }

    /// <summary>Cuts plain text to <paramref name="max"/> characters, with an ellipsis, never inside a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var end = Math.Max(0, max - Ellipsis.Length);
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end] + Ellipsis;
    }

    /// <summary>The escaped text, cut (before escaping, with an ellipsis) so that the escaped form fits <paramref name="budget"/>.</summary>
    public static string FitEscaped(string text, int budget)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = Escape(text);
        if (escaped.Length <= budget)
        {
            return escaped;
        }

        var room = budget - Ellipsis.Length;
        var sb = new StringBuilder(Math.Max(0, room));
        var i = 0;
        while (i < text.Length)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var piece = length == 2
                ? text.Substring(i, 2)
                : text[i] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    var c => c.ToString(),
                };
            if (sb.Length + piece.Length > room)
            {
                break;
            }

            sb.Append(piece);
            i += length;
        }

        return room <= 0 ? "" : sb.Append('…').ToString();
    }

    private static string? StatusLine(Listing listing) => listing.Status switch
    {
        ListingStatus.Reserved => $"🔒 <b>{ReservedLabel(listing.Kind)}</b>",
        ListingStatus.Given => $"✅ <b>{DoneLabel(listing.Kind)}</b>",
        ListingStatus.Withdrawn => "<b>Annonce retirée par son auteur</b>",
        ListingStatus.Expired => "<b>Annonce expirée</b>",
        ListingStatus.Hidden => "<b>Annonce masquée par la modération du quartier</b>",
        _ => null,
    };

    private static string Details(Listing listing)
    {
        var parts = new List<string>();
        if (listing.Quantity is { } quantity and > 1)
        {
            parts.Add($"Quantité : {quantity.ToString(French)}");
        }

        if (listing.PriceEur is { } price)
        {
            parts.Add($"Prix : {Price(price)}");
        }

        if (!string.IsNullOrWhiteSpace(listing.When))
        {
            parts.Add($"Quand : {Escape(Cut(listing.When, 80))}");
        }

        if (listing.Category != ListingCategory.None)
        {
            parts.Add(Escape(ListingVocabulary.FrenchLabel(listing.Category)));
        }

        return string.Join(" · ", parts);
    }
}
