using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>Names of neighbourhood events (parties, workshops, outings, meetings) as listing titles.</summary>
internal static partial class EventDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (Regex Pattern, Func<Match, string> Title)[] Rules =
    [
        (R(@"\bfete des voisins\b"), _ => "fête des voisins"),
        (R(@"\b(troc|bourse|echange) (de |d'|aux )(?<x>plantes|graines|livres|vetements|jouets|boutures|disques)\b(?=.{0,120}\b(au|a la|samedi|dimanche|jardin|salle|ecole|parc|place|de \d+h|le \d+)\b)"), m => m.Value.StartsWith("bourse", StringComparison.Ordinal) ? "bourse aux " + Plural(m.Groups["x"].Value) : "troc de " + Plural(m.Groups["x"].Value)),
        (R(@"\bvide-?greniers?|vide greniers?\b"), _ => "vide-grenier"),
        (R(@"\bbraderie\b"), _ => "braderie"),
        (R(@"\bbrocante\b"), _ => "brocante"),
        (R(@"\brepair ?cafe\b"), _ => "repair café"),
        (R(@"\batelier (de |d')?(?<x>[a-z-]+)"), m => "atelier " + m.Groups["x"].Value),
        (R(@"\b(reunion|assemblee generale|ag) (des |de |du )(?<x>habitants|locataires|coproprietaires|voisins|quartier|copropriete|residence)"), m => "réunion des " + (m.Groups["x"].Value is "habitants" or "locataires" or "coproprietaires" or "voisins" ? m.Groups["x"].Value : "habitants")),
        (R(@"\breunion\b"), _ => "réunion"),
        (R(@"\bgalette des rois\b"), _ => "galette des rois"),
        (R(@"\bsoiree (?<x>jeux?( de societe)?|halloween|karaoke|cine|film|crepes|raclette|quiz|dansante|pizza|jeux video)\b"), m => "soirée " + m.Groups["x"].Value.Replace("jeux de societe", "jeux de société", StringComparison.Ordinal).Replace("jeu de societe", "jeux de société", StringComparison.Ordinal)),
        (R(@"\btournoi (de |d')(?<x>[a-z-]+)"), m => "tournoi de " + Accent(m.Groups["x"].Value)),
        (R(@"\bcollecte de sang\b"), _ => "collecte de sang"),
        (R(@"\bcollecte (de |d')(?<x>[a-z]+)"), m => "collecte de " + m.Groups["x"].Value),
        (R(@"\bconcert\b"), _ => "concert"),
        (R(@"\b(balade|promenade|rando|randonnee) (a |en )?(?<x>velo|pied)\b"), m => "balade à " + m.Groups["x"].Value.Replace("velo", "vélo", StringComparison.Ordinal)),
        (R(@"\b(sortie (groupee )?(au |a la |en )?)(?<x>cinema|cine|theatre|musee|foret|piscine|patinoire|concert|bowling|champignons)"), m => "sortie " + Accent(m.Groups["x"].Value)),
        (R(@"\bcueillir des champignons|aux champignons\b"), _ => "sortie champignons"),
        (R(@"\bpique-?nique\b"), _ => "pique-nique"),
        (R(@"\bclub (de |d')(?<x>lecture|tricot|echecs|jeux|marche|photo|couture|lecteurs)"), m => "club de " + Accent(m.Groups["x"].Value)),
        (R(@"\b(footing|jogging|running)\b"), _ => "footing collectif"),
        (R(@"\bgroupe de (?<x>marche|course|yoga|lecture|parole|musique)\b"), m => "groupe de " + m.Groups["x"].Value),
        (R(@"\b(nettoyage du quartier|operation nettoyage|ramassage (de |des )?dechets|world clean ?up|clean ?walk)\b"), _ => "ramassage de déchets"),
        (R(@"\bpetit-?dej(euner)? partage|petit-?dej(euner)?\b(?=.{0,40}(chacun|partage|square|ensemble))"), _ => "petit-déjeuner partagé"),
        (R(@"\b(voir|regarder|diffuser|diffusion) (le |du )?match\b"), _ => "diffusion de match"),
        (R(@"\b(apero|aperitif)s?\b(?<p>.{0,30}\b(parc|square|jardin|cour)\b)?"), m => m.Groups["p"].Success && m.Groups["p"].Value.Contains("parc", StringComparison.Ordinal) ? "apéro au parc" : "apéro"),
        (R(@"\b(fete|fait la fete|fete ses \d+ ans)\b.{0,40}(jardin partage)|jardin partage fete\b"), _ => "anniversaire du jardin partagé"),
        (R(@"\bfete (de |du |des |d')(?<x>[a-z-]+)"), m => "fête de " + m.Groups["x"].Value),
        (R(@"\b(kermesse|loto|spectacle|chorale|carnaval|bal|barbecue geant|feu d'artifice)\b"), m => m.Value),
        (R(@"\bfete\b"), _ => "fête"),
    ];

    public static (string Title, int Position)? Find(string folded)
    {
        (string Title, int Position)? best = null;
        foreach (var (pattern, title) in Rules)
        {
            var m = pattern.Match(folded);
            if (m.Success && (best is null || m.Index < best.Value.Position))
            {
                best = (title(m), m.Index);
            }
        }

        return best;
    }

    private static string Plural(string w) => w switch
    {
        "vetements" => "vêtements",
        _ => w.TrimEnd('s'),
    };

    private static string Accent(string w) => w switch
    {
        "petanque" => "pétanque",
        "cinema" or "cine" => "cinéma",
        "theatre" => "théâtre",
        "musee" => "musée",
        "foret" => "forêt",
        "echecs" => "échecs",
        _ => w,
    };

    private static Regex R(string pattern) => new(pattern, Options, TimeSpan.FromMilliseconds(200));
}
