using System.Globalization;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Digests;

/// <summary>What residents read about digests, in French.</summary>
public static class DigestMessages
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string NeedsSignup = "Le résumé des annonces est réservé aux habitants inscrits. Tapez /start pour vous inscrire, c'est rapide.";
    public const string ChooseHint = "Choisissez ci-dessous ; un appui suffit.";
    public const string Never = "Jamais";
    public const string Daily = "Chaque jour";
    public const string Weekly = "Chaque semaine";
    public const string AllKinds = "Toutes les annonces";
    public const string Settings = "⚙️ Régler mon résumé";
    public const string ListingGone = "Cette annonce n'existe plus.";
    public const string ListingClosed = "Cette annonce n'est plus disponible, désolé.";
    public const string OtherQuartier = "Cette annonce est réservée aux habitants de son quartier.";
    public const string NotResident = "Cette annonce est réservée aux habitants inscrits du quartier. Tapez /start pour vous inscrire.";
    public const string LinkNeedsSignup = "Cette annonce est réservée aux habitants inscrits du quartier. L'inscription est gratuite et ne prend qu'un instant :";
    public const string GroupFooter = "Touchez une annonce pour l'ouvrir en privé avec moi.";

    public static string FrequencyLabel(DigestFrequency frequency) => frequency switch
    {
        DigestFrequency.Never => Never,
        DigestFrequency.Daily => Daily,
        _ => Weekly,
    };

    public static string HourButton(int hour) => $"À {hour} h";

    /// <summary>The current preference in one sentence.</summary>
    public static string Describe(DigestPreference preference, IReadOnlyList<DigestSection> sections)
    {
        ArgumentNullException.ThrowIfNull(preference);
        ArgumentNullException.ThrowIfNull(sections);
        if (preference.Frequency == DigestFrequency.Never)
        {
            return "Vous ne recevez pas de résumé des annonces de votre quartier.";
        }

        var when = preference.Frequency == DigestFrequency.Daily
            ? $"chaque jour vers {preference.Hour} h"
            : $"chaque semaine, le {French.DateTimeFormat.GetDayName(preference.Day)}, vers {preference.Hour} h";
        var what = sections.Count == 0
            ? "toutes les annonces"
            : "seulement : " + string.Join(", ", sections.Select(DigestSections.Heading));
        return $"Vous recevez le résumé des nouvelles annonces de votre quartier {when} ({what}).";
    }

    public static string Menu(DigestPreference preference, IReadOnlyList<DigestSection> sections) =>
        Describe(preference, sections) + "\n" + ChooseHint;

    public static string PrivateIntro(string firstName, string quartierName, DigestFrequency frequency)
    {
        var hello = string.IsNullOrWhiteSpace(firstName) ? "Bonjour" : $"Bonjour {firstName}";
        var period = frequency == DigestFrequency.Daily ? "depuis hier" : "cette semaine";
        return $"{hello}, voici les nouvelles annonces de votre quartier {quartierName} {period} :";
    }

    public static string More(int count) => count == 1
        ? "… et 1 autre annonce : tapez /cherche pour la trouver."
        : $"… et {count} autres annonces : tapez /cherche pour les trouver.";

    public static string ShowButton(string title) => "Voir : " + Posting.ListingText.Cut(title, 40);

    public static string GroupHeading(string quartierName) => $"📰 Les nouvelles annonces du quartier {quartierName}";

    public const string GroupContinued = "(suite)";
}
