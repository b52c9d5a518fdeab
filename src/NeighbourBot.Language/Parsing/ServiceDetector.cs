using System.Buffers;
using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>Finds services (help, lessons, rides, care, errands, repairs) from French verbs and nouns, as listing titles.</summary>
internal static partial class ServiceDetector
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Words without which a rule cannot match: the rule's regex (a scan of the whole message) is skipped when none is there.
    // Only for rules whose own derived check (RegexGate) holds just their common verbs; each list names every noun the rule
    // needs, so it must grow with the rule (a word left out is a message never read).
    private static readonly RegexGate.Gate PrinterWords = RegexGate.Of("imprimante", "scanner");
    private static readonly RegexGate.Gate BoxWords = RegexGate.Of("box", "wifi", "connexion internet");
    private static readonly RegexGate.Gate PhoneWords = RegexGate.Of("se servir", "telephone", "iphone", "appli", "whatsapp", "smartphone", "tablette", "mon tel", "son tel", "son smartphone", "son portable", "mon portable", "visio");
    private static readonly RegexGate.Gate ComputerWords = RegexGate.Of("informati", "virus", "pub", "ordi", "pc");
    private static readonly RegexGate.Gate RideWords = RegexGate.Of("covoit", "navette", "lift", "emmene", "deposer", "conduire", "place", "trajet", "va sur", "vont sur", "je pars", "prendre", "passager", "descend", "mont", "part", "amener", "besoin d'aller", "voiture");

    private static readonly RegexGate.Gate DataWords = RegexGate.Of("photo", "donnee", "fichier", "contact", "document", "video");
    private static readonly RegexGate.Gate WasteWords = RegexGate.Of("dechet", "gravat", "branchage", "taille", "vieux meubles");
    private static readonly SearchValues<char> PairMarks = SearchValues.Create("->/→");
    private static readonly RegexGate.Gate TreeWords = RegexGate.Of("elag", "arbre", "sapin", "tronc", "chene", "peuplier", "bouleau");
    private static readonly RegexGate.Gate LightWords = RegexGate.Of("lustre", "luminaire", "plafonnier", "applique", "suspension");
    private static readonly RegexGate.Gate AccountWords = RegexGate.Of("mail", "compte");
    private static readonly RegexGate.Gate CvWords = RegexGate.Of("cv", "motivation");
    private static readonly RegexGate.Gate TranslationWords = RegexGate.Of("tradu", "lettre en ", "lettres en ", "courrier en ", "courriers en ", "papier en ", "papiers en ", "document en ", "documents en ", "formulaire en ");
    private static readonly RegexGate.Gate LeafWords = RegexGate.Of("feuilles");
    private static readonly RegexGate.Gate WoodWords = RegexGate.Of("bois");
    private static readonly RegexGate.Gate EscortWords = RegexGate.Of("emmen", "accompagn", "amene", "condui", "depose");

    private static readonly Dictionary<Regex, RegexGate.Gate> Gates = new()
    {
        [DataRecovery()] = DataWords,
        [Waste()] = WasteWords,
        [TreeWork()] = TreeWords,
        [Lighting()] = LightWords,
        [Accounts()] = AccountWords,
        [S53()] = CvWords,
        [S52()] = TranslationWords,
        [ShoppingEscort()] = EscortWords,
        [SchoolEscort()] = EscortWords,
        [Leaves()] = LeafWords,
        [Firewood()] = WoodWords,
        [S47()] = PrinterWords,
        [S48()] = BoxWords,
        [S49()] = PhoneWords,
        [S50()] = ComputerWords,
    };

    private static readonly (Regex Pattern, Func<Match, string, string> Title, ListingCategory Category)[] Rules =
    [
        (Lessons(), (m, _) => LessonTitle(m), ListingCategory.ServiceLessons),
        (LessonsByVerb(), (m, _) => LessonTitle(m), ListingCategory.ServiceLessons),
        (Player(), (m, _) => LessonTitle(m), ListingCategory.ServiceLessons),
        (S00(), (_, _) => "soutien scolaire", ListingCategory.ServiceLessons),
        (S01(), (_, _) => "aide aux devoirs", ListingCategory.ServiceLessons),
        (S02(), (m, _) => m.Groups["v"].Value switch
        {
            "coudre" => "cours de couture",
            "tricoter" => "cours de tricot",
            "cuisiner" => "cours de cuisine",
            "nager" => "cours de natation",
            "faire du velo" => "cours de vélo",
            "conduire" => "cours de conduite",
            "skier" or "faire du ski" => "cours de ski",
            "lire" => "cours de lecture",
            _ => "cours de musique",
        }, ListingCategory.ServiceLessons),
        (S03(), (m, _) => "conversation en " + Accent(m.Groups["l"].Value), ListingCategory.ServiceLessons),
        (S04(), (m, _) => "cours d" + Elide(m.Groups["l"].Value), ListingCategory.ServiceLessons),
        (S05(), (m, _) => "cours d" + Elide(m.Groups["l"].Value), ListingCategory.ServiceLessons),

        (S06(), (m, _) => m.Value == "babysitting" ? "babysitting" : "baby-sitting", ListingCategory.ServiceCare),
        (S07(), (_, _) => "garde d'enfant", ListingCategory.ServiceCare),
        (S08(), (_, _) => "récupération d'enfant à la crèche", ListingCategory.ServiceCare),
        (SchoolRun(), (_, _) => "récupération d'enfant à l'école", ListingCategory.ServiceCare),
        (SchoolEscort(), (_, _) => "accompagnement d'enfant à l'école", ListingCategory.ServiceCare),
        (ShoppingEscort(), (_, _) => "accompagnement aux courses", ListingCategory.ServiceCare),
        (Visit(), (m, _) => m.Value.Contains("voir les", StringComparison.Ordinal) || m.Value.Contains("voir des", StringComparison.Ordinal) ? "visite aux personnes âgées" : "visite à une personne âgée", ListingCategory.ServiceCare),
        (S09(), (_, _) => "promenade de chien", ListingCategory.ServiceCare),
        (S10(), (m, _) => Sing(m.Groups["a"].Value) is var a && a[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "garde d'" + a : "garde de " + a, ListingCategory.ServiceCare),
        (S11(), (m, _) => m.Value.Contains("chien", StringComparison.Ordinal) ? "garde de chien" : "garde de chat", ListingCategory.ServiceCare),
        (S12(), (m, _) => m.Value.Contains("visite", StringComparison.Ordinal) || m.Value.StartsWith("besoin", StringComparison.Ordinal) ? "visite à une personne âgée" : m.Value.Contains("lecture", StringComparison.Ordinal) ? "lecture à personne âgée" : "compagnie pour personne âgée", ListingCategory.ServiceCare),
        (S13(), (_, _) => "accompagnement de personne âgée", ListingCategory.ServiceCare),
        (S14(), (_, text) => Bring().IsMatch(text) ? "portage de repas" : "préparation de repas", ListingCategory.ServiceCare),
        (Nursing(), (_, _) => "soins infirmiers", ListingCategory.ServiceCare),

        (S15(), (_, _) => "courses", ListingCategory.ServiceErrands),
        (S16(), (m, _) => ParcelTitle(m), ListingCategory.ServiceErrands),
        (S17(), (_, _) => "sortie des poubelles", ListingCategory.ServiceErrands),
        (S18(), (_, _) => "relève du courrier", ListingCategory.ServiceErrands),
        (S19(), (m, _) => m.Value.Contains("recommande", StringComparison.Ordinal) ? "envoi de lettre recommandée" : m.Value.Contains("colis", StringComparison.Ordinal) || m.Value.Contains("paquet", StringComparison.Ordinal) ? "envoi de colis" : "envoi de lettre", ListingCategory.ServiceErrands),
        (S20(), (_, _) => "récupération de médicaments", ListingCategory.ServiceErrands),
        (S21(), (_, _) => "ramener des achats", ListingCategory.ServiceErrands),

        (S22(), (m, _) => m.Value.Contains("camion", StringComparison.Ordinal) ? "aide pour décharger un camion" : (m.Value.StartsWith("debarrass", StringComparison.Ordinal) ? "débarras de " : "vidage de ") + (m.Value.Contains("grenier", StringComparison.Ordinal) ? "grenier" : m.Value.Contains("garage", StringComparison.Ordinal) ? "garage" : "cave"), ListingCategory.ServiceMoving),
        (S23(), (_, _) => "aide au déménagement", ListingCategory.ServiceMoving),
        (S24(), (_, _) => "transport d'encombrants", ListingCategory.ServiceMoving),
        (Waste(), (m, _) => "transport de " + WasteTitle(m.Groups["o"].Value), ListingCategory.ServiceMoving),
        (Vehicle(), (m, _) => "transport de " + ObjectTitle(Sing(m.Groups["o"].Value)), ListingCategory.ServiceMoving),
        (S25(), (m, _) => CarryTitle(m), ListingCategory.ServiceMoving),

        (S26(), (m, _) => (m.Value.StartsWith("de", StringComparison.Ordinal) ? "dé" : string.Empty) + (m.Groups["o"].Value.StartsWith("etagere", StringComparison.Ordinal) ? "montage d'étagère" : m.Groups["o"].Value is "lit" or "lits" ? "montage de lit" : "montage de meuble"), ListingCategory.ServiceDiy),
        (S27(), (_, _) => "aide pour couper une planche", ListingCategory.ServiceDiy),
        (S28(), (m, _) => RepairTitle(m.Groups["o"].Value), ListingCategory.ServiceDiy),
        (S29(), (_, _) => "réparation de vélo", ListingCategory.ServiceDiy),
        (S30(), (m, _) => m.Value.Contains("evier", StringComparison.Ordinal) ? "débouchage d'évier" : m.Value.Contains("lavabo", StringComparison.Ordinal) ? "débouchage de lavabo" : m.Value.Contains("douche", StringComparison.Ordinal) || m.Value.Contains("baignoire", StringComparison.Ordinal) ? "débouchage de douche" : m.Value.Contains("canalisation", StringComparison.Ordinal) ? "débouchage de canalisation" : "débouchage de toilettes", ListingCategory.ServiceDiy),
        (S31(), (m, _) => m.Value.StartsWith("robinet de radiateur", StringComparison.Ordinal) ? "réparation de radiateur" : m.Value == "robinet" ? "réparation de robinet" : m.Value == "plomberie" ? "travaux de plomberie" : "réparation de fuite", ListingCategory.ServiceDiy),
        (Sweep(), (_, _) => "ramonage", ListingCategory.ServiceDiy),
        (Welding(), (_, _) => "soudure", ListingCategory.ServiceDiy),
        (S32(), (m, text) => m.Value.StartsWith("electric", StringComparison.Ordinal) && !Breakdown().IsMatch(text) ? "travaux d'électricité" : "dépannage électrique", ListingCategory.ServiceDiy),
        (S33(), (_, _) => "pose de papier peint", ListingCategory.ServiceDiy),
        (PaintJob(), (m, _) => "peinture de " + SurfaceTitle(m.Groups["o"].Value), ListingCategory.ServiceDiy),
        (S34(), (_, _) => "travaux de peinture", ListingCategory.ServiceDiy),
        (S35(), (_, _) => "retouche couture", ListingCategory.ServiceDiy),
        (S36(), (_, _) => "aide en menuiserie", ListingCategory.ServiceDiy),
        (S37(), (_, _) => "petits travaux de bricolage", ListingCategory.ServiceDiy),
        (Broken(), (m, _) => m.Groups["b"].Success ? "réparation de " + StuckTitle(m.Groups["o"].Value) : BrokenTitle(m.Groups["o"].Value), ListingCategory.ServiceDiy),
        (S38(), (_, text) => text.Contains("lave-vaisselle", StringComparison.Ordinal) ? "réparation de lave-vaisselle" : text.Contains("machine a laver", StringComparison.Ordinal) ? "réparation de machine à laver" : "réparation de lave-linge", ListingCategory.ServiceDiy),
        (Lighting(), (m, _) => "installation de " + (m.Groups["o"].Value.StartsWith("lustre", StringComparison.Ordinal) ? "lustre" : "luminaire"), ListingCategory.ServiceDiy),
        (CarJob(), (m, _) => "changement de " + CarPart(m.Groups["o"].Value), ListingCategory.ServiceDiy),
        (CarBreakdown(), (_, _) => "dépannage de voiture", ListingCategory.ServiceDiy),
        (CarCare(), (_, _) => "entretien de voiture", ListingCategory.ServiceDiy),
        (Shutter(), (m, _) => m.Groups["r"].Success ? "réparation de volet roulant" : "réparation de volet", ListingCategory.ServiceDiy),
        (LockRepair(), (_, _) => "réparation de serrure", ListingCategory.ServiceDiy),
        (HeaterFault(), (m, _) => "dépannage de " + HeaterTitle(m.Groups["o"].Value), ListingCategory.ServiceDiy),

        (S39(), (_, _) => "tonte de pelouse", ListingCategory.ServiceGarden),
        (S40(), (_, _) => "taille de haie", ListingCategory.ServiceGarden),
        (TreeWork(), (m, _) => m.Value.StartsWith("elag", StringComparison.Ordinal) ? "élagage" : "débitage d'arbre", ListingCategory.ServiceGarden),
        (RosePruning(), (_, _) => "taille de rosier", ListingCategory.ServiceGarden),
        (S41(), (m, _) => m.Value.Contains("vigne", StringComparison.Ordinal) ? "taille de vigne" : "taille d'arbre fruitier", ListingCategory.ServiceGarden),
        (Harvest(), (_, _) => "aide aux vendanges", ListingCategory.ServiceGarden),
        (Plough(), (m, _) => "labour de " + m.Groups["o"].Value, ListingCategory.ServiceGarden),
        (S42(), (m, _) => Potager().IsMatch(m.Value) ? "arrosage de potager" : m.Value.StartsWith("garder", StringComparison.Ordinal) ? "garde de plantes" : "arrosage de plantes", ListingCategory.ServiceGarden),
        (S43(), (_, _) => "désherbage", ListingCategory.ServiceGarden),
        (S44(), (_, _) => "déneigement", ListingCategory.ServiceGarden),
        (S45(), (_, _) => "remise en état de jardin", ListingCategory.ServiceGarden),
        (Leaves(), (_, _) => "ramassage de feuilles", ListingCategory.ServiceGarden),
        (Splitting(), (_, _) => "fendage de bois", ListingCategory.ServiceGarden),
        (FrozenPipes(), (_, _) => "réparation de tuyau gelé", ListingCategory.ServiceDiy),
        (Firewood(), (_, _) => "rentrée du bois", ListingCategory.ServiceMoving),
        (Gardening(), (_, _) => "aide au jardinage", ListingCategory.ServiceGarden),
        (S46(), (_, _) => "conseil en jardinage", ListingCategory.ServiceGarden),

        (S47(), (_, _) => "installation d'imprimante", ListingCategory.ServiceIt),
        (S48(), (m, _) => BoxSetUp().IsMatch(m.Value) ? "installation de box internet" : "dépannage box internet", ListingCategory.ServiceIt),
        (DataRecovery(), (_, _) => "récupération de données", ListingCategory.ServiceIt),
        (S49(), (m, _) => m.Value.Contains("tablette", StringComparison.Ordinal) && m.Groups["t"].Success ? "initiation à la tablette" : "aide smartphone", ListingCategory.ServiceIt),
        (S50(), (_, _) => "dépannage informatique", ListingCategory.ServiceIt),
        (Accounts(), (_, _) => "aide informatique", ListingCategory.ServiceIt),

        (S51(), (_, _) => "aide administrative", ListingCategory.Other),
        (S54(), (m, _) => m.Value.Contains("repass", StringComparison.Ordinal) ? "repassage" : m.Value.Contains("vitre", StringComparison.Ordinal) ? "nettoyage de vitres" : "ménage", ListingCategory.Other),
        (S55(), (_, _) => "coiffure à domicile", ListingCategory.Other),
        (S52(), (m, _) => !m.Groups["c"].Success ? "traduction" : m.Groups["c"].Value.TrimEnd('s').EndsWith("lettre", StringComparison.Ordinal) ? "traduction de lettre" : "traduction de courrier", ListingCategory.Other),
        (S53(), (m, _) => m.Groups["r"].Success ? "relecture de cv" : m.Value.EndsWith("cv", StringComparison.Ordinal) ? "rédaction de cv" : "rédaction de lettre de motivation", ListingCategory.Other),
        (Letter(), (_, _) => "rédaction de lettre", ListingCategory.Other),
        (AnyLesson(), (m, _) => LessonTitle(m), ListingCategory.ServiceLessons),
    ];

    /// <param name="folded">The message folded by <see cref="Text.TextNormalizer.FoldSameLength"/>.</param>
    /// <param name="original">The message as written (same length), for titles quoted from it.</param>
    public static List<ServiceHit> Find(string folded, string? original = null)
    {
        var hits = new List<ServiceHit>(2);
        var prof = -1;
        var informaticien = -1;
        foreach (var (pattern, title, category) in Rules)
        {
            if (Gates.TryGetValue(pattern, out var gate) && !gate.MayOccurIn(folded))
            {
                continue;
            }

            for (var m = pattern.MatchGated(folded); m.Success; m = m.NextMatch())
            {
                var t = title(m, folded);
                if (t.Length == 0 || hits.Exists(h => SameTitle(h.Title, t)))
                {
                    continue;
                }

                var c = category == ListingCategory.ServiceDiy && IsScreenOrComputer(t) ? ListingCategory.ServiceIt : category;
                hits.Add(new ServiceHit(t, c, m.Index, m.Index + m.Length));
                if (pattern == S50() && m.Value == "informaticien")
                {
                    informaticien = m.Index;
                }

                if (m.Groups["p"].Success && prof < 0)
                {
                    prof = m.Index;
                }

                if (m.Groups["s2"].Success)
                {
                    var second = LessonTitle(m.Groups["s2"].Value);
                    if (!hits.Exists(h => h.Title == second))
                    {
                        hits.Add(new ServiceHit(second, c, m.Index + 1, m.Index + m.Length));
                    }
                }
            }
        }

        // "Un chauffagiste parmi les voisins ?": a trade asked for, with no job named, stands for its repair.
        if (hits.Count == 0 && Trade().MatchGated(folded) is { Success: true } trade)
        {
            var job = trade.Groups["t"].Value switch
            {
                "chauffagiste" => "dépannage de chauffage",
                "plombier" => "réparation de plomberie",
                "serrurier" => "dépannage de serrure",
                "vitrier" => "remplacement de vitre",
                "carreleur" => "pose de carrelage",
                "couvreur" => "réparation de toiture",
                "mecanicien" or "garagiste" => "réparation de voiture",
                _ => "travaux de maçonnerie",
            };
            hits.Add(new ServiceHit(job, ListingCategory.ServiceDiy, trade.Index, trade.Index + trade.Length));
        }

        // "un électricien pour remplacer une prise": a trade named for who does it, and the job named by a verb and its object;
        // the job is the service ("remplacement de prise"), the trade only when no job with a service noun is said.
        var tradeOnly = hits.Count > 0 && hits.TrueForAll(h => h.Title is "travaux d'électricité" or "dépannage électrique" or "travaux de plomberie" or "petits travaux de bricolage" or "aide en menuiserie" or "travaux de peinture" or
            "dépannage de chauffage" or "réparation de plomberie" or "dépannage de serrure" or "travaux de maçonnerie");
        if ((hits.Count == 0 || tradeOnly) && GenericHelp().MatchGated(folded) is { Success: true } g)
        {
            // "besoin d'aide pour porter des cartons": a service the catalogue does not name, titled as asked.
            var verb = g.Groups["v"].Value;
            var quoted = original is not null && original.Length == folded.Length;
            // A part of the match as the resident wrote it (accents kept), in lower case.
            string Said(Group part) => quoted ? original![part.Index..(part.Index + part.Length)].ToLowerInvariant() : part.Value;
            var title = "aide pour " + Said(g.Groups["v"]) + (g.Groups["o"].Success ? HelpObject(g, folded, Said(g.Groups["o"])) : string.Empty);
            // "tailler mes rosiers", "installer un lave-vaisselle": a job with a service noun is titled by it ("taille de rosier").
            var nominal = verb switch
            {
                "installer" => "installation",
                "tailler" => "taille",
                "poser" => "pose",
                "nettoyer" => "nettoyage",
                "remplacer" => "remplacement",
                "changer" => "changement",
                "reparer" => "réparation",
                "fixer" => "pose",
                "decrocher" when IsAssembled(g.Groups["o"].Value) => "démontage",
                "monter" when IsAssembled(g.Groups["o"].Value) || folded.AsSpan(g.Index + g.Length).StartsWith(" en kit") => "montage",
                "preparer" => "préparation",
                "vider" => "vidage",
                "ecrire" or "rediger" => "rédaction",
                "decharger" => "déchargement",
                "charger" => "chargement",
                "relire" => "relecture",
                "vidanger" => "vidange",
                "brancher" => "branchement",
                "receptionner" => "réception",
                "debloquer" => "déblocage",
                "regler" => "réglage",
                "deneiger" => "déneigement",
                "deplacer" => "déplacement",
                _ => null,
            };
            if (nominal is not null && g.Groups["o"].Success)
            {
                var o = Said(g.Groups["o"]);
                var noun = Tokenizer.Singular(o[(o.LastIndexOfAny([' ', '\'']) + 1)..]);
                // "décharger 2 stères de bois": the job is done on the wood, not on the measure.
                if (CountsAMeasure(g, folded))
                {
                    var of = MeasuredThing().Match(folded, g.Groups["o"].Index + g.Groups["o"].Length);
                    noun = of.Success ? Said(of.Groups["t"]) : string.Empty;
                }

                if (noun.Length > 2)
                {
                    title = nominal + (noun[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'é' or 'è' or 'ê' or 'â' or 'î' or 'ô' ? " d'" : " de ") + noun;
                }
            }

            var category = verb switch
            {
                "porter" or "transporter" or "descendre" or "monter" or "deplacer" or "demenager" or "vider" or "charger" or "decharger" or "bouger" or "ramener" or "rentrer" or "evacuer" or
                    "soulever" or "hisser" or "stocker" or "emballer" or "debarrasser" => ListingCategory.ServiceMoving,
                "reparer" or "fixer" or "changer" or "installer" or "poser" or "percer" or "accrocher" or "peindre" or "bricoler" or "remplacer" or "assembler" or "raccourcir" or
                    "coudre" or "recoudre" or "ourler" or "retoucher" or "repriser" or "debloquer" or "regler" or "souder" or "deboucher" or "vidanger" or "reboucher" or "colmater" or
                    "isoler" or "tapisser" or "poncer" or "vernir" or "repeindre" or "carreler" or "cimenter" or "couler" or "demonter" or "brancher" or "raccorder" or "purger" or
                    "etancher" or "renover" or "restaurer" or "decaper" or "gonfler" or "graisser" or "affuter" => ListingCategory.ServiceDiy,
                "tondre" or "tailler" or "planter" or "desherber" or "arroser" or "ramasser" or "jardiner" or "becher" or "ratisser" or "semer" or "debroussailler" or "elaguer" or "biner" or "retourner" or
                    "creuser" or "deneiger" or "arracher" or "rempoter" or "greffer" or "recolter" or "cueillir" or "abattre" or "dessoucher" => ListingCategory.ServiceGarden,
                "garder" or "promener" or "nourrir" or "accompagner" or "visiter" or "veiller" or "soigner" or "distraire" => ListingCategory.ServiceCare,
                "reviser" or "apprendre" or "pratiquer" or "progresser" => ListingCategory.ServiceLessons,
                "comprendre" or "preparer" or "lire" when folded.AsSpan().ContainsAny(SchoolWords) => ListingCategory.ServiceLessons,
                "receptionner" or "poster" or "retirer" or "relever" => ListingCategory.ServiceErrands,
                "ecrire" or "remplir" or "rediger" or "traduire" or "lire" => ListingCategory.Other,
                _ => ListingCategory.Other,
            };
            if (nominal is "montage" or "démontage" && title.StartsWith(nominal, StringComparison.Ordinal))
            {
                category = ListingCategory.ServiceDiy;
            }

            if (category is ListingCategory.ServiceDiy or ListingCategory.Other && IsScreenOrComputer(title))
            {
                category = ListingCategory.ServiceIt;
            }

            if (hits.Count == 0)
            {
                hits.Add(new ServiceHit(title, category, g.Groups["v"].Index, g.Index + g.Length, Generic: true));
            }
            else if (nominal is not null && title.StartsWith(nominal, StringComparison.Ordinal))
            {
                hits.Clear();
                hits.Add(new ServiceHit(title, category == ListingCategory.Other ? ListingCategory.ServiceDiy : category, g.Groups["v"].Index, g.Index + g.Length, Generic: true));
            }
        }

        // Stable: two rules matching at the same place keep the catalogue's order.
        if (hits.Count > 1)
        {
            var order = hits.ToList();
            hits.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : order.IndexOf(a).CompareTo(order.IndexOf(b)));
        }

        // One computer problem is one service (a printer on wifi is no box); three computer jobs named together
        // ("installer vos box, configurer vos imprimantes, vous montrer WhatsApp") are computer help in general.
        var jobs = 0;
        foreach (var h in hits)
        {
            jobs += h.Category == ListingCategory.ServiceIt ? 1 : 0;
        }

        // "Informaticien, j'aide les aînés à utiliser leur tablette": the trade says who offers, the job what.
        if (informaticien >= 0 && hits.Count(h => h.Category == ListingCategory.ServiceIt) > 1)
        {
            hits.RemoveAll(h => h.Position == informaticien && h.Category == ListingCategory.ServiceIt);
        }

        var it = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Category == ListingCategory.ServiceIt)
            {
                if (it >= 0)
                {
                    hits.RemoveAt(i--);
                    continue;
                }

                it = i;
                if (jobs >= 3)
                {
                    hits[i] = hits[i] with { Title = "dépannage informatique" };
                }
            }
        }

        // "un bricoleur pour ma serrure" names the job; "je peux aider pour vos déménagements ou transporter des meubles" offers
        // the move first, "transporter vos meubles (pas de déménagements complets)" the transport.
        if (hits.Count > 1)
        {
            var first = hits[0].Title;
            hits.RemoveAll(h => (h.Title == "petits travaux de bricolage" || (h.Title == "aide au déménagement" && first != h.Title)) && hits.Count > 1);
        }

        // "je fais les courses…, si qq1 a besoin que je lui ramène qqch": one errand, said twice.
        if (hits.Exists(h => h.Title.StartsWith("installation de lu", StringComparison.Ordinal)))
        {
            hits.RemoveAll(h => h.Title is "dépannage électrique" or "travaux d'électricité");
        }

        // "Prof d'allemand à la retraite, je propose de l'aide aux devoirs": the teacher's subject says who offers, the other lesson what.
        if (prof >= 0 && hits.Count(h => h.Category == ListingCategory.ServiceLessons) > 1)
        {
            hits.RemoveAll(h => h.Position == prof && h.Category == ListingCategory.ServiceLessons);
        }

        // "électricien, je peux changer vos prises": one electrician's work, named once; "réparer vos fuites et vos joints de robinet" one plumbing job.
        RemoveLater(hits, "travaux d'électricité", "dépannage électrique");
        RemoveLater(hits, "réparation de fuite", "réparation de robinet");

        // "qqn qui s'y connaît en plomberie, mon chauffe-eau…": the field says who is sought, the job what.
        if (hits.Count > 1 && hits.Exists(h => h.Title != "travaux de plomberie" && h.Category == ListingCategory.ServiceDiy && !h.Generic))
        {
            hits.RemoveAll(h => h.Title == "travaux de plomberie");
        }

        // "changer la roue de ma voiture": the job named, not car servicing in general.
        if (hits.Exists(h => h.Title.StartsWith("changement de ", StringComparison.Ordinal)))
        {
            hits.RemoveAll(h => h.Title == "entretien de voiture");
        }

        // "peindre vos volets": the surface named, not painting in general.
        if (hits.Exists(h => h.Title.StartsWith("peinture de ", StringComparison.Ordinal)))
        {
            hits.RemoveAll(h => h.Title == "travaux de peinture");
        }

        // "faire le ménage chez ma mère handicapée": housework for someone frail is care.
        var housework = hits.FindIndex(h => h.Title == "ménage");
        if (housework >= 0 && Frail().IsMatch(folded))
        {
            hits[housework] = hits[housework] with { Category = ListingCategory.ServiceCare };
        }

        // "un courrier en allemand, quelqu'un pourrait me le traduire": the language is the translation's, not a lesson;
        // "traduire vos courriers… vous accompagner à la CAF": translating the papers is the help.
        if (hits.Exists(h => h.Title.StartsWith("traduction", StringComparison.Ordinal)))
        {
            // "un courrier en allemand, quelqu'un pourrait me le traduire": one translation, of that letter.
            if (hits.Exists(h => h.Title.StartsWith("traduction d", StringComparison.Ordinal)))
            {
                hits.RemoveAll(h => h.Title == "traduction");
            }

            hits.RemoveAll(h => (h.Category == ListingCategory.ServiceLessons && Language().IsMatch(h.Title)) || h.Title == "aide administrative");
        }

        // "je garde vos poules, lapins et chats", "garder les chèvres et nourrir les lapins": several animals are one service.
        static bool AnimalMinding(ServiceHit h) => h.Category == ListingCategory.ServiceCare && h.Title.StartsWith("garde d", StringComparison.Ordinal) && h.Title != "garde d'enfant";
        var pets = hits.FindIndex(AnimalMinding);
        if (pets >= 0 && (hits.Count(AnimalMinding) > 1 || AnimalList().IsMatch(folded, hits[pets].End)))
        {
            hits[pets] = hits[pets] with { Title = "garde d'animaux" };
            var kept = hits[pets].Position;
            hits.RemoveAll(h => h.Position != kept && AnimalMinding(h));
        }

        // "récupérer mon fils à l'école et le garder": one child-minding; "aider à déménager ou transporter vos meubles": one move.
        if (hits.Exists(h => h.Title == "garde d'enfant"))
        {
            hits.RemoveAll(h => h.Title == "récupération d'enfant à l'école");
        }

        // "un utilitaire… vos déchets verts à la déchetterie": the load named is what is carried.
        if (!folded.Contains("encombrant", StringComparison.Ordinal) && hits.Exists(h => h.Title.StartsWith("transport de", StringComparison.Ordinal)))
        {
            hits.RemoveAll(h => h.Title == "transport d'encombrants");
        }

        if (hits.Count > 1 && hits[0].Title == "aide au déménagement")
        {
            hits.RemoveAll(h => h.Title.StartsWith("transport de meuble", StringComparison.Ordinal));
        }

        // "qqn pour me conduire faire mes courses": the person is taken along, not sent with a list.
        if (hits.Exists(h => h.Title == "accompagnement aux courses"))
        {
            hits.RemoveAll(h => h.Title == "courses");
        }

        if (hits.Exists(h => h.Title is "courses" or "récupération de médicaments"))
        {
            hits.RemoveAll(h => h.Title == "ramener des achats");
        }

        return hits;
    }

    public static ServiceHit? FindRide(string folded, string? original = null)
    {
        // The cheap ride context first: the long list of towns is scanned only in a message that speaks of a ride.
        if (folded.AsSpan().IndexOfAny(PairMarks) >= 0 && RideContext().IsMatchGated(folded) && CityPair().MatchGated(folded) is { Success: true } pair)
        {
            return new ServiceHit("trajet " + Accent(pair.Groups["a"].Value) + "-" + Accent(pair.Groups["b"].Value), ListingCategory.Carpool, pair.Index, pair.Index + pair.Length);
        }

        // "un aller-retour Dijon-Semur-en-Auxois": a town the list knows joined to one it does not.
        if (folded.Contains('-') && RideContext().IsMatchGated(folded) && CityToTown().MatchGated(folded) is { Success: true } toTown && !NotAPlace(toTown.Groups["b"].Value))
        {
            return new ServiceHit("trajet " + Accent(toTown.Groups["a"].Value) + "-" + toTown.Groups["b"].Value, ListingCategory.Carpool, toTown.Index, toTown.Index + toTown.Length);
        }

        // "Trajet Givet → Reims dimanche", "je fais Morteau → La Chaux-de-Fonds": two places joined by an arrow, known or not.
        if (folded.AsSpan().IndexOfAny(Arrows) >= 0 && RideContext().IsMatchGated(folded) && ArrowPair().Match(folded) is { Success: true } arrow &&
            !NotAPlace(arrow.Groups["a"].Value) && !NotAPlace(arrow.Groups["b"].Value.Split(' ')[^1]) && !arrow.Groups["b"].Value.StartsWith("gare", StringComparison.Ordinal) &&
            !arrow.Groups["b"].Value.StartsWith("aeroport", StringComparison.Ordinal))
        {
            // Places the town list does not know keep the accents the author wrote ("Héricourt").
            string Place(Group g) => original is not null && original.Length == folded.Length ? original.Substring(g.Index, g.Length).ToLowerInvariant() : Accent(g.Value);
            return new ServiceHit("trajet " + Place(arrow.Groups["a"]) + "-" + Place(arrow.Groups["b"]), ListingCategory.Carpool, arrow.Index, arrow.Index + arrow.Length);
        }

        var m = !RideWords.MayOccurIn(folded) ? Match.Empty : Ride().MatchGated(folded);
        if (!m.Success && (folded.Contains("je peux", StringComparison.Ordinal) || folded.Contains("je vais", StringComparison.Ordinal)))
        {
            m = Ride2().MatchGated(folded);
        }

        if (!m.Success)
        {
            // "Quelqu'un va à Dijon demain ?" is a ride only when a passenger is meant (not "…me rapporter des œufs").
            m = SomeoneGoing().MatchGated(folded);
            if (!m.Success)
            {
                // "Je dois aller à l'hôpital de Rodez jeudi… je ne pourrai pas conduire après, quelqu'un descendrait ?"
                m = NeedToGo().MatchGated(folded);
            }

            if (!m.Success || !Passenger().IsMatchGated(folded))
            {
                return null;
            }
        }

        var dest = Destination().MatchGated(folded, Math.Max(0, m.Index - 40));
        var where = dest.Success ? DestinationTitle(dest) + PlaceComplement(folded, dest) : null;
        if (where is null && PlaceAfter().Match(folded, m.Index + m.Length) is { Success: true } after && !NotAPlace(after.Groups["p"].Value))
        {
            where = DestinationTitle(after) + PlaceComplement(folded, after);
        }

        if (where is null && NextPlace().Match(folded, m.Index + m.Length) is { Success: true } next && !NotAPlace(next.Groups["p"].Value))
        {
            var p = next.Groups["p"].Value;
            var known = DestinationTitle(next);
            where = (known != Accent(p) ? known : next.Groups["d"].Value switch
            {
                "au" or "jusqu'au" or "chez le" => "le " + p,
                "a la" or "jusqu'a la" or "chez la" => "la " + p,
                "a l'" or "jusqu'a l'" or "chez l'" => "l'" + p,
                _ => p,
            }) + PlaceComplement(folded, next);
        }

        // "Je vais à Ikea samedi, je peux prendre 2 personnes": the place the driver says they go to.
        if (where is null && GoingTo().Match(folded) is { Success: true } going && !NotAPlace(going.Groups["p"].Value))
        {
            var p = going.Groups["p"].Value;
            var known = DestinationTitle(going);
            where = (known != Accent(p) ? known : going.Groups["d"].Value switch
            {
                "au" => "le " + p,
                "a la" => "la " + p,
                "a l'" => "l'" + p,
                _ => p,
            }) + PlaceComplement(folded, going);
        }

        // "Mon mari est hospitalisé à Clermont… qui pourrait m'emmener le voir ?": a town named anywhere is where the ride goes.
        if (where is null && Destination().MatchGated(folded) is { Success: true } named)
        {
            where = DestinationTitle(named) + PlaceComplement(folded, named);
        }

        // Every ride is titled as a trip ("trajet vers Lyon"), one whose end is not said as well.
        return new ServiceHit(where is null ? "trajet en covoiturage" : "trajet vers " + where, ListingCategory.Carpool, m.Index, m.Index + m.Length);
    }

    private static bool NotAPlace(string w) => w is "demain" or "lundi" or "mardi" or "mercredi" or "jeudi" or "vendredi" or "samedi" or "dimanche" or "midi" or "minuit" or "partir" or
        "moi" or "toi" or "lui" or "vous" or "nous" or "eux" or "elle" or "la" or "le" or "les" or "cette" or "ce" or "une" or "un" or "des" or "quelqu'un" or "personne" or "pied" or "velo" or "voiture" or "heure" or "retour" or "aller" or "plusieurs" or "chaque" or "vacances" or "maison" or "travail" or "boulot" or "peu" or "mon" or "ma" or "mes" or "son" or "sa" or
        "tout" or "tous" or "nos" or "vos" or "ses" or "leur" or "leurs" or "notre" or "votre" or "ceux" or "celles" or "qui" or "faire" or "participer" or "partager" or
        "noel" or "rentrer" or "venir" or "revenir" or "personnes" or "passagers" or "places" or "quelques" or "deux" or "trois" or "quatre" or "arriere" or "avant" or "tres" or "coffre" or "place" or "ski" or "cote" or "condition" or "prix" or "moins" or "peu";

    /// <summary>
    /// "à la gare de Namur", "à l'aéroport de Lyon", "à la gare TGV", "à Clermont-Ferrand": the station, airport or town is
    /// named in full, as the driver and the passenger would say it.
    /// </summary>
    private static string PlaceComplement(string folded, Match dest)
    {
        var p = dest.Groups["p"];
        var end = p.Index + p.Length;
        if (end < folded.Length && folded[end] == '-' && PlaceTail().Match(folded, end + 1) is { Success: true } tail)
        {
            return "-" + Accent(tail.Value);
        }

        if (p.Value is not ("gare" or "aeroport" or "hopital" or "universite" or "fac" or "clinique"))
        {
            return string.Empty;
        }

        var of = OfPlace().Match(folded, end);
        return of.Success && !NotAPlace(of.Groups["c"].Value) && of.Groups["c"].Value is not ("bonne" or "nuit" or "jour" or "train" or "bus")
            ? (of.Groups["d"].Success ? " " + of.Groups["d"].Value : " ") + Accent(of.Groups["c"].Value)
            : string.Empty;
    }

    [GeneratedRegex(@"\G[a-z]{3,}\b", Options)]
    private static partial Regex PlaceTail();

    [GeneratedRegex(@"\G (?<d>de |d')?(?<c>(?<=de |d')[a-z][a-z-]{2,}|tgv|sncf|routiere|part-dieu|saint-jean|centrale)\b", Options)]
    private static partial Regex OfPlace();

    private static string DestinationTitle(Match dest)
    {
        var place = dest.Groups["p"].Value;
        return place switch
        {
            "aeroport" => "l'aéroport",
            "hopital" => "l'hôpital",
            "gare" => "la gare",
            "carrefour" or "supermarche" or "leclerc" or "auchan" or "intermarche" or "hypermarche" or "lidl" => "le supermarché",
            "centre commercial" => "le centre commercial",
            "mairie" or "pharmacie" or "piscine" or "fac" => "la " + place,
            "marche" => "le marché",
            "medecin" => "le médecin",
            "centre-ville" or "stade" => "le " + place,
            "universite" => "l'université",
            "chu" => "le chu",
            "clinique" => "la clinique",
            "urgences" => "les urgences",
            "zenith" => "le zénith",
            "cinema" => "le cinéma",
            "ecole" => "l'école",
            "college" => "le collège",
            "lycee" => "le lycée",
            "creche" => "la crèche",
            _ => Accent(place),
        };
    }

    private static string LessonTitle(Match m) => m.Groups["s"].Value is { Length: > 0 } subject ? LessonTitle(subject) : string.Empty;

    private static string LessonTitle(string subject) => subject[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "cours d'" + Accent(subject) : "cours de " + Accent(subject);

    private static string Elide(string subject) => subject is "anglais" or "espagnol" or "allemand" or "italien" or "arabe" ? "'" + Accent(subject) : "e " + Accent(subject);

    private static string Accent(string w) => w switch
    {
        "francais" => "français",
        "neerlandais" => "néerlandais",
        "echecs" => "échecs",
        "ecriture" => "écriture",
        "geographie" => "géographie",
        "economie" => "économie",
        "comptabilite" => "comptabilité",
        "math" => "maths",
        "musique" => "musique",
        "dijon-beaune" => "dijon-beaune",
        "besancon" => "besançon",
        "geneve" => "genève",
        "orleans" => "orléans",
        "nimes" => "nîmes",
        "chambery" => "chambéry",
        "bale" => "bâle",
        "quebec" => "québec",
        "montreal" => "montréal",
        "liege" => "liège",
        "saint-etienne" => "saint-étienne",
        _ => w.ToLowerInvariant(),
    };

    private static string Sing(string w) => w switch
    {
        "animaux" => "animaux",
        "oiseaux" => "oiseau",
        "chienne" or "chiennes" => "chien",
        "chatte" or "chattes" => "chat",
        "chevre" or "chevres" => "chèvre",
        _ => w.EndsWith('s') ? w[..^1] : w,
    };

    private static string ObjectTitle(string o) => o switch
    {
        "frigo" or "refrigerateur" => "frigo",
        "canape" => "canapé",
        "congelateur" => "congélateur",
        "machine a laver" => "machine à laver",
        _ => o,
    };

    private static string StuckTitle(string o) => o.Replace("s ", " ", StringComparison.Ordinal).TrimEnd('s') switch
    {
        "fenetre" => "fenêtre",
        var one => one,
    };

    private static string BrokenTitle(string o) => o switch
    {
        "frigo" or "refrigerateur" => "réparation de frigo",
        "congelateur" => "réparation de congélateur",
        "machine a laver" => "réparation de machine à laver",
        "seche-linge" => "réparation de sèche-linge",
        "micro-ondes" or "micro-onde" => "réparation de micro-ondes",
        "plaque de cuisson" or "plaque a induction" => "réparation de plaque de cuisson",
        "aspirateur" => "réparation d'aspirateur",
        "volet roulant" => "réparation de volet roulant",
        "fenetre" => "réparation de fenêtre",
        "store banne" => "réparation de store",
        _ => "réparation de " + o,
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
            "lave-linge" or "lave-linges" => "réparation de lave-linge",
            "machine a laver" or "machines a laver" => "réparation de machine à laver",
            "lave-vaisselle" or "lave-vaisselles" => "réparation de lave-vaisselle",
            "seche-linge" or "seche-linges" => "réparation de sèche-linge",
            "electromenager" or "petit appareil" or "petits appareils" => "réparation d'électroménager",
            "frigo" or "frigos" => "réparation de frigo",
            _ => "réparation de " + o.TrimEnd('s'),
        };
    }


    [GeneratedRegex(@"\b((cours|lecons?) (particuliers? )?(de |d')(?<s>maths?|anglais|francais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole|guitare|piano|violon|chant|musique|dessin|couture|tricot|crochet|cuisine|yoga|physique-chimie|physique|chimie|informatique|solfege|batterie|natation|theatre|danse|svt|histoire|philo|latin|ukulele|flute|saxophone|accordeon|peinture|aquarelle|poterie|photo|code|programmation|lecture|ecriture|orthographe|grammaire|calcul|geographie|economie|comptabilite|harpe|trompette|clarinette|violoncelle|harmonica|broderie|echecs)( et (de |d')(?<s2>lecture|ecriture|orthographe|grammaire|calcul|maths?|anglais|francais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole|guitare|piano|violon|alto|chant|musique|dessin|couture|tricot|crochet|cuisine|yoga|physique|chimie))?|(?<p>prof|professeur) (de |d')(?<s>maths?|anglais|francais|espagnol|allemand|italien|guitare|piano|violon|chant|musique|dessin|physique|chimie|yoga|danse|theatre|batterie|solfege))\b", Options)]
    private static partial Regex Lessons();

    [GeneratedRegex(@"\b(je|on|nous) (pars|part|partons) (de|depuis) [a-z][a-z'-]{2,}(?=[^.!?]{0,80}\b(\d|une|deux|trois|quatre) places?\b)|\b(covoit\w*|lift|(besoin d'un|cherche un|un) chauffeur|m'emmener|m emmener|me deposer|me conduire|vous emmener|vous deposer|vous conduire|nous (emmener|conduire|deposer|amener)(?= (a|au|a l'|jusqu'a|jusqu'au|chez)\b)|(emmener|conduire) (mon|ma) (fils|fille) (a|au) (son|sa) (match|entrainement|cours|club|tournoi|competition)|emmener (des gens|quelqu'un|qqn)|(places?|de la place) dans (ma|la|sa|ta) (voiture|auto|bagnole)|il (me |nous |leur )?reste (\d+|une|deux|trois|quatre)( seule)? places?|(\d+|un|deux|trois) sieges? (a l'arriere|libres?|dispo)|trajet|va sur \w+|vont sur|une place pour moi|((cherche|recherche|cherchons|recherchons|chercher) (une|1|\d|deux|trois|quatre)|besoin d'(une|1)|besoin de (\d|deux|trois|quatre))( seule)? places? ((pour|pr) (aller|descendre|monter|me rendre)|dans (une|ta|votre|sa) voiture|en voiture|pour (?!(mon|ma|mes|ton|ta|tes|son|sa|ses|un|une|le|la|les|des|du|ce|cette|ces|stocker|ranger|garer)\b)[a-z-]{3,}(?=[^.!?]{0,80}\b(essence|depart|frais|peage|covoit\w*|trajet)\b))|je pars (a|sur|pour|vers) [a-z]+ (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce)|je peux (prendre|ramener|embarquer) (\d+|une|deux|trois|quatre) (personnes?|passagers?)|(j'emmene|je peux emmener|peux emmener) (\d+|une|deux|trois|quatre)( ou (deux|trois|quatre|\d))? (personnes?|passagers?|voisine?s?|(enfants?|gamins?)(?= (a|au|aux|jusqu'a)\b))|(\d+|une|deux|trois|quatre) passagers?|(je|on|nous) (descends|descend|monte|remonte|redescends|pars|part|partons|descendons|montons) ((regulierement|souvent|parfois|demain|bientot|aussi|toujours) )?(a|aux|sur|vers|en direction de|jusqu'a) (?!l'etranger)[a-z]+|(\d+|une|deux|trois|quatre) places? (dispo|disponibles?|libres?)|(je propose|propose|j'ai|jai|il y a) (\d+|une|deux|trois|quatre) places? ((pour|pr) (aller|descendre|monter|remonter) (a|sur|vers|jusqu'a)|(vers|direction|jusqu'a) [a-z]+)|covoiturer|(je|on|nous) (fais|fait|faisons) (la|des) navettes? (vers|jusqu'a|jusqu'au|entre|depuis|pour aller)|emmener (vos|tes|les|mes|nos) enfants (a|au)|besoin d'aller (a|au|jusqu'a)|m'amener (a|au|jusqu'a)|m'y (deposer|emmener|conduire|amener)|nous y (deposer|emmener|conduire|amener)|j'emmene (qui veut|qui le veut|quelqu'un|qqn|qq1|du monde)|profiter de (la|ma) voiture|qui (descend|monte|remonte|va|part) (a|au|sur|vers|jusqu'a) [a-z]|(cherch\w*|trouver) une voiture pour (aller|rentrer|descendre|monter|remonter|partir)(?= (a|au|aux|sur|vers|jusqu'a) )|(j'ai|jai|il me reste) (\d+|une|deux|trois|quatre) places? [^.!?]{0,60}\b(depart|retour|participation aux frais|frais d'essence))\b", Options)]
    private static partial Regex Ride();

    [GeneratedRegex(@"\b(a|au|a l'|sur|vers|pour|pr|jusqu'a|jusqu'au|direction|chez) ?(l'|la )?(?<p>aeroport|hopital|gare|carrefour|supermarche|leclerc|auchan|intermarche|lidl|centre commercial|mairie|pharmacie|piscine|marche|medecin|centre-ville|universite|fac|stade|ecole|college|lycee|creche|chu|clinique|urgences|zenith|cinema|" + Cities + @")\b", Options)]
    private static partial Regex Destination();

    private const string Cities = "paris|lyon|besancon|dijon|beaune|marseille|lille|nancy|strasbourg|grenoble|chalon|macon|auxerre|dole|geneve|bordeaux|nantes|toulouse|montpellier|rennes|metz|reims|troyes|nice|toulon|angers|tours|orleans|caen|rouen|amiens|brest|limoges|clermont|avignon|nimes|perpignan|pau|bayonne|poitiers|annecy|chambery|valence|colmar|mulhouse|belfort|vesoul|nevers|bourges|sens|bruxelles|liege|namur|lausanne|montreal|quebec|luxembourg|bale|zurich|autun|montbard|pontarlier|saint-etienne|quimper|lorient|vannes|saint-brieuc|saint-malo|le mans|laval|la rochelle|niort|angouleme|bayeux|cherbourg|le havre|dunkerque|calais|arras|lens|valenciennes|charleville|epinal|thionville|verdun|chartres|blois|chateauroux|vichy|roanne|saint-nazaire|cannes|antibes|aix|arles|ajaccio|bastia|tarbes|agen|albi|rodez|cahors|perigueux|brive|montauban|carcassonne|beziers|sete|gap|charleroi|mons|gand|anvers|sherbrooke|gatineau|trois-rivieres|ottawa|fribourg|neuchatel|sion";

    // "Je fais Metz-Strasbourg tous les lundis": two towns joined name a ride.
    [GeneratedRegex(@"\b(?<a>" + Cities + @") ?(-|>|->|/|→) ?(?<b>" + Cities + @")\b", Options)]
    private static partial Regex CityPair();

    [GeneratedRegex(@"\b(aller-retour|je fais|on fait|trajet) (?<a>" + Cities + @") ?- ?(?<b>[a-z]{3,}(-[a-z]+)*)\b", Options)]
    private static partial Regex CityToTown();

    private static readonly SearchValues<char> Arrows = SearchValues.Create(">→");

    // "Givet → Reims", "Morteau -> la Chaux-de-Fonds", "Besançon > Pontarlier": a place, an arrow, a place of up to three words.
    [GeneratedRegex(@"\b(?<a>[a-z][a-z']{2,30}(?:-[a-z][a-z']*){0,3}) ?(->|→|>) ?(?<b>((la|le|les) )?[a-z][a-z']{2,30}(?:-[a-z][a-z']*){0,3}(?: (?:de|du|des|sur|en|les|la) [a-z][a-z']{2,30}(?:-[a-z][a-z']*){0,3})?)\b", Options)]
    private static partial Regex ArrowPair();

    [GeneratedRegex(@"\b(places?|voiture|covoit\w*|trajet|je fais|on fait|passagers?|essence|frais|lift|depanner|aller-retour|tous les)\b", Options)]
    private static partial Regex RideContext();

    // "m'emmener au Zénith": the place right after a ride verb, when no known destination is named.
    [GeneratedRegex(@"\G[^.!?]{0,25}?\b(?<d>au|a la|a l'|jusqu'au|jusqu'a la|jusqu'a l'|jusqu'a|chez le|chez la|chez l'|sur(?= )|a(?= )) ?(?<p>[a-z][a-z-]{2,20})\b", Options)]
    private static partial Regex NextPlace();

    // "un covoit pour Chamrousse", "un lift vers Crolles": a town named straight after the ride word.
    [GeneratedRegex(@"\G (?<d>pour|pr|vers|direction) (?<p>[a-z][a-z-]{2,20})\b", Options)]
    private static partial Regex PlaceAfter();

    [GeneratedRegex(@"\b(je vais|je pars|je descends|je monte|je remonte|on va|on part|nous allons|je me rends|je passe|direction) ((regulierement|souvent|parfois|demain|bientot|aussi|toujours) )?(?<d>au|a la|a l'|a|sur|vers|chez) ?(?<p>[a-z][a-z-]{2,20})\b", Options)]
    private static partial Regex GoingTo();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|des voisins?|vous) (qui )?(va|vont|allez|irait|iraient|descend|descendez|descendrait|monte|montez|monterait|part|partez|partirait|passe|se rend) (a|au|sur|vers|par|jusqu'a)\b", Options)]
    private static partial Regex SomeoneGoing();

    [GeneratedRegex(@"\b(je dois|on doit|nous devons|il faut que j'aille|besoin d'aller|je dois me rendre) (aller )?(a|au|jusqu'a|chez)\b", Options)]
    private static partial Regex NeedToGo();

    [GeneratedRegex(@"\b(m'emmener|m'amener|me deposer|me conduire|une place|de la place|covoit\w*|besoin d'aller|je dois aller|pour aller|essence|peage|frais de route|partage des frais|avec vous|\d places?|(deux|trois|quatre) places|places? pour (moi|nous)|partager? (les frais|l'essence)|partageons (les frais|l'essence)|on est (\d|deux|trois|quatre)|(pas|plus) de voiture|je ne conduis (pas|plus)|sans voiture|on serait (\d|deux|trois|quatre)|je ne (pourrai|pourrais|peux|peut) (pas|plus) conduire|(pas|plus) le permis|(quelqu'un|qqn|qq1) (descendrait|monterait|irait)|j'ai (un|mon) (train|avion|vol|tgv|bus)|(pas|plus|aucun) (de )?(bus|train|tram|metro)s? (si tot|si tard|a cette heure|le dimanche|ce jour-la)|nous sommes (\d|deux|trois|quatre))\b", Options)]
    private static partial Regex Passenger();

    [GeneratedRegex(@"\b(repassage|repasser (vos|votre|mes|mon|du|le) (linge|chemises?)|faire (le|du) menage|(du |de )?menage (a domicile|chez)|femme de menage|nettoyer (mes|vos|les) vitres|lavage de vitres)\b", Options)]
    private static partial Regex S54();

    [GeneratedRegex(@"\b(coiffure|coiffeuse a domicile|couper les cheveux|coupe de cheveux)\b", Options)]
    private static partial Regex S55();

    [GeneratedRegex(@"\b((aller )?(chercher|recuperer) (les|mes|vos|nos|des|leurs|ses|mon|ma|son|sa|notre|votre) (enfants?|petits?|loulous|bambins|petits-enfants|fils|fille|filles) (a|de|devant|apres|au) (l'ecole|la sortie de l'ecole|college|la sortie du college|centre de loisirs|la garderie)|sorties? d'ecole)\b", Options)]
    private static partial Regex SchoolRun();

    // "Un chauffagiste parmi les voisins ?": a trade asked for names the repair.
    [GeneratedRegex(@"\b(?<t>chauffagiste|plombier|serrurier|vitrier|carreleur|couvreur|mecanicien|garagiste|macon)s?\b", Options)]
    private static partial Regex Trade();

    // "préparer un oral", "comprendre ses devoirs": learning, not paperwork or cooking.
    private static readonly SearchValues<string> SchoolWords = SearchValues.Create(
        [" bac", "brevet", "examen", " oral", "devoirs", "lecon", "entretien d'embauche", "concours", "partiel", "controle", "exercice", " cours", "anglais", "francais", "maths"],
        StringComparison.Ordinal);

    // "aide pour écrire une lettre de réclamation", "rédiger un courrier": letter writing (other), not a CV.
    [GeneratedRegex(@"\b(ecrire|rediger|redaction d'|relire|remplir) (une|un|des|mes|ma|mon|cette|ce) (lettre|courrier|mail|e-mail|reclamation)s?\b(?! de motivation)", Options)]
    private static partial Regex Letter();

    // "une camionnette pour transporter un canapé": a vehicle asked for or offered to carry an object.
    [GeneratedRegex(@"\b(camionnette|utilitaire|camion|fourgon|remorque|vehicule|voiture|break)\b((?!preter|emprunter|pret|louer)[^.?!]){0,30}\bpour (m'aider a )?(transporter|deplacer|emmener|amener|ramener|rapporter|aller chercher|recuperer|bouger|descendre|monter) (un|une|mon|ma|le|la|mes|des|ce|cette|notre|nos) ((vieux|vieille|petit|petite|grand|grande|gros|grosse|nouveau|nouvelle) )?(?<o>[a-z-]{4,})", Options)]
    private static partial Regex Vehicle();

    // "je donne des cours de zumba": a lesson the catalogue does not list, titled by its subject.
    [GeneratedRegex(@"\b(je |j')?(donne|propose|cherche|recherche|prendrais) (des |quelques )?(cours|lecons) (particuliers? |particulieres? )?(de |d')(?<s>[a-z]{4,})\b(?<!(de|d') (soutien|niveau|temps|groupe|chez|conversation))", Options)]
    private static partial Regex AnyLesson();

    [GeneratedRegex(@"\b(soutien scolaire|cours de soutien|soutien en (maths?|francais|anglais|physique))\b", Options)]
    private static partial Regex S00();

    [GeneratedRegex(@"\b(aide aux devoirs|(aider|aide) (pour |a faire |aux )?(les |ses |leurs )?devoirs|aider (vos|les|mes|tes|nos|des|leurs|ses) (enfants?|eleves|ados?|collegiens|ecoliers) (pour|a faire|dans|avec) (les |leurs |ses |vos )?devoirs)\b", Options)]
    private static partial Regex S01();

    [GeneratedRegex(@"\b(apprendre|appris|apprenne|montrer|enseigner) a (?<v>coudre|tricoter|cuisiner|jouer|nager|lire|faire du velo|conduire|skier|faire du ski)\b", Options)]
    private static partial Regex S02();

    [GeneratedRegex(@"\b(pratiquer|parler) (le |l')?(?<l>francais|anglais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole)( a l'oral)?\b(?! pour m)|\bconversations? en (?<l>francais|anglais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole)\b", Options)]
    private static partial Regex S03();

    [GeneratedRegex(@"\b(bilingue|native|natif) (?<l>anglais|espagnol|allemand|italien)\b", Options)]
    private static partial Regex S04();

    [GeneratedRegex(@"\b(en|d') ?(?<l>anglais|maths|math|francais|espagnol|allemand|physique-chimie|physique|chimie|svt|histoire|philo|latin|italien)\b(?=.{0,40}(une heure|le mercredi|niveau|aider|aide|bac|brevet|soutien|quelqu'un|qqn|qq1|serait dispo))|(aider|aide) (mon|ma|mes) (fils|fille|enfants?)( de \w+)? en (?<l>anglais|maths|math|francais|espagnol|allemand|physique-chimie|physique|chimie|svt|histoire|philo|latin|italien)|\b(besoin d'aide|de l'aide|aide|soutien|coup de pouce|coup de main|nul|nulle|faible|difficultes?|du mal|lacunes?|largue|larguee|a la ramasse) en (?<l>anglais|maths|math|francais|espagnol|allemand|physique-chimie|physique|chimie|svt|histoire|philo|latin|italien)", Options)]
    private static partial Regex S05();

    [GeneratedRegex(@"\b(baby-?sitt(ing|er|euse|eur)|baby sitt(ing|er|euse)|babysitt(ing|er|euse))\b", Options)]
    private static partial Regex S06();

    [GeneratedRegex(@"\b(nounou|assistante? maternelle|garde d'enfants?|gard(er|e|es|ons|erai|erais) (mes|les|vos|nos|des|ton|tes|ma|mon|notre|votre|sa|son|ses|leur|leurs) ((deux|trois|\d+) )?(enfants?|petits?|bambins|loulous|filles?|fils|bebes?|jumeaux|jumelles|petits-enfants|petite-fille|petit-fils|neveux?|nieces?)|gard(er|e|es|ons|erai|erais) (un|une) (enfant|bebe|bambin)|enfants\b[^.!?]{0,80}\bles garder|recuperer (mes|mon|ma) (\d+ )?(enfants?|fils|fille|petits?) a l'ecole)\b", Options)]
    private static partial Regex S07();

    [GeneratedRegex(@"\brecuperer (mon|ma) (fils|fille|bebe|enfant) a la creche\b", Options)]
    private static partial Regex S08();

    [GeneratedRegex(@"\b(promener|promene|promenes|promenez|promenade de|sortir|sors|balader) (mon|ma|mes|vos|votre|les|nos|notre|ton|tes|son|sa|ses|leur|leurs) (?<a>chiens?|chiennes?|toutous?)\b|\bpromener [a-z]+, (mon|ma|notre) (vieux |vieille |petit |petite |gros |grosse )?(?<a>chien|chienne|labrador|berger|caniche|teckel|golden|beagle|husky|bouledogue|epagneul|setter|jack russell)\b", Options)]
    private static partial Regex S09();

    [GeneratedRegex(@"\b(garder|garde|gardes|gardez|nourrir|nourris|passer voir|venir voir|vienne voir|s'occuper de|m'occupe de|garde de|visiter|nourrisse|heberger|accueillir|prendre en pension) (mon|ma|mes|vos|votre|les|nos|ton|tes|notre|un|une|des) ((deux|trois|quatre|\d+) )?(?<a>chats?|chattes?|chatons?|chiens?|chiennes?|lapins?|tortues?|poissons?|oiseaux?|perruches?|hamsters?|cochons? d'inde|animaux|poules?|chevres?|moutons?)\b|\bprendre (mon|ma|mes|notre|nos) (?<a>chats?|chattes?|chiens?|chiennes?|lapins?)\b(?= (chez|en garde|en pension|pendant|quelques|du \d|pour (le|les|la|une|quelques)))|\b(mon|ma|mes|notre|nos) (?<a>chats?|chattes?|chiens?|chiennes?|lapins?) (a|ont|aura|auront) besoin d'etre (gardee?s?|nourrie?s?|promenee?s?)|\bfaire garder (mon|ma|mes|notre|nos) (?<a>chats?|chattes?|chiens?|chiennes?|lapins?)\b", Options)]
    private static partial Regex S10();

    [GeneratedRegex(@"\b(garde|pet-?sitting) (d'animaux|de chats?|de chiens?)\b", Options)]
    private static partial Regex S11();

    [GeneratedRegex(@"\b(besoin (de |d')visites?|(aimerait|aimeraient|voudrait|voudraient) (de la |une |des |un peu de )visites?|(jouer|papoter|bavarder|discuter) [^.!?]{0,40}\bavec (des|les|nos|vos) (personnes agees|aines|seniors|anciens|personnes seules)|(faire|fais) (la |de la )?lecture (a|aux)|lire (a|aux|pour) (des |les |nos )?(personnes|aines|seniors|anciens)|tenir compagnie|(de la |un peu de )?compagnie (a|aux|pour)|rendre visite (a|aux)|(lui|leur) (rendre|rende|rendent) visite|personnes agees[^.!?]{0,60}\bpour une visite|discuter avec (ma|mon|sa|son|leur|nos|notre|des|les) (mere|pere|grand-mere|grand-pere|voisine?|mamie|papi|maman|papa|personnes? agees?|aines)|visites? (a|aux) (des |nos )?(personnes|aines|seniors))", Options)]
    private static partial Regex S12();

    [GeneratedRegex(@"\baccompagne[rsz]?\b.{0,60}\b(rendez-vous|rdv|medecin|cardiologue|dentiste|hopital|courses|marche|ophtalmo|kine|specialiste|clinique|radio|prise de sang)\b|\b(grand-?mere|grand-?pere|mere|pere|voisine? agee?|personne agee|mamie|papi)\b.{0,160}\b(l'|la |le |les )?accompagner\b|\b(emmener|conduire|amener|accompagner) (papy|papi|mamie|pepe|meme|ma mere|mon pere|ma maman|mon papa|ma grand-mere|mon grand-pere|une personne agee|ma voisine agee|mon voisin age)\b", Options)]
    private static partial Regex S13();

    [GeneratedRegex(@"\b(preparer|cuisiner|cuisine|prepare|faire|fais|apporter|porter|livrer) (des |quelques |un |le |les )?(petits |bons )?(repas|plats|soupers?|diners|soupes)\b(?=.{0,60}(agee|malade|seule?s?|isolee?s?|quartier|voisins?|mere|pere|grand-mere|grand-pere|personnes?))|\b(lui|leur) (preparer|cuisiner|faire|apporter|porter|livrer) (des |quelques |un |le |les )?(petits |bons )?(repas|plats|soupers?|diners|soupes)\b", Options)]
    private static partial Regex S14();

    [GeneratedRegex(@"\b(faire|fasse|ferai|feraient|fais|fait|faisons) (des |les |quelques |vos |mes |ses |leurs )?courses\b|\b(ramene|ramener|ramene|rapporter|rapporte|livrer|porter) (des |les |vos |leurs |quelques |ses )?courses\b|\b(pour|pr) (vos|tes|les|leurs|mes|ses) courses\b|\b(prendre|recuperer|chercher|faire) (vos|tes|leurs) courses\b|\b(je|on|qu'on|que je) (leur |vous |me |lui |te )?(prenne|prendre|ramene|rapporte) (des|les|vos|leurs|mes|ses) courses\b|\b(me|nous|lui|leur|vous) (prendre|prenne|acheter) (le|du|mon|mes|son|leur|leurs|vos|votre) pain\b", Options)]
    private static partial Regex S15();

    [GeneratedRegex(@"\b(receptionner|receptionne|recevoir|recois|recoit|recuperer|recupere(?= vos)|prendre|reception(ner)?|garder|chercher|retirer) (un|mon|mes|des|le|les|vos|votre|tes|ton|ses|leurs?) (colis|paquets?|recommandes?|livraisons?)", Options)]
    private static partial Regex S16();

    [GeneratedRegex(@"\b(sortir?e?|sorte|rentrer|descendre|monter|porter) (les|mes|nos|vos|ses|leurs|mon|ma|votre) ((deux|trois|\d) )?(poubelles|bourriers|bacs? (jaunes?|gris|verts?|bleus?|a ordures|de tri|a poubelle)|conteneurs?)|sortie des poubelles|\bpoubelles?\b[^.!?]{0,80}\b(les|la) (sortir|descendre|rentrer)\b", Options)]
    private static partial Regex S17();

    [GeneratedRegex(@"\b(relever|releve|prendre|recuperer) (votre|vos|mon|le|mes|leur) courrier", Options)]
    private static partial Regex S18();

    [GeneratedRegex(@"\bposter (une|un|ma|mon|des|mes|vos|tes|leurs|les) (lettres?|courriers?|colis|recommandes?)( recommandee?)?|\b(deposer|envoyer|expedier) (une|un|ma|mon|des|mes) (lettre|courrier|colis|paquet|recommande)s?( recommandee?)? (a la poste|au relais|au point relais|pour moi)", Options)]
    private static partial Regex S19();

    [GeneratedRegex(@"\b(chercher|recuperer|recupere|ramene) (mes|des|vos|les) medicaments|a la pharmacie pour (moi|elle|lui)|\b(chercher|recuperer|acheter|prendre|ramener|rapporter) (mes |des |vos |les |ses |leurs |du |de la |mon |son |ma |sa |un |une )?(medicaments?|medocs?|ordonnances?|doliprane|paracetamol|sirop|traitement)\b|\b(chercher|recuperer|recupere|acheter|ramener|ramene|rapporter)\b[^.!?]{0,40}\b(a|de) la pharmacie\b", Options)]
    private static partial Regex S20();

    [GeneratedRegex(@"\b(ramene|ramener|rapporte|rapporter) (qqch|quelque chose|des trucs|vos achats|des provisions|du pain|des legumes|vos colis|vos medicaments)( pour (les|des|vous))?|\b(me ramener|me rapporter|m'acheter|me prendre|nous ramener|nous rapporter) (des|du|de la|de l'|un|une|quelques|mes|mon|ma|qqch|quelque chose)\b|\b(leur|lui|vous) (ramene|ramener|rapporte|rapporter|acheter|prendre ce dont)\b", Options)]
    private static partial Regex S21();

    [GeneratedRegex(@"\b(decharger|charger|vider|ranger|debarrasser|debarrasse|desencombrer|trier) (un |le |mon |ma |la |sa |son |votre |vos |les |des )?(camion|camionnette|utilitaire|caves?|greniers?|garages?)", Options)]
    private static partial Regex S22();

    [GeneratedRegex(@"\bdemenag(er|ement|ements|e|es)\b", Options)]
    private static partial Regex S23();

    [GeneratedRegex(@"\b(emmener|amener|transporter|porter|debarrasser|evacuer) (vos|mes|des|les) encombrants|encombrants a la dechetterie|\bdechetterie\b[^.!?]{0,80}\bencombrants\b|\bdechetterie\b[^?!]{0,80}\b(utilitaire|camionnette|camion|fourgon|kangoo)\b|\b(utilitaire|camionnette|camion benne|fourgon|kangoo)\b[^?!]{0,80}\bdechetterie\b", Options)]
    private static partial Regex S24();

    [GeneratedRegex(@"\b(?<v>transporter|deplacer|descendre|porter|bouger|ramener|rapporter) (?<d>un|une|mon|ma|le|la|mes|des|vos|tes|nos) ((vieux|vieille|petit|petite|grand|grande|gros|grosse|nouveau|nouvelle) )?(?<o>piano|machine a laver|lave-linge|frigo|refrigerateur|canape|armoire|meubles|meuble|buffet|matelas|congelateur|commode|lit)\b|\b(?<v>monter) (?<d>un|une|mon|ma|le|la|mes|des) ((vieux|vieille|petit|petite|grand|grande|gros|grosse|nouveau|nouvelle) )?(?<o>piano|machine a laver|lave-linge|frigo|refrigerateur|canape|matelas|congelateur)\b", Options)]
    private static partial Regex S25();

    [GeneratedRegex(@"\b((de)?mont(er|e|ez|age) (et remonter )?(de |d'|vos |mes |des |un |une |ma |mon |les |l')?)(?<o>meubles?|armoires?|etageres?|lits?|bureaux?|commodes?|cuisines?|placards?|dressings?)\b", Options)]
    private static partial Regex S26();

    [GeneratedRegex(@"\bcouper une planche\b", Options)]
    private static partial Regex S27();

    [GeneratedRegex(@"\b(repar(er|e|ez|ation|e les)|depanner|changer une chambre a air|pneu creve|regl(er|e|ez)|revis(er|e|ez|ion)|entreten(ir|ez|ions)|j'entretiens) (de |d'|vos |mes |mon |ma |les |un |une |des |le |la )?(?<o>velos?|ordis?( portables?)?|ordinateurs?( portables?)?|pc|lave-linges?|machines? a laver|lave-vaisselles?|seche-linges?|electromenager|petits? appareils?|aspirateurs?|tondeuses?|frigos?|telephones?|voitures?|fuite|chaudiere|volets?|tele|vtt|scooters?|trottinettes?|motos?)\b", Options)]
    private static partial Regex S28();

    [GeneratedRegex(@"\b(pneus? (de velo |de vtt )?(creves?|a plat)|crevaisons?|(?<!\b(vends?|vds|vd|donne|jdonne|cede|offre) (un |une |des |mon |ma |mes |\d+ )?)(chambres? a air|derailleurs?)|freins? de velo|chaine (de velo|de vtt|a saute|a deraille|deraille|deraillee))\b", Options)]
    private static partial Regex S29();

    [GeneratedRegex(@"\b(deboucher|debouchage|bouchee?s?) (mes |mon |les |ma |l'|de )?(toilettes|wc|evier|lavabo|douche|canalisation)|\b(toilettes|wc|evier|lavabo|douche|baignoire|canalisation)s? (est |sont )?(bouchee?s?)", Options)]
    private static partial Regex S30();

    [GeneratedRegex(@"\b(fuites?|fuit|fuient|plomberie|robinet de radiateur|robinet|chasse d'eau|joint de|siphon)\b", Options)]
    private static partial Regex S31();

    [GeneratedRegex(@"\b(electricien|electricite|prises?|luminaires?|disjoncteur|tableau electrique)\b", Options)]
    private static partial Regex S32();

    [GeneratedRegex(@"\b(tapisser|papier peint|poser du papier)\b", Options)]
    private static partial Regex S33();

    [GeneratedRegex(@"\b(peintre|peindre|raccords? de peinture|travaux de peinture|repeindre)\b", Options)]
    private static partial Regex S34();

    [GeneratedRegex(@"\b(couturiere|couturier|ourlets?|retouches?)\b", Options)]
    private static partial Regex S35();

    [GeneratedRegex(@"\b(menuisier|menuiserie|ebeniste|travaux (de )?bois)\b", Options)]
    private static partial Regex S36();

    [GeneratedRegex(@"(?<!(outils?|materiel|livres?|magazines?|rayon|caisse|boite) de )\b(bricoleurs?|bricoleuses?|petits travaux|bricolage)\b(?! de jardin| au jardin)", Options)]
    private static partial Regex S37();

    [GeneratedRegex(@"\b(electromenager|lave-linge|machine a laver)\b.{0,30}(erreur|panne|marche plus|fuit|s'y connait)|(erreur|panne|marche plus|s'y connait).{0,40}(electromenager|lave-linge|machine a laver)", Options)]
    private static partial Regex S38();

    // "mon frigo ne refroidit plus", "le four est en panne", "la hotte ne s'allume pas": a household appliance that has stopped working.
    [GeneratedRegex(@"\b(?<o>frigo|refrigerateur|congelateur|lave-linge|machine a laver|lave-vaisselle|seche-linge|four|micro-ondes?|plaque de cuisson|plaque a induction|hotte|aspirateur|volet roulant)s? (ne |n')?(refroidit|chauffe|marche|fonctionne|s'allume|demarre|essore|vidange|tourne|ferme|s'ouvre|se ferme|monte|descend|aspire|est|s'est mise?|a) ?(plus|pas|en panne|lache|rendu l'ame|mise? en securite|fuit)\b|\b(?<o>frigo|refrigerateur|congelateur|lave-linge|machine a laver|lave-vaisselle|seche-linge|four|micro-ondes?|hotte|aspirateur|volet roulant)s? (fuit|est en panne|tombe en panne|est tombee? en panne|a lache|fait un bruit)\b|\b(?<o>stores? bannes?|stores?|volets? roulants?|volets?|portes? de garage|portails?|fenetres?|velux) ([a-z' -]{2,25} )?(?<b>est|sont|reste|restent) (coincee?s?|bloquee?s?)\b", Options)]
    private static partial Regex Broken();

    [GeneratedRegex(@"\b(tondre|tonte|tondu|tondra|tondrait|tondez|tonds|tonde(?!use)|tondent) ?(la |ma |votre |vos |les |ta )?(pelouse|gazon)?|\b(entretien|entretenir) (de |du |la |le |ma |mon )?(pelouse|gazon)\b", Options)]
    private static partial Regex S39();

    [GeneratedRegex(@"\b(taill(er|e|ez|ais|erai)|tailler|taille) (de |vos |mes |ma |la |les |notre |nos |une |des )?haies?|\bhaies?\b[^.!?]{0,60}\b(la|les) (tailler|couper|egaliser|rabattre)\b", Options)]
    private static partial Regex S40();

    [GeneratedRegex(@"\b(taill(er|e|ez)|taille) (de |d'|vos |mes |les |des )?(haies et (vos |les |des )?)?arbres( fruitiers)?|\barbres fruitiers\b|\btaille (des|de vos|de mes) fruitiers\b|\btaill(e|er|ez) (des|vos|mes|les) [a-z]+ et (des|vos|mes|les|de vos) fruitiers\b|\btaill(er|e|ez) (la |les |ma |mes |vos |sa |ses )?vignes?\b", Options)]
    private static partial Regex S41();

    // "je fais la taille des rosiers", "tailler vos rosiers".
    [GeneratedRegex(@"\b(taill(er|e|ez|erai)|taille) (de |d'|vos |mes |les |des |ses |nos |la )?rosiers?\b", Options)]
    private static partial Regex RosePruning();

    [GeneratedRegex(@"\barros(er|e|age|erai)\b( (mon|le|notre|votre|vos|ton|son|leur) potager\b)?|\b(garder|s'occuper de|m'occuper de) (vos|tes|mes|les|ses) plantes\b|\b(le|mon|notre|votre) potager\b[^.!?]{0,40}\barrosage\b", Options)]
    private static partial Regex S42();

    [GeneratedRegex(@"\b(desherb(er|age)|arracher les mauvaises herbes)\b", Options)]
    private static partial Regex S43();

    [GeneratedRegex(@"\b(deneig(er|e|es|ez|eons|erai|erais|erait|ement)|pelleter|pellete|(degager|enlever|deblayer|retirer) la neige|(deneigeu(r|se)|s'il neige|(la|de|cette|toute la|toute cette) neige)\b[^.!?]{0,60}\b(degage|degager|deblaye|deblayer|pelle)\b|\b(degage|degager|deblaye|deblayer)\b[^.!?]{0,40}\b(trottoirs?|allees?) [^.!?]{0,40}\bneige)\b", Options)]
    private static partial Regex S44();

    [GeneratedRegex(@"\b(remettre en etat|entretenir|entretien de) (un |mon |le |notre )?jardin|jardin laisse a l'abandon", Options)]
    private static partial Regex S45();

    [GeneratedRegex(@"\b(jardinier|paysagiste)\b.{0,80}\b(conseill|conseil|potager|amenagement)|\bavis (d'un |de |du )?(jardinier|paysagiste)\b|\bconseils? (pour|en|de) (jardinage|potager)", Options)]
    private static partial Regex S46();

    [GeneratedRegex(@"\b(imprimante|scanner)s?\b(?=.{0,80}\b(veut plus|se connecter|se connecte plus|aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler|capte plus|capte rien|ne capte)\b)|\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b.{0,60}\b(imprimante|scanner)s?\b", Options)]
    private static partial Regex S47();

    [GeneratedRegex(@"\b(box( internet)?|wifi|livebox|freebox|bbox|connexion internet)\b(?=.{0,80}\b(clignote|voyant|capte plus|capte rien|ne capte|remettre en (route|marche)|redemarrer|relancer|aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b)|\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b.{0,60}\b(box( internet)?|wifi|livebox|freebox|bbox|connexion internet)\b", Options)]
    private static partial Regex S48();

    [GeneratedRegex(@"\bse servir (de |d'|du |des )?(whatsapp|facebook|skype|zoom|internet|smartphone|tablette|portable|telephone|ordi)|\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|(?<t>apprendre|montrer|se servir|utiliser|initier|initiation)|depann\w*|s'y connai\w*|reparer|regler)\b.{0,60}\b(appli|application|whatsapp|smartphones?|tablettes?|mon tel|mon telephone|son telephone|son smartphone|son portable|mon portable|visios?)\b|\b(appli|application|whatsapp|smartphones?|tablettes?|mon tel|mon telephone|son telephone|son smartphone|son portable|mon portable)\b(?=.{0,60}\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b)|\b(configurer|parametrer|installer|regler|activer) (mon|ma|son|sa|votre|vos|le|la|un|une) (nouveau |nouvelle |vieux |vieille )?(telephone|portable|smartphone|tablette|iphone)\b", Options)]
    private static partial Regex S49();

    [GeneratedRegex(@"\b(informatique|informaticien|virus|pubs? qui s'ouvrent)\b|\b(ordis?|ordinateurs?|pc)\b(?=.{0,60}\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b)|\b(aide|aider|m'aider|installer|installation|configurer|parametrer|brancher|marche plus|fonctionne plus|ne marche pas|probleme|panne|bug|beugue?|plante|rame|reinitialiser|apprendre|montrer|se servir|utiliser|depann\w*|s'y connai\w*|reparer|regler)\b.{0,40}\b(ordis?|ordinateurs?|pc)\b|\b(ordis?|ordinateurs?|pc|ecran)\b[^.!?]{0,60}\b(n'affiche|affiche plus|s'allume plus|ne s'allume|demarre plus|ne demarre|ecran noir|ecran bleu|mise a jour)", Options)]
    private static partial Regex S50();

    [GeneratedRegex(@"\b(impots?|declaration d'impots|papiers administratifs|vos papiers|dossiers? (caf|retraite)|caf|administrati(f|ve|ves)|remplir (mes|ma|mon|vos|des|un|une|le|ce|cette|les) (dossiers?|declaration|formulaires?)|prefecture|titre de sejour|logement social|demarches administratives|dossiers? de (logement|retraite|demande))\b", Options)]
    private static partial Regex S51();

    // "une lettre en néerlandais…, je ne comprends rien": a letter in another language that the resident cannot read asks for its translation.
    [GeneratedRegex(@"\b(tradui?re?|traduis|traduction|traductrice|traducteur)\b(?<c>[^.!?]{0,40}\b(courrier|lettre)s?\b)?|\b(?<c>courrier|lettre|papier|document|formulaire)s? (officiel(le)?s? )?en (neerlandais|flamand|allemand|anglais|espagnol|italien|portugais|arabe)\b(?=[^.!?]{0,80}\b(lire|comprendre|comprends|comprend|expliquer|traduire)\b)", Options)]
    private static partial Regex S52();

    [GeneratedRegex(@"\b(?<r>(relis|relire|relit|relecture|corriger|corrige) (de |des |vos |mes |ton |votre |mon |ses |les |un )?)?(lettres? de motivation|cv)\b", Options)]
    private static partial Regex S53();

    [GeneratedRegex(@"\b(travaux de jardin(age)?|jardinage|entretien (du|de votre|de mon) jardin|aide au jardin)\b", Options)]
    private static partial Regex Gardening();

    [GeneratedRegex(@"\b((besoin d'aide|coup de main|besoin de bras|aide|aider|m'aider|nous aider|quelqu'un|qqn|qq1|une personne|personne|un voisin|une voisine|un electricien|une electricienne|un plombier|un bricoleur|une bricoleuse|un menuisier|un chauffagiste|un serrurier)([^.!?]{0,40}?)? (pour|pr|(?<!\b(machines?|fer|planche|table|pince|salle|brosse|pompe|robot|moulin|ciseaux|couteau|rouleau|scie|aiguille|fil) )a) |(quelqu'un|qqn|qq1|qui|vous|(un|une) (electricien|electricienne|plombier|bricoleur|bricoleuse|menuisier|chauffagiste|serrurier)( du coin| du quartier| de la rue)?) (pourrait|peut|saurait|voudrait|pourriez|sauriez) (m'|me |nous |vous )?)(aller |venir )?(?<v>(?!etre\b|aller\b|regarder\b|jeter\b|avoir\b|faire\b|aider\b|venir\b|dire\b|savoir\b|preter\b|donner\b|vendre\b|passer\b|emprunter\b|acheter\b|partager\b|troquer\b|echanger\b|louer\b|offrir\b|ceder\b|trouver\b|chercher\b|avoir\b|recuperer\b|rendre\b|contacter\b|appeler\b|voir\b|jeter\b|debarrasser\b|recommander\b|conseiller\b|indiquer\b|expliquer\b|renseigner\b|repondre\b)[a-z]+(er|ir|re))\b( (?<o>((un|une|des|le|la|les|mon|ma|mes|du|de la|l'|vos|votre|ses|son|sa) ?((?<n>\d{1,2}|deux|trois|quatre|cinq|six) )?|(?<n>\d{1,2}|deux|trois|quatre|cinq|six) )((vieux|vieille|petit|petite|grand|grande|gros|grosse|nouveau|nouvelle|beau|belle|vieilles|petites|grandes|grosses|nouvelles|beaux|belles) )?[a-z-]{3,}))?", Options)]
    private static partial Regex GenericHelp();

    // "qu'on l'emmène à ses courses", "me conduire faire mes courses": taking someone shopping is care, not an errand
    // ("je peux vous emmener faire vos courses, 3 places" is a ride offered).
    [GeneratedRegex(@"\b(emmene[rsz]?|accompagne[rsz]?|amene[rsz]?|conduire|conduis|conduit)\b( [a-z'-]+){0,3}? (a (ses|mes|leurs) |faire (ses|mes|leurs) |pour (ses|mes|leurs) )courses\b", Options)]
    private static partial Regex ShoppingEscort();

    // "emmener mon fils à l'école", "accompagner les enfants de l'immeuble à l'école": the school run in the morning.
    [GeneratedRegex(@"\b(emmene[rsz]?|accompagne[rsz]?|amene[rsz]?|conduire|conduis|deposer|depose)\b (mon|ma|mes|les|vos|nos|leurs|ses|son|sa|tes|ton|des) (fils|fille|filles|enfants?|petits?|petits-enfants|gamins?|loulous?)\b( [a-z'-]+){0,4}? (a l'ecole|au college|a la creche|a la maternelle|en classe)\b", Options)]
    private static partial Regex SchoolEscort();

    // "qqn pourrait passer la voir une heure ?" said of an old parent, "passer voir les personnes âgées seules": a visit.
    [GeneratedRegex(@"\b(mere|pere|grand-mere|grand-pere|mamie|papi|maman|papa|voisine? agee?|personnes? agees?|\d{2} ans)\b[^?!]{0,160}?\bpasser (la |le |lui )?voir\b|\bpasser voir (les |des |nos |vos )?(personnes? agees?|aines|seniors|anciens|personnes seules)\b|\bpasser voir (ma|mon|notre|sa|son|leur) (mere|pere|grand-mere|grand-pere|mamie|papi|maman|papa|voisine? agee?)\b", Options)]
    private static partial Regex Visit();

    // "je ramasse les feuilles chez les personnes âgées", "je n'arrive plus à ramasser les feuilles": a garden job.
    [GeneratedRegex(@"\b(ramasse[rsz]?|ramassons|ratisser|ratisse[sz]?|souffler) (les |des |vos |mes |ses |leurs |toutes les )?feuilles\b", Options)]
    private static partial Regex Leaves();

    // "m'aider à rentrer mon bois", "rentrer et ranger le bois des personnes âgées": firewood carried in and stacked.
    [GeneratedRegex(@"\b(rentrer|ranger|empiler|corder|rentre[rz]?) (et (ranger|empiler|corder) )?(mon |le |du |votre |vos |son |leur |notre |ce |tout le )?bois\b(?! (de|d') (palette|lit|chene massif))", Options)]
    private static partial Regex Firewood();

    // "fendre et empiler votre bois", "fendre 5 stères de bûches": splitting firewood.
    [GeneratedRegex(@"\b(fendre|fendage|refendre)( et (empiler|ranger|rentrer|corder))? (du |le |mon |votre |vos |mes |ses |son |leur |leurs |notre |ce |des |les |tout le )?((\d+|quelques|deux|trois|quatre|cinq|six|dix) steres (de |d'))?(bois|buches|rondins|billes|steres)\b", Options)]
    private static partial Regex Splitting();

    // "mes tuyaux ont gelé cette nuit", "canalisation gelée": a frozen pipe to see to.
    [GeneratedRegex(@"\b(tuyaux?|canalisations?|conduites? d'eau|compteur d'eau) (ont |a |sont |est )?(gele|geles|gelee|gelees|pete|petes|eclate|eclates)\b", Options)]
    private static partial Regex FrozenPipes();

    // "qqn pour m'apprendre la guitare", "m'aider en chimie", "j'apprends le ski de fond aux débutants": a lesson asked or given with a verb.
    [GeneratedRegex(@"\b((apprendre|enseigner|montrer|j'apprends|j'enseigne) (a jouer )?(de la |du |de l'|la |le |l'|les )|(aider|m'aider|l'aider|les aider|nous aider|aide) (en |pour (la |le |l'|les )?))(?<s>maths?|anglais|francais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole|guitare|piano|violon|chant|solfege|tricot|crochet|couture|dessin|aquarelle|physique-chimie|physique|chimie|svt|histoire|philo|latin|ukulele|flute|saxophone|accordeon|batterie|programmation|ski de fond|ski de rando|ski|natation|echecs|yoga|poterie|bridge)\b( et (le |la |l'|les |du |de la )?(?<s2>tricot|crochet|couture|dessin|solfege|piano|guitare|chant))?", Options)]
    private static partial Regex LessonsByVerb();

    [GeneratedRegex(@"^cours d('|e )(anglais|espagnol|allemand|italien|arabe|neerlandais|portugais|chinois|russe|japonais|occitan|breton|basque|corse|catalan|alsacien|creole|français|portugais|russe|chinois|japonais|turc|polonais)$", Options)]
    private static partial Regex Language();

    [GeneratedRegex(@"\b(personnes? agees?|agee|handicapee?|malade|mere|pere|grand-mere|grand-pere|mamie|papi|seniors|aines)\b", Options)]
    private static partial Regex Frail();

    // "repeindre le plafond du salon", "peindre vos volets": the surface painted names the job.
    [GeneratedRegex(@"\b(re)?peindre (le |la |les |vos |mes |une |un |ma |mon |nos |ses |des |l'|votre |notre )(?<o>volets?|plafonds?|murs?|chambres?|cuisine|salon|portails?|clotures?|facade|salle de bain|pieces?|boiseries|fenetres?|portes?|grilles?)\b", Options)]
    private static partial Regex PaintJob();

    private static string SurfaceTitle(string o) => Sing(o) switch
    {
        "cloture" => "clôture",
        "facade" => "façade",
        "piece" => "pièce",
        "fenetre" => "fenêtre",
        "boiserie" => "boiseries",
        var x => x,
    };

    // "installer ma nouvelle box", "brancher ma box": a box set up, not repaired.
    [GeneratedRegex(@"\b(installer|installation|brancher|configurer|parametrer)\b", Options)]
    private static partial Regex BoxSetUp();

    // "besoin soudure sur portail", "quelqu'un sait souder ?": welding.
    [GeneratedRegex(@"\b(souder|soudure|soudeur|soudeuse)\b(?<!\b(fer|poste|station|masque|lunettes) (a|de) [a-z]+)", Options)]
    private static partial Regex Welding();

    // "je peux en porter à une personne seule", "leur livrer": meals taken to someone.
    [GeneratedRegex(@"\b((en|les|leur|lui|vous) (porter|apporter|livrer|deposer)|portage)\b", Options)]
    private static partial Regex Bring();

    // "je joue de la guitare depuis 25 ans, je peux donner quelques cours": the instrument played is the lesson given.
    [GeneratedRegex(@"\bjou(e|es|ent|er) (de la |du |de l')(?<s>guitare|piano|batterie|violon|flute|saxophone|accordeon|ukulele|harpe|trompette|clarinette|violoncelle|basse)\b(?=[^?!]{0,100}\b(cours|lecons)\b)", Options)]
    private static partial Regex Player();

    /// <summary>
    /// The thing a generic job is done on, as a title names it: " des matelas" for "descendre 2 matelas", " mes pommiers" for
    /// "tailler mes 3 pommiers" (the count is no part of a title), and nothing for a measure ("rentrer 4 stères de bois").
    /// </summary>
    private static string HelpObject(Match g, string folded, string words)
    {
        var o = g.Groups["o"];
        var n = g.Groups["n"];
        if (CountsAMeasure(g, folded) && folded.AsSpan(o.Index + o.Length).StartsWith(" d"))
        {
            return string.Empty;
        }

        if (n.Success)
        {
            var at = n.Index - o.Index;
            words = at == 0 ? "des " + words[(n.Length + 1)..] : words[..at] + words[(at + n.Length + 1)..];
        }

        return " " + words;
    }

    /// <summary>"2 stères", "3 sacs": the count of a generic job's object is a measure of something else.</summary>
    private static bool CountsAMeasure(Match g, string folded) =>
        g.Groups["n"] is { Success: true } n && MeasureWord().IsMatch(folded, n.Index + n.Length + 1);

    [GeneratedRegex(@"\G(steres?|kilos?|kg|tonnes?|litres?|metres?|m3|m2|sacs?|brouettes?)\b", Options)]
    private static partial Regex MeasureWord();

    [GeneratedRegex(@"\G (de |d')(?<t>[a-z]{3,})\b", Options)]
    private static partial Regex MeasuredThing();

    // "monter une serre", "décrocher une hotte": things put together or taken down (montage), not carried up the stairs.
    private static bool IsAssembled(string o) =>
        o.EndsWith("serre", StringComparison.Ordinal) || o.EndsWith("armoire", StringComparison.Ordinal) || o.EndsWith("meuble", StringComparison.Ordinal) ||
        o.EndsWith("meubles", StringComparison.Ordinal) || o.EndsWith("hotte", StringComparison.Ordinal) || o.EndsWith("etagere", StringComparison.Ordinal) ||
        o.EndsWith("tente", StringComparison.Ordinal) || o.EndsWith("commode", StringComparison.Ordinal) || o.EndsWith("placard", StringComparison.Ordinal) ||
        o.EndsWith("abri", StringComparison.Ordinal) || o.EndsWith("trampoline", StringComparison.Ordinal) || o.EndsWith("cabane", StringComparison.Ordinal) ||
        o.EndsWith("pneus", StringComparison.Ordinal) || o.EndsWith("pneu", StringComparison.Ordinal) || o.EndsWith("chaines", StringComparison.Ordinal) ||
        o.EndsWith("balancoire", StringComparison.Ordinal) || o.EndsWith("store", StringComparison.Ordinal) || o.EndsWith("stores", StringComparison.Ordinal) ||
        o.EndsWith("poulailler", StringComparison.Ordinal) || o.EndsWith("clapier", StringComparison.Ordinal);

    [GeneratedRegex(@"\b(faire|refaire|changer) (vos|tes|les|ses|leurs|mes) (pansements?|piqures?|injections?)\b|\bsoins infirmiers\b", Options)]
    private static partial Regex Nursing();

    // "je peux vous dépanner", "le disjoncteur saute": an electrician called for a fault, not for work.
    [GeneratedRegex(@"\b(depann\w*|pannes?|saute|disjoncte|plus de courant|court-circuit)\b", Options)]
    private static partial Regex Breakdown();

    // "changer la roue de ma voiture", "changer un pneu": one car job, titled by the part.
    // "me passer un cric pour changer une roue" borrows the tool.
    [GeneratedRegex(@"\bchanger(?<!\b(cric|cle|cles|outils?|pompe)\b[^.!?]{0,15}changer) (un |une |la |le |les |mes |vos |ses |ma |mon |sa |son )?(?<o>roue|pneu|plaquettes|batterie|essuie-glace)s?\b", Options)]
    private static partial Regex CarJob();

    // "ma voiture ne démarre plus", "batterie à plat": a car to start again.
    [GeneratedRegex(@"\b(voiture|bagnole|auto)\b[^.!?]{0,25}\b(demarre plus|demarre pas|en panne|batterie a plat|a plus de batterie)\b|\bbatterie (de ma voiture |de la voiture )?a plat\b", Options)]
    private static partial Regex CarBreakdown();

    // "mes volets roulants sont bloqués", "un volet s'est décroché": a shutter to repair.
    [GeneratedRegex(@"\bvolets?( (?<r>roulants?))?\b[^.!?]{0,40}\b(bloquee?s?|coincee?s?|decrochee?s?|cassee?s?|(s'ouvre|s'ouvrent|se ferme|se ferment|remonte|remontent|descend|descendent) plus|refixer|debloquer)\b|\b(debloquer|refixer|reparer) (mon |mes |le |les |un |des |ce |ces )?volets?( (?<r>roulants?))?\b", Options)]
    private static partial Regex Shutter();

    // "la serrure tourne dans le vide", "ma clé est cassée dans la serrure": a lock to repair.
    [GeneratedRegex(@"\bserrure\b[^.!?]{0,30}\b(bloquee|coincee|tourne dans le vide|cassee|ferme plus|grippee|forcee)\b|\b(cle|clef)\b[^.!?]{0,20}\b(cassee|coincee|bloquee) dans (la|ma) serrure\b", Options)]
    private static partial Regex LockRepair();

    // "ma chaudière s'est mise en sécurité", "le chauffe-eau fait un bruit bizarre": heating or hot water to restart.
    [GeneratedRegex(@"\b(?<o>chaudiere|chauffe[- ]eau|ballon d'eau chaude|cumulus|poele a granules|poele a bois|poele a pellets)\b[^.!]{0,60}\b(panne|en securite|en erreur|erreur|bruit|plus d'eau chaude|fuit|marche plus|fonctionne plus|s'allume plus|chauffe plus|relancer|redemarrer|s'est arretee?)\b", Options)]
    private static partial Regex HeaterFault();

    // "des bras pour les vendanges": harvest help.
    [GeneratedRegex(@"\b(bras|aide|coup de main|monde|vendangeu(r|se)s?|benevoles|bonnes volontes)\b[^.!?]{0,30}\b(pour|aux) (les )?vendanges\b", Options)]
    private static partial Regex Harvest();

    // "je peux vous labourer ou retourner un potager": ploughing a plot.
    [GeneratedRegex(@"\b(labourer|labour|retourner|motoculter)\b[^.!?]{0,30}?\b(un |le |votre |vos |mon |ton |les |la |des )?(?<o>potager|jardin|terrain|parcelle)s?\b", Options)]
    private static partial Regex Plough();

    private static string CarPart(string o) => o switch
    {
        "plaquettes" => "plaquettes de frein",
        _ => o,
    };

    private static string HeaterTitle(string o) => o switch
    {
        "chaudiere" => "chaudière",
        "poele a granules" => "poêle à granulés",
        "poele a bois" => "poêle à bois",
        "poele a pellets" => "poêle à granulés",
        _ => o,
    };

    [GeneratedRegex(@"\bpotager\b", Options)]
    private static partial Regex Potager();

    [GeneratedRegex(@"\b(ramoner|ramonage|ramone)\b", Options)]
    private static partial Regex Sweep();

    // "récupérer mes photos sur mon vieux téléphone": saving files off a device is IT help, not a repair.
    [GeneratedRegex(@"\b(recuperer|recuperation|sauvegarder|sauvegarde|transferer|transfert|sauver|extraire) (de |des |mes |les |ses |vos |toutes mes |tous mes )?(photos|donnees|fichiers|contacts|documents|videos)\b", Options)]
    private static partial Regex DataRecovery();

    // "je peux évacuer vos déchets verts à la déchetterie": carrying waste away with a vehicle.
    [GeneratedRegex(@"\b(evacuer|emmener|amener|transporter|porter|apporter|deposer|debarrasser|enlever) (vos|mes|des|les|tes|leurs|ses|nos) (?<o>dechets verts|dechets|gravats|branchages|tailles de haies?|vieux meubles|dechets de jardin)\b", Options)]
    private static partial Regex Waste();

    // "je peux faire vos vidanges et plaquettes de frein": car servicing, not a car.
    [GeneratedRegex(@"\b((faire|fais|fait|une|la|les|vos|des|ma|sa|ta) vidanges?\b(?! plus)|plaquettes de freins?|disques de freins?|mecano|mecanique auto|entretien (de |d'une |de la |de ma |de votre |de sa )?voiture|changer (les |mes |vos |ses )?(plaquettes|roues|pneus|bougies|courroie|essuie-glaces))\b", Options)]
    private static partial Regex CarCare();

    // "créer une adresse mail", "ouvrir un compte Ameli": setting up an online account is IT help.
    [GeneratedRegex(@"\b(creer|configurer|parametrer|ouvrir) (une |mon |ma |un |son |sa |votre )?(adresse (e-?)?mail|boite mail|compte (gmail|mail|ameli|caf|impots|internet|en ligne|france travail))\b", Options)]
    private static partial Regex Accounts();

    /// <summary>
    /// "récupérer un colis au point relais" is fetching it; "je peux récupérer vos colis quand vous êtes au travail" is taking it in.
    /// </summary>
    private static string ParcelTitle(Match m)
    {
        if (m.Value.StartsWith("retir", StringComparison.Ordinal))
        {
            return "retrait de colis";
        }

        return (m.Value.StartsWith("recup", StringComparison.Ordinal) || m.Value.StartsWith("cherch", StringComparison.Ordinal)) && PickupPoint().IsMatch(m.Result("$'"))
            ? "récupération de colis"
            : "réception de colis";
    }

    [GeneratedRegex(@"^[^.!?]{0,40}\b(point relais|relais|poste|consigne|locker|bureau de tabac|tabac)\b", Options)]
    private static partial Regex PickupPoint();

    // "garder votre chat ou votre lapin", "vos poules, lapins et chats": another animal right after the first.
    [GeneratedRegex(@"\G ?(,|/| et| ou) ?(mon |ma |mes |vos |votre |les |nos |des |leurs? )?(chats?|chiens?|lapins?|poules?|tortues?|poissons?|oiseaux|perruches?|hamsters?|chevres?|moutons?|canards?|cochons? d'inde)\b", Options)]
    private static partial Regex AnimalList();

    /// <summary>A computer, a television or its decoder set up or repaired is computer help ("installer la télé et le décodeur").</summary>
    private static bool IsScreenOrComputer(string title) =>
        title.Contains("ordinateur", StringComparison.Ordinal) || title.Contains("informatique", StringComparison.Ordinal) ||
        title.EndsWith(" télé", StringComparison.Ordinal) || title.EndsWith(" tele", StringComparison.Ordinal) || title.Contains("décodeur", StringComparison.Ordinal) ||
        title.Contains("decodeur", StringComparison.Ordinal);

    /// <summary>Of two titles for one job, the one named first stays.</summary>
    private static void RemoveLater(List<ServiceHit> hits, string a, string b)
    {
        var i = hits.FindIndex(h => h.Title == a);
        var j = hits.FindIndex(h => h.Title == b);
        if (i >= 0 && j >= 0)
        {
            hits.RemoveAt(Math.Max(i, j));
        }
    }

    private static bool SameTitle(string a, string b) => a == b || a.TrimEnd('s') == b.TrimEnd('s');

    /// <summary>
    /// "porter un frigo au 3e" is carrying by hand, titled as asked ("aide pour porter un frigo"); "transporter un canapé"
    /// is a transport.
    /// </summary>
    private static string CarryTitle(Match m)
    {
        var verb = m.Groups["v"].Value;
        var o = ObjectTitle(m.Groups["o"].Value);
        if (verb == "bouger")
        {
            return "aide pour déplacer " + (m.Groups["d"].Value is "mes" or "des" or "les" ? "des " : "un ") + o;
        }

        if (verb is "porter" or "descendre" or "monter")
        {
            var article = m.Groups["d"].Value is "mes" or "des" or "les" ? "des" : o is "armoire" or "machine à laver" or "commode" ? "une" : "un";
            return "aide pour " + verb + " " + article + " " + o;
        }

        return (verb == "deplacer" ? "déplacement de " : "transport de ") + o;
    }

    // "abattre ou tailler vos arbres morts", "débiter deux sapins couchés", "élagueur": tree work, not hedge trimming.
    [GeneratedRegex(@"\belag(uer|ueur|ueuse|age)s?\b|\b(abattre|abattage|debiter|tronconner|couper) (un |une |des |les |mes |vos |nos |ces |le |la |l')?((vieux|gros|grand|grands|deux|trois|\d+) )?(arbres?|sapins?|troncs?|chenes?|peupliers?|bouleaux?)\b|\b(arbres?|sapins?|troncs?)\b[^.!?]{0,80}\b(les|le|la) (debiter|tronconner|abattre|couper)\b", Options)]
    private static partial Regex TreeWork();

    // "accrocher un lustre", "changer un luminaire": fitting a light.
    [GeneratedRegex(@"\b(accrocher|installer|poser|changer|fixer|monter|brancher) (un |une |mon |ma |le |la |des |mes |vos |ce |cette )?(nouveau |nouvelle |petit |petite |gros |grosse )?(?<o>lustres?|luminaires?|plafonniers?|appliques?|suspensions?)\b", Options)]
    private static partial Regex Lighting();

    private static string WasteTitle(string o) => o switch
    {
        "dechets verts" or "dechets de jardin" or "branchages" or "tailles de haie" or "tailles de haies" => "déchets verts",
        "vieux meubles" => "vieux meubles",
        "dechets" => "déchets",
        _ => o,
    };

    // "je peux prendre quelqu'un", "je vais à la gare demain en voiture": checked only when Ride found nothing.
    [GeneratedRegex(@"\bje peux (prendre|emmener|conduire|deposer) (quelqu'un|qqn|qq1|du monde|des gens|une personne|\d personnes?|deux personnes|trois personnes)\b|\bje vais (a|au|sur|vers) (la |l')?[a-z-]+[^.!?]{0,30} en voiture\b|\bje vais (a|au|sur|vers) [a-z-]+[^.!?]{0,30}\b(\d|une|deux|trois|quatre) places?\b", Options)]
    private static partial Regex Ride2();
}
