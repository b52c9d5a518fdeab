using NeighbourBot.Core.Listings;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>Which heading each listing kind goes under, the French headings, and their short names in button payloads.</summary>
public static class DigestSections
{
    public static DigestSection Of(ListingKind kind) => kind switch
    {
        ListingKind.Give => DigestSection.Gifts,
        ListingKind.Lend => DigestSection.Loans,
        ListingKind.Seek or ListingKind.Borrow or ListingKind.HelpRequest => DigestSection.Requests,
        ListingKind.HelpOffer => DigestSection.Services,
        ListingKind.Event => DigestSection.Events,
        ListingKind.Lost or ListingKind.Found => DigestSection.LostFound,
        ListingKind.Sell or ListingKind.Exchange => DigestSection.SalesExchanges,
        _ => DigestSection.Other,
    };

    public static string Heading(DigestSection section) => section switch
    {
        DigestSection.Gifts => "Dons",
        DigestSection.Loans => "Prêts",
        DigestSection.Requests => "Demandes",
        DigestSection.Services => "Services",
        DigestSection.Events => "Événements",
        DigestSection.LostFound => "Perdu/Trouvé",
        DigestSection.SalesExchanges => "Ventes et échanges",
        _ => "Autres annonces",
    };

    /// <summary>The kinds under a heading (what a resident picks with one button in /resume).</summary>
    public static IReadOnlyList<ListingKind> Kinds(DigestSection section) => KindsBySection[(int)section];

    /// <summary>True when a heading holds several kinds, so each line says which.</summary>
    public static bool IsMixed(DigestSection section) => KindsBySection[(int)section].Count > 1;

    // Read for every line of every digest: worked out once.
    private static readonly IReadOnlyList<ListingKind>[] KindsBySection =
        Enum.GetValues<DigestSection>().Select(s => (IReadOnlyList<ListingKind>)Enum.GetValues<ListingKind>().Where(k => Of(k) == s).ToList()).ToArray();
}
