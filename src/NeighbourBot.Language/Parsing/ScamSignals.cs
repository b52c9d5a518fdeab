using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>Signals of the usual scams (advance fees, coupons, seller abroad, phishing links, easy money), for moderation.</summary>
public static partial class ScamSignals
{
    public const string AdvancePayment = "advance_payment";
    public const string Coupon = "coupon_payment";
    public const string SellerAbroad = "seller_abroad";
    public const string PhishingLink = "phishing_link";
    public const string EasyMoney = "easy_money";
    public const string PersonalLoan = "personal_loan";

    /// <summary>The signals found in a folded (lower-case, accent-free) message.</summary>
    public static IReadOnlyList<string> Find(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        List<string>? found = null;
        void Add(string s) => (found ??= []).Add(s);
        if (Advance().IsMatchGated(folded))
        {
            Add(AdvancePayment);
        }

        if (Coupons().IsMatchGated(folded))
        {
            Add(Coupon);
        }

        if (Abroad().IsMatchGated(folded))
        {
            Add(SellerAbroad);
        }

        if (Bait().IsMatchGated(folded) && (Link().IsMatchGated(folded) || BankDetails().IsMatchGated(folded)))
        {
            Add(PhishingLink);
        }

        if (Money().IsMatchGated(folded))
        {
            Add(EasyMoney);
        }

        if (Loan().IsMatchGated(folded))
        {
            Add(PersonalLoan);
        }

        return found ?? (IReadOnlyList<string>)[];
    }

    [GeneratedRegex(@"\b(frais de (dossier|transport|douane|livraison) (a|en) (avance|payer)\b|(seuls )?(les )?frais de (transport|livraison|envoi|vaccination|dossier) de \d+ ?(€|euros?\b)|envoye[rz]? \d+ ?(€|euros?) de frais|frais de dossier|mandat cash|western union|moneygram|virement (a|vers|pour) l'etranger|payer d'avance|paiement d'avance|acompte (par|en) (mandat|coupon)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Advance();

    [GeneratedRegex(@"\b(coupons? (pcs|transcash|neosurf|de recharge|de paiement)|(paiement|payer|paye|payez|reglement|regler|reglez|payable|uniquement) (par|en|avec) (des )?(coupons?|recharges?)|par coupons?$|pcs|transcash|neosurf|paysafecard|recharge (pcs|transcash)|cartes? cadeaux? (itunes|google|steam|amazon))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Coupons();

    [GeneratedRegex(@"\b(je suis|actuellement|je me trouve|je vis|je travaille) (actuellement )?(a l'etranger|en (afrique|angleterre|espagne|cote d'ivoire|belgique)|au (cameroun|senegal|benin|togo|nigeria|ghana|gabon|congo|mali|burkina))\b.{0,120}\b(envoi|transporteur|colis|livraison|expedi)", RegexOptions.CultureInvariant)]
    private static partial Regex Abroad();

    [GeneratedRegex(@"https?://|www\.|\bbit\.ly/|\btinyurl\b|\b[a-z0-9-]+\.(xyz|top|click|example|info|tk|ru|ly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // "cliquez et donnez vos coordonnées bancaires": a phishing bait needs no link when it asks for bank details.
    [GeneratedRegex(@"\b(coordonnees bancaires|numero de carte|code (de (la |votre )?)?carte|code (secret|confidentiel)|vos identifiants|votre rib)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BankDetails();

    [GeneratedRegex(@"\b(gagne|gagnez|cliquez|cliquer|reglez|regler|payez|frais|reclamer|votre colis|en attente|verifiez|identifiant|compte bloque|suspendu)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Bait();

    [GeneratedRegex(@"\b(gagnez|gagner) \d[\d ]* ?(€|euros?)|\d+ ?(€|euros?) ?(par|/) ?(jour|semaine|mois) (depuis chez vous|sans diplome|sans experience)|travail a domicile.{0,40}(€|euros)|methode 100 ?%|sans diplome|rendements? garantie?s?|investissement sans risque|revenus? (passifs?|garantis?)|(crypto|bitcoin|forex)\w*.{0,60}(gagn|rendement|invest|profit)|(vous avez|tu as) (ete selectionnee?|gagne)|colis gagnant|\b(gagnez|remportez) (un|une|des|votre) [a-z0-9 -]{2,30} en (cliquant|participant|repondant)\b|\b(en cliquant|cliquez) ici\b", RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(pret (personnel|d'argent|entre particuliers|rapide)|credit (rapide|sans)|financement rapide)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Loan();
}
