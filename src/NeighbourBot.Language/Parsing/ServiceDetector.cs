using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>Finds services (help, lessons, rides, care, errands, repairs) from French verbs and nouns, as listing titles.</summary>
internal static partial class ServiceDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly (Regex Pattern, Func<Match, string> Title, ListingCategory Category)[] Rules =
    [
        (Lessons(), m => LessonTitle(m), ListingCategory.ServiceLessons),
        (R(@"\bsoutien scolaire\b"), _ => "soutien scolaire", ListingCategory.ServiceLessons),
        (R(@"\b(aide aux devoirs|(aider|aide) (pour |a faire )?(les |ses |leurs )?devoirs)\b"), _ => "aide aux devoirs", ListingCategory.ServiceLessons),
        (R(@"\bapprendre a (?<v>coudre|tricoter|cuisiner|jouer|nager|lire)\b"), m => m.Groups["v"].Value switch
        {
            "coudre" => "cours de couture",
            "tricoter" => "cours de tricot",
            "cuisiner" => "cours de cuisine",
            "nager" => "cours de natation",
            "lire" => "cours de lecture",
            _ => "cours de musique",
        }, ListingCategory.ServiceLessons),
        (R(@"\b(pratiquer|parler) (le |l')?(?<l>francais|anglais|espagnol|allemand|italien|arabe)( a l'oral)?\b(?! pour m)"), m => "conversation en " + Accent(m.Groups["l"].Value), ListingCategory.ServiceLessons),
        (R(@"\b(bilingue|native|natif) (?<l>anglais|espagnol|allemand|italien)\b"), m => "cours d" + Elide(m.Groups["l"].Value), ListingCategory.ServiceLessons),
        (R(@"\b(en|d') ?(?<l>anglais|maths|math|francais|espagnol|allemand|physique)\b(?=.{0,40}(une heure|le mercredi|niveau|aider|aide))|(aider|aide) (mon|ma|mes) (fils|fille|enfants?)( de \w+)? en (?<l>anglais|maths|math|francais|espagnol|allemand|physique)"), m => "cours d" + Elide(m.Groups["l"].Value), ListingCategory.ServiceLessons),

        (R(@"\b(baby-?sitting|baby ?sitter|babysitting)\b"), _ => "baby-sitting", ListingCategory.ServiceCare),
        (R(@"\b(nounou|assistante? maternelle|garde d'enfants?|garder (mes|les|vos|nos|des|ton|tes) (enfants?|petits?|bambins|loulous)|recuperer (mes|mon|ma) (\d+ )?(enfants?|fils|fille|petits?) a l'ecole)\b"), _ => "garde d'enfant", ListingCategory.ServiceCare),
        (R(@"\brecuperer (mon|ma) (fils|fille|bebe|enfant) a la creche\b"), _ => "récupération d'enfant à la crèche", ListingCategory.ServiceCare),
        (R(@"\b(promener|promenade de|sortir) (mon|ma|mes|vos|votre|les|nos|ton|tes) (?<a>chiens?|toutous?)\b"), _ => "promenade de chien", ListingCategory.ServiceCare),
        (R(@"\b(garder|nourrir|passer voir|s'occuper de|garde de|visiter|nourrisse) (mon|ma|mes|vos|votre|les|nos|ton|tes|notre) (?<a>chats?|chatons?|chiens?|lapins?|tortues?|poissons?|oiseaux?|perruches?|hamsters?|cochons? d'inde|animaux|poules?)\b"), m => "garde de " + Sing(m.Groups["a"].Value), ListingCategory.ServiceCare),
        (R(@"\b(garde|pet-?sitting) (d'animaux|de chats?|de chiens?)\b"), m => m.Value.Contains("chien", StringComparison.Ordinal) ? "garde de chien" : "garde de chat", ListingCategory.ServiceCare),
        (R(@"\b(tenir compagnie|(de la |un peu de )?compagnie (a|aux|pour)|rendre visite (a|aux)|visites? (a|aux) (des |nos )?(personnes|aines|seniors))"), _ => "compagnie pour personne âgée", ListingCategory.ServiceCare),
        (R(@"\baccompagner\b.{0,60}\b(rendez-vous|rdv|medecin|cardiologue|dentiste|hopital|courses|marche)\b"), _ => "accompagnement de personne âgée", ListingCategory.ServiceCare),
        (R(@"\b(preparer|cuisiner|faire) (des |quelques )?(repas|plats)\b(?=.{0,60}(agee|malade|seule?s?|isolee?s?|quartier|voisins?))"), _ => "préparation de repas", ListingCategory.ServiceCare),

        (R(@"\b(faire|fasse|ferai|feraient) (des |les |quelques |vos |mes |ses |leurs )?courses\b"), _ => "courses", ListingCategory.ServiceErrands),
        (R(@"\b(receptionner|recevoir|recuperer|prendre) (un|mon|mes|des|le) (colis|paquet|recommande)"), _ => "réception de colis", ListingCategory.ServiceErrands),
        (R(@"\b(sortir?e?|sorte|rentrer) (les|mes|nos|vos) poubelles|sortie des poubelles"), _ => "sortie des poubelles", ListingCategory.ServiceErrands),
        (R(@"\b(relever|releve|prendre|recuperer) (votre|vos|mon|le|mes|leur) courrier"), _ => "relève du courrier", ListingCategory.ServiceErrands),
        (R(@"\bposter (une|un|ma|mon|des|mes) (lettre|courrier|colis|recommande)( recommandee?)?"), m => m.Value.Contains("recommande", StringComparison.Ordinal) ? "envoi de lettre recommandée" : "envoi de lettre", ListingCategory.ServiceErrands),
        (R(@"\b(chercher|recuperer) (mes|des|vos|les) medicaments|a la pharmacie pour (moi|elle|lui)"), _ => "récupération de médicaments", ListingCategory.ServiceErrands),
        (R(@"\b(ramene|ramener|rapporte|rapporter) (qqch|quelque chose|des trucs|vos achats)"), _ => "ramener des achats", ListingCategory.ServiceErrands),

        (R(@"\b(decharger|charger|vider) (un |le |mon |ma |la )?(camion|camionnette|utilitaire|cave|grenier|garage)"), m => m.Value.Contains("camion", StringComparison.Ordinal) ? "aide pour décharger un camion" : "vidage de cave", ListingCategory.ServiceMoving),
        (R(@"\b(demenager|demenagement|demenage)\b"), _ => "aide au déménagement", ListingCategory.ServiceMoving),
        (R(@"\b(emmener|amener|transporter|porter|debarrasser|evacuer) (vos|mes|des|les) encombrants|encombrants a la dechetterie"), _ => "transport d'encombrants", ListingCategory.ServiceMoving),
        (R(@"\b(transporter|deplacer|descendre|porter|bouger) (un|une|mon|ma|le|la|mes|des) (?<o>piano|machine a laver|lave-linge|frigo|refrigerateur|canape|armoire|meuble|buffet|matelas|congelateur|commode|lit)\b"), m => (m.Value.StartsWith("depla", StringComparison.Ordinal) ? "déplacement de " : "transport de ") + ObjectTitle(m.Groups["o"].Value), ListingCategory.ServiceMoving),

        (R(@"\b(mont(er|e|ez|age) (de |d'|vos |mes |des |un |une |ma |mon |les |l')?)(?<o>meubles?|armoires?|etageres?|lits?|bureaux?|commodes?|cuisines?|placards?|dressings?)\b"), m => m.Groups["o"].Value.StartsWith("etagere", StringComparison.Ordinal) ? "montage d'étagère" : "montage de meuble", ListingCategory.ServiceDiy),
        (R(@"\bcouper une planche\b"), _ => "aide pour couper une planche", ListingCategory.ServiceDiy),
        (R(@"\b(repar(er|e|ez|ation|e les)|depanner|changer une chambre a air|pneu creve|regler) (de |d'|vos |mes |mon |ma |les |un |une |des |le |la )?(?<o>velos?|ordis?( portables?)?|ordinateurs?( portables?)?|pc|lave-linge|machine a laver|frigo|telephones?|voitures?|fuite|chaudiere|volets?|tele|vtt)\b"), m => RepairTitle(m.Groups["o"].Value), ListingCategory.ServiceDiy),
        (R(@"\b(pneu creve|chambre a air|derailleur|freins? de velo)\b"), _ => "réparation de vélo", ListingCategory.ServiceDiy),
        (R(@"\b(deboucher|debouchage|bouchee?s?) (mes |mon |les |ma |l'|de )?(toilettes|wc|evier|lavabo|douche|canalisation)"), _ => "débouchage de toilettes", ListingCategory.ServiceDiy),
        (R(@"\b(fuite|plomberie|robinet qui fuit|chasse d'eau)\b"), _ => "réparation de fuite", ListingCategory.ServiceDiy),
        (R(@"\b(electricien|electricite|prises?|luminaires?|disjoncteur|tableau electrique)\b"), _ => "dépannage électrique", ListingCategory.ServiceDiy),
        (R(@"\b(tapisser|papier peint|poser du papier)\b"), _ => "pose de papier peint", ListingCategory.ServiceDiy),
        (R(@"\b(peintre|peindre|raccords? de peinture|travaux de peinture|repeindre)\b"), _ => "travaux de peinture", ListingCategory.ServiceDiy),
        (R(@"\b(couturiere|couturier|ourlets?|retouches?)\b"), _ => "retouche couture", ListingCategory.ServiceDiy),
        (R(@"\b(menuisier|menuiserie|ebeniste|travaux (de )?bois)\b"), _ => "aide en menuiserie", ListingCategory.ServiceDiy),
        (R(@"\b(bricoleur|bricoleuse|petits travaux|bricolage)\b"), _ => "petits travaux de bricolage", ListingCategory.ServiceDiy),
        (R(@"\b(electromenager|lave-linge|machine a laver)\b.{0,30}(erreur|panne|marche plus|fuit|s'y connait)|(erreur|panne|marche plus|s'y connait).{0,40}(electromenager|lave-linge|machine a laver)"), _ => "réparation de lave-linge", ListingCategory.ServiceDiy),

        (R(@"\b(tondre|tonte|tondu|gazon|pelouse)\b"), _ => "tonte de pelouse", ListingCategory.ServiceGarden),
        (R(@"\b(taill(er|e|ez|ais|erai)|tailler|taille) (de |vos |mes |ma |la |les |notre |nos |une |des )?haies?"), _ => "taille de haie", ListingCategory.ServiceGarden),
        (R(@"\b(taill(er|e|ez)|taille) (de |d'|vos |mes |les |des )?(haies et (vos |les |des )?)?arbres( fruitiers)?|\barbres fruitiers\b"), _ => "taille d'arbre fruitier", ListingCategory.ServiceGarden),
        (R(@"\barros(er|e|age|erai)\b"), _ => "arrosage de plantes", ListingCategory.ServiceGarden),
        (R(@"\b(desherb(er|age)|arracher les mauvaises herbes)\b"), _ => "désherbage", ListingCategory.ServiceGarden),
        (R(@"\b(deneiger|deneigement|pelleter)\b"), _ => "déneigement", ListingCategory.ServiceGarden),
        (R(@"\b(remettre en etat|entretenir|entretien de) (un |mon |le |notre )?jardin|jardin laisse a l'abandon"), _ => "remise en état de jardin", ListingCategory.ServiceGarden),
        (R(@"\b(jardinier|paysagiste)\b.{0,80}\b(conseill|conseil|potager|amenagement)|\bconseils? (pour|en|de) (jardinage|potager)"), _ => "conseil en jardinage", ListingCategory.ServiceGarden),

        (R(@"\b(imprimante|scanner)\b"), _ => "installation d'imprimante", ListingCategory.ServiceIt),
        (R(@"\b(box( internet)?|wifi|livebox|freebox|bbox|reinitialiser)\b"), _ => "dépannage box internet", ListingCategory.ServiceIt),
        (R(@"\b(appli|application|whatsapp|smartphone|tablette|mon tel|mon telephone|son telephone|son smartphone|se servir de (whatsapp|facebook|skype|zoom|internet))\b"), _ => "aide smartphone", ListingCategory.ServiceIt),
        (R(@"\b(ordis?|ordinateurs?|pc|informatique|informaticien|virus|pubs? qui s'ouvrent|rame)\b"), _ => "dépannage informatique", ListingCategory.ServiceIt),

        (R(@"\b(impots?|declaration d'impots|papiers administratifs|vos papiers|dossiers? (caf|retraite)|caf|administrati(f|ve|ves)|remplir (mes|ma|mon|vos|des) (dossiers?|declaration|formulaires?))\b"), _ => "aide administrative", ListingCategory.Other),
        (R(@"\b(tradui?re?|traduction)\b"), _ => "traduction de courrier", ListingCategory.Other),
        (R(@"\b(lettre de motivation|cv)\b"), _ => "rédaction de lettre de motivation", ListingCategory.Other),
    ];

    public static List<ServiceHit> Find(string folded)
    {
        var hits = new List<ServiceHit>(2);
        foreach (var (pattern, title, category) in Rules)
        {
            for (var m = pattern.Match(folded); m.Success; m = m.NextMatch())
            {
                var t = title(m);
                if (t.Length == 0 || hits.Exists(h => h.Title == t))
                {
                    continue;
                }

                var c = category == ListingCategory.ServiceDiy && t.Contains("ordinateur", StringComparison.Ordinal) ? ListingCategory.ServiceIt : category;
                hits.Add(new ServiceHit(t, c, m.Index, m.Index + m.Length));
                if (m.Groups["s2"].Success)
                {
                    var second = "cours de " + Accent(m.Groups["s2"].Value);
                    if (!hits.Exists(h => h.Title == second))
                    {
                        hits.Add(new ServiceHit(second, c, m.Index + 1, m.Index + m.Length));
                    }
                }
            }
        }

        hits.Sort((a, b) => a.Position.CompareTo(b.Position));

        // One computer problem is one service; generic titles give way to a specific one.
        var it = false;
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Category == ListingCategory.ServiceIt)
            {
                if (it)
                {
                    hits.RemoveAt(i--);
                    continue;
                }

                it = true;
            }
        }

        if (hits.Count > 1)
        {
            hits.RemoveAll(h => h.Title is "petits travaux de bricolage" or "aide au déménagement" && hits.Count > 1);
        }

        return hits;
    }

    public static ServiceHit? FindRide(string folded)
    {
        var m = Ride().Match(folded);
        if (!m.Success)
        {
            return null;
        }

        var dest = Destination().Match(folded, Math.Max(0, m.Index - 40));
        var where = dest.Success ? DestinationTitle(dest) : null;
        return new ServiceHit(where is null ? "covoiturage" : "trajet vers " + where, ListingCategory.Carpool, m.Index, m.Index + m.Length);
    }

    private static string DestinationTitle(Match dest)
    {
        var place = dest.Groups["p"].Value;
        return place switch
        {
            "aeroport" => "l'aéroport",
            "hopital" => "l'hôpital",
            "gare" => "la gare",
            "carrefour" or "supermarche" or "leclerc" or "auchan" or "intermarche" or "hypermarche" or "lidl" => "le supermarché",
            _ => Accent(place),
        };
    }

    private static string LessonTitle(Match m)
    {
        var subject = m.Groups["s"].Value;
        if (subject.Length == 0)
        {
            return string.Empty;
        }

        if (m.Groups["p"].Success)
        {
            return "cours de " + Accent(subject);
        }

        return m.Value.Contains("d'", StringComparison.Ordinal) ? "cours d'" + Accent(subject) : "cours de " + Accent(subject);
    }

    private static string Elide(string subject) => subject is "anglais" or "espagnol" or "allemand" or "italien" or "arabe" ? "'" + Accent(subject) : "e " + Accent(subject);

    private static string Accent(string w) => w switch
    {
        "francais" => "français",
        "math" => "maths",
        "musique" => "musique",
        "dijon-beaune" => "dijon-beaune",
        _ => w.ToLowerInvariant(),
    };

    private static string Sing(string w) => w switch
    {
        "animaux" => "animaux",
        "oiseaux" => "oiseau",
        _ => w.EndsWith('s') ? w[..^1] : w,
    };

    private static string ObjectTitle(string o) => o switch
    {
        "frigo" or "refrigerateur" => "frigo",
        "canape" => "canapé",
        "congelateur" => "congélateur",
        _ => o,
    };

    private static string RepairTitle(string o)
    {
        if (o.StartsWith("velo", StringComparison.Ordinal) || o == "vtt")
        {
            return "réparation de vélo";
        }

        if (o.StartsWith("ordi", StringComparison.Ordinal) || o == "pc")
        {
            return o.Contains("portable", StringComparison.Ordinal) ? "réparation d'ordinateur portable" : "dépannage informatique";
        }

        return o switch
        {
            "fuite" => "réparation de fuite",
            "lave-linge" or "machine a laver" => "réparation de lave-linge",
            _ => "réparation de " + o.TrimEnd('s'),
        };
    }

    private static Regex R(string pattern) => new(pattern, Options, TimeSpan.FromMilliseconds(200));

    [GeneratedRegex(@"\b((cours|lecons?) (particuliers? )?(de |d')(?<s>maths?|anglais|francais|espagnol|allemand|italien|arabe|guitare|piano|violon|chant|musique|dessin|couture|tricot|crochet|cuisine|yoga|physique|chimie|informatique|solfege|batterie|natation|theatre)( et (de |d')(?<s2>maths?|anglais|francais|espagnol|allemand|italien|arabe|guitare|piano|violon|chant|musique|dessin|couture|tricot|crochet|cuisine|yoga|physique|chimie))?|(?<p>prof|professeur) (de |d')(?<s>maths?|anglais|francais|espagnol|allemand|guitare|piano|musique|physique))\b", Options)]
    private static partial Regex Lessons();

    [GeneratedRegex(@"\b(covoit\w*|lift|m'emmener|me deposer|me conduire|vous emmener|emmener (des gens|quelqu'un|qqn)|(places?|de la place) dans (ma|la|sa|ta) (voiture|auto|bagnole)|il me reste \d+ places?|trajet|va sur \w+|vont sur|une place pour moi|je pars (a|sur|pour|vers) [a-z]+ (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce))\b", Options)]
    private static partial Regex Ride();

    [GeneratedRegex(@"\b(a|au|a l'|sur|vers|pour|jusqu'a|jusqu'au|direction) ?(l'|la )?(?<p>aeroport|hopital|gare|carrefour|supermarche|leclerc|auchan|intermarche|lidl|paris|lyon|besancon|dijon|beaune|marseille|lille|nancy|strasbourg|grenoble|chalon|macon|auxerre|dole|geneve|bordeaux|nantes|toulouse|montpellier|rennes|metz|reims|troyes|dijon-beaune)\b", Options)]
    private static partial Regex Destination();
}
