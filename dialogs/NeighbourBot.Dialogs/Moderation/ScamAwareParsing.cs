using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>
/// The parser reads a message with scam signals as no listing at all (kind none, as the corpus wants). For posting,
/// the listing is read again from the clauses without signals, and the signals are kept: such a listing is then held
/// for a moderator on Publier instead of being refused as "not a listing" (issue #8: scams are queued before broadcast).
/// </summary>
public static partial class ScamAwareParsing
{
    public static ListingParse Parse(IListingParser parser, string text)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(text);
        var parse = parser.Parse(text);
        if (parse.Kind != ListingKind.None || parse.ScamSignals.Count == 0)
        {
            return parse;
        }

        var clauses = Clauses().Split(text)
            .Select(c => c.Trim())
            .Where(c => c.Length > 0 && ScamSignals.Find(TextNormalizer.FoldSameLength(c)).Count == 0)
            .ToList();
        if (clauses.Count == 0)
        {
            return parse;
        }

        // The clean clauses together first; a scammer's story left in them ("je suis à l'étranger") can still read as no
        // listing, so then each clause alone, the offer usually coming first ("Vends iPhone neuf 100€").
        var reread = new[] { string.Join(", ", clauses) }.Concat(clauses.Count > 1 ? clauses : [])
            .Select(parser.Parse)
            .FirstOrDefault(p => p.Kind != ListingKind.None);
        return reread is null
            ? parse
            : reread with { MaskedText = parse.MaskedText, Contacts = parse.Contacts, HasContact = parse.HasContact, ScamSignals = parse.ScamSignals };
    }

    [GeneratedRegex(@"[,;.!?\n]+", RegexOptions.CultureInvariant)]
    private static partial Regex Clauses();
}
