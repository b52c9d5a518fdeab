using System.Collections.Frozen;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Finds the objects of a message with the item lexicon, then builds listing titles the French way: containers take
/// their contents ("sac de terreau"), type-defining complements and adjectives are kept ("chaussure de randonnée",
/// "table pliante"), places, purposes and materials are not ("pour ma fille", "dans le garage", "en bois").
/// </summary>
internal static class ItemExtractor
{
    private static readonly FrozenSet<string> KeepAdjectives = new[]
    {
        "electrique", "thermique", "pliant", "pliante", "enfant", "bebe", "femme", "homme", "fille", "garcon", "numerique", "maison",
        "occultant", "occultante", "neige", "pondeuse", "coffre", "canne", "trio", "double", "folk", "droit", "normande", "fruitier", "manuel",
        "mecanique", "basse", "haute", "portable", "gonflable", "superpose", "mezzanine", "parapluie", "metallique", "sec", "seche",
        "orbital", "orbitale", "sauteuse", "vapeur", "club", "graphique", "scientifique", "excentrique", "hydraulique", "artificiel", "artificielle",
        "argentique", "bluetooth", "jogging", "roulant", "roulante", "infantile", "laser", "midi", "technic", "chauffant", "chauffante", "nain",
        "naine", "reflex", "fixe", "sans-fil", "compact", "automatique", "pneumatique", "tactile", "evolutif", "evolutive", "fourre", "fourree", "longue",
        "multifonction", "plate", "creuse",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> QuantityHeads = new[]
    {
        "plein", "beaucoup", "bcp", "pleins", "masse", "trop", "peu", "lot", "stock", "tas", "collection", "paire", "kilo", "kg", "besoin", "envie", "pas", "plus",
        "moins", "quantite", "reste", "surplus", "don", "pret", "vente", "recherche", "manque", "troc", "echange", "dizaine", "douzaine", "demi-douzaine",
        "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "cagette", "carton", "bac", "caisse", "recolte", "production", "fournee", "restes",
        "sac", "pot", "paquet", "boite", "pile", "serie", "ensemble", "assortiment", "jeu", "set", "kit", "bouquet", "botte", "ballot", "panier", "bocal",
        "sachet", "carnet", "invendu", "invendus", "quelques", "tonne", "tonnes", "millier", "montagne", "multitude", "flopee", "ribambelle", "poignee", "foule", "tripotee", "bout", "morceau", "encore", "jamais", "assez", "autant", "tant", "guere", "cherche", "recherche", "donne", "vends", "vend", "prete", "offre",
        "x", "2", "3", "4", "5", "6", "7", "8", "9", "10", "stere", "litre", "metre", "m", "m2", "gramme", "g", "l", "cl", "rouleau", "plaque", "palette",
        "m3", "m³", "m²", "ml", "dl",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceWords = new[]
    {
        "dans", "sur", "sous", "chez", "devant", "derriere", "pres", "vers", "depuis", "par", "au", "aux", "en", "entre", "contre", "pour",
        "a", "sans", "apres", "avant", "comme",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Glue = new[]
    {
        ",", "+", "/", "et", "ou", "avec", "plus", "&", ";", "-", "ainsi", "que", "aussi", "pis", "•", "*", "·", "▪", "►", "–",
        "and", // "a kettle and a toaster"
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GapFillers = new[]
    {
        "un", "une", "des", "de", "du", "d", "le", "la", "les", "l", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
        "votre", "vos", "x", "my", "some", "petit", "petite", "petits", "petites", "gros", "grosse", "grand", "grande", "grands", "grandes", "bon", "bonne",
        "blanc", "blanche", "blancs", "blanches", "noir", "noire", "noirs", "noires", "gris", "grise", "grises", "bleu", "bleue", "bleus", "bleues",
        "rouge", "rouges", "vert", "verte", "verts", "vertes", "jaune", "jaunes", "rose", "roses", "beige", "beiges", "marron", "environ",
        "vieux", "vieille", "ancien", "ancienne", "beau", "belle", "jolie", "joli", "neuf", "neuve", "neufs", "neuves", "en", "bois", "verre",
        "inox", "plastique", "metal", "fer", "bon", "etat", "tres", "tout", "toute", "tous", "toutes", "aussi", "meme", "assorti", "assortis",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stop = new[]
    {
        "pour", "qui", "que", "qu", "car", "mais", "parce", "je", "j", "il", "elle", "on", "c", "ca", "est", "sont", "si", "merci", "svp",
        "a", "dans", "chez", "sur", "quand", "comme", "donc", "alors", "vous", "nous", "tu", "me", "m", "faut", "y", "beaucoup", "plein", "notamment", "dont", "surtout", "genre", "type", "style",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ComplementBlock = new[]
    {
        "qualite", "marque", "taille", "bonne", "tres", "couleur", "occasion", "valeur", "rien", "toute", "tout", "tous", "plus", "moins",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "la", "le", "les", "l",
        "un", "une", "des", "ce", "cette", "cet", "ces", "quoi", "qui", "que", "chaque", "fabrication", "l'annee", "annee", "marque",
        "mariage", "famille", "voisin", "voisins", "quartier", "residence", "immeuble", "maison", "chez", "cote", "facon", "tres", "bonne",
        "cuisine", "salon", "chambre", "salle", "jardin", "bureau", "ecole", "classe", "travail", "vacances", "noel", "rechange", "secours",
        "bain", "fille", "fils", "enfant", "enfants", "couleurs", "collection", "ikea", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "quelques", "plusieurs", "chez", "suite", "partout", "avance", "recup", "recuperation", "seconde", "main", "ici", "demain",
        "grand-mere", "grand-pere", "mamie", "mamy", "papi", "papy", "maman", "papa", "mere", "pere", "tante", "oncle",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<ItemHit> Find(string text, List<Token> tokens, bool swap, Func<int, bool> masked)
    {
        var hits = new List<ItemHit>(3);
        var depth = 0;
        var outside = new List<ItemHit>(3);
        var inside = new List<ItemHit>(1);
        var purposes = new List<ItemHit>(1);
        var context = new List<ItemHit>(1);
        var subjects = new List<ItemHit>(1);
        var places = new List<ItemHit>(1);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Norm == "(")
            {
                if (!(i + 1 < tokens.Count && tokens[i + 1].Norm is "avec" or "+" or "et"))
                {
                    depth++;
                }

                continue;
            }

            if (t.Norm == ")")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (masked(t.Start))
            {
                continue;
            }

            var e = ItemLexicon.Objects.Match(tokens, i);
            if (e is null)
            {
                if (depth == 0 && Ticket(text, tokens, i) is { } ticket)
                {
                    outside.Add(ticket);
                    continue;
                }

                if (depth == 0 && Elliptic(text, tokens, i, outside) is { } again)
                {
                    outside.Add(again);
                    i = again.End - 1;
                }

                continue;
            }

            var end = i + e.Surface.Length;

            // "ça traînait depuis des lustres", "bloqués depuis le gel": what follows "depuis" says since when, not what.
            if ((i > 0 && tokens[i - 1].Norm == "depuis") || (i > 1 && tokens[i - 2].Norm == "depuis" && tokens[i - 1].Norm is "des" or "le" or "la" or "les" or "l" or "un" or "une"))
            {
                i = end - 1;
                continue;
            }

            // "il a laissé son sac", "6 stères livrés en vrac", "bois livré avant le 15": a written accent the object's name does not
            // have marks a participle ("livrés" is no "livres").
            if (e.Surface.Length == 1 && IsParticiple(text, t, e.Title))
            {
                continue;
            }

            // "GSM 06…", "tel : 06…", "portable 06…": a label in front of contact details, not an object.
            var labelsContact = end < tokens.Count && (masked(tokens[end].Start) || (end + 1 < tokens.Count && tokens[end].Norm == ":" && masked(tokens[end + 1].Start)));
            if ((i > 0 && tokens[i - 1].Norm is "je" or "j" or "ca" or "cela" or "tu" or "il" or "on" or "nous" or "vous" or "lui" or "ils" or "elles" or "ne" or "n" or "se" or "s" or "me" or "te" or "ai" or "avons" or "avez" or "ont" or "suis" or "es" or "etes" or "sommes") || IsComplementOfOtherNoun(tokens, i) || e.Flag == 't' || IsFollowedByDigits(tokens, end) || labelsContact)
            {
                // "le bébé ne tient plus dans son transat, je le donne": the owner's thing a place names may be the one then given.
                if (depth == 0 && places.Count == 0 && i > 1 && tokens[i - 2].Norm is "dans" or "sur" or "sous" && tokens[i - 1].Norm is "son" or "sa" or "ses" or "mon" or "ma" or "mes" or "notre" or "nos" or "leur" or "leurs" &&
                    Build(text, tokens, i, end, e) is { } place)
                {
                    places.Add(place);
                    i = place.End - 1;
                    continue;
                }

                i = end - 1;
                continue;
            }

            // "near the station", "in the courtyard": the English article, not tea ("du the", "sachet de the" are).
            if (t.Norm == "the" && e.Surface.Length == 1 && text.AsSpan(t.Start, t.End - t.Start).Equals("the", StringComparison.OrdinalIgnoreCase) &&
                !(i > 0 && tokens[i - 1].Norm is "du" or "de" or "d" or "le" or "mon" or "ton" or "son" or "notre" or "votre" or "un" or "a" or "au" or "des" or "les" or "ce" or "en" or "vert" or "noir"))
            {
                continue;
            }

            // "canapé cuir marron", "un pull orange", "des bananes un peu mûres": a colour or a ripeness right after a word, not the fruit
            // ("des marrons", "1 kg d'oranges", "pommes et oranges" are).
            if (e.Surface.Length == 1 && t.Sing is "marron" or "orange" or "mure" && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsNumber && !IsDeterminer(tokens[i - 1].Norm) &&
                tokens[i - 1].Norm is not ("de" or "d" or "du" or "des" or "aux" or "en" or "et" or "ou" or "ni" or "avec" or "contre" or "aussi" or "donne" or "vends" or "cherche" or "recherche" or "jdonne" or "vds"))
            {
                continue;
            }

            var hit = Build(text, tokens, i, end, e);
            if (hit is { Head: "souris", Category: ListingCategory.Animals } && NearComputer(tokens))
            {
                hit = hit with { Category = ListingCategory.Multimedia, Flag = ' ' };
            }

            // "canapé, sans les coussins", "tout sauf le frigo : …": a thing explicitly left out is not listed.
            if (hit is not null && IsLeftOut(tokens, i))
            {
                i = hit.End - 1;
                continue;
            }

            if (hit is not null && outside.Count + inside.Count + purposes.Count + context.Count + subjects.Count > 0 && IsDescribedPart(tokens, hit))
            {
                i = hit.End - 1;
                continue;
            }

            if (hit is not null)
            {
                var list = depth > 0 ? inside : IsPurpose(tokens, i) ? purposes : IsMeans(tokens, i, hit) || (!swap && IsTreat(tokens, i, hit)) ? context : IsSubject(tokens, i, hit.End, hit) ? subjects : outside;
                list.Add(hit);
                i = hit.End - 1;

                // "des plants de tomates et de poivrons": the container or the plant is repeated for each contents.
                var of = hit.Title.IndexOf(" de ", StringComparison.Ordinal);
                var elided = hit.Title.IndexOf(" d'", StringComparison.Ordinal);
                of = elided > 0 && (of < 0 || elided < of) ? elided : of;
                if (of > 0 && i + 1 > hit.Start + 1 && tokens[hit.Start + 1].Norm is "de" or "d")
                {
                    var holder = hit.Title[..of];
                    while (SharedContents(text, tokens, hit.End, holder, e.Flag, hit) is { } more)
                    {
                        list.Add(more);
                        hit = more;
                        i = hit.End - 1;
                    }
                }
            }
        }

        // "ma voiture m'a lâché… je cherche un vélo": the owner's thing the story is about gives way to the object asked or
        // offered; without such an object it is the item ("mon chat a disparu").
        if (subjects.Count > 0 && !outside.Exists(h => Governed(tokens, h.Start)))
        {
            outside.AddRange(subjects);
            outside.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        // "Cherche frigo-congélateur…, on passe avec un utilitaire": an unknown word right after the listing verb names the
        // object better than a known one said as a purpose or a means.
        var source = outside.Count > 0 ? outside : inside;
        if (source.Count == 0 && Fallback(text, tokens, masked) is { } unknown)
        {
            source = [unknown];
        }

        if (source.Count == 0)
        {
            source = purposes.Count > 0 ? purposes : context.Count > 0 ? context : places.Count > 0 && ReferredBack(tokens) ? places : context;
        }

        // "des meubles de bureau (3 bureaux, 5 chaises…)": a general word followed by the list of what it is.
        if (outside.Count > 0 && inside.Count > 0 && outside[0].Head is "meuble" or "mobilier" or "affaire" or "truc" or "objet" or "equipement" && inside[0].Start > outside[0].Start && inside[0].Start - outside[0].End < 8)
        {
            source = inside;
        }

        // "ses outils de jardin : bêche, fourche, 2 râteaux", "le mobilier du salon : un canapé, une table basse": a general word and
        // the list after its colon, some of its things counted or given their article, are the things listed, which become the
        // items; a bare enumeration ("les outils de mon mari : bêche, râteau, sécateur") describes the general word, which stays the
        // title, as labellers did.
        if (!swap && source == outside && outside.Count > 1 && outside[0].Head is "meuble" or "mobilier" or "affaire" or "truc" or "objet" or "equipement" or "materiel" or "outil" or "chose" &&
            ColonRightAfter(tokens, outside[0].End, outside[1].Start) && outside.Exists(h => h.Start > outside[0].End && h.Start > 0 && (tokens[h.Start - 1].IsNumber || FrenchNumbers.IsNumberWord(tokens[h.Start - 1].Norm))))
        {
            source = outside.GetRange(1, outside.Count - 1);

            // "son matériel de pêche : 4 cannes": the general word says the family of a thing the lexicon leaves in "other".
            if (source[0].Category == ListingCategory.Other && outside[0].Category != ListingCategory.Other)
            {
                source[0] = source[0] with { Category = outside[0].Category };
            }
        }

        if (source.Count == 0)
        {
            return hits;
        }

        // "fini le poêle, mon dos dit merci. du coup je donne du bois de chauffage": a thing the story mentions with its article
        // gives way to the object a later sentence gives, sells, asks or lends.
        if (source.Count > 1 && source == outside && !Governed(tokens, source[0].Start) && source[0].Start > 0 &&
            (tokens[source[0].Start - 1].Norm is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "notre" or "nos" or "son" or "sa" or "ses" ||
             (source[0].Start > 1 && tokens[source[0].Start - 1].Norm is "de" or "d" && tokens[source[0].Start - 2].Norm is "plus" or "pas" or "jamais")) &&
            source.FindIndex(h => Governed(tokens, h.Start) && (SentenceBreakBetween(tokens, source[0].End, h.Start) || NewClauseBetween(tokens, source[0].End, h.Start))) is var g and > 0)
        {
            source = source.GetRange(g, source.Count - g);
        }

        // "j'ai fait trop de soupe, qui veut du velouté de potiron ?": the surplus told gives way to what is then offered (but "trop de
        // tomates, je les échange contre…" offers the surplus, and "je donne 4 bocaux" are jars of it).
        if (!swap && source.Count > 1 && source == outside && source[0].Start > 1 && tokens[source[0].Start - 1].Norm is "de" or "d" && tokens[source[0].Start - 2].Norm == "trop" &&
            !Governed(tokens, source[0].Start) && source.FindIndex(h => Governed(tokens, h.Start)) is var offered and > 0 &&
            !QuantityHeads.Contains(source[offered].Head))
        {
            source = source.GetRange(offered, source.Count - offered);
        }

        hits.Add(source[0]);

        // "on m'a volé mon vélo…, un VTC noir avec panier": the same bike named again, more precisely, in its description.
        if (source[0].Title == "vélo" && source.Count > 1 && source.Find(h => h.Head is "vtt" or "vtc" or "bmx" && !Glued(text, tokens, source[0].End, h.Start, swap)) is { } precise)
        {
            hits[0] = precise;
        }

        for (var k = 1; k < source.Count; k++)
        {
            var prev = hits[^1];
            var cur = source[k];
            if (!Glued(text, tokens, prev.End, cur.Start, swap))
            {
                continue;
            }

            // "plants de tomates…, 1,50€ le plant": the bare container or plant again is the same item.
            if (!hits.Exists(h => h.Title == cur.Title || (h.Title.StartsWith(cur.Title, StringComparison.Ordinal) && (h.Title.AsSpan(cur.Title.Length).StartsWith(" de ") || h.Title.AsSpan(cur.Title.Length).StartsWith(" d'")))))
            {
                hits.Add(cur);
            }
        }

        return hits;
    }

    private static readonly FrozenSet<string> FallbackCues = new[]
    {
        "donne", "jdonne", "donnons", "vends", "vend", "vds", "vd", "revends", "revend", "jvends", "cherche", "recherche", "perdu", "perdue", "perdus", "perdues", "trouve",
        "trouvee", "trouves", "trouvees", "prete", "pret", "echange", "troque", "cede", "offre", "bazarde", "emprunter", "preter", "achete",
        "don", "dons", "vente", "ramasse", "ramassee", "egare", "egaree", "donner", "vendre", "propose", "recupere", "brade", "liquide",
        "veut", "voudrait", "interesse",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "une éolienne de jardin", "un porte-savon pour la salle de bain": where an unknown object is used says its family.
    private static readonly FrozenDictionary<string, ListingCategory> UseFamilies = new Dictionary<string, ListingCategory>(StringComparer.Ordinal)
    {
        ["jardin"] = ListingCategory.GardenPlants, ["terrasse"] = ListingCategory.GardenPlants, ["balcon"] = ListingCategory.GardenPlants,
        ["potager"] = ListingCategory.GardenPlants, ["piscine"] = ListingCategory.GardenPlants,
        ["cuisine"] = ListingCategory.Household, ["bain"] = ListingCategory.Household, ["salon"] = ListingCategory.Household, ["maison"] = ListingCategory.Household,
        ["bebe"] = ListingCategory.Kids, ["enfant"] = ListingCategory.Kids, ["enfants"] = ListingCategory.Kids, ["naissance"] = ListingCategory.Kids,
        ["velo"] = ListingCategory.Transport, ["voiture"] = ListingCategory.Transport, ["moto"] = ListingCategory.Transport, ["scooter"] = ListingCategory.Transport,
        ["chien"] = ListingCategory.Animals, ["chat"] = ListingCategory.Animals, ["chiens"] = ListingCategory.Animals, ["chats"] = ListingCategory.Animals,
        ["lapin"] = ListingCategory.Animals, ["poules"] = ListingCategory.Animals, ["aquarium"] = ListingCategory.Animals,
        ["ski"] = ListingCategory.SportsLeisure, ["camping"] = ListingCategory.SportsLeisure, ["randonnee"] = ListingCategory.SportsLeisure,
        ["plage"] = ListingCategory.SportsLeisure, ["sport"] = ListingCategory.SportsLeisure, ["peche"] = ListingCategory.SportsLeisure,
        ["bricolage"] = ListingCategory.DiyTools, ["atelier"] = ListingCategory.DiyTools, ["menuiserie"] = ListingCategory.DiyTools,
        ["ordinateur"] = ListingCategory.Multimedia, ["ordi"] = ListingCategory.Multimedia, ["telephone"] = ListingCategory.Multimedia, ["tele"] = ListingCategory.Multimedia,
        ["bureau"] = ListingCategory.Furniture, ["chambre"] = ListingCategory.Furniture,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ListingCategory UnknownFamily(List<Token> tokens, int end)
    {
        // "de jardin", "pour la salle de bain", "à vélo": a complement naming a place or a use, within a few words.
        for (var k = end; k < tokens.Count && k < end + 5; k++)
        {
            var w = tokens[k].Norm;
            if (w is "." or "," or "!" or "?" or ":" or "\n" or "(")
            {
                break;
            }

            if (k > end && tokens[k - 1].Norm is "de" or "d" or "pour" or "a" or "la" or "le" or "l" or "mon" or "ma" or "votre" && UseFamilies.TryGetValue(w, out var family))
            {
                return family;
            }
        }

        return ListingCategory.Other;
    }

    private static readonly FrozenSet<string> FallbackSkip = new[]
    {
        "un", "une", "des", "du", "de", "d", "le", "la", "les", "l", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos",
        "votre", "vos", "leur", "leurs", "ce", "cette", "ces", "cet", "petit", "petite", "petits", "petites", "gros", "grosse", "grand", "grande",
        "grands", "grandes", "vieux", "vieille", "vieilles", "ancien", "ancienne", "anciens", "anciennes", "beau", "belle", "beaux", "bon",
        "bonne", "joli", "jolie", "superbe", "magnifique", "quelques", "plusieurs", "lot", "collection", "stock", "paire", "tas", ":", "-",
        "neuf", "neuve", "neufs", "neuves", "tres", "super", "vraie", "vrai", "x", "seul", "seule", "seuls", "seules", "urgent", "urgence", "activement", "desesperement",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ApproximateCounts = new[]
    {
        "dizaine", "douzaine", "demi-douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine", "millier",
        "montagne", "tonne", "quantite", "multitude", "flopee", "ribambelle", "poignee", "tripotee", "bonne",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FallbackStop = new[]
    {
        "a", "pour", "qui", "que", "qu", "est", "avec", "venir", "recuperer", "prendre", "chercher", "quelqu", "quelqu'un", "qqn", "qq1",
        "quelque", "chose", "truc", "trucs", "affaires", "tout", "rien", "juste", "vraiment", "encore", "aussi", "bien", "toujours", "deja",
        "plus", "moins", "svp", "merci", "personne", "quelqu'une", "je", "j", "il", "elle", "on", "nous", "vous", "ils", "elles", "c", "ca",
        "cela", "ici", "la", "en", "y", "si", "et", "ou", "mais", "dans", "sur", "chez", "par", "pas", "ne", "n", "me", "m", "te", "se", "s",
        "bonjour", "salut", "bonsoir", "coucou", "hello", "aide", "service", "services", "cours", "annonce", "message", "demande", "offre",
        "moi", "toi", "lui", "eux", "gens", "volontiers", "gratuitement", "gracieusement", "bientot", "maintenant", "aujourd'hui", "demain", "vite", "rapidement",
        "contre", "bons", "soins", "aux", "quoi", "celle", "celui", "ceux", "celles", "tous", "toutes", "partir", "suite", "voisin", "voisins", "voisine", "voisines", "etre", "avoir", "faire", "aller", "dire", "savoir",
        "pendant", "pdt", "durant", "depuis", "avant", "apres", "vers", "entre", "ds", "pr", "stp", "dsl", "tt", "tte", "tkt", "slt", "cc", "bjr", "bsr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the first clause ends on the author giving, selling or lending it: ", je le donne", "à vendre".</summary>
    private static bool OfferedAfter(List<Token> tokens)
    {
        for (var j = 2; j + 1 < tokens.Count && j < 16; j++)
        {
            if (tokens[j].Norm is "." or "!" or "?" or "\n")
            {
                return false;
            }

            if ((tokens[j].Norm is "a" && tokens[j + 1].Norm is "donner" or "vendre" or "preter" or "ceder") ||
                (tokens[j].Norm is "," && j + 3 < tokens.Count && tokens[j + 1].Norm is "je" && tokens[j + 2].Norm is "le" or "la" or "les" or "l" &&
                 tokens[j + 3].Norm is "donne" or "vends" or "prete" or "cede" or "offre" or "propose"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word the lexicon does not know, named right after a giving, selling, seeking or losing verb ("je donne une
    /// collection de timbres"): better a plain title than no listing.
    /// </summary>
    private static ItemHit? Fallback(string text, List<Token> tokens, Func<int, bool> masked)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Une douzaine de cupcakes à donner": a message opening on an approximate count names the thing right after it.
            // "Un pied de monstera, je le donne", "Une yaourtière à donner": a message opening on a thing it then gives, sells or lends.
            var opening = i == 0 && tokens.Count > 2 && ((tokens[0].Norm is "un" or "une" && ApproximateCounts.Contains(tokens[1].Sing)) ||
                                                          (tokens[0].Norm is "un" or "une" or "des" or "mon" or "ma" or "mes" && OfferedAfter(tokens)));
            if (!opening && !FallbackCues.Contains(tokens[i].Norm))
            {
                continue;
            }

            var k = opening ? i : i + 1;
            if (k < tokens.Count && tokens[k].Norm == "a" && k + 1 < tokens.Count && tokens[k + 1].Norm is "vendre" or "donner" or "preter")
            {
                k += 2;
            }

            // "je donne 1 ou 2 cageots de …", "un ou deux sacs": a range of counts before the thing.
            // "une dizaine de pots en terre", "une montagne de samoussas": an approximate count or a heap says how many, not what.
            while (k < tokens.Count && k <= i + 5 && (FallbackSkip.Contains(tokens[k].Norm) || IsCount(tokens[k]) || ApproximateCounts.Contains(tokens[k].Sing) ||
                   (tokens[k].Norm is "ou" or "a" or "-" or "et" && k > i + 1 && IsCount(tokens[k - 1]) && k + 1 < tokens.Count && IsCount(tokens[k + 1]))))
            {
                k++;
            }

            if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].IsNumber || masked(tokens[k].Start) || tokens[k].Norm.Length < 3 ||
                FallbackStop.Contains(tokens[k].Norm) || FallbackCues.Contains(tokens[k].Norm) || PlaceWords.Contains(tokens[k].Norm) || !char.IsLetter(tokens[k].Norm[0]) || (tokens[i].Norm is "veut" or "voudrait" or "interesse" && IsInfinitive(tokens[k].Norm)))
            {
                continue;
            }

            var title = Surface(text, tokens[k]);
            var end = k + 1;
            var family = UnknownFamily(tokens, end);

            // "une dizaine de cageots": a container counted with nothing said inside is the object itself, and an empty one no food.
            if (ItemLexicon.Objects.Match(tokens, k) is { Flag: 'c', Surface.Length: 1 } container)
            {
                var empty = container.Category == ListingCategory.Food && k > 1 && ApproximateCounts.Contains(tokens[k - 2].Sing);
                return new ItemHit(container.Title, empty ? ListingCategory.Household : container.Category, k, end, tokens[k].Sing, 'f');
            }

            // "frigo-congélateur", "lit-cabane": a compound whose first word is a known object is of its family.
            var dash = tokens[k].Sing.IndexOf('-', StringComparison.Ordinal);
            if (family == ListingCategory.Other && dash > 2 && ItemLexicon.Objects.CategoryOf(tokens[k].Sing[..dash]) is { } part)
            {
                family = part;
            }

            if (end + 1 < tokens.Count && tokens[end].Norm is "de" or "d" or "a" && tokens[end + 1].IsWord && !tokens[end + 1].IsNumber &&
                tokens[end + 1].Norm.Length > 2 && !ComplementBlock.Contains(tokens[end + 1].Norm) && !FallbackStop.Contains(tokens[end + 1].Norm) &&
                !(tokens[end].Norm == "a" && IsInfinitive(tokens[end + 1].Norm)))
            {
                // "un égouttoir à vaisselle", "une housse de guitare": a thing named for a known object belongs to its family (food to the kitchen).
                if (family == ListingCategory.Other && ItemLexicon.Objects.Match(tokens, end + 1) is { } served)
                {
                    family = served.Category == ListingCategory.Food ? ListingCategory.Household : served.Category;
                }

                title += (tokens[end].Norm == "d" ? " d'" : tokens[end].Norm == "a" ? " à " : " de ") + Surface(text, tokens[end + 1]);
                end += 2;
            }

            return new ItemHit(title, family, k, end, tokens[k].Sing, 'f');
        }

        return null;
    }

    /// <summary>
    /// "12 assiettes plates + 6 creuses", "10 assiettes à dessert et 10 plates": a count and an adjective of type right after a
    /// thing named with its type leave the noun unsaid; it is the same thing of the other type.
    /// </summary>
    private static ItemHit? Elliptic(string text, List<Token> tokens, int i, List<ItemHit> outside)
    {
        // "8 verres à eau et 6 à vin": the use said again with a written "à".
        var use = tokens[i].Norm == "a" && i + 1 < tokens.Count && IsUseNoun(text, tokens, i);
        if (outside.Count == 0 || !tokens[i].IsWord || (!use && !KeepAdjectives.Contains(tokens[i].Sing)))
        {
            return null;
        }

        var k = i - 1;
        if (k >= 0 && IsCount(tokens[k]))
        {
            k--;
        }

        var last = outside[^1];
        if (k < 1 || tokens[k].Norm is not ("+" or "et" or "," or "ou") || last.End != k)
        {
            return null;
        }

        // "assiettes plates", "assiettes à dessert": the noun of the first thing, typed by what follows it.
        var space = last.Title.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || last.End - last.Start < 2 || tokens[last.Start].Sing != last.Head || Fold(last.Title[..space]) != last.Head ||
            tokens[i].Sing is "enfant" or "bebe" or "homme" or "femme" or "fille" or "garcon" || (!use && Fold(last.Title).Contains(tokens[i].Sing, StringComparison.Ordinal)))
        {
            return null;
        }

        return use
            ? new ItemHit(last.Title[..space] + " à " + text[tokens[i + 1].Start..tokens[i + 1].End].ToLowerInvariant(), last.Category, i, i + 2, last.Head, last.Flag)
            : new ItemHit(last.Title[..space] + " " + Surface(text, tokens[i]), last.Category, i, i + 1, last.Head, last.Flag);
    }

    private static bool IsCount(Token t) => t.IsNumber || FrenchNumbers.IsNumberWord(t.Norm);

    /// <summary>"des plants de tomates et de poivrons": the same container or plant again, holding the next contents.</summary>
    private static ItemHit? SharedContents(string text, List<Token> tokens, int at, string holder, char flag, ItemHit first)
    {
        if (at + 2 >= tokens.Count || tokens[at].Norm is not ("et" or "ou" or ","))
        {
            return null;
        }

        if (ContentsAfter(text, tokens, at + 1, plants: true, flag == 'k' ? UnknownContents.None : UnknownContents.Strict) is not { } contents)
        {
            return null;
        }

        var category = flag != 'c' ? first.Category : contents.Flag == UnknownFlag ? ListingCategory.Other : contents.Category;
        return new ItemHit(Of(holder, contents.Title), category, contents.Start, contents.End, first.Head, flag);
    }

    /// <summary>How a word the lexicon does not know may still name what a container holds.</summary>
    private enum UnknownContents
    {
        /// <summary>Only a known object names the contents.</summary>
        None,

        /// <summary>Any plain word does, also after a container or a treat ("sac de pot").</summary>
        Loose,

        /// <summary>A plain word that is no verb and no filler does, and a container or a treat named there stops the search.</summary>
        Strict,
    }

    /// <summary>
    /// "deux places pour Casse-Noisette", "2 places pour OL–PSG": seats for a show or a match named by its own name (a
    /// capital after "pour") are tickets; a ride's seats ("2 places pour Lyon dans ma voiture") are not, nor places of a car.
    /// </summary>
    private static ItemHit? Ticket(string text, List<Token> tokens, int i)
    {
        if (tokens[i].Sing != "place" || tokens[i].Norm == tokens[i].Sing || i + 2 >= tokens.Count || tokens[i + 1].Norm is not ("pour" or "pr"))
        {
            return null;
        }

        var name = tokens[i + 2].Norm is "le" or "la" or "les" or "l" && i + 3 < tokens.Count ? i + 3 : i + 2;
        if (!tokens[name].Capitalized || tokens[name].IsNumber)
        {
            return null;
        }

        // Two teams ("OL–PSG", "Dijon - Auxerre") say a match; a show needs a word of the stage around it, for a town is
        // capitalised too ("2 places pour Annecy samedi" may be a ride).
        var teams = (name + 2 < tokens.Count && tokens[name + 1].Norm is "-" or "\u2013" or "\u2014" or "/" && tokens[name + 2].Capitalized) ||
                    (tokens[name].Norm.Length > 4 && tokens[name].Norm.AsSpan(1, tokens[name].Norm.Length - 2).IndexOfAny('-', '\u2013', '\u2014') >= 0 && IsUpper(text, tokens[name]));
        var stage = teams;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sing is "voiture" or "coffre" or "covoit" or "covoiturage" or "trajet" or "depart" or "passager" or "passagere" or "conducteur" or "vehicule" or "camion" or "camionnette" or "van" or "auto" or "essence" or "peage")
            {
                return null;
            }

            stage |= tokens[k].Sing is "spectacle" or "concert" or "match" or "theatre" or "opera" or "ballet" or "complet" or "festival" or "seance" or "representation" or "piece" or "stade" or "salle" or "gala" or "show" or "tournee" or "zenith" or "billetterie";
        }

        return stage ? new ItemHit(teams ? "place de match" : "place de spectacle", ListingCategory.BooksCulture, i, i + 1, "place", ' ') : null;

        // "OL–PSG" as one word, in capitals ("Casse-Noisette" is a show's name).
        static bool IsUpper(string text, Token t) => !text.AsSpan(t.Start, t.End - t.Start).ContainsAnyInRange('a', 'z');
    }

    /// <summary>The flag of a contents hit made of a word the lexicon does not know (lexicon entries never carry it).</summary>
    private const char UnknownFlag = 'f';

    /// <summary>
    /// "sac de vêtements bébé", "bouteille de cidre", "plants de tomates et de poivrons": a container, a vessel or a plant stands
    /// for its contents, the object named after the "de" at <paramref name="de"/>, built as an item of its own (another container
    /// or a treat is no contents, nor, for a vessel, a plant or a carton). Null when nothing there names contents.
    /// </summary>
    private static ItemHit? ContentsAfter(string text, List<Token> tokens, int de, bool plants, UnknownContents unknown)
    {
        if (de + 1 >= tokens.Count || tokens[de].Norm is not ("de" or "d") || !tokens[de + 1].IsWord)
        {
            return null;
        }

        var at = de + 1;

        // "2 boîtes de 6 œufs", "un sachet de 20 macarons": what each holds, counted, is still the contents, when the lexicon
        // names it in one word ("un sac de 10 kg" holds no thing; "un pack de 12 bouteilles de rosé" is read as the bottles).
        if (tokens[at].IsNumber)
        {
            if (at + 1 >= tokens.Count || !tokens[at + 1].IsWord || tokens[at + 1].IsNumber || ItemLexicon.Objects.Match(tokens, at + 1) is not { } counted ||
                counted.Flag is 'c' or 't' || (!plants && counted.Flag is 'k' or 'g'))
            {
                return null;
            }

            var held = Build(text, tokens, at + 1, at + 1 + counted.Surface.Length, counted);
            return held is null || held.Title.Contains(' ', StringComparison.Ordinal) ? null : held;
        }

        // "un sac de vieux vêtements", "une caisse de gros outils": an adjective before the noun held ("petites voitures" are toys).
        if (at + 1 < tokens.Count && PrenominalAdjectives.Contains(tokens[at].Norm) && !tokens[at + 1].Capitalized && ItemLexicon.Objects.Match(tokens, at + 1) is not null)
        {
            at++;
        }

        if (ItemLexicon.Objects.Match(tokens, at) is { } inner)
        {
            if (inner.Flag is not ('c' or 't') && (plants || inner.Flag is not ('k' or 'g')))
            {
                // Only a container without contents builds to nothing, and containers are refused above.
                return Build(text, tokens, at, at + inner.Surface.Length, inner);
            }

            if (unknown != UnknownContents.Loose)
            {
                return null;
            }
        }

        var word = tokens[at];
        if (unknown == UnknownContents.None || ComplementBlock.Contains(word.Norm) || word.Norm.Length < 3 || !char.IsLetter(word.Norm[0]) ||
            (unknown == UnknownContents.Strict && (FallbackStop.Contains(word.Norm) || IsInfinitive(word.Norm))))
        {
            return null;
        }

        return new ItemHit(Surface(text, word), ListingCategory.Other, at, at + 1, word.Sing, UnknownFlag);
    }

    private static readonly FrozenSet<string> PrenominalAdjectives = new[]
    {
        "vieux", "vieil", "vieille", "vieilles", "gros", "grosse", "grosses", "grand", "grande", "grands", "grandes",
        "beau", "bel", "belle", "beaux", "belles", "bon", "bonne", "bons", "bonnes", "joli", "jolie", "jolis", "jolies", "anciens", "anciennes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Parts = new[]
    {
        "ecran", "batterie", "dalle", "pneu", "coque", "vitre", "moteur", "roue", "frein", "selle", "chaine", "clavier", "bureau", "baignoire", "coussin", "tiroir",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StateWords = new[]
    {
        "fissure", "fissuree", "fendu", "fendue", "casse", "cassee", "raye", "rayee", "neuf", "neuve", "neufs", "neuves", "nickel", "sans", "ok",
        "impeccable", "intact", "intacte", "change", "changee", "changes", "changees", "remplace", "remplacee", "recent", "recente", "hs", "un",
        "refait", "refaite", "usee", "use", "uses", "usees", "integre", "integree", "integres", "integrees", "incorpore", "incorporee", "tient",
        "mort", "morte", "fatigue", "fatiguee", "faible", "tache", "tachee", "dechire", "dechiree", "abime", "abimee", "voilee", "creve", "crevee",
        "degonfle", "degonflee",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "iPhone…, écran fissuré, batterie 85%", "lit mezzanine avec bureau intégré": a part of the object already named, followed by its
    /// state, describes that object; it is not offered on its own.
    /// </summary>
    private static bool IsDescribedPart(List<Token> tokens, ItemHit hit)
    {
        if (hit.End >= tokens.Count)
        {
            return false;
        }

        var next = tokens[hit.End];
        if (next.Norm is "fourni" or "fournie" or "fournis" or "fournies" or "inclus" or "incluse" or "incluses")
        {
            // "chargeur fourni", "câble HDMI inclus": what comes with the object already named.
            return true;
        }

        // "commode, peinture écaillée", "montre, bracelet changé": any part said to be worn or replaced describes the object before it.
        if (next.Norm is "change" or "changee" or "changes" or "changees" or "remplace" or "remplacee" or "refait" or "refaite" or "ecaille" or "ecaillee" or
            "jauni" or "jaunie" or "effiloche" or "effilochee" or "raye" or "rayee")
        {
            return true;
        }

        if (!Parts.Contains(hit.Head))
        {
            return false;
        }

        // "bureau" or "clavier" are objects of their own unless said to be built in.
        if (hit.Head is "bureau" or "clavier" or "baignoire")
        {
            return next.Norm is "integre" or "integree" or "integres" or "integrees" or "incorpore" or "incorporee";
        }

        // "fauteuil, coussin un peu taché": a cushion or a drawer is described by its state ("coussin 40x40" is one of its own).
        if (hit.Head is "coussin" or "tiroir")
        {
            return StateWords.Contains(next.Norm);
        }

        // "batterie 85%", "batterie 500Wh", "écran 15 pouces": a measure of the part of the object already named.
        return next.IsNumber || (next.Norm.Length > 0 && char.IsDigit(next.Norm[0])) || StateWords.Contains(next.Norm);
    }

    private static bool IsParticiple(string text, Token t, string title)
    {
        var written = text.AsSpan(t.Start, t.End - t.Start);
        var accented = written.EndsWith("é", StringComparison.OrdinalIgnoreCase) || written.EndsWith("ée", StringComparison.OrdinalIgnoreCase) ||
                       written.EndsWith("és", StringComparison.OrdinalIgnoreCase) || written.EndsWith("ées", StringComparison.OrdinalIgnoreCase);
        if (!accented)
        {
            return false;
        }

        var space = title.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? title : title[..space];
        return !first.EndsWith('é') && !first.EndsWith("ée", StringComparison.Ordinal);
    }

    // "portable 06 39…", "tél 0639 98…": pairs of digits or a leading zero, as phone numbers are written; "iPad 2018 150€" or
    // "matelas 140 190" are a year, a size and a price.
    private static bool IsFollowedByDigits(List<Token> tokens, int end) =>
        end + 1 < tokens.Count && tokens[end].IsNumber && tokens[end + 1].IsNumber && tokens[end].Norm.Length >= 2 &&
        (tokens[end].Norm[0] == '0' || (tokens[end].Norm.Length == 2 && tokens[end + 1].Norm.Length == 2));

    private static bool IsComplementOfOtherNoun(List<Token> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var prev = tokens[i - 1].Norm;
        if (prev is "en")
        {
            return true;
        }

        // "au fond des placards", "au bout du jardin": a place inside something.
        if (prev is "de" or "d" or "du" or "des" && i >= 2 && tokens[i - 2].Norm is "fond" or "bout" or "coin" or "milieu" or "bord" or "haut" or "bas" or "pied" or "dessus" or "dessous" or "interieur")
        {
            return true;
        }

        // "pour ma fille", "dans le garage", "au parc", "dans un grand lit": a purpose or a place, not what is offered.
        var k = i - 1;
        while (k >= 0 && (tokens[k].Norm is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "un" or "une" or "son" or "sa" or "ses" or "vos" or "votre" or "nos" or "notre" or "leur" or "leurs" or "ce" or "cette" or "ces" ||
               (tokens[k].Norm is "grand" or "grande" or "petit" or "petite" or "gros" or "grosse" or "vieux" or "vieil" or "vieille" or "nouveau" or "nouvel" or "nouvelle")))
        {
            k--;
        }

        if (k >= 0 && tokens[k].Norm is "dans" or "sur" or "sous" or "chez" or "devant" or "derriere" or "pres" or "au" or "aux" or "depuis" or "contre" or "vers" or "sans")
        {
            // "ils ne jouent plus aux Playmobil": what one plays with, not a place; "je suis tombé sur une sacoche": what one came across.
            return tokens[k].Norm is not ("contre" or "sans") && !(tokens[k].Norm is "au" or "aux" && AfterPlayVerb(tokens, k)) &&
                   !(tokens[k].Norm is "sur" && k > 0 && k < i - 1 && tokens[k - 1].Norm is "tombe" or "tombee" or "tombes" or "tombees" && tokens[k + 1].Norm is "un" or "une" or "des");
        }

        // "une fontaine à chocolat": after "à", an object completes the noun in front of it ("giving away a stroller": English "a"
        // after an English word is an article).
        if (prev is "a" && i >= 2 && tokens[i - 2].Norm is not ("away" or "need" or "have" or "want" or "lend" or "sell" or "give" or "found" or "lost" or "looking" or "borrow" or "with" or "just" or "also" or "from" or "like" or "there") && tokens[i - 2].IsWord && !tokens[i - 2].IsNumber && tokens[i - 2].Norm.Length > 3 && !IsVerbLike(tokens[i - 2].Norm) &&
            !QuantityHeads.Contains(tokens[i - 2].Sing) && !Stop.Contains(tokens[i - 2].Norm) && !FallbackStop.Contains(tokens[i - 2].Norm))
        {
            return true;
        }

        // "suite à un dégât des eaux", "la fête des mères": after a noun with its own article, "des" is "de les", a complement
        // ("quelqu'un aurait des…" is a verb; "dans le congélateur des légumes" puts one object in another, which both may be).
        if (prev is "des" && i >= 3 && tokens[i - 3].Norm is "un" or "une" or "le" or "la" or "l" or "ce" or "cette" or "mon" or "ma" or "notre" or "votre" or "leur" &&
            !(i >= 4 && tokens[i - 4].Norm is "quelqu" or "quelqu'un" or "qu") && ItemLexicon.Objects.Match(tokens, i - 2) is null && tokens[i - 2].IsWord && !tokens[i - 2].IsNumber && !IsVerbLike(tokens[i - 2].Norm) && !QuantityHeads.Contains(tokens[i - 2].Sing) &&
            tokens[i - 2].Norm is not ("plupart" or "partie" or "totalite" or "moitie" or "majorite" or "reste" or "plus" or "moins" or "peu"))
        {
            return true;
        }

        if (prev is "de" or "d" or "du" && i >= 2)
        {
            var head = tokens[i - 2];
            if (!head.IsWord || head.IsNumber || QuantityHeads.Contains(head.Sing) || QuantityHeads.Contains(head.Norm) || FrenchNumbers.TryApproximate(head.Norm, out _))
            {
                return false;
            }

            // "une clé de voiture": the complement of another object is no item of its own.
            if (ItemLexicon.Objects.Match(tokens, i - 2) is not null || (i >= 3 && ItemLexicon.Objects.Match(tokens, i - 3) is { Surface.Length: 2 }))
            {
                return true;
            }

            // "du" is mostly the partitive article ("contre du miel", "je donne du pain").
            if (prev == "du")
            {
                return false;
            }

            // "besoin d'une perceuse", "a besoin d'un diable": need, not a complement.
            // "le club se débarrasse de gilets de sauvetage", "je me sépare de livres": what one parts with.
            return head.Norm is not ("besoin" or "debarrasse" or "debarrassons" or "separe" or "separons" or "pleins" or "plein" or "pleine" or "pleines" or "rempli" or "remplie" or "remplis" or "remplies" or "lots" or "preneur" or "preneuse" or "preneurs" or "preneuses" or "envie" or "interesse" or "interessee" or "interesses") && !IsVerbLike(head.Norm);
        }

        return false;
    }

    /// <summary>"je le donne", "on la vend", "je les cède": the thing offered is one named before.</summary>
    private static bool ReferredBack(List<Token> tokens)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Norm is "le" or "la" or "les" or "l" && tokens[k - 1].Norm is "je" or "j" or "on" or "nous" &&
                tokens[k + 1].Norm is "donne" or "donnons" or "vends" or "vend" or "vendons" or "prete" or "pretons" or "cede" or "offre" or "propose")
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterPlayVerb(List<Token> tokens, int at)
    {
        var b = at - 1;
        while (b >= 0 && tokens[b].Norm is "plus" or "pas" or "jamais" or "encore" or "souvent" or "beaucoup" or "bien" or "toujours" or "meme")
        {
            b--;
        }

        return b >= 0 && tokens[b].Norm is "jouer" or "joue" or "joues" or "jouent" or "jouait" or "jouaient" or "jouons" or "jouez" or "jouais";
    }

    private static readonly FrozenSet<string> ComputerWords = new[]
    {
        "clavier", "claviers", "ordinateur", "ordinateurs", "ordi", "ordis", "pc", "ecran", "ecrans", "informatique", "usb", "gamer", "gaming", "laptop",
        "bluetooth", "filaire", "optique", "logitech",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"clavier, souris, écran": next to a computer, a mouse is the computer's.</summary>
    private static bool NearComputer(List<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (ComputerWords.Contains(t.Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "pour mes confitures", "cage pour chat", "pour ceux qui font du compost": an object named as a purpose, kept only
    /// when nothing else is offered. "Cherche acheteur pour ma chaudière" names the object sold.
    /// </summary>
    private static bool IsPurpose(List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && tokens[k].Norm is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "un" or "une" or "son" or "sa" or "ses" or "vos" or "votre" or "nos" or "notre" or "leur" or "leurs" or "ce" or "cette" or "ces")
        {
            k--;
        }

        // "cageots en bois, idéal pour faire des étagères", "pour en fabriquer un composteur", "pour ranger ou faire des étagères": what
        // the thing could become.
        var made = k >= 0 && tokens[k].Norm is "des" or "du" or "de" or "d" ? k - 1 : k;
        if (made >= 1 && tokens[made].Norm is "faire" or "fabriquer" or "construire" or "bricoler" &&
            (tokens[made - 1].Norm is "pour" or "pr" || (made >= 2 && tokens[made - 1].Norm == "en" && tokens[made - 2].Norm is "pour" or "pr") ||
             (made >= 3 && tokens[made - 1].Norm is "ou" or "et" && tokens[made - 3].Norm is "pour" or "pr")))
        {
            return true;
        }

        if (k >= 0 && tokens[k].Norm is "pour" or "pr")
        {
            return !(k > 0 && tokens[k - 1].Sing is "acheteur" or "acheteuse" or "preneur" or "preneuse" or "repreneur" or "amateur" or "interesse" or "interessee");
        }

        // "pour lapins ou poules", "pour vos poules ou vos lapins": the second of two purposes joined the same way is a purpose too
        // ("une table pour le salon et des chaises" joins a thing to the table).
        if (k >= 2 && tokens[k].Norm is "ou" or "et")
        {
            var after = k + 1 < i ? tokens[k + 1].Norm : string.Empty;
            for (var b = k - 1; b >= 0 && b >= k - 4; b--)
            {
                if (!tokens[b].IsWord || tokens[b].IsNumber)
                {
                    return false;
                }

                if (tokens[b].Norm == "pour")
                {
                    var before = b + 1 < k - 1 && IsDeterminer(tokens[b + 1].Norm) ? tokens[b + 1].Norm : string.Empty;
                    return before == after && b > 0 && tokens[b - 1].Sing is not ("acheteur" or "acheteuse" or "preneur" or "preneuse" or "repreneur" or "amateur" or "interesse" or "interessee");
                }
            }
        }

        // "pour ceux qui font du compost :": the people addressed, then what they do.
        for (var b = i - 1; b >= 0 && b >= i - 8; b--)
        {
            var w = tokens[b].Norm;
            if (w is "." or "!" or "?" or ":" or "\n" or "," || FallbackCues.Contains(w))
            {
                return false;
            }

            if (w is "qui" && b >= 1 && tokens[b - 1].Norm is "ceux" or "celles" or "gens" or "personnes" or "celui" or "celle" or "voisins" or "amateurs")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeterminer(string w) =>
        w is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "un" or "une" or "son" or "sa" or "ses" or "vos" or "votre" or "nos" or "notre" or "leur" or "leurs" or "ce" or "cette" or "ces" or "des" or "du";

    /// <summary>"à donner contre un café", "contre une bière": a treat asked in thanks is a symbolic counterpart, not the object offered.</summary>
    private static bool IsTreat(List<Token> tokens, int i, ItemHit hit) =>
        hit.Category == ListingCategory.Food && i >= 2 && tokens[i - 1].Norm is "un" or "une" or "des" or "du" or "deux" or "quelques" && tokens[i - 2].Norm == "contre";

    /// <summary>"je passe avec ma remorque", "à venir chercher avec un utilitaire": how the author comes, not what is offered.</summary>
    private static bool IsMeans(List<Token> tokens, int i, ItemHit hit)
    {
        // "trouvé en allant chercher le pain", "en sortant la poubelle": what the author was doing when it happened.
        for (var b = i - 1; b >= 1 && b >= i - 5; b--)
        {
            var w = tokens[b].Norm;
            if (w is "." or "!" or "?" or ":" or "," or "\n")
            {
                break;
            }

            if (tokens[b - 1].Norm == "en" && w.Length > 4 && w.EndsWith("ant", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "je range le garage : perceuse, ponceuse…", "on vide la cave": the place being cleared, not what is offered.
        if (i >= 2 && tokens[i - 1].Norm is "le" or "la" or "l" or "mon" or "ma" or "notre" && hit.Head is "garage" or "grenier" or "cave" or "cabanon" or "abri" &&
            tokens[i - 2].Norm is "range" or "ranger" or "rangeons" or "vide" or "vider" or "vidons" or "nettoie" or "nettoyer" or "debarrasse" or "debarrasser" or "trie" or "trier")
        {
            return true;
        }

        if (i < 2 || tokens[i - 2].Norm != "avec")
        {
            return false;
        }

        var det = tokens[i - 1].Norm;
        return det is "ma" or "mon" or "mes" or "notre" or "nos" ||
               (det is "un" or "une" or "votre" or "vos" && hit.Head is "voiture" or "utilitaire" or "remorque" or "camion" or "camionnette" or "fourgon" or "break" or "diable" or "brouette");
    }

    /// <summary>"ma voiture m'a lâché", "mon vélo a été volé": the owner's object as the subject of what happened to it.</summary>
    private static bool IsSubject(List<Token> tokens, int i, int end, ItemHit hit)
    {
        if (i == 0)
        {
            return false;
        }

        // "Le chat de la voisine a eu des petits, qui veut un chaton ?": a thing named with its owner, then what happened to it.
        if (tokens[i - 1].Norm is "le" or "la" or "les" or "l" && end < tokens.Count && tokens[end].Norm is "de" or "du" or "des" or "d")
        {
            for (var k = end + 1; k < tokens.Count && k <= end + 5; k++)
            {
                var w = tokens[k].Norm;
                if (w is "." or "," or "!" or "?" or ":" or "\n")
                {
                    return false;
                }

                if (w is "a" or "ont" or "est" or "sont" or "vient" or "s")
                {
                    return k + 1 < tokens.Count && tokens[k + 1].Norm is "eu" or "fait" or "ete" or "casse" or "donne" or "laisse" or "perdu" or "mis" or "pris" or "lache" or "rendu" or "plus" or "besoin" or "mort" or "morte" or "parti" or "partie" or "tombe" or "tombee";
                }
            }

            return false;
        }

        // "…et un griffoir, le chat préfère le canapé": the household's animal doing something, not the animal offered.
        if (tokens[i - 1].Norm is "le" or "la" or "l" && hit.Category == ListingCategory.Animals && hit.Flag == 'a' && end < tokens.Count &&
            tokens[end].Norm is "prefere" or "ne" or "n" or "s" or "a" or "est" or "dort" or "adore" or "mange" or "aime" or "deteste" or "joue")
        {
            // "depuis que le chat est parti, je donne sa litière": the subject of a clause of time or cause too.
            return i > 1 && tokens[i - 2].Norm is "," or "." or "!" or "et" or "mais" or "car" or "donc" or "(" or "que" or "qu" or "quand" or "comme" or "puisque" or "lorsque";
        }

        if (tokens[i - 1].Norm is not ("mon" or "ma" or "mes" or "notre" or "nos"))
        {
            return false;
        }

        // "j'ai perdu mon alliance…, qq1 aurait un détecteur ?": what happened to the author's thing, before what is asked.
        if (i >= 2 && tokens[i - 2].Norm is "perdu" or "perdue" or "casse" or "cassee" or "abime" or "abimee" or "egare" or "egaree" or "oublie" or "oubliee" or "vole" or "volee" or "fini" or "termine")
        {
            return true;
        }

        if (end >= tokens.Count)
        {
            return false;
        }

        var next = tokens[end].Norm;
        if (next == "a")
        {
            // "a" is the verb ("mon vélo a été volé") or the preposition ("ma scie à qui en a besoin").
            var after = end + 1 < tokens.Count ? tokens[end + 1].Norm : string.Empty;
            return after is "besoin" || (after.Length > 2 && after is not ("qui" or "une" or "des" or "les" or "mes" or "ses" or "vos" or "nos" or "tout" or "tous" or "moi" or "toi" or "lui") &&
                   !after.EndsWith("re", StringComparison.Ordinal) && !after.EndsWith("er", StringComparison.Ordinal) && !after.EndsWith("ir", StringComparison.Ordinal) && after[^1] is 'e' or 'i' or 'u' or 's' or 't');
        }

        return next is "m" or "est" or "s" or "ne" or "n" or "vient" or "fait" or "sont" or "ont" or "etait" or "avait" or "me" or "nous" or "va" or "prend" or "tombe" or "marche" or "refuse" or "lache" or "rend";
    }

    private static readonly FrozenSet<string> GoverningWords = new[]
    {
        "cherche", "recherche", "rech", "cherchons", "recherchons", "donne", "jdonne", "donnons", "vends", "vend", "vds", "jvends", "prete", "pretes", "echange", "troque",
        "achete", "rachete", "achetes", "cede", "offre", "propose", "besoin", "preneur", "preneuse", "veut", "voudrais", "aimerais", "aurait", "auriez", "aurais",
        "donner", "vendre", "preter", "emprunter", "acheter", "trouver", "recuperer", "dispo", "disponible", "reste",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An object named right after a verb of giving, selling, seeking or lending ("je cherche un vélo de ville").</summary>
    private static bool Governed(List<Token> tokens, int start)
    {
        // "Donne 2 sacs de 10 kg de croquettes": a container and its measure may stand between the verb and the object.
        for (var k = start - 1; k >= 0 && k >= start - 8; k--)
        {
            var w = tokens[k].Norm;
            if (GoverningWords.Contains(w) || (w is "a" or "ont" && k > 0 && tokens[k - 1].Norm is "qui" or "qq1" or "qqn" or "quelqu'un"))
            {
                return true;
            }

            if (w is "." or "!" or "?" or "\n" or ":")
            {
                return false;
            }
        }

        return false;
    }

    // "égouttoir", "arrosoir", "séchoir" are nouns; only these "-oir" words are verbs.
    private static bool IsOirVerb(string w) => w is "voir" or "avoir" or "savoir" or "pouvoir" or "vouloir" or "devoir" or "recevoir" or "apercevoir" or "asseoir" or "revoir" or "prevoir" or "emouvoir" or "falloir" or "valoir" or "pleuvoir" or "concevoir" or "decevoir" or "percevoir";

    private static bool SentenceBreakBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is "." or "!" or "?" or "\n" or ":" or ";")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "je n'ai plus l'usage de sa voiture, je donne sa perceuse": a comma, then the author speaking again; not "la table est en
    /// bois, je donne aussi les chaises", which adds to the thing first named.
    /// </summary>
    private static bool NewClauseBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (tokens[k].Norm != ",")
            {
                continue;
            }

            var subject = tokens[k + 1].Norm is "je" or "j" or "on" or "nous" ? k + 1 :
                k + 2 < to && tokens[k + 1].Norm is "alors" or "donc" or "du" or "bref" && tokens[k + 2].Norm is "je" or "j" or "on" or "nous" or "coup" ? k + 2 : -1;
            if (subject < 0)
            {
                continue;
            }

            for (var m = subject; m < to; m++)
            {
                if (tokens[m].Norm is "aussi" or "egalement" or "meme" or "avec" or "," or "et")
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static bool IsVerbLike(string w) =>
        w.EndsWith("er", StringComparison.Ordinal) || (w.EndsWith("ir", StringComparison.Ordinal) && (!w.EndsWith("oir", StringComparison.Ordinal) || IsOirVerb(w))) || w is "donne" or "vends" or "vend" or "cherche" or "recherche" or "prete" or "offre" or "propose" or "manque" or "reste" or "ai" or "a" or "as" or "avons" or "avez";

    private static bool Glued(string text, List<Token> tokens, int from, int to, bool swap)
    {
        // "Donne :\ncanapé\ntable basse", "✅ micro-ondes ✅ grille-pain": a line break or a bullet emoji lists things like a comma.
        var glue = from > 0 && to >= from && to < tokens.Count && HasLineOrBullet(text.AsSpan(tokens[from - 1].End, tokens[to].Start - tokens[from - 1].End));
        if (PlusRightBefore(text, tokens, from, to))
        {
            return true;
        }

        var count = 0;
        var depth = 0;
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].Norm;
            if (w == "(")
            {
                depth++;
                continue;
            }

            // "1) une chaise 2) une table", "1. un lit 2. un matelas", "a) … b) …": a list marker between two things joins them.
            if (w is ")" or "." && depth == 0 && k > from && IsListMarker(tokens[k - 1]) && k + 1 < tokens.Count && !tokens[k + 1].IsNumber)
            {
                glue = true;
                continue;
            }

            if (w == ")")
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (w is "." or "!" or "?" or "\n" || (w == ":" && !swap))
            {
                return false;
            }

            // "un canapé, ainsi qu'une table basse".
            if (Glue.Contains(w) || (w == "qu" && k > from && tokens[k - 1].Norm == "ainsi") || (swap && w is "contre" or "cherche" or "recherche" or "veux" or "voudrais" or "aimerais" or "echange" or "ai" or "j" or "je" or "prendrais" or "bien" or "du" or "des" or "echangerais" or "volontiers" or ":"))
            {
                glue = true;
                continue;
            }

            // "une échelle de 4 m et un escabeau": a unit after its number, not the pronoun "m'".
            if (w is "m" or "l" && k > from && tokens[k - 1].IsNumber)
            {
                continue;
            }

            // "a kettle and a toaster": the English article after "and".
            if (w is "a" && k > from && tokens[k - 1].Norm is "and")
            {
                continue;
            }

            if (Stop.Contains(w) && !swap)
            {
                return false;
            }

            if (tokens[k].IsNumber || GapFillers.Contains(w))
            {
                continue;
            }

            count++;
            if (count > (swap ? 4 : 2))
            {
                return false;
            }
        }

        return glue;
    }

    /// <summary>
    /// "2 manettes qui driftent un peu + un casque", "doudounes homme T.L North Face + 1 écharpe": a "+" right before the next
    /// thing adds it to the first, whatever describes the first in between, as long as the sentence goes on.
    /// </summary>
    private static bool PlusRightBefore(string text, List<Token> tokens, int from, int to)
    {
        var k = to - 1;
        while (k >= from && (tokens[k].IsNumber || tokens[k].Norm is "un" or "une" or "des" or "de" or "du" or "d" or "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "son" or "sa" or "ses"))
        {
            k--;
        }

        if (k < from || tokens[k].Norm != "+" || k - from > 8)
        {
            return false;
        }

        for (var b = from; b < k; b++)
        {
            // "T.L", "P.42": a point between two letters abbreviates, it ends no sentence.
            var abbreviation = tokens[b].Norm == "." && b > 0 && b + 1 < tokens.Count && tokens[b - 1].End == tokens[b].Start && tokens[b + 1].Start == tokens[b].End;
            if ((tokens[b].Norm is "." or "!" or "?" or "\n" or ":" or ";" or "(" or ")" && !abbreviation) || text.AsSpan(tokens[b].End, tokens[b + 1].Start - tokens[b].End).Contains('\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a colon comes between <paramref name="from"/> and <paramref name="to"/>, a few describing words at most, the sentence going on.</summary>
    private static bool ColonRightAfter(List<Token> tokens, int from, int to)
    {
        if (to - from > 6)
        {
            return false;
        }

        var colon = false;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is "." or "!" or "?" or "\n" or ";")
            {
                return false;
            }

            colon |= tokens[k].Norm == ":";
        }

        return colon;
    }

    private static bool HasLineOrBullet(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c == '\n' || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLeftOut(List<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Norm is "le" or "la" or "les" or "l" or "mon" or "ma" or "mes" or "son" or "sa" or "ses" or "leur" or "leurs")
        {
            k--;
        }

        if (k >= 0 && tokens[k].Norm is "sans" or "sauf" or "hormis" or "excepte")
        {
            return true;
        }

        // "un vélo d'appartement, pas un vélo elliptique", "mais pas en verre": a thing set aside after the one wanted ("je n'ai pas de
        // voiture" denies a verb instead).
        k = i - 1;
        if (k >= 0 && tokens[k].Norm is "un" or "une" or "de" or "d" or "des" or "du" or "en")
        {
            k--;
        }

        return k >= 1 && tokens[k].Norm == "pas" && tokens[k - 1].Norm is "," or "mais" or "surtout" or "(" or "-";
    }

    private static bool IsListMarker(Token t) =>
        (t.IsNumber && t.Norm.Length <= 2 && t.Norm[0] != '0') || (t.IsWord && t.Norm.Length == 1 && t.Norm[0] is >= 'a' and <= 'h');

    private static ItemHit? Build(string text, List<Token> tokens, int start, int end, LexiconEntry e)
    {
        var title = e.Title;
        var category = e.Category;
        var head = e.Surface[0];

        // "un carton plein de livres", "un sac rempli de jouets": the container said full, then what it holds.
        var of = end + 1 < tokens.Count && tokens[end].Norm is "plein" or "pleine" or "pleins" or "pleines" or "rempli" or "remplie" or "remplis" or "remplies" ? end + 1 : end;
        if (e.Flag is 'c' or 'g' or 'k')
        {
            // "sac de vêtements bébé", "pot de miel", "plant de tomates": the container or the plant takes its contents.
            if (ContentsAfter(text, tokens, of, plants: true, e.Flag == 'k' ? UnknownContents.None : UnknownContents.Loose) is { } inside)
            {
                // "une caisse pleine de vieux outils": contents the lexicon already names with this container ("caisse à outils") keep that name.
                if (inside.Title.StartsWith(e.Title + " ", StringComparison.Ordinal))
                {
                    return new ItemHit(inside.Title, inside.Category, start, inside.End, head, e.Flag);
                }

                // "des cartons de bananes vides": a carton that once held fruit is an empty carton.
                if (e.Flag == 'k' && inside.End < tokens.Count && tokens[inside.End].Sing == "vide")
                {
                    return new ItemHit(title, category, start, inside.End + 1, head, e.Flag);
                }

                var contentsCategory = inside.Flag == UnknownFlag ? category : e.Flag == 'g' ? ListingCategory.GardenPlants : inside.Category;

                // "un sac d'outils": contents the lexicon titles by their own box ("caisse à outils") are named as written inside another holder.
                var held = inside.Title.StartsWith("caisse à ", StringComparison.Ordinal) || inside.Title.StartsWith("boîte à ", StringComparison.Ordinal)
                    ? Surface(text, tokens[inside.Start])
                    : inside.Title;
                return new ItemHit(Of(e.Flag == 'k' ? "carton" : e.Title, held), contentsCategory, start, inside.End, head, e.Flag);
            }

            // "des cartons pour mon déménagement": what the cartons are for names them.
            if (e.Flag == 'k' && end + 2 < tokens.Count && tokens[end].Norm == "pour" &&
                (tokens[end + 1].Norm == "demenagement" || (end + 3 < tokens.Count && tokens[end + 1].Norm is "mon" or "notre" or "un" or "le" or "votre" && tokens[end + 2].Norm == "demenagement")))
            {
                return new ItemHit("carton de déménagement", category, start, end, head, e.Flag);
            }

            // "des cagettes vides", "sacs vides": an empty container is the thing itself, kept for the household.
            if (e.Flag == 'c' && end < tokens.Count && tokens[end].Sing == "vide")
            {
                return new ItemHit(title, ListingCategory.Household, start, end + 1, head, e.Flag);
            }

            // A plant or a carton is an item on its own; a bag or a pot alone is not.
            return e.Flag is 'g' or 'k' ? new ItemHit(title, category, start, end, head, e.Flag) : null;
        }

        if (e.Flag == 'j')
        {
            // "un jeu de forets", "un jeu de draps": a set of a named thing, not a game ("forets" without its accent is the drill bit).
            if (end + 1 < tokens.Count && tokens[end].Norm is "de" or "d" && tokens[end + 1].IsWord && !tokens[end + 1].IsNumber)
            {
                var written = text[tokens[end + 1].Start..tokens[end + 1].End].ToLowerInvariant();
                var part = ItemLexicon.Objects.Match(tokens, end + 1);
                if (written is "foret" or "forets" || (part is { Flag: not 'j' } && part.Category is not (ListingCategory.Food or ListingCategory.Animals)))
                {
                    var category2 = written is "foret" or "forets" ? ListingCategory.DiyTools : part!.Category;
                    return new ItemHit("jeu " + (tokens[end].Norm == "d" ? "d'" : "de ") + written, category2, start, end + 2, head, e.Flag);
                }
            }

            // "3 jeux" next to a console are video games; otherwise board games.
            var video = false;
            foreach (var t in tokens)
            {
                if (t.Norm is "console" or "switch" or "ps4" or "ps5" or "ps3" or "playstation" or "wii" or "xbox" or "nintendo" or "video" or "videos" or "ds" or "gameboy")
                {
                    video = true;
                    break;
                }
            }

            return video ? new ItemHit("jeu vidéo", ListingCategory.Multimedia, start, end, head, e.Flag) : new ItemHit("jeu de société", ListingCategory.SportsLeisure, start, end, head, e.Flag);
        }

        // "3 bouteilles de cidre", "4 paquets de carrelage": a vessel named with its contents is titled by both.
        if (e.Surface.Length == 1 && Vessels.Contains(head) && ContentsAfter(text, tokens, of, plants: false, UnknownContents.None) is { } contents)
        {
            // "des boîtes d'œufs vides": the empty vessel is the object, not what it once held.
            var empty = contents.End < tokens.Count && tokens[contents.End].Sing == "vide";

            // "un bon paquet de magazines", "un sacré paquet de CD": the idiom says "a lot of", the contents are the item.
            if (head == "paquet" && start > 0 && tokens[start - 1].Norm is "bon" or "sacre" or "beau")
            {
                return new ItemHit(contents.Title, contents.Category, start, contents.End, contents.Head, contents.Flag);
            }

            if (contents.Title.StartsWith(e.Title + " ", StringComparison.Ordinal))
            {
                return new ItemHit(contents.Title, contents.Category, start, contents.End, head, contents.Flag);
            }

            return new ItemHit(Of(Surface(text, tokens[start]), contents.Title), empty ? category : contents.Category, start, contents.End, head, 'c');
        }

        // "portable Samsung", "GSM Xiaomi", "téléphone Samsung A52": a mobile of a smartphone maker, or a phone named by its model, is a
        // smartphone ("un téléphone Samsung" alone stays a phone).
        if (title is "téléphone" or "téléphone portable" && end < tokens.Count && tokens[end].Norm is "samsung" or "xiaomi" or "huawei" or "redmi" or "oppo" or "oneplus" or "pixel" or "honor" or "apple" or "android" &&
            (head != "telephone" || (end + 1 < tokens.Count && tokens[end + 1].Norm.AsSpan().IndexOfAnyInRange('0', '9') >= 0)))
        {
            return new ItemHit("smartphone", category, start, end + 1, head, e.Flag);
        }

        // Only a title equal to what was written may take complements ("iPhone 11" is already "smartphone").
        var plain = string.Equals(Tokens(e.Surface), Fold(title), StringComparison.Ordinal);
        if (plain)
        {
            var k = end;

            // "vélo fille 24 pouces", "un vélo de garçon": a girl's or a boy's bike is a child's bike.
            if (title == "vélo" && k < tokens.Count && (tokens[k].Sing is "fille" or "garcon" ||
                (k + 1 < tokens.Count && tokens[k].Norm is "de" or "pour" && tokens[k + 1].Sing is "fille" or "garcon")))
            {
                return new ItemHit("vélo enfant", ListingCategory.Kids, start, tokens[k].Sing is "fille" or "garcon" ? k + 1 : k + 2, head, e.Flag);
            }

            // "gant de ski noir enfant", "manteau rouge fille": a colour said before whom the thing is for.
            if (k + 1 < tokens.Count && Colours.Contains(tokens[k].Norm) && tokens[k + 1].Sing is "enfant" or "bebe" or "fille" or "garcon" &&
                category is ListingCategory.Clothing or ListingCategory.SportsLeisure or ListingCategory.Kids)
            {
                k++;
            }

            // Gender defines a garment ("manteau femme"), not a bike or a bed; after a longer name only a child or "artificiel" still does.
            while (k < tokens.Count && KeepAdjectives.Contains(tokens[k].Sing) && !Fold(title).Contains(tokens[k].Sing, StringComparison.Ordinal) &&
                   (e.Surface.Length == 1 || tokens[k].Sing is "enfant" or "bebe" or "artificiel" or "artificielle" || (tokens[k].Sing is "fille" or "garcon" && category is ListingCategory.Clothing or ListingCategory.SportsLeisure)) &&
                   (tokens[k].Sing is not ("homme" or "femme" or "fille" or "garcon") || head is "vetement" || category is ListingCategory.Clothing or ListingCategory.SportsLeisure))
            {
                title += " " + Surface(text, tokens[k]);

                // "robe fille", "manteau de ski garçon": a girl's or a boy's garment is sized for a child.
                if ((tokens[k].Sing is "enfant" or "bebe" && category is not (ListingCategory.Animals or ListingCategory.Food)) ||
                    (tokens[k].Sing is "fille" or "garcon" && category is ListingCategory.Clothing or ListingCategory.SportsLeisure))
                {
                    category = ListingCategory.Kids;
                }

                k++;
            }

            // "des gants d'enfant", "un bonnet de bébé", "des vêtements de fille": who the object is for defines its type.
            if (k + 1 < tokens.Count && tokens[k].Norm is "de" or "d" && (tokens[k + 1].Norm is "enfant" or "bebe" || (tokens[k + 1].Sing is "fille" or "garcon" && category == ListingCategory.Clothing)) &&
                !Fold(title).Contains(tokens[k + 1].Sing, StringComparison.Ordinal))
            {
                title += tokens[k + 1].Sing is "fille" or "garcon" ? " " + Surface(text, tokens[k + 1]) : (tokens[k].Norm == "d" ? " d'" : " de ") + Surface(text, tokens[k + 1]);
                if (category is not (ListingCategory.Animals or ListingCategory.Food))
                {
                    category = ListingCategory.Kids;
                }

                k += 2;
            }

            // "une boîte à œufs", "un râteau à feuilles", "des verres à vin": after a written "à", a bare noun says what the object is for.
            if (k == end && e.Surface.Length == 1 && k + 1 < tokens.Count && tokens[k].Norm == "a" && IsUseNoun(text, tokens, k))
            {
                title += " à " + text[tokens[k + 1].Start..tokens[k + 1].End].ToLowerInvariant();
                k += 2;
            }

            if (k == end && e.Surface.Length == 1 && k + 1 < tokens.Count && tokens[k].Norm is "de" or "d" && tokens[k + 1].IsWord && !tokens[k + 1].IsNumber)
            {
                var word = tokens[k + 1];
                var complement = ItemLexicon.Objects.Match(tokens, k + 1);
                var complementIsObject = complement is { Flag: not 'j' };

                // "confiture de fraises", "sirop de menthe": a food named after a dish or a drink is its flavour.
                var flavour = category == ListingCategory.Food && !QuantityHeads.Contains(head) && complement is { Category: ListingCategory.Food, Surface.Length: 1 };
                // "pantalon de travail", "chaussures de travail": work names a kind of clothing ("table de travail" is a place of work).
                var workwear = word.Norm == "travail" && category == ListingCategory.Clothing;
                // "pantalon de ski", "chaussures de running", "maillot de rugby": a garment named for a sport is that sport's gear.
                var sportswear = category == ListingCategory.Clothing && head is not "sac" && SportWords.Contains(word.Sing);
                if ((!ComplementBlock.Contains(word.Norm) || workwear) && word.Norm.Length > 2 && !char.IsDigit(word.Norm[0]) && (!complementIsObject || flavour || sportswear || IsTypeNoun(tokens, k + 1)))
                {
                    title += tokens[k].Norm == "d" ? " d'" + Surface(text, word) : " de " + Surface(text, word);
                    k += 2;
                    if (sportswear)
                    {
                        category = ListingCategory.SportsLeisure;

                        // "vêtements de ski enfant": still a child's.
                        if (k < tokens.Count && tokens[k].Sing is "enfant" or "bebe")
                        {
                            title += tokens[k].Sing == "bebe" ? " bébé" : " enfant";
                            category = ListingCategory.Kids;
                            k++;
                        }
                    }
                }
            }

            // "tarte aux pommes", "gâteau au chocolat": the same flavour after "au" or "aux".
            if (k == end && e.Surface.Length == 1 && category == ListingCategory.Food && k + 1 < tokens.Count && tokens[k].Norm is "au" or "aux" &&
                ItemLexicon.Objects.Match(tokens, k + 1) is { Category: ListingCategory.Food, Surface.Length: 1 })
            {
                title += " " + tokens[k].Norm + " " + text[tokens[k + 1].Start..tokens[k + 1].End].ToLowerInvariant();
                k += 2;
            }

            end = k;
        }
        else if (end < tokens.Count && tokens[end].Sing is "enfant" or "bebe" && !Fold(title).Contains(tokens[end].Sing, StringComparison.Ordinal))
        {
            // "tenue de judo enfant" is still a child's, whatever the title the lexicon gives it.
            title += tokens[end].Sing == "bebe" ? " bébé" : " enfant";
            if (category is not (ListingCategory.Animals or ListingCategory.Food))
            {
                category = ListingCategory.Kids;
            }

            end++;
        }

        // "une chaise en bois pour enfant", "un manteau en laine femme": what the thing is made of may come before whom it is for.
        var madeOf = MaterialAfter(tokens, end);
        if (madeOf > end && madeOf < tokens.Count && tokens[madeOf].Sing is "enfant" or "bebe" && category is not (ListingCategory.Animals or ListingCategory.Food) &&
            !Fold(title).Contains(tokens[madeOf].Sing, StringComparison.Ordinal))
        {
            title += tokens[madeOf].Sing == "bebe" ? " bébé" : " enfant";
            category = ListingCategory.Kids;
            end = madeOf + 1;
        }
        else if (madeOf > end && madeOf < tokens.Count && tokens[madeOf].Sing is "homme" or "femme" && category == ListingCategory.Clothing && plain &&
                 !Fold(title).Contains(tokens[madeOf].Sing, StringComparison.Ordinal))
        {
            title += " " + tokens[madeOf].Sing;
            end = madeOf + 1;
        }
        else if (madeOf > end && madeOf + 1 < tokens.Count && tokens[madeOf].Norm == "pour" && tokens[madeOf + 1].Sing is "enfant" or "bebe" or "homme" or "femme")
        {
            end = madeOf;
        }

        // "déguisements pour enfants", "vêtements chauds pour homme": who the object is for defines its type ("chaise haute pour bébé" is one already).
        if (end + 1 < tokens.Count && tokens[end].Norm == "pour" && tokens[end + 1].Sing is "enfant" or "bebe" or "homme" or "femme" or "fille" or "garcon" && !(category == ListingCategory.Kids && tokens[end + 1].Sing == "bebe") &&
            !Fold(title).Contains(tokens[end + 1].Sing, StringComparison.Ordinal))
        {
            title += " " + tokens[end + 1].Sing.Replace("bebe", "bébé", StringComparison.Ordinal).Replace("garcon", "garçon", StringComparison.Ordinal);
            // "un établi pour enfant", "une console pour enfant": anything said to be for a child is a child's (SCHEMA), but food and pet things.
            if (tokens[end + 1].Sing is "enfant" or "bebe" && category is not (ListingCategory.Animals or ListingCategory.Food or ListingCategory.BooksCulture))
            {
                category = ListingCategory.Kids;
            }

            end += 2;
        }

        // "ma chienne est partie, je donne ses croquettes": bare kibble is for the animal the message is about.
        if (e.Surface.Length == 1 && head == "croquette" && title == "croquettes pour chat" && AboutDogOnly(tokens))
        {
            title = "croquettes pour chien";
        }

        return new ItemHit(title, category, start, end, head, e.Flag);
    }

    private static bool AboutDogOnly(List<Token> tokens)
    {
        var dog = false;
        foreach (var t in tokens)
        {
            if (t.Sing is "chat" or "chatte" or "chaton" or "minou")
            {
                return false;
            }

            dog |= t.Sing is "chien" or "chienne" or "chiot" or "toutou";
        }

        return dog;
    }

    private static bool StartsWithVowel(string title) =>
        title.Length > 0 && ("aeiouyâàéèêîïôœ".Contains(char.ToLowerInvariant(title[0]), StringComparison.Ordinal) ||
                             (char.ToLowerInvariant(title[0]) == 'h' && !AspiratedH.Contains(title.Split(' ')[0])));

    // "de haricots", "de hamac": these words keep their "h" as a consonant, so "de" before them is not elided ("d'huile", "d'herbes" are).
    private static readonly FrozenSet<string> AspiratedH = new[]
    {
        "haricot", "hamac", "hache", "haie", "housse", "hotte", "hochet", "hamster", "hérisson", "homard", "hareng", "houx", "houblon", "hêtre",
        "harpe", "hublot", "hangar", "hockey", "haut-parleur", "haut", "hauteur", "hachoir", "halloween", "hamburger", "harnais", "hibou", "hutte",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"sac d'outils", "plant d'oignon", "graine de haricot": "de" joining a holder to what it holds, elided before a vowel.</summary>
    public static string Of(string holder, string contents) => holder + (StartsWithVowel(contents) ? " d'" : " de ") + contents;

    private static readonly FrozenSet<string> Materials = new[]
    {
        "bois", "pin", "chene", "hetre", "teck", "metal", "fer", "forge", "alu", "aluminium", "inox", "plastique", "resine", "osier", "rotin", "tissu",
        "cuir", "laine", "coton", "verre", "ceramique", "porcelaine", "bambou", "massif", "velours", "jean", "acier",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"en bois", "en fer forgé", "en bois blanc": the index after a material said right at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int MaterialAfter(List<Token> tokens, int at)
    {
        // "blouson cuir homme": the material may also be said bare.
        var bare = at + 1 < tokens.Count && Materials.Contains(tokens[at].Norm) && tokens[at].Norm is not ("jean" or "verre" or "pin");
        if (!bare && (at + 1 >= tokens.Count || tokens[at].Norm != "en" || !Materials.Contains(tokens[at + 1].Norm)))
        {
            return at;
        }

        var k = bare ? at + 1 : at + 2;
        while (k < tokens.Count && (Materials.Contains(tokens[k].Norm) || Colours.Contains(tokens[k].Norm)))
        {
            k++;
        }

        return k;
    }

    private static readonly FrozenSet<string> Colours = new[]
    {
        "blanc", "blanche", "blancs", "blanches", "noir", "noire", "noirs", "noires", "gris", "grise", "grises", "bleu", "bleue", "bleus", "bleues",
        "rouge", "rouges", "vert", "verte", "verts", "vertes", "jaune", "jaunes", "rose", "roses", "beige", "beiges", "marron", "violet", "violette",
        "orange", "kaki", "marine", "bordeaux",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SportWords = new[]
    {
        "ski", "snowboard", "surf", "running", "randonnee", "rando", "trail", "trek", "trekking", "foot", "football", "rugby", "basket", "handball",
        "volley", "sport", "tennis", "golf", "yoga", "danse", "judo", "karate", "boxe", "equitation", "cyclisme", "escalade", "natation", "plongee",
        "montagne", "marche", "athletisme", "gym", "fitness", "hockey", "patinage", "kitesurf", "voile",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Vessels = new[]
    {
        "bouteille", "paquet", "brique", "flacon", "barquette", "bidon", "seau", "cageot", "boite", "caisse", "bocal", "panier", "botte", "ballot", "corbeille", "palette",
        "rouleau",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotUses = new[]
    {
        "prix", "moitie", "peine", "neuf", "cote", "part", "domicile", "proximite", "partir", "bientot", "dispo", "disposition", "gauche", "droite",
        "plat", "jour", "volonte", "vie", "vue", "vous", "moi", "toi", "lui", "eux", "nous", "qui", "quoi", "tout", "tous", "chaque", "nouveau",
        "fond", "fin", "cause", "condition", "chacun", "personne", "emporter", "saisir", "debattre", "vendre", "donner", "prendre", "preter",
        "recuperer", "venir", "voir", "faire", "mettre", "ceux", "celles", "celui", "celle", "tous", "toutes", "plusieurs", "quelqu'un", "qqn",
        "noel", "paques", "midi", "minuit", "pied", "velo", "pointure", "taille", "usage", "vendredi", "samedi", "dimanche", "lundi", "mardi",
        "mercredi", "jeudi", "demain", "l'occasion", "occasion", "emprunter", "retirer", "enlever", "debarrasser", "changer", "reparer", "rafraichir",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"boîte à œufs": "à" written with its accent (not the verb "a"), then a bare common noun, not a verb, a place or a time.</summary>
    private static bool IsUseNoun(string text, List<Token> tokens, int at)
    {
        var a = tokens[at];
        var w = tokens[at + 1];
        if (!text.AsSpan(a.Start, a.End - a.Start).Equals("à", StringComparison.OrdinalIgnoreCase) || !w.IsWord || w.IsNumber || w.Capitalized || w.Norm.Length < 3 ||
            !char.IsLetter(w.Norm[0]) || NotUses.Contains(w.Norm) || ItemLexicon.Objects.Match(tokens, at + 1) is { Category: ListingCategory.Animals } || ComplementBlock.Contains(w.Norm) || Stop.Contains(w.Norm) || FallbackStop.Contains(w.Norm) ||
            IsInfinitive(w.Norm))
        {
            return false;
        }

        // A word written with a final "é" is a participle ("à moitié", "à côté" are listed above).
        var written = text.AsSpan(w.Start, w.End - w.Start);
        return !written.EndsWith("é", StringComparison.OrdinalIgnoreCase) && !written.EndsWith("és", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly FrozenSet<string> InfinitivesInRe = new[]
    {
        "vendre", "revendre", "prendre", "reprendre", "apprendre", "comprendre", "rendre", "attendre", "descendre", "entendre", "perdre", "pendre",
        "tendre", "mettre", "remettre", "permettre", "battre", "debattre", "faire", "refaire", "defaire", "dire", "lire", "ecrire", "boire", "croire",
        "suivre", "vivre", "coudre", "recoudre", "moudre", "peindre", "repeindre", "plaire", "cuire", "conduire", "construire", "produire", "traduire",
        "joindre", "eteindre", "connaitre", "paraitre", "rire", "suffire", "fondre", "repondre", "tondre", "mordre", "tordre", "extraire", "traire",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"à vendre", "à récupérer", "à saisir": an infinitive; "-ier" words are nouns ("à cassissier" is no verb, "panier" neither).</summary>
    private static bool IsInfinitive(string w) =>
        (w.EndsWith("er", StringComparison.Ordinal) && !w.EndsWith("ier", StringComparison.Ordinal)) || (w.EndsWith("ir", StringComparison.Ordinal) && w.Length > 4 && (!w.EndsWith("oir", StringComparison.Ordinal) || IsOirVerb(w))) || InfinitivesInRe.Contains(w) ||
        w is "plier" or "copier" or "trier" or "oublier";

    private static bool IsTypeNoun(List<Token> tokens, int i) => tokens[i].Sing is "toit" or "transport" or "couchage" or "voyage" or "securite";

    private static string Tokens(string[] surface) => string.Join(' ', surface);

    private static string Fold(string s)
    {
        var f = Text.TextNormalizer.Normalize(s).Replace('\'', ' ');
        var parts = f.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Tokenizer.Singular(parts[i]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The word as written, lower case, in the singular (accents kept).</summary>
    public static string Surface(string text, Token t)
    {
        var w = text[t.Start..t.End].ToLowerInvariant();
        if (t.Sing.Length < t.Norm.Length && t.Norm.Length == w.Length)
        {
            return t.Norm.EndsWith("aux", StringComparison.Ordinal) && t.Sing.EndsWith("al", StringComparison.Ordinal) ? w[..^3] + "al" : w[..t.Sing.Length];
        }

        return w;
    }
}
