using System.Globalization;
using System.Text;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Core.Stats;

/// <summary>
/// The figures as text, the same for the <c>stats</c> verb (DESIGN: its output is a contract; these lines and
/// their order stay) and for /stats in an operator's private chat.
/// </summary>
public static class CommunityReport
{
    public static string Render(CommunityFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;

        text.AppendLine(c, $"Habitants : {figures.Residents}");
        text.AppendLine("quartier | inscrits | adresse vérifiée | vérifiés (peuvent publier) | en attente | groupes | annonces ouvertes | réservées | données");
        foreach (var q in figures.Quartiers)
        {
            text.AppendLine(c, $"{q.Name} | {q.Residents} | {q.AddressVerified} | {q.Verified} | {q.Pending} | {q.Groups} | {q.Open} | {q.Reserved} | {q.Given}");
        }

        if (figures.WithoutQuartier > 0)
        {
            text.AppendLine(c, $"Sans quartier (adresse pas encore vérifiée) : {figures.WithoutQuartier}");
        }

        text.AppendLine();
        text.AppendLine("Annonces par type (toutes les annonces publiées, tous quartiers) :");
        foreach (var (kind, statuses) in figures.ListingsByKind.OrderByDescending(k => k.Value.Values.Sum()).ThenBy(k => k.Key))
        {
            var byStatus = string.Join(", ", statuses.Where(s => s.Value > 0).OrderBy(s => s.Key).Select(s => $"{StatusLabel(s.Key)} {s.Value}"));
            text.AppendLine(c, $"  {ListingVocabulary.FrenchLabel(kind)} : {statuses.Values.Sum()} ({byStatus})");
        }

        text.AppendLine(c, $"Objets donnés (annonces marquées données) : {figures.Given}");

        text.AppendLine();
        text.AppendLine(c, $"Vérifications en attente : {figures.PendingModeratorVerifications} chez un modérateur, {figures.PendingAddresses} auprès du service d'adresses");
        text.AppendLine(c, $"Annonces en attente d'un modérateur (signalées ou retenues) : {figures.PendingListingReports}");
        text.AppendLine(c, $"Signalements d'habitants (dans les conversations) : {figures.ResidentReports}");

        text.AppendLine();
        text.AppendLine("Demande hors zone (inscriptions refusées, par commune) :");
        if (figures.OutOfAreaDemand.Count == 0)
        {
            text.AppendLine("  aucune");
        }

        foreach (var commune in figures.OutOfAreaDemand)
        {
            text.AppendLine(c, $"  {commune.CityName} ({commune.CityCode}) : {commune.Count}, dernière le {commune.LastAt:yyyy-MM-dd}");
        }

        return text.ToString();
    }

    private static string StatusLabel(ListingStatus status) => status switch
    {
        ListingStatus.Open => "ouvertes",
        ListingStatus.Reserved => "réservées",
        ListingStatus.Given => "données",
        ListingStatus.Withdrawn => "retirées",
        ListingStatus.Expired => "expirées",
        ListingStatus.Hidden => "masquées",
        _ => "brouillons",
    };
}
