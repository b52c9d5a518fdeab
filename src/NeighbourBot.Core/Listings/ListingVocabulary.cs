using System.Collections.Frozen;
using System.Text;

namespace NeighbourBot.Core.Listings;

/// <summary>Wire names (snake_case, as in the corpus and the <c>parse</c> verb) and French labels of kinds and categories.</summary>
public static class ListingVocabulary
{
    private static readonly FrozenDictionary<string, ListingKind> KindsByWire =
        Enum.GetValues<ListingKind>().ToFrozenDictionary(ToWire, k => k, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ListingCategory> CategoriesByWire =
        Enum.GetValues<ListingCategory>().ToFrozenDictionary(ToWire, c => c, StringComparer.Ordinal);

    public static string ToWire(ListingKind kind) => SnakeCase(kind.ToString());

    public static string ToWire(ListingCategory category) => SnakeCase(category.ToString());

    public static bool TryParseKind(string wire, out ListingKind kind) => KindsByWire.TryGetValue(wire, out kind);

    public static bool TryParseCategory(string wire, out ListingCategory category) =>
        CategoriesByWire.TryGetValue(wire, out category);

    /// <summary>How a resident reads the kind in a preview or a group message.</summary>
    public static string FrenchLabel(ListingKind kind) => kind switch
    {
        ListingKind.Give => "Don",
        ListingKind.Sell => "Vente",
        ListingKind.Lend => "Prêt",
        ListingKind.Exchange => "Échange",
        ListingKind.Seek => "Recherche",
        ListingKind.Borrow => "Emprunt",
        ListingKind.HelpOffer => "Coup de main proposé",
        ListingKind.HelpRequest => "Demande d'aide",
        ListingKind.Event => "Événement",
        ListingKind.Lost => "Perdu",
        ListingKind.Found => "Trouvé",
        _ => "Message",
    };

    public static string FrenchLabel(ListingCategory category) => category switch
    {
        ListingCategory.Furniture => "Meubles",
        ListingCategory.Appliances => "Électroménager",
        ListingCategory.Multimedia => "Multimédia",
        ListingCategory.Clothing => "Vêtements et accessoires",
        ListingCategory.Kids => "Enfants et bébés",
        ListingCategory.BooksCulture => "Livres, musique, culture",
        ListingCategory.DiyTools => "Bricolage et outils",
        ListingCategory.GardenPlants => "Jardin et plantes",
        ListingCategory.Food => "Alimentation",
        ListingCategory.Animals => "Animaux",
        ListingCategory.SportsLeisure => "Sports et loisirs",
        ListingCategory.Household => "Maison",
        ListingCategory.BuildingMaterials => "Matériaux",
        ListingCategory.Transport => "Vélos et transport",
        ListingCategory.ServiceDiy => "Réparations et bricolage",
        ListingCategory.ServiceGarden => "Jardinage",
        ListingCategory.ServiceMoving => "Déménagement et transport d'objets",
        ListingCategory.ServiceLessons => "Cours et soutien",
        ListingCategory.ServiceCare => "Garde et compagnie",
        ListingCategory.ServiceErrands => "Courses et commissions",
        ListingCategory.ServiceIt => "Informatique",
        ListingCategory.Carpool => "Covoiturage",
        ListingCategory.Event => "Événement",
        ListingCategory.Other => "Divers",
        _ => "Aucune",
    };

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
