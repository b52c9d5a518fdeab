using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>Names of neighbourhood events (parties, workshops, outings, meetings) as listing titles.</summary>
internal static partial class EventDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (Regex Pattern, Func<Match, string> Title)[] Rules =
    [
        (E00(), _ => "fête des voisins"),
        (E01(), m => m.Value.StartsWith("bourse", StringComparison.Ordinal) ? "bourse aux " + Plural(m.Groups["x"].Value) : "troc de " + Plural(m.Groups["x"].Value)),
        (E02(), m => m.Value.Contains("dressing", StringComparison.Ordinal) ? "vide-dressing" : m.Value.Contains("maison", StringComparison.Ordinal) ? "vide-maison" : "vide-grenier"),
        (E03(), _ => "braderie"),
        (E04(), _ => "brocante"),
        (E05(), _ => "repair café"),
        (E06(), m => "atelier " + m.Groups["x"].Value),
        (E07(), m => "réunion des " + (m.Groups["x"].Value is "habitants" or "locataires" or "coproprietaires" or "voisins" ? m.Groups["x"].Value : "habitants")),
        (E08(), _ => "réunion"),
        (E09(), _ => "galette des rois"),
        (E10(), m => "soirée " + m.Groups["x"].Value.Replace("jeux de societe", "jeux de société", StringComparison.Ordinal).Replace("jeu de societe", "jeux de société", StringComparison.Ordinal)),
        (E11(), m => (m.Value.StartsWith("concours", StringComparison.Ordinal) ? "concours de " : "tournoi de ") + Accent(m.Groups["x"].Value)),
        (E12(), _ => "collecte de sang"),
        (E13(), m => "collecte de " + m.Groups["x"].Value),
        (E14(), _ => "concert"),
        (E15(), m => "balade à " + m.Groups["x"].Value.Replace("velo", "vélo", StringComparison.Ordinal)),
        (E16(), m => "sortie " + Accent(m.Groups["x"].Value)),
        (E17(), _ => "sortie champignons"),
        (E18(), _ => "pique-nique"),
        (E19(), m => "club de " + Accent(m.Groups["x"].Value)),
        (E20(), _ => "footing"),
        (E21(), m => "groupe de " + m.Groups["x"].Value),
        (E22(), m => m.Groups["n"].Success ? "nettoyage " + m.Groups["n"].Value : "ramassage de déchets"),
        (E23(), _ => "petit-déjeuner partagé"),
        (E24(), _ => "diffusion de match"),
        (E25(), m => m.Groups["p"].Success && m.Groups["p"].Value.Contains("parc", StringComparison.Ordinal) ? "apéro au parc" : "apéro"),
        (E26(), _ => "anniversaire du jardin partagé"),
        (E27(), m => "fête " + m.Groups["p"].Value + m.Groups["x"].Value),
        (E28(), m => m.Value),
        (E30(), m => m.Value switch
        {
            "gouter" => "goûter",
            "conference" => "conférence",
            "karaoke" => "karaoké",
            "randonnee" or "rando" => "randonnée",
            "cine-debat" => "ciné-débat",
            "marche de noel" => "marché de noël",
            "marche aux puces" => "marché aux puces",
            "cremaillere" => "crémaillère",
            "pot de depart" => "pot de départ",
            _ => m.Value,
        }),
        (E40(), m => m.Value switch
        {
            "epluchette" => "épluchette",
            "corvee de nettoyage" => "corvée de nettoyage",
            "soiree dansante" => "soirée dansante",
            "the dansant" => "thé dansant",
            "bal masque" => "bal masqué",
            "souper partage" => "souper partagé",
            "repas champetre" => "repas champêtre",
            "barbecue partage" => "barbecue partagé",
            "sortie velo" => "sortie vélo",
            _ => m.Value,
        }),
        (E31(), _ => "soirée"),
        (E33(), m => m.Value.StartsWith("fete", StringComparison.Ordinal) ? "fête de fin d'année" : "repas partagé"),
        (E32(), _ => "soirée jeux de société"),
        (E29(), _ => "fête"),
        (E34(), m => "stage de " + m.Groups["x"].Value),
        (E35(), _ => "assemblée générale"),
        (E36(), _ => "réunion du conseil de quartier"),
        (E37(), m => "sortie " + Accent(m.Groups["x"].Value)),
        (E38(), m => "partie de " + Accent(m.Groups["x"].Value)),
        (E41(), m => Outing(m.Groups["x"].Value)),
        (E43(), m => (m.Value.StartsWith("seance", StringComparison.Ordinal) ? "séance de " : "cours de ") + Accent(m.Groups["x"].Value)),
        (E42(), m => m.Groups["x"].Value switch
        {
            "foot" or "football" or "five" or "futsal" => "match de foot",
            "petanque" or "belote" or "tarot" or "cartes" => "partie de " + Accent(m.Groups["x"].Value),
            _ => "match de " + m.Groups["x"].Value,
        }),
    ];

    /// <param name="folded">The message folded by <see cref="Text.TextNormalizer.FoldSameLength"/>.</param>
    /// <param name="original">The message as written (same length): a title's complements are quoted from it.</param>
    public static (string Title, int Position)? Find(string folded, string? original = null)
    {
        (string Title, int Position)? best = null;
        var bestLength = 0;
        foreach (var (pattern, title) in Rules)
        {
            var m = pattern.MatchGated(folded);
            if (m.Success && (best is null || m.Index < best.Value.Position || (m.Index == best.Value.Position && m.Length > bestLength)))
            {
                best = (title(m), m.Index);
                bestLength = m.Length;
            }
        }

        if (best is { } b && original is not null && original.Length == folded.Length)
        {
            return (Extend(b.Title, folded, original, b.Position, b.Position + bestLength), b.Position);
        }

        return best;
    }

    private static readonly FrozenSet<string> NotAComplement = new[]
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
        "aout", "septembre", "octobre", "novembre", "decembre", "demain", "ce", "cette", "cet", "ces", "mon", "ma", "mes", "ton", "ta", "tes",
        "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "le", "la", "les", "un", "une", "residence", "immeuble", "batiment",
        "rue", "cour", "salle", "parc", "square", "mairie", "ecole", "jardin", "maison", "local", "place", "chez", "tous", "toutes", "chaque",
        "midi", "soir", "matin", "semaine", "mois", "annee", "printemps", "ete", "automne", "hiver", "retour", "debut", "fin", "plus",

        // Who holds it and for whom: "l'AG de l'association des locataires", "le marché de Noël des créateurs du quartier",
        // "l'apéro de départ de Mme Lopes" are an AG, a marché de Noël, an apéro de départ ("une chorale de quartier", with
        // no article, says what kind of choir it is and stays).
        "quartier", "association", "asso", "comite", "coloc", "colocation", "createurs", "artisans", "producteurs", "commercants", "canton",
        "village", "commune", "ville", "club", "secours", "harmonie", "mme", "madame", "monsieur", "france", "enfants", "familles",
        "berges", "canal", "lac", "quai", "plage", "apel", "ape", "mjc", "cse", "paroisse", "foyer",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that open a gathering's name ("Balade contée pour les enfants…", "Chasse aux bonbons dans la résidence…").
    private static readonly FrozenSet<string> Heads = new[]
    {
        "balade", "promenade", "chasse", "apres-midi", "matinee", "journee", "veillee", "cine", "cinema", "visite", "initiation", "decouverte",
        "projection", "lecture", "spectacle", "expo", "exposition", "tournoi", "rallye", "jeu", "jeux", "rencontre", "distribution", "degustation",
        "foire", "defile", "session", "course", "cueillette", "plantation", "chantier", "bal", "repas", "diner", "souper", "quiz", "blind-test",
        "vente", "nuit", "heure", "lecture", "ciné-club", "cine-club", "pique-nique", "marche", "parcours", "grande", "grand", "petit", "petite",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A message that opens with a gathering's name, quoted up to where its place, time or audience starts ("Chasse aux
    /// bonbons dans la résidence…" is a "chasse aux bonbons", not the Halloween named later); null when it opens otherwise.
    /// </summary>
    public static (string Title, int End)? Leading(string folded, string original) => Named(folded, original, 0);

    /// <summary>"Qui est partant pour une balade le long de la Sèvre ?": a gathering proposed by its name, quoted as <see cref="Leading"/> does.</summary>
    public static string? Proposed(string folded, string original)
    {
        foreach (var cue in ProposalCues)
        {
            var at = folded.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0 && Named(folded, original, at + cue.Length) is { } named)
            {
                return named.Title;
            }
        }

        return null;
    }

    private static readonly string[] ProposalCues = ["partant pour une ", "partant pour un ", "partants pour une ", "partants pour un ", "partante pour une ", "partante pour un ", "partant pr une ", "partant pr un ", "chaud pour une ", "chauds pour une ", "envie d'une ", "on organise une ", "on organise un ", "je propose une ", "je propose un "];

    private static (string Title, int End)? Named(string folded, string original, int from)
    {
        var i = from;
        while (i < folded.Length && !char.IsLetter(folded[i]))
        {
            i++;
        }

        var start = i;
        var words = new List<(int Start, int End)>(6);
        while (words.Count < 7 && i < folded.Length && char.IsLetter(folded[i]))
        {
            var ws = i;
            while (i < folded.Length && (char.IsLetter(folded[i]) || folded[i] is '-' or '\''))
            {
                i++;
            }

            words.Add((ws, i));
            if (i >= folded.Length || folded[i] != ' ')
            {
                break;
            }

            i++;
        }

        string Word(int k) => folded[words[k].Start..words[k].End];
        if (words.Count == 0 || !Heads.Contains(Word(0)) || (Word(0) is "grande" or "grand" or "petit" or "petite" && (words.Count < 2 || !Heads.Contains(Word(1)))))
        {
            return null;
        }

        var kept = Word(0) is "grande" or "grand" or "petit" or "petite" ? 2 : 1;
        while (kept < words.Count && kept < 5)
        {
            var w = Word(kept);
            if (w is "de" or "du" or "des" or "aux" or "d'")
            {
                var noun = kept + 1;
                if (w == "de" && noun < words.Count && Word(noun) is "la" or "l'")
                {
                    noun++;
                }

                if (noun >= words.Count || NotAComplement.Contains(Word(noun)) || Stops.Contains(Word(noun)))
                {
                    break;
                }

                kept = noun + 1;
                continue;
            }

            if (Stops.Contains(w) || NotAComplement.Contains(w) || w.StartsWith("l'", StringComparison.Ordinal))
            {
                break;
            }

            kept++;
        }

        var end = words[kept - 1].End;
        var title = original[start..end].ToLowerInvariant().Replace('\u2019', '\'');
        return (title, end);
    }

    private static readonly FrozenSet<string> Stops = new[]
    {
        "au", "a", "aux", "dans", "le", "la", "les", "l", "ce", "cette", "cet", "chez", "pour", "avec", "en", "sur", "entre", "tous", "toutes",
        "chaque", "ouvert", "ouverte", "gratuit", "gratuite", "gratuits", "gratuites", "demain", "depuis", "avant", "apres", "vers", "et", "ou",
        "organise", "organisee", "prevu", "prevue", "aura", "a lieu", "est", "sera", "on", "ici", "ouvert", "animee", "anime", "par", "des", "un", "une",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EventAdjectives = new[]
    {
        "solidaire", "collectif", "collective", "annuel", "annuelle", "participatif", "participative", "partage", "partagee",
        "publique", "public", "enfants", "enfant", "bebe", "jeunesse", "ados", "seniors", "musical", "musicale", "dansant", "dansante", "costume", "costumee", "caritatif", "caritative", "convivial", "conviviale",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "atelier réparation" + "de vélos", "goûter" + "d'Halloween", "braderie" + "solidaire": the complement that says which
    /// gathering it is, quoted from the message; days, places and people are left out.
    /// </summary>
    private static string Extend(string title, string folded, string original, int start, int end)
    {
        var foldedTitle = Text.TextNormalizer.Normalize(title);

        // A title that is the message's own words is quoted with its accents ("atelier réparation", "apéro").
        if (string.CompareOrdinal(folded, start, foldedTitle, 0, foldedTitle.Length) == 0 && start + foldedTitle.Length <= original.Length)
        {
            title = original.Substring(start, foldedTitle.Length).ToLowerInvariant();
        }

        var lastWord = foldedTitle[(foldedTitle.LastIndexOf(' ') + 1)..];
        var at = folded.IndexOf(lastWord, start, StringComparison.Ordinal);

        // "apéro au parc" + "de la Colombière": the place already said is not named further.
        if (at < 0 || (lastWord != foldedTitle && NotAComplement.Contains(lastWord)) || at >= end || (at + lastWord.Length < folded.Length && char.IsLetter(folded[at + lastWord.Length])))
        {
            return title;
        }

        var pos = at + lastWord.Length;
        for (var round = 0; round < 2; round++)
        {
            var m = Complement().Match(folded, pos);
            if (!m.Success || m.Index != pos)
            {
                break;
            }

            var word = m.Groups["w"].Value;
            var isAdjective = !m.Groups["p"].Success;
            if ((isAdjective && !EventAdjectives.Contains(word)) || (!isAdjective && ((NotAComplement.Contains(word) && !(word == "quartier" && m.Groups["p"].Value == "de ")) || IsProperName(word, original, m.Groups["p"].Index, m.Groups["w"].Index))) ||
                foldedTitle.Contains(word, StringComparison.Ordinal))
            {
                break;
            }

            title += original[pos..(m.Index + m.Length)].ToLowerInvariant().Replace('\u2019', '\'');
            pos = m.Index + m.Length;
        }

        return title;
    }

    /// <summary>
    /// "de la Saint-Laurent", "de l'ACCA", "du match de la CAN": a patron saint's day or an acronym names the organiser or the
    /// occasion, not the kind of gathering.
    /// </summary>
    private static bool IsProperName(string word, string original, int preposition, int at)
    {
        if (word.StartsWith("saint-", StringComparison.Ordinal) || word.StartsWith("sainte-", StringComparison.Ordinal))
        {
            return true;
        }

        // A message typed in capitals has no acronyms to tell apart.
        return word.Length <= 6 && char.IsLower(original[preposition]) && char.IsUpper(original[at]) && char.IsUpper(original[at + 1]);
    }

    [GeneratedRegex(@"\G ?(?<p>de la |de l'|du |des |de |d'|aux )?(?<w>[a-z][a-z-]{2,})\b(?!')", Options)]
    private static partial Regex Complement();

    private static string Plural(string w) => w switch
    {
        "vetements" => "vêtements",
        _ => w.TrimEnd('s'),
    };

    // "une sortie dimanche" names no outing; "une sortie luge" does.
    private static string Outing(string x) => NotAComplement.Contains(x) ? "sortie" : "sortie " + Accent(x);

    private static string Accent(string w) => w switch
    {
        "petanque" => "pétanque",
        "cinema" or "cine" => "cinéma",
        "theatre" => "théâtre",
        "musee" => "musée",
        "foret" => "forêt",
        "echecs" => "échecs",
        "peche" => "pêche",
        "velo" => "vélo",
        "musees" => "musées",
        "meditation" => "méditation",
        _ => w,
    };

    [GeneratedRegex(@"\bfete des voisins\b", Options)]
    private static partial Regex E00();

    [GeneratedRegex(@"\b(troc|bourse|echange) (de |d'|aux )(?<x>plantes|graines|livres|vetements|jouets|boutures|disques|skis|velos|puericulture)\b(?=.{0,120}\b(au|a la|devant|samedi|dimanche|jardin|salle|ecole|parc|place|mairie|square|local|de \d+h|le \d+)\b)", Options)]
    private static partial Regex E01();

    [GeneratedRegex(@"\bvide-?(greniers?|dressings?|maisons?)|vide (greniers?|dressings?)\b", Options)]
    private static partial Regex E02();

    [GeneratedRegex(@"\bbraderie\b", Options)]
    private static partial Regex E03();

    [GeneratedRegex(@"\bbrocante\b", Options)]
    private static partial Regex E04();

    [GeneratedRegex(@"\brepair ?cafe\b", Options)]
    private static partial Regex E05();

    [GeneratedRegex(@"\batelier (de |d')?(?<x>[a-z-]+( (velos?|meubles?|bijoux|vetements|jouets|ordis?))?)", Options)]
    private static partial Regex E06();

    [GeneratedRegex(@"\b(reunion|assemblee generale|ag) (des |de |du )(?<x>habitants|locataires|coproprietaires|voisins|quartier|copropriete|residence)", Options)]
    private static partial Regex E07();

    [GeneratedRegex(@"\breunion\b", Options)]
    private static partial Regex E08();

    [GeneratedRegex(@"\bgalette des rois\b", Options)]
    private static partial Regex E09();

    [GeneratedRegex(@"\bsoiree (?<x>jeux?( de societe)?|halloween|karaoke|cine|film|crepes|raclette|quiz|dansante|pizza|jeux video|loto|bingo|belote|tarot|poker|blind-test|blind test|fondue|tartiflette|galettes?|contes?|lecture|theatre|match|foot|disco|bowling|pyjama|jeux de cartes|beaujolais)\b", Options)]
    private static partial Regex E10();

    [GeneratedRegex(@"\btournoi (de |d')(?<x>[a-z-]+)|\bconcours (de |d')(?<x>petanque|belote|tarot|boules|dessin|cuisine|gateaux?|soupes?|photos?|deguisements?|citrouilles?|chant|karaoke|quilles|molkky|fleurs|balcons fleuris|tartes?|pulls? moches?)\b", Options)]
    private static partial Regex E11();

    [GeneratedRegex(@"\bcollecte de sang\b", Options)]
    private static partial Regex E12();

    [GeneratedRegex(@"\bcollecte (de |d')(?<x>[a-z]+)", Options)]
    private static partial Regex E13();

    [GeneratedRegex(@"\bconcert\b", Options)]
    private static partial Regex E14();

    [GeneratedRegex(@"\b(balade|promenade|rando|randonnee) (a |en )?(?<x>velo|pied)\b", Options)]
    private static partial Regex E15();

    [GeneratedRegex(@"\b(sortie (groupee )?(au |a la |en )?)(?<x>cinema|cine|theatre|musee|foret|piscine|patinoire|concert|bowling|champignons)", Options)]
    private static partial Regex E16();

    [GeneratedRegex(@"\bcueillir des champignons|aux champignons\b", Options)]
    private static partial Regex E17();

    [GeneratedRegex(@"\bpique-?nique\b", Options)]
    private static partial Regex E18();

    [GeneratedRegex(@"\bclub (de |d')(?<x>lecture|tricot|echecs|jeux|marche|photo|couture|lecteurs)", Options)]
    private static partial Regex E19();

    [GeneratedRegex(@"\b(footing|jogging|running|(venir|aller|pour) courir|courir ensemble)\b", Options)]
    private static partial Regex E20();

    [GeneratedRegex(@"\bgroupe de (?<x>marche|course|yoga|lecture|parole|musique)\b", Options)]
    private static partial Regex E21();

    [GeneratedRegex(@"\b((grande? )?(corvee de )?nettoyage (?<n>(du|de la|des) (square|parc|rue|residence|berges|cour|canal|caves|plage|bois|lac|quai))|nettoyage du quartier|operation nettoyage|grand nettoyage|nettoyage de printemps|ramassage (de |des )?dechets|world clean ?up|clean ?walk)\b", Options)]
    private static partial Regex E22();

    [GeneratedRegex(@"\bpetit-?dej(euner)? partage|petit-?dej(euner)?\b(?=.{0,40}(chacun|partage|square|ensemble))", Options)]
    private static partial Regex E23();

    [GeneratedRegex(@"\b(voir|regarder|regarde|diffuser|diffusion|mater) (le |la |du |les )?(match|finale|demi-finale|coupe du monde|six nations|tour de france)\b", Options)]
    private static partial Regex E24();

    [GeneratedRegex(@"\b(apero|aperitif)s?\b(?<p>.{0,30}\b(parc|square|jardin|cour)\b)?", Options)]
    private static partial Regex E25();

    [GeneratedRegex(@"\b(fete|fait la fete|fete ses \d+ ans)\b.{0,40}(jardin partage)|jardin partage fete\b", Options)]
    private static partial Regex E26();

    [GeneratedRegex(@"\bfete (?<p>de la |de l'|de |du |des |d')(?!(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce|cette|hier|la semaine)\b)(?<x>[a-z-]+)", Options)]
    private static partial Regex E27();

    [GeneratedRegex(@"\b(kermesse|loto|spectacle|chorale|carnaval|bal|barbecue geant|feu d'artifice)\b", Options)]
    private static partial Regex E28();

    [GeneratedRegex(@"\bfete\b", Options)]
    private static partial Regex E29();

    // "tapis de yoga", "chaussures de rando": a thing for the activity, not the activity.
    [GeneratedRegex(@"(?<!\b(tapis|briques?|sangles?|tenues?|leggings?|coussins?|ballons?|dvd|livres?|kit|chaussures|pantalons?|sacs?|batons|baton|cartes?|jeux|jeu|guide|costumes?|machine|appareil|micro) (de |d'|du |a |pour (le |la |l')?))\b(gouter|conference|projection|cine-debat|karaoke|quiz|randonnee|rando|yoga|zumba|tai-chi|marche de noel|marche aux puces|(?<!en )permanence|portes? ouvertes?|pot de depart|pot d'accueil|cremaillere|brunch|disco ?soupe|chasse aux oeufs|halloween|belote|grainotheque|visite guidee|bal populaire|guinguette|fanfare|chorale|tricot-the|cafe-tricot|cafe des parents|soupe partagee)\b", Options)]
    private static partial Regex E30();

    [GeneratedRegex(@"\bsoiree\b(?!s? d'hiver)", Options)]
    private static partial Regex E31();

    [GeneratedRegex(@"\b(jeux? de societe|partie de (cartes|tarot|belote|scrabble|monopoly|uno))\b(?=.{0,80}\b(qui veut|qui est partant|qui est dispo|on joue|jouer|ce soir|demain soir|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( soir)?)\b)", Options)]
    private static partial Regex E32();

    [GeneratedRegex(@"\b(fete de fin d'annee|(repas|souper|diner) (partage|de quartier|entre voisins|de rue|collectif|de voisins|des voisins)|auberge espagnole|barbecue (entre voisins|partage|collectif|geant))\b", Options)]
    private static partial Regex E33();

    [GeneratedRegex(@"\bstage (de |d')(?<x>[a-z-]{3,})(?=.{0,120}\b(inscri\w*|organise|vacances|places?|asso\w*|enfants|ados|adultes)\b)", Options)]
    private static partial Regex E34();

    [GeneratedRegex(@"\b(assemblee generale|ag annuelle|ag (ordinaire|extraordinaire|de la|de l'|du|des) ?[a-z]+)\b", Options)]
    private static partial Regex E35();

    [GeneratedRegex(@"\bconseil (de quartier|syndical)\b", Options)]
    private static partial Regex E36();

    [GeneratedRegex(@"^\W*sortie (a la |au |a |en |de |d')?(?!(des|les|une|ces|ce|du|le|la)\b)(?<x>[a-z-]{3,})", Options)]
    private static partial Regex E37();

    [GeneratedRegex(@"\b(jouer|partie|match|faire|fait|fais|faisons) (au |a la |aux |de |d'|un |une )(?<x>foot|football|tennis|petanque|basket|volley|badminton|ping-pong|belote|tarot|echecs|cartes|scrabble|molkky|rugby)\b", Options)]
    private static partial Regex E38();

    // Regional and less common gatherings, apart from E30 so that its scan stays fast.
    [GeneratedRegex(@"\b(souper communautaire|souper partage|repas champetre|epluchette|corvee de nettoyage|potluck|auberge espagnole|barbecue collectif|barbecue partage|soiree dansante|the dansant|loto|bal masque|chantier participatif|marche nordique|sortie velo)\b", Options)]
    private static partial Regex E40();

    // "qui est partant pour une sortie luge ?", "on organise une sortie pêche": an outing named anywhere in the message.
    [GeneratedRegex(@"\b(pour|organise|organisons|organiser|propose|proposons|proposer|prevoit|prevoyons) (une |la |notre |votre )?sortie (a la |au |en |de |d'|du )?(?<x>[a-z-]{4,})\b", Options)]
    private static partial Regex E41();

    // "Cours de zumba gratuit dans la cour", "Séance de yoga collective au parc": a class open to all, named by its activity.
    [GeneratedRegex(@"\b(cours|seance)s? (collective?s? |gratuite?s? )?(de |d')(?<x>yoga|zumba|pilates|gym|gymnastique|stretching|tai-chi|qi gong|fitness|meditation|sophrologie|danse|step|body pump)\b", Options)]
    private static partial Regex E43();

    // "qui est partant pour un foot samedi ?", "chauds pour un basket ce soir": a game proposed in a word.
    [GeneratedRegex(@"\b(partante?s?|chauds?|chaudes?|motivee?s?|dispos?) (pour|pr) (un |une |faire un |faire une |des matchs? de |un match de |une partie de |des parties de )(?<x>foot|football|five|futsal|basket|volley|tennis|badminton|ping-pong|petanque|belote|tarot|rugby|hand)\b", Options)]
    private static partial Regex E42();
}
