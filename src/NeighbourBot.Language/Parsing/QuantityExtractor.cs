using System.Collections.Frozen;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// The number of units of the first item, when the message states it ("2 chaises", "x4", "une dizaine", "il en
/// reste 6", "2 ou 3" → 3); sizes, weights, durations and numbers about other things are not quantities.
/// </summary>
internal static class QuantityExtractor
{
    private static readonly FrozenSet<string> Skippable = new[]
    {
        "gros", "grosse", "grosses", "petit", "petite", "petits", "petites", "grand", "grande", "grands", "grandes", "jeune", "jeunes", "belle",
        "belles", "beaux", "vieux", "vieille", "vieilles", "ancien", "anciens", "anciennes", "bon", "bons", "bonne", "bonnes", "super", "de",
        "d", "lot", "lots", "paire", "paires", "magnifiques", "jolies", "jolis", "neuf", "neufs", "neuves", "tres", "enormes", "vrais", "vraies",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The few French adjectives that stand before the noun (beauty, age, goodness, size, rank), in the singular:
    // "3 adorables chatons", "2 autres chaises", "mes 3 derniers pots", "2 p'tites tables".
    private static readonly FrozenSet<string> BeforeNoun = new[]
    {
        "adorable", "mignon", "mignonne", "superbe", "magnifique", "joli", "jolie", "beau", "bel", "belle", "vieil", "nouveau", "nouvel", "nouvelle",
        "long", "longue", "haut", "haute", "autre", "dernier", "derniere", "premier", "premiere", "meme", "vrai", "vraie", "excellent", "excellente",
        "enorme", "immense", "minuscule", "sublime", "veritable", "chouette", "ptit", "ptite", "tit", "tite", "p", "mini", "hyper", "x", "vieux", "seul", "seule",

        // "we have 2 spare bikes", "our 2 old canoes": English puts its adjectives before the noun.
        "spare", "old", "secondhand", "second-hand", "used", "new", "big", "small", "little", "winter", "summer", "wooden", "extra", "vintage",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The units a set of things is counted in when named apart from it: "Astérix (35 albums)", "vêtements bébé, 30 pièces",
    // "carrelage gris, 14 carreaux".
    private static readonly FrozenSet<string> CollectionUnits = new[]
    {
        "piece", "unite", "exemplaire", "album", "tome", "volume", "livre", "bouquin", "numero", "carreau", "dalle", "pelote", "tige",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotCountable = new[]
    {
        "pouce", "place", "marche", "tiroir", "piece", "an", "mois", "kg", "g", "gr", "l", "litre", "cl", "ml", "cm", "m", "mm", "m2", "km",
        "stere", "fois", "personne", "trou", "enfant", "feu", "porte", "volume", "tome", "heure", "h", "jour", "semaine", "minute", "min",
        "etage", "metre", "kilo", "watt", "w", "v", "go", "to", "mo", "euro", "e", "€", "balle", "ans", "eme", "e", "er", "x", "couchage", "niveau", "bruleur", "tonne",
        "brouette", "brouettee", "remorque", "remorques", "benne",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static int? Find(List<Token> tokens, ItemHit first, bool carpool, bool sought = false)
    {
        if (carpool)
        {
            return Seats(tokens);
        }

        // "pot de peinture": the container that opens the title is counted too ("restes de peinture, 4 pots de 2,5 L").
        var space = first.Title.IndexOf(' ', StringComparison.Ordinal);
        var container = space > 0 && ContainerLookup.Contains(first.Title.AsSpan(0, space)) ? first.Title.AsSpan(0, space) : [];

        // The title's first word, when the item was named in other words ("desk chairs … 2 chaises de bureau"); folded only when
        // the title does not open on the head already (most do), since this runs on every parse.
        var firstWord = space > 0 ? first.Title.AsSpan(0, space) : first.Title.AsSpan();
        string? titleWord = null;
        if (!firstWord.SequenceEqual(first.Head))
        {
            titleWord = Tokenizer.Singular(Text.TextNormalizer.FoldSameLength(firstWord.ToString()));
            if (titleWord == first.Head || titleWord.Length < 3)
            {
                titleWord = null;
            }
        }

        // "du bois de palettes…, 4 ou 5 palettes": the thing the item is made of or holds (the title's last word after "de"), counted
        // later in its own name; folded only when a later word opens on its letter, since this runs on every parse.
        var of = first.Title.LastIndexOf(" de ", StringComparison.Ordinal);
        var ofStart = of > 0 && of + 4 < first.Title.Length && first.Title.IndexOf(' ', of + 4) < 0 ? of + 4 : -1;
        string? ofWord = null;

        // A number right before an occurrence of the first item's head: "2 chaises", "lot de 4 chaises", "6 plaques".
        for (var i = 0; i < tokens.Count; i++)
        {
            var ofLater = false;
            if (ofStart > 0 && i >= first.End && tokens[i].Sing.Length > 0 && tokens[i].Sing[0] == Text.TextNormalizer.Fold(first.Title[ofStart]))
            {
                ofWord ??= Tokenizer.Singular(Text.TextNormalizer.FoldSameLength(first.Title[ofStart..]));
                ofLater = tokens[i].Sing == ofWord && ApartFromItem(tokens, first.End, i);
            }

            // The first word of the item's match counts too, when its plural folds otherwise than the head ("5 jerricanes").
            // "Troc de confitures : j'ai 6 pots de rhubarbe": jars of a preserve named before, by their fruit (not "… en échange, 3 pots
            // de miel", nor "et aussi 20 pots vides").
            var jars = i > first.End && tokens[i].Sing is "pot" or "bocal" && first.Head is "confiture" or "gelee" or "compote" or "coulis" &&
                       (tokens[i - 1].IsNumber || FrenchNumbers.IsNumberWord(tokens[i - 1].Norm)) && i + 2 < tokens.Count && tokens[i + 1].Norm is "de" or "d" &&
                       tokens[i + 2].Sing is not ("miel" or "confiture" or "gelee" or "compote" or "coulis" or "pate" or "sirop" or "peinture") && !ExchangedBetween(tokens, first.End, i);
            if (tokens[i].Sing != first.Head && tokens[i].Norm != first.Head && i != first.Start && tokens[i].Sing != titleWord && !ofLater && !jars && !(container.Length > 0 && tokens[i].Sing.AsSpan().SequenceEqual(container) && i > 0 && tokens[i - 1].IsNumber) || OtherKind(tokens, first, i))
            {
                continue;
            }

            var k = i - 1;

            // "6 (six) chaises", "trois (3) tabourets": the number said again in brackets.
            if (k >= 3 && tokens[k].Norm == ")" && tokens[k - 2].Norm == "(" && (tokens[k - 1].IsNumber || FrenchNumbers.IsNumberWord(tokens[k - 1].Norm)))
            {
                k -= 3;
            }

            // "trois de mes chaises": a part of the author's things.
            while (k >= 0 && k >= i - 3 && (Skippable.Contains(tokens[k].Norm) || BeforeNoun.Contains(tokens[k].Sing) ||
                                             (k > 0 && tokens[k].Norm is "mes" or "nos" or "ses" or "tes" or "vos" or "leurs" or "ces" && tokens[k - 1].Norm is "de" or "d")))
            {
                k--;
            }

            // "Donne x3 tabourets": the glued "x3" of a list, before the thing.
            if (k >= 0 && GluedTimes(tokens[k].Norm, out var gluedCount) && gluedCount is > 0 and < 100)
            {
                return gluedCount;
            }

            // "vingt et un pots": the number ends with an "un" that is no article.
            if (k >= 2 && tokens[k].Norm is "un" or "une" && tokens[k - 1].Norm == "et" && FrenchNumbers.IsNumberWord(tokens[k - 2].Norm))
            {
                k -= 2;
            }

            // "trente cinq romans", "quatre vingt pots": a number said in several words without hyphens is read from its first word.
            while (k >= 1 && FrenchNumbers.Continues(tokens[k - 1].Norm, tokens[k].Norm))
            {
                k--;
            }

            // "nourriture pour 2 chats", "une table pour 8 personnes": what the thing serves, not a count of it ("cherche acheteur
            // pour 8 ruches" counts them).
            if (k > 0 && tokens[k - 1].Norm == "pour" && (tokens[k].IsNumber || FrenchNumbers.IsNumberWord(tokens[k].Norm)) &&
                !(k > 1 && tokens[k - 2].Sing is "acheteur" or "acheteuse" or "preneur" or "preneuse" or "amateur" or "amatrice" or "interesse" or "interessee" or "repreneur" or "quelqu" or "qqn" or "qq1" or "quelquun"))
            {
                continue;
            }

            // "un 2 roues", "mon 4x4", "un 45 tours", "lot n°3": a number after a singular determiner or a number sign names the thing;
            // "1/2 baguette" is a fraction of one ("2/3 chaises" is a range).
            var named = k > 0 && tokens[k].IsNumber && (tokens[k - 1].Norm is "un" or "une" or "mon" or "ma" or "ton" or "ta" or "son" or "sa" or "ce" or "cet" or "cette" or "°" or "n" or "no" or "numero" or "#" ||
                                  (tokens[k - 1].Norm == "/" && tokens[i].Norm == tokens[i].Sing));
            // "2 cartons de 6 bouteilles", "un pack de 12 bouteilles": what each container holds; the containers' own count is the count.
            if (k >= 2 && tokens[k].IsNumber && tokens[k - 1].Norm is "de" && (Containers.Contains(tokens[k - 2].Sing) || tokens[k - 2].Sing is "pack" or "palette" or "plateau" or "coffret" or "colis" or "jeu" or "set"))
            {
                var c = k - 3;
                while (c > 0 && Skippable.Contains(tokens[c].Norm) && tokens[c].Norm is not ("de" or "d"))
                {
                    c--;
                }

                if (c >= 0 && TryCount(tokens, c, out var containers) && containers < 100)
                {
                    return containers;
                }

                // "vends pack de 12 bouteilles de rosé": a container named bare, uncounted, before the things named; what it holds is
                // their count ("un pack de 6 bouteilles" is one pack, and its article is no count: null; "12€ la barquette de 4" prices
                // a container).
                // "palettes de 96 bûches, 75 € la palette. Il m'en reste 3": the remainder said later is the stock.
                if (tokens[i].Sing == first.Head && i >= first.Start && TryCount(tokens, k, out var held) && held is > 1 and < 100 &&
                    !(c >= 0 && (tokens[c].IsNumber || tokens[c].Norm is "un" or "une" or "la" or "le" or "l" or "par" or "chaque" or "each")) && !HasLaterRemainder(tokens, i))
                {
                    return held;
                }

                continue;
            }

            // "une luge ou deux", "un carton ou deux": the range said around the thing takes its upper bound, unless corrected after
            // ("un poussin ou deux… non, plutôt une dizaine").
            if (k >= 0 && tokens[k].Norm is "un" or "une" && i + 2 < tokens.Count && tokens[i + 1].Norm == "ou" && FrenchNumbers.IsNumberWord(tokens[i + 2].Norm) &&
                FrenchNumbers.TryRead(tokens, i + 2, allowArticle: false, out var orMore, out var orUsed) && orMore is > 1 and < 10 &&
                (i + 2 + orUsed >= tokens.Count || !tokens[i + 2 + orUsed].IsWord || tokens[i + 2 + orUsed].Norm is "pour" or "si" or "max" or "maximum" or "me" or "nous" or "ca" or "suffit" or "suffiront"))
            {
                return Revision(tokens, i + 2 + orUsed, first) ?? (int)orMore;
            }

            // "10 œufs par jour": a rate, not a count of what is offered.
            if (RateAfter(tokens, i))
            {
                continue;
            }

            // "mes clés (3 clés + un badge)", "trousseau de clés (3 clés + badge)": the make-up of what was just named, not a count of it.
            if (k >= 2 && tokens[k - 1].Norm == "(" && (tokens[k - 2].Sing == first.Head || tokens[k - 2].Sing == tokens[i].Sing) && i + 1 < tokens.Count && tokens[i + 1].Norm is "+" or "et" or "avec")
            {
                continue;
            }

            // "perdu mes clés…, 3 clés + 1 badge": what the bunch is made of, not a count of bunches.
            if (tokens[i].Sing == "cle" && i + 2 < tokens.Count && tokens[i + 1].Norm is "+" or "et" or "avec" &&
                (KeyExtra(tokens[i + 2]) || (i + 3 < tokens.Count && tokens[i + 2].Norm is "1" or "un" or "une" && KeyExtra(tokens[i + 3]))))
            {
                continue;
            }

            // "une de mes 2 boules": one of them, said with its article.
            if (k >= 3 && tokens[k - 1].Norm is "mes" or "nos" && tokens[k - 2].Norm is "de" or "d" && tokens[k - 3].Norm is "un" or "une")
            {
                continue;
            }

            if (PriceTier(tokens, i, k))
            {
                continue;
            }

            // "je ne conduis plus, une seule voiture suffit à la maison": the author's need, not the stock.
            if (!sought && Suffice(tokens, i + 1))
            {
                continue;
            }

            if (k >= 0 && !named && TryCount(tokens, k, out var n))
            {
                // "2 ou 3 poules": the upper bound; "2 chatons mâles et 1 femelle" are three.
                if (i + 3 < tokens.Count && tokens[i + 1].Sing is "male" or "femelle" && tokens[i + 2].Norm is "et" or "+" or "," && TryCount(tokens, i + 3, out var others, out var sex) &&
                    sex < tokens.Count && tokens[sex].Sing is "male" or "femelle" && tokens[sex].Sing != tokens[i + 1].Sing)
                {
                    return Revision(tokens, i + 1, first) ?? n + others;
                }

                return Revision(tokens, i + 1, first) ?? n + SameThingAgain(tokens, i);
            }

            if (ContainerBefore(tokens, i) is { } bags)
            {
                return bags;
            }

            // "manuels de psycho (5 livres)", "laine (7 pelotes)": a count in brackets after the item, in its units; "porte-vélo
            // (3 vélos)" and "clavier (61 touches)" give what the item holds. Pieces count things named in the plural ("pots (5 pièces)"),
            // not the parts of one ("puzzle (24 pièces)").
            for (var j = i + 1; j < tokens.Count && j <= i + 7 && tokens[j].Norm is not ("." or "!" or "?" or "," or ")"); j++)
            {
                // "luge (ou 2 si possible)": one, or more if there are.
                if (j == i + 1 && j + 2 < tokens.Count && tokens[j].Norm == "(" && tokens[j + 1].Norm == "ou" && TryCount(tokens, j + 2, out var orMoreIn) && orMoreIn is > 1 and < 10)
                {
                    return orMoreIn;
                }

                // "lapins (2 mâles, 1 femelle)": the sexes or sizes add up.
                if (tokens[j].Norm == "(" && Split(tokens, j + 1) is { } sizes)
                {
                    return sizes;
                }

                // "wassingues neuves (un paquet de 5)", "piles (une boîte de 12)": one pack, and how many of the item it holds.
                if (tokens[j].Norm == "(" && j + 5 < tokens.Count && tokens[j + 1].Norm is "un" or "une" or "1" && tokens[j + 2].Sing is "paquet" or "lot" or "pack" or "sachet" or "boite" or "sac" or "carton" or "etui" &&
                    tokens[j + 3].Norm is "de" && TryCount(tokens, j + 4, out var packed, out var shut) && shut < tokens.Count && tokens[shut].Norm == ")" && packed is > 1 and < 100)
                {
                    return packed;
                }

                // "livres Harry Potter (les 7 tomes)"; "un service à café (6 tasses et 6 sous-tasses)" says what one set is made of, and so
                // does a bracket after the one thing priced ("18 € le pâté (6 parts)").
                // "vieux vélos (même 3)", "cintres (environ 30)": a count said to be small or rough (a range in brackets, "(3 ou 4)", is
                // not read here).
                var c = j + 1 < tokens.Count && tokens[j + 1].Norm is "les" or "meme" or "environ" or "env" ? j + 2 : j + 1;

                if (tokens[j].Norm == "(" && c + 1 < tokens.Count && !(j == i + 1 && MakeUpOfOnePriced(tokens, j)) && !(i >= first.Start && i < first.End && PartsOfOne(tokens, first, j)) && !IsSetOfPieces(first.Head) && tokens[c].IsNumber && !AgesIn(tokens, c) && TryCount(tokens, c, out var bracketed) && (bracketed < 20 || (bracketed < 100 && CountedIn(tokens[i], tokens[c + 1]))) &&
                    tokens[c + 1].IsWord && !first.Head.Contains(tokens[c + 1].Sing, StringComparison.Ordinal) && !tokens[c + 1].IsNumber && (!IsUnit(first, tokens[c + 1].Sing) || (tokens[c + 1].Sing == "piece" && tokens[i].Norm != tokens[i].Sing)) && tokens[c + 1].Norm is not ("ou" or "a" or "-" or "environ" or "env") && tokens[c + 1].Sing is not ("entree" or "ticket" or "seance" or "vitesse" or "couleur" or "modele" or "roue" or "joueur" or "saison" or "pile" or "batterie" or "chargeur" or "accessoire" or "lame" or "foret" or "embout" or "etoile" or "face" or "taille" or "corde" or "tonne") &&
                    !(tokens[c + 1].Sing is "paire" && first.Title.StartsWith("porte-", StringComparison.Ordinal)) && !(tokens[i].Norm == tokens[i].Sing && MadeUpOf(tokens, c + 2)) && !RateAfter(tokens, c + 1))
                {
                    // "couches (2 paquets entamés + 1 plein)"; "porte-skis (6 paires)" holds them.
                    return bracketed + SameThingAgain(tokens, c + 1);
                }
            }

            // "des palettes en bois qui encombrent ma cour, 6 ou 7, à emporter", "cuves à vin, 200 litres chacune, 2 pièces": a count set
            // apart by commas later in the item's sentence.
            for (var g = Math.Max(i + 3, first.End + 3); g + 2 < tokens.Count && g <= i + 14 && tokens[g].Norm is not ("." or "!" or "?"); g++)
            {
                // "tétines 0-6 mois lot de 4": the lot named after the item's description.
                if (tokens[g].Norm == "lot" && tokens[g + 1].Norm == "de" && TryCount(tokens, g + 2, out var later, out var end) && later < 100 &&
                    (end >= tokens.Count || tokens[end].Norm is "," or "." or "!" or "?" or ")" or "€"))
                {
                    return later;
                }

                // "des pots avec couvercles, septante-cinq exactement": a count set apart and said to be exact is the count, in any size.
                if (tokens[g].Norm == "," && TryCount(tokens, g + 1, out var exact, out var past) && past < tokens.Count &&
                    (tokens[past].Norm is "exactement" or "pile" || (past + 1 < tokens.Count && tokens[past].Norm is "en" or "au" && tokens[past + 1].Norm is "tout" or "total")))
                {
                    return exact;
                }

                // "vêtements bébé 0-3 mois, 30 pièces": more pieces than other things when they are the clothes themselves.
                // "des pots en verre (confiture, bocaux), 30 à 40, pour…": a range set apart counts in any size (shoe and clothing sizes aside).
                if (tokens[g].Norm == "," && tokens[g + 1].IsNumber && TryCount(tokens, g + 1, out var apart) &&
                    (apart <= 20 || (apart < 100 && (CountedIn(tokens[i], tokens[g + 2]) ||
                                                     (tokens[g + 2].Norm is "a" or "ou" && g + 3 < tokens.Count && tokens[g + 3].IsNumber && first.Category is not (Core.Listings.ListingCategory.Clothing or Core.Listings.ListingCategory.Kids))))))
                {
                    var after = g + 2;
                    if (after + 1 < tokens.Count && tokens[after].Norm is "ou" or "a" or "-" && tokens[after + 1].IsNumber)
                    {
                        after += 2;
                    }

                    if (after < tokens.Count && (tokens[after].Sing is "piece" or "unite" or "exemplaire" || CountedIn(tokens[i], tokens[after])))
                    {
                        after++;
                    }

                    // "des citrouilles…, 4 ou 5 grosses si possible": a size said of them.
                    if (after + 1 < tokens.Count && tokens[after].Norm is "gros" or "grosses" or "grands" or "grandes" or "petits" or "petites" or "belles" or "beaux" &&
                        tokens[after + 1].Norm is "si" or "," or ".")
                    {
                        after++;
                    }

                    // "pneus neige 205/55 R16, 4 si possible"; "boutures racinées, 5 ou 6 prêtes à planter".
                    if (after >= tokens.Count || tokens[after].Norm is "," or "." or "!" or "?" or ")" or "entiers" or "entieres" or "max" or "maximum" or "minimum" or "environ" ||
                        AloneClosing(tokens, after) ||
                        ReadyFor(tokens, after) ||
                        (after + 1 < tokens.Count && tokens[after].Norm == "si" && tokens[after + 1].Norm is "possible" or "possibles"))
                    {
                        return apart;
                    }
                }
            }

            // "rideaux x4", "chaises (x 2)".
            for (var j = i + 1; j < Math.Min(tokens.Count, i < first.End ? Math.Max(i + 5, first.End + 3) : i + 5); j++)
            {
                var w = tokens[j].Norm;

                // "vélo, prix : 35", "table, prix doux : 20": what follows the word price is the price.
                // "table et chaises (3)": a count after the next thing named is that thing's.
                if (w is "prix" or "tarif" or "budget" || (w is "et" or "+" && j >= first.End && j + 1 < tokens.Count && tokens[j + 1].IsWord && !tokens[j + 1].IsNumber && ItemLexicon.Objects.Match(tokens, j + 1) is not null))
                {
                    break;
                }

                if (GluedTimes(w, out var x) && x is > 0 and < 1000)
                {
                    return x;
                }

                // "vélos enfant 2x", "matelas 2 x", "matelas *2": a multiplier after the thing, closing its clause.
                if (TimesAfter(tokens, j) is { } multiplied)
                {
                    return multiplied;
                }

                // "chaises en bois 4 pièces", "coussins 4pcs": pieces count things named in the plural ("puzzle 500 pièces" is its size).
                if (tokens[i].Norm != tokens[i].Sing && tokens[j - 1].Norm is not ("de" or "d" or "a" or "x" or "€") &&
                    (tokens[j].IsNumber && j + 1 < tokens.Count && (tokens[j + 1].Sing is "piece" or "unite" || tokens[j + 1].Norm is "pc" or "pcs") && int.TryParse(w, out x) ||
                     w.EndsWith("pcs", StringComparison.Ordinal) && int.TryParse(w.AsSpan(0, w.Length - 3), out x)) && x is > 0 and < 50)
                {
                    return x;
                }

                // "pneus hiver 205/55 R16 x4": a glued "x4" further in the sentence; past a comma only when it closes the
                // sentence ("bidons de 20 L pour l'eau de pluie, x5") or stands alone right after the only comma crossed (below).
                // "une armoire, des chaises paillées (x4)": a comma already crossed to another thing named puts the multiplier on it.
                if (j == i + 4)
                {
                    var crossed = false;
                    for (var c = i + 1; c < j; c++)
                    {
                        crossed |= tokens[c].Norm == "," && tokens[c + 1].Norm is "des" or "un" or "une" or "le" or "la" or "les" or "mon" or "ma" or "mes";
                    }

                    var beforeComma = crossed;
                    for (var g = j + 1; g < tokens.Count && g <= i + 14 && tokens[g].Norm is not ("." or "!" or "?"); g++)
                    {
                        // "pneus neige 195/65 R15 d'occasion, x4, budget…": a multiplier just after the first comma crossed, and no word
                        // after it, is a clause of its own (beforeComma: a comma was crossed before the one at g - 1).
                        var v = tokens[g].Norm;
                        var apart = tokens[g - 1].Norm == "," && !beforeComma && (g + 1 >= tokens.Count || !tokens[g + 1].IsWord);
                        beforeComma = crossed;
                        crossed |= v == ",";
                        if (GluedTimes(v, out var far) && far is > 0 and < 50 &&
                            (g <= i + 10 && !crossed || apart || (g + 1 >= tokens.Count || tokens[g + 1].Norm is "." or "!" or "?")))
                        {
                            return far;
                        }
                    }
                }

                // "coussins 2 x 8€": two at eight euros each.
                if (w == "x" && j + 2 < tokens.Count && tokens[j - 1].IsNumber && tokens[j + 1].IsNumber && tokens[j + 2].Norm is "€" or "e" or "eur" or "euros" or "euro" &&
                    int.TryParse(tokens[j - 1].Norm, out var times) && times is > 1 and < 20)
                {
                    return times;
                }

                // "140 x 190" is a size and "2 x 15€" a unit price, not a count.
                if (w == "x" && j + 1 < tokens.Count && tokens[j + 1].IsNumber && int.TryParse(tokens[j + 1].Norm, out x) && x is > 0 and < 1000 && !tokens[j - 1].IsNumber &&
                    !(j + 2 < tokens.Count && tokens[j + 2].Norm is "€" or "e" or "eur" or "euros" or "euro" or "cm" or "m" or "mm"))
                {
                    return x;
                }

                // "des poules pondeuses, 3 ou 4, pour…", "cages de transport, 2 si possible", "ampoules, 10 pièces".
                // "annales de PASS : 6 livres + les fiches": after a colon, only when the units name what is counted.
                if ((w == "," || (w == ":" && j + 2 < tokens.Count && CountedIn(tokens[i], tokens[j + 2]))) && (j <= i + 2 || (i < first.End && j <= first.End + 2)) && j + 1 < tokens.Count &&
                    TryCount(tokens, j + 1, out var listed, out var k2) && (listed < 50 || (listed < 100 && j + 2 < tokens.Count && tokens[j + 2].Norm is "a" or "-" or "ou")))
                {
                    // "rouleaux, 2 entiers + 1 entamé": the parts add up.
                    if (Split(tokens, j + 1) is { } parts)
                    {
                        return parts;
                    }

                    // "sandales de marche, 39, portées une saison": a shoe or clothing size set apart.
                    if (SizeList(tokens, k2) || (listed >= 16 && (first.Category is Core.Listings.ListingCategory.Clothing or Core.Listings.ListingCategory.Kids || Footwear(first.Head))))
                    {
                        continue;
                    }

                    if (k2 + 1 < tokens.Count && tokens[k2].Norm is "ou" or "a" or "-" && tokens[k2 + 1].IsWord)
                    {
                        k2 += 2;
                    }

                    // "Astérix, 35 albums", "ampoules, 10 pcs"; not "puzzle, 48 pièces".
                    if (k2 < tokens.Count && (CountedIn(tokens[i], tokens[k2]) || (tokens[k2].Norm is "pc" or "pcs" && tokens[i].Norm != tokens[i].Sing)))
                    {
                        k2++;
                    }

                    // "chaises, 4 exactement", "chaises, quatre en tout", "chaises, 4 ou 5 je sais plus".
                    // "doudoune, 1 seule, portée deux hivers" (the count read whole; not "1 seule sortie").
                    // "boutures racinées, 5 ou 6 prêtes à planter".
                    if (k2 >= tokens.Count || tokens[k2].Norm is "," or "." or "!" or "?" or ")" or "si" or "max" or "maximum" or "minimum" or "environ" or "entiers" or "entieres" or "exactement" or "pile" or "je" or "j" or "on" or "dispo" or "dispos" or "disponibles" || ReadyFor(tokens, k2) ||
                        (k2 + 1 < tokens.Count && tokens[k2].Norm is "en" or "au" && tokens[k2 + 1].Norm is "tout" or "total" or "moins"))
                    {
                        return listed;
                    }
                }

                // "des pots : 3 grands et 2 petits", "bocaux (4 moyens, 2 gros)", "coussins, 2 rouges et 2 gris": the parts add up.
                if (w is "(" or ":" or "," && Split(tokens, j + 1) is { } split)
                {
                    return split;
                }

                // "chaises (4)", "chaises : 4", "chaises : quatre", "chaises (2x)", "poules pondeuses (2 ou 3)", "cartons : 20 minimum".
                if (w is "(" or ":" && j + 1 < tokens.Count && TryCount(tokens, j + 1, out var inBrackets, out var shut) && inBrackets is > 0 and < 100 && !SizeList(tokens, shut) &&
                    (shut >= tokens.Count || tokens[shut].Norm is ")" or "," or "." or "!" or "x" or "min" or "minimum" or "max" or "maximum" or "environ" or "env"))
                {
                    return inBrackets;
                }

                if (w == "lot" && j + 2 < tokens.Count && tokens[j + 1].Norm is "de" && TryCount(tokens, j + 2, out var lot))
                {
                    return lot;
                }

                if (w is "." or "!" or "?")
                {
                    break;
                }
            }
        }

        // "une palette de parpaings (une trentaine)", "un sac de vêtements, une dizaine de pièces": what one container holds is not
        // a count of it, and its article is none (SCHEMA).
        if (first.Start > 0 && tokens[first.Start - 1].Norm is "un" or "une" && (container.Length > 0 || first.Flag == 'c' || first.Title.StartsWith("palette ", StringComparison.Ordinal)))
        {
            return null;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Norm;

            // "chatons à donner, 3 petits": the young of an animal; "2 mâles et 3 femelles" are five.
            // "la chatte et ses 4 chatons": the young of the animal offered are not its count.
            if (first.Category == Core.Listings.ListingCategory.Animals && (w is "petits" or "bebes" or "chatons" or "chiots" || tokens[i].Sing is "male" or "femelle") && i > 0 && TryCount(tokens, i - 1, out var young) &&
                !(i > 1 && tokens[i - 2].Norm is "ses" or "leurs" && first.End <= i - 2))
            {
                var at = i + 1 < tokens.Count && tokens[i + 1].Norm is "et" or "+" or "," ? i + 2 : i + 1;
                if (tokens[i].Sing is "male" or "femelle" && at + 1 < tokens.Count && tokens[at + 1].Sing is "male" or "femelle" && tokens[at + 1].Sing != tokens[i].Sing && TryCount(tokens, at, out var others))
                {
                    return young + others;
                }

                // "Trois petits nés cet été, il en reste un seul": what is left wins.
                return Revision(tokens, i + 1, first) ?? young;
            }

            // Tickets: "billets pour le spectacle, 2 places à 18€", "deux places pour le concert"; not the places asked in exchange
            // ("une paire de billets contre 2 places de ciné").
            if (first.Head is "billet" or "place" or "ticket" && tokens[i].Sing is "place" or "billet" or "ticket" && i > 0 && TryCount(tokens, i - 1, out var seats) && seats < 20 &&
                !tokens.Skip(first.End).Take(Math.Max(0, i - first.End)).Any(t => t.Norm is "contre"))
            {
                return seats;
            }

            // "raquettes à neige (2 paires)", "deux paires de gants": pairs are counted (SCHEMA), "une paire" is not.
            // "un manteau + 3 paires de bottes": pairs of a later item count for that item, not the first.
            // "porte-skis pour 4 paires", "il tient 4 paires", "porte-skis magnétique (6 paires)": what the thing holds, not a count of it.
            if (tokens[i].Sing == "paire" && i > 0 && TryCount(tokens, i - 1, out var pairs) && !(i > 1 && tokens[i - 2].Norm is "pour" or "tient" or "contient" or "porte" or "mettre" or "ranger") &&
                !first.Title.StartsWith("porte-", StringComparison.Ordinal) &&
                (i + 2 >= tokens.Count || tokens[i + 1].Norm is not ("de" or "d") || tokens[i + 2].Sing == first.Head || i + 2 <= first.Start))
            {
                return pairs;
            }

            // "12 € pièce, x5 disponibles".
            if (GluedTimes(tokens[i].Norm, out var gluedAvailable) && gluedAvailable is > 1 and < 100 && i + 1 < tokens.Count &&
                tokens[i + 1].Norm is "dispo" or "dispos" or "disponible" or "disponibles" or "restants" or "restantes")
            {
                return gluedAvailable;
            }

            // "12€ pièce, 4 dispo", "4 pièces disponibles": what is available is the count.
            var unit = i + 2 < tokens.Count && tokens[i + 1].Sing is "piece" or "unite" or "exemplaire" ? i + 2 : i + 1;
            if (tokens[i].IsNumber && unit < tokens.Count && tokens[unit].Norm is "dispo" or "dispos" or "disponible" or "disponibles" or "restants" or "restantes" or "restent" &&
                !(i > 0 && tokens[i - 1].Norm is "€" or "euros") && TryCount(tokens, i, out var available) && available < 100)
            {
                return available;
            }

            if (Remainder(tokens, i, first) is { } left)
            {
                return left;
            }

            // "salade du jardin, 5 pieds", "3 plants de tomates": produce and plants are counted by the plant.
            // "rhubarbe, 3 gros pieds à diviser": a size word between.
            var plantCount = i > 1 && Skippable.Contains(tokens[i - 1].Norm) && tokens[i - 1].Norm is not ("de" or "d" or "lot" or "lots" or "paire" or "paires") ? i - 2 : i - 1;
            if (first.Category is Core.Listings.ListingCategory.Food or Core.Listings.ListingCategory.GardenPlants && tokens[i].Sing is "pied" or "plant" && i > 0 && TryCount(tokens, plantCount, out var plants) && plants < 100)
            {
                return plants;
            }

            // "ma collection de BD (plus de 200)".
            if (w is "plus" && i > 0 && tokens[i - 1].Norm == "(" && i + 3 < tokens.Count && tokens[i + 1].Norm is "de" && TryCount(tokens, i + 2, out var over) && tokens[i + 3].Norm is ")")
            {
                return over;
            }

            // "un climatiseur mobile, bruyant. 1 seul, le 2e a été pris": one left, said apart after the thing.
            if (tokens[i].Norm is "1" or "un" or "une" && i > first.End && tokens[i - 1].Norm is "." or "!" or "," && i + 1 < tokens.Count && AloneClosing(tokens, i + 1) &&
                tokens[first.Start].Norm == tokens[first.Start].Sing)
            {
                return 1;
            }

            // "cintres (50 environ)".
            if (tokens[i].IsNumber && i > 0 && tokens[i - 1].Norm is "(" or ":" && i + 1 < tokens.Count && tokens[i + 1].Norm is "environ" or "env" && TryCount(tokens, i, out var roughly))
            {
                return roughly;
            }

            // "une dizaine de magazines", "j'en ai une quarantaine", "une trentaine environ" (but not "une dizaine de carreaux à couper").
            // "des dizaines de bocaux" is vague; "2 douzaines" is 24.
            // "pour la trentaine de gâteaux qu'on prépare" names them all; "3 € la douzaine", "à la douzaine" are units of sale.
            if (FrenchNumbers.TryApproximate(tokens[i].Sing, out var approx) && !(i > 0 && tokens[i - 1].Norm is "la" or "le" or "l" or "par" or "chaque" or "des" or "plusieurs" or "quelques" &&
                                                                                   !(tokens[i - 1].Norm is "la" && i + 1 < tokens.Count && tokens[i + 1].Norm is "de" or "d" && i >= 2 && tokens[i - 2].Norm is "pour" or "de" or "sur" or "avec" or "toute")))
            {
                // "2 douzaines", "deux douzaines": the count read before them multiplies them.
                if (i > 0 && TryCount(tokens, i - 1, out var times, out var past) && past == i + 1)
                {
                    approx = times;
                }

                // "on sera une vingtaine": people, not things. "des noix contre une douzaine de pots de miel": what is asked in exchange.
                // "des chutes de tissu pour faire des sacs ? j'en fais une cinquantaine": what is made of the thing.
                if (i >= 2 && tokens[i - 2].Norm is "sera" or "serons" or "est" or "sommes" or "etions" or "etait" or "seront" ||
                    (i >= 2 && i > first.End && tokens[i - 2].Norm is "contre") ||
                    (i >= 3 && tokens[i - 3].Norm == "en" && IsMakeVerb(tokens[i - 2].Norm) && MadeFromBefore(tokens, first, i - 2)))
                {
                    continue;
                }

                var after = i + 1 < tokens.Count ? tokens[i + 1].Norm : ".";

                // "j'en ai une trentaine de chaque".
                if (after is "de" && i + 2 < tokens.Count && tokens[i + 2].Norm is "chaque")
                {
                    return approx;
                }

                if (after is "de" or "d")
                {
                    // "une douzaine de petits pots".
                    var at = i + 2;
                    while (at < tokens.Count - 1 && Skippable.Contains(tokens[at].Norm) && tokens[at].Norm is not ("de" or "d"))
                    {
                        at++;
                    }

                    var noun = at < tokens.Count ? tokens[at] : default;
                    // "une trentaine d'albums", "une quarantaine de tomes": the units a collection is counted in.
                    // "bois de palette, une douzaine de palettes": a word of the title counts too.
                    // "une cinquantaine de disponibles": how many are available.
                    // "un service de table (une quarantaine de pièces)": what one set is made of.
                    if (noun.Sing is "piece" && IsSetOfPieces(first.Head))
                    {
                        continue;
                    }

                    // "une dizaine de paires de moufles": pairs of the thing named right after them.
                    // "chaussons…, une dizaine de paires, lavées": pairs of the thing named before.
                    if (at > i + 2 && tokens[at - 1].Sing is "paire" && ((noun.Norm is "de" or "d" && first.Start == at + 1) || (!noun.IsWord && i > first.End)))
                    {
                        return approx;
                    }

                    // "on en a besoin d'une cinquantaine d'ici juin": the count closes before a time.
                    if (noun.Norm is "ici" && tokens[i + 1].Norm is "d")
                    {
                        return approx;
                    }

                    if (noun.Sing == first.Head || (noun.IsWord && noun.Sing.Length > 3 && TitleHasWord(first.Title, noun.Sing)) || noun.Norm is "disponibles" or "dispo" or "dispos" or "restants" or "restantes" || noun.Sing is "piece" or "exemplaire" or "unite" or "album" or "tome" or "volume" or "numero" or "titre" or "boite" or "modele" or "godet" or "pot" or "bocal" or "sachet" or "barquette" or "part" or "plant" or "disque" ||
                        (i + 2 < tokens.Count && ItemLexicon.Objects.Match(tokens, i + 2)?.Title == first.Title) ||
                        UnitsOfTheItem(tokens, first, i, at))
                    {
                        // "une dizaine de livres, enfin plutôt 15".
                        return Revision(tokens, i + 1, first) ?? approx;
                    }

                    continue;
                }

                return approx;
            }

            // "quantité : 5", "qté dispo : 4", "6 exemplaires", "4 en tout".
            if (w is "quantite" or "qte" or "nombre" && i + 1 < tokens.Count)
            {
                var j = i + 1 < tokens.Count - 1 && tokens[i + 1].Norm is "dispo" or "disponible" ? i + 2 : i + 1;
                j = tokens[j].Norm == ":" ? j + 1 : j;
                if (j < tokens.Count && TryCount(tokens, j, out var stated))
                {
                    return stated;
                }
            }

            // "Stock : 5", "Dispo : 4": a label and its count, closing the clause ("dispo : 4 décembre" is a date).
            if (w is "stock" or "dispo" or "dispos" or "disponible" or "disponibles" && i + 2 < tokens.Count && tokens[i + 1].Norm == ":" && TryCount(tokens, i + 2, out var stock) && stock < 100 &&
                (i + 3 >= tokens.Count || !tokens[i + 3].IsWord || tokens[i + 3].Sing is "piece" or "exemplaire" or "unite"))
            {
                return stock;
            }

            // "chaises de jardin à donner - 4 pièces": pieces closing their clause count a thing named in the plural.
            if (tokens[i].IsNumber && i + 1 < tokens.Count && tokens[i + 1].Sing == "piece" && tokens[first.Start].Norm != tokens[first.Start].Sing && i > first.End &&
                (i + 2 >= tokens.Count || !tokens[i + 2].IsWord) && !(i > 0 && tokens[i - 1].Norm is "de" or "d" or "a" or "x" or "€") && !PriceForOneAfterAll(tokens, i) && TryCount(tokens, i, out var pieces) && pieces < 50)
            {
                return pieces;
            }

            // "Matelas à donner (2)": a bare count in brackets closing the offer.
            if (tokens[i].Norm == "(" && i > 0 && tokens[i - 1].Norm is "donner" or "vendre" or "preter" or "prendre" or "dispo" or "disponible" or "disponibles" && i + 2 < tokens.Count &&
                tokens[i + 1].IsNumber && tokens[i + 2].Norm == ")" && TryCount(tokens, i + 1, out var bare) && bare < 50)
            {
                return bare;
            }

            // "4 costumes en tout", "15 pièces en tout": a total said with another name for the thing.
            if (tokens[i].IsNumber && i + 1 < tokens.Count && (tokens[i + 1].Sing is "exemplaire" || TotalAt(tokens, i + 1) || (tokens[i + 1].IsWord && !tokens[i + 1].IsNumber && (!NotCountable.Contains(tokens[i + 1].Sing) || tokens[i + 1].Sing == "piece") && TotalAt(tokens, i + 2))) && TryCount(tokens, i, out var copies))
            {
                return copies;
            }

            // "chaises au nombre de 4".
            if (w is "nombre" && i >= 1 && tokens[i - 1].Norm == "au" && i + 2 < tokens.Count && tokens[i + 1].Norm is "de" && TryCount(tokens, i + 2, out var numbered))
            {
                return numbered;
            }

            // "il y en a bien 15", "il m'en reste 5", "il m'en manque 5" (in a search: "un service de 12 assiettes, il en manque 2" is no count), "j'en ai 8", "environ 40", "j'en fais 40", "on en prépare 150", "j'en ai besoin de 30".
            if (w is "reste" or "manque" or "a" or "ai" or "avoir" or "avons" or "faut" or "faudrait" or "donne" or "offre" or "vends" or "propose" or "cede" or "preter" or "passer" or "donner" or "vendre" or "veux" or "voudrais" or "prends" or "prendrais" or "cherche" or "recherche" or "fais" or "fait" or "faisons" or "prepare" or "preparons" or "fabrique" && i >= 1 && (tokens[i - 1].Norm is "en" || (w is "ai" && tokens[i - 1].Norm is "jen") || (i >= 2 && tokens[i - 2].Norm == "en" && tokens[i - 1].Norm is "m" or "n")))
            {
                var j = i + 1;

                // "il m'en manque 5" counts what a search lacks ("cherche un jeu de cartes, il en manque 2 au mien" lacks parts of one
                // thing); "je dois en avoir sept ou huit", "je pense en avoir 10": the author's own estimate, outside a search.
                if ((w == "manque" && (!sought || OneThingNamed(tokens, first))) ||
                    (w == "avoir" && (sought || i < 2 || tokens[i - 2].Norm is not ("dois" or "doit" or "devrais" or "pense" or "crois"))))
                {
                    continue;
                }

                // "je cherche des cintres, on en a 5 pour deux", "une cage, j'en ai deux à loger": what the seeker has, not what is sought
                // ("j'en ai besoin de 30" is).
                if (sought && w is "a" or "ai" or "avons" && (j >= tokens.Count || tokens[j].Norm != "besoin"))
                {
                    continue;
                }

                // "des chutes de tissu pour faire des sacs ? j'en fais une cinquantaine": what is made of the thing, not the thing.
                if (IsMakeVerb(w) && MadeFromBefore(tokens, first, i))
                {
                    continue;
                }

                // "il y en a à peu près 50", "j'en prends jusqu'à 5".
                while (j < tokens.Count && (tokens[j].Norm is "peu" || (tokens[j].Norm is "a" && ((j + 1 < tokens.Count && tokens[j + 1].Norm is "peu") || tokens[j - 1].Norm is "jusqu")) || tokens[j].Norm is "bien" or "encore" or "environ" or "au" or "moins" or "plus" or "de" or "pres" or "fait" or "achete" or "pris" or "recolte" or "cueilli" or "prepare" or "genre" or "facilement" or "presque" or "dans" or "les" or "(" or "besoin" or "jusqu"))
                {
                    j++;
                }

                // "il m'en faudrait entre 15 et 20": the upper bound.
                if (j + 3 < tokens.Count && tokens[j].Norm == "entre" && TryCount(tokens, j + 1, out var low, out var and) && and + 1 < tokens.Count && tokens[and].Norm == "et" &&
                    TryCount(tokens, and + 1, out var high, out var highEnd) && high > low && high < 100 && !(highEnd < tokens.Count && NotCountable.Contains(tokens[highEnd].Sing)))
                {
                    return high;
                }

                // "j'en ai x3": the count glued to its x.
                if (j < tokens.Count && GluedTimes(tokens[j].Norm, out var gluedHave) && gluedHave is > 1 and < 100 && (j + 1 >= tokens.Count || !tokens[j + 1].IsWord))
                {
                    return gluedHave;
                }

                // "il y en a une bonne cinquantaine" (not "j'en ai une vingtaine de kilos").
                if (RoughCount(tokens, j, adjective: true, out var aboutSo, out var rough) &&
                    (rough >= tokens.Count || !tokens[rough].IsWord || tokens[rough].Norm is "environ" ||
                     (tokens[rough].Norm is "de" or "d" && rough + 1 < tokens.Count && !IsUnit(first, tokens[rough + 1].Sing) && !tokens[rough + 1].IsNumber)))
                {
                    return aboutSo;
                }

                // "j'en donne trois ou quatre kilos": the unit follows the whole count, range included.
                // "vous pouvez en avoir 3 par foyer": a rate.
                if (j < tokens.Count && TryCount(tokens, j, out var n, out var counted) && !(counted < tokens.Count && NotCountable.Contains(tokens[counted].Sing)) && !RateAfter(tokens, counted - 1))
                {
                    // "il en reste 3 entamés + 1 neuf".
                    n = Split(tokens, j) ?? n;
                    if (w == "reste" || !HasLaterRemainder(tokens, j))
                    {
                        return n;
                    }
                }
            }

            // "potimarrons et butternuts, 4 ou 5 de chaque": as many of each thing.
            if ((tokens[i].IsNumber || FrenchNumbers.IsNumberWord(tokens[i].Norm)) && i > first.End && TryCount(tokens, i, out var each, out var eachEnd) && each < 50 && eachEnd + 1 < tokens.Count &&
                tokens[eachEnd].Norm is "de" && tokens[eachEnd + 1].Norm is "chaque")
            {
                return each;
            }

            // "3 suffisent", "2 ou 3 suffiront", "1 seul suffit", "bois de palette…, 5 ou 6 palettes suffiront", "…, 4 idéalement,", "chaises…, 6
            // pareilles si possible": the count that would do ("je vends sa voiture, une seule voiture suffit à la maison" is the author's
            // need, not the stock: with the thing named, only in what is sought).
            if ((tokens[i].IsNumber || FrenchNumbers.IsNumberWord(tokens[i].Norm)) && TryCount(tokens, i, out var enough, out var enoughEnd) && enough < 100 && enoughEnd < tokens.Count &&
                (Suffice(tokens, enoughEnd) ||
                 (sought && Suffice(tokens, enoughEnd + 1) && (tokens[enoughEnd].Sing == first.Head || TitleHasWord(first.Title, tokens[enoughEnd].Sing) || CountedIn(tokens[first.Start], tokens[enoughEnd]))) ||
                 (tokens[enoughEnd].Norm is "idealement" or "pareils" or "pareilles" or "identiques" or "assortis" or "assorties" && i > 0 && tokens[i - 1].Norm is "," or ":" or "(" &&
                  (enoughEnd + 1 >= tokens.Count || !tokens[enoughEnd + 1].IsWord || tokens[enoughEnd + 1].Norm is "si" or "idealement" or "de"))))
            {
                return enough;
            }

            // "des cartons, au moins 20": a floor on the count is the count.
            if (w is "moins" && i > 0 && tokens[i - 1].Norm == "au" && i + 1 < tokens.Count && TryCount(tokens, i + 1, out var floor) &&
                (i + 2 >= tokens.Count || tokens[i + 2].Norm is "." or "," or "!" or ")" || tokens[i + 2].Sing == "piece"))
            {
                return floor;
            }

            // "env. 20", "~20", "+/- 20": the same approximation, abbreviated.
            var from = w is "env" && i + 2 < tokens.Count && tokens[i + 1].Norm == "." ? i + 2 : i + 1;
            // "à peu près 70 numéros": the same approximation, in words.
            var inWords = w is "pres" && i >= 2 && tokens[i - 1].Norm == "peu" && tokens[i - 2].Norm == "a";
            // "Genre 10-15": the same approximation, said the way one talks.
            if ((w is "environ" or "env" or "~" || inWords || (w is "genre" && i > 0 && !tokens[i - 1].IsWord) || (w == "-" && i >= 2 && tokens[i - 1].Norm == "/" && tokens[i - 2].Norm == "+")) && from < tokens.Count && TryCount(tokens, from, out var about, out var aboutEnd))
            {
                // What follows the whole count, a range's upper bound included ("genre 5-6, pour…").
                var next = aboutEnd < tokens.Count ? tokens[aboutEnd] : default;

                // "une machine à coudre et environ 50 bobines de fil": another thing added, counted for itself.
                var added = i > first.End && tokens[i - 1].Norm is "et" or "+" && next.IsWord && !next.IsNumber && next.Norm != next.Sing && next.Sing != first.Head &&
                            !CollectionUnits.Contains(next.Sing) && !TitleHasWord(first.Title, next.Sing);
                if (!added && (next.Norm is null or "." or "," or "!" or ")" || next.Sing == "piece" || (next.IsWord && !IsUnit(first, next.Sing) && !next.IsNumber && next.Norm.Length > 2 && !char.IsDigit(next.Norm[0]))))
                {
                    return about;
                }
            }
        }

        return VagueCount(tokens, first) ?? AllOfThem(tokens, first);
    }

    /// <summary>
    /// "2 trucs pour garder les boissons au frais (glacières quoi)", "j'ai 2 machins pour ranger les bûches, genre grands paniers":
    /// things counted first under a vague word and a use, then named in the plural; the count is theirs ("2 trucs à donner : un
    /// vélo et une table", "2 trucs pour bébé : une poussette et un transat" name different things, one each).
    /// </summary>
    private static int? VagueCount(List<Token> tokens, ItemHit first)
    {
        if (tokens[first.Start].Norm == tokens[first.Start].Sing)
        {
            return null;
        }

        for (var t = 1; t + 1 < first.Start; t++)
        {
            if (tokens[t].Sing is "truc" or "machin" or "bidule" && tokens[t].Norm != tokens[t].Sing && tokens[t + 1].Norm is "pour" or "pr" or "qui" &&
                first.Start - t <= 16 && TryCount(tokens, t - 1, out var n, out var end) && end == t && n is > 1 and < 20)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>
    /// "5 € pièce ou 40 € les 10", "200 € les 4 ou 60 € l'unité", "15 € le manuel ou 60 € les cinq": a price for all of them offered as the
    /// other choice to a price for one counts them (the caller asks it for one item only). A lot price said after a unit price without
    /// the choice ("4 € le pot, 10 € les 3") is a bulk offer: no count. A lot price alone counts the one thing (<paramref name="first"/>)
    /// when it is named in the plural ("pneus neige, x4, 160 € les 4"); things that may differ ("lit + chaise haute, 15 € les deux")
    /// are two items, which the caller does not ask about.
    /// </summary>
    public static int? EachOrAll(List<Token> tokens, ItemHit first)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            // The count read plainly: "les 4 ou 35 pièce" is no range. "20 € chaque ou 50 les 3": the euros said once.
            if (tokens[i].Norm != "les" || (AmountEndingAt(tokens, i - 1) ?? (i >= 2 && tokens[i - 1].IsNumber && tokens[i - 2].Norm == "ou" ? i - 1 : null)) is not { } amount ||
                !FrenchNumbers.TryRead(tokens, i + 1, allowArticle: false, out var all, out var used) || all is < 2 or > 50 || all != decimal.Truncate(all))
            {
                continue;
            }

            var next = i + 1 + used;
            if (next < tokens.Count && tokens[next].IsWord && !tokens[next].IsNumber && tokens[next].Norm is not ("ou" or "et"))
            {
                continue;
            }

            // The other choice, a price for one, just before ("… pièce ou 40 € les 10") or just after ("… les 4 ou 60 € l'unité").
            if (amount >= 2 && tokens[amount - 1].Norm == "ou" && EachPriceEndsAt(tokens, amount - 2) ||
                next + 1 < tokens.Count && tokens[next].Norm == "ou" && EachPriceFollows(tokens, next + 1))
            {
                return (int)all;
            }

            // "pneus neige sur jantes, x4, 160 € les 4": a price for all alone counts things named in the plural, when no price for one
            // is said anywhere ("4 € le pot, 10 € les 3" is a bulk offer) and the count is said nowhere else ("3 stères, 180 € les 3"
            // counts a measure, not things).
            // Food sold by the batch ("samoussas, 5 € les 6") prices a unit of sale, not the stock.
            if (tokens[first.Start].Norm != tokens[first.Start].Sing && first.Category != Core.Listings.ListingCategory.Food &&
                !SaidElsewhere(tokens, i + 1, (int)all) && !EachPriceBefore(tokens, tokens.Count))
            {
                return (int)all;
            }
        }

        return null;
    }

    /// <summary>Whether the count <paramref name="n"/> is written as a number somewhere but at <paramref name="at"/>.</summary>
    private static bool SaidElsewhere(List<Token> tokens, int at, int n)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k != at && TryCount(tokens, k, out var other) && other == n && (tokens[k].IsNumber || FrenchNumbers.IsNumberWord(tokens[k].Norm)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"un service à café", "une ménagère", "un kit": one set, whose pieces are no count of it.</summary>
    private static bool IsSetOfPieces(string head) => head is "service" or "menagere" or "set" or "kit" or "coffret" or "malette" or "mallette" or "trousse";

    /// <summary>What hangs on a bunch of keys beside them.</summary>
    private static bool KeyExtra(Token t) => t.Sing is "badge" or "bip" or "telecommande" or "porte-cle";

    /// <summary>"suffit", "suffiront"… at <paramref name="at"/>: what would do.</summary>
    private static bool Suffice(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Norm is "suffit" or "suffisent" or "suffira" or "suffiront" or "suffirait" or "suffiraient";

    /// <summary>"prêtes à planter", "prêts à l'emploi" at <paramref name="at"/>, after a count set apart: what they are ready for.</summary>
    private static bool ReadyFor(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Norm is "pret" or "prets" or "prete" or "pretes" && tokens[at + 1].Norm == "a";

    /// <summary>"seule" at <paramref name="at"/> closing its clause after a count ("doudoune, 1 seule, portée…"), not "1 seule sortie".</summary>
    private static bool AloneClosing(List<Token> tokens, int at) =>
        tokens[at].Norm is "seul" or "seule" && (at + 1 >= tokens.Count || !tokens[at + 1].IsWord);

    /// <summary>
    /// "12 € le pot, ou 3 pots pour 30 €": the things at <paramref name="at"/> (counted at <paramref name="count"/>) priced together after a
    /// price for one is a cheaper rate for a few, not a count of the stock ("vends 3 chaises pour 30 €" is).
    /// </summary>
    internal static bool PriceTier(List<Token> tokens, int at, int count) =>
        at + 2 < tokens.Count && tokens[at + 1].Norm == "pour" && AmountEndFrom(tokens, at + 2) is not null && EachPriceBefore(tokens, count);

    /// <summary>Whether a price for one ("5 € pièce", "15 € le manuel") ends before <paramref name="end"/>.</summary>
    private static bool EachPriceBefore(List<Token> tokens, int end)
    {
        for (var e = 0; e < end; e++)
        {
            if (EachPriceEndsAt(tokens, e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shoes, sized in numbers that read like counts ("sandales de marche, 39").</summary>
    private static bool Footwear(string head) =>
        head is "chaussure" or "basket" or "botte" or "bottine" or "sandale" or "chausson" or "escarpin" or "tong" or "mocassin" or "soulier" or "espadrille" or "ballerine" or
            "boots" or "ranger" or "godillot" or "crampon" or "sabot" or "chaussette";

    /// <summary>"(7 et 9 ans)": ages in the brackets opening before <paramref name="from"/>, not a count.</summary>
    private static bool AgesIn(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 8 && tokens[k].Norm != ")"; k++)
        {
            if (tokens[k].Norm is "ans" or "an" or "mois")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "une douzaine", and with <paramref name="adjective"/> "une bonne cinquantaine", at <paramref name="at"/>; <paramref name="next"/> is the index just
    /// after it. The callers decide what may follow.
    /// </summary>
    private static bool RoughCount(List<Token> tokens, int at, bool adjective, out int n, out int next)
    {
        n = 0;
        next = at;
        if (at + 1 >= tokens.Count || tokens[at].Norm is not "une")
        {
            return false;
        }

        var word = adjective && at + 2 < tokens.Count && tokens[at + 1].Norm is "bonne" or "petite" or "grosse" ? at + 2 : at + 1;
        if (!FrenchNumbers.TryApproximate(tokens[word].Sing, out n))
        {
            return false;
        }

        next = word + 1;
        return true;
    }

    /// <summary>
    /// "trousseau (3 clés + badge)", "(2 clés et un bip)": at <paramref name="at"/>, just after a count in brackets, another thing added
    /// without a count of its own: the count says what the one thing named is made of.
    /// </summary>
    private static bool MadeUpOf(List<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].Norm is not ("+" or "et" or "avec"))
        {
            return false;
        }

        var thing = tokens[at + 1].Norm is "un" or "une" && at + 2 < tokens.Count ? at + 2 : at + 1;
        return tokens[thing].IsWord && !tokens[thing].IsNumber && !FrenchNumbers.IsNumberWord(tokens[thing].Norm) && thing + 1 < tokens.Count && tokens[thing + 1].Norm == ")";
    }

    /// <summary>
    /// "ma yaourtière Seb (7 pots)", "un sèche-linge (2 programmes)": a bracket at <paramref name="bracket"/>, right after one thing
    /// named in the singular with a singular determiner (a brand or a word of description between), says what that one thing
    /// is made of or comes with, not how many there are. A lot, a set or a container is many things by nature ("un lot de
    /// vêtements (15 pièces)", "un carton (12 livres)"): those brackets count; so does a bracket after some of a stuff ("de la
    /// laine (7 pelotes)") and one in the units things are counted in.
    /// </summary>
    internal static bool PartsOfOne(List<Token> tokens, ItemHit first, int bracket)
    {
        if (bracket + 2 >= tokens.Count || tokens[bracket].Norm != "(" || bracket < first.End || bracket > first.End + 2 || first.Start < 1 ||
            !(SingularDeterminer(tokens[first.Start - 1].Norm) || tokens[first.Start - 1].Norm is "notre" or "votre") || SomeOf(tokens, first.Start) ||
            CollectionUnits.Contains(tokens[bracket + 2].Sing))
        {
            return false;
        }

        var head = tokens[first.Start];
        return head.Norm == head.Sing && !head.IsNumber && !IsSetOfPieces(head.Sing) && !ContainerLookup.Contains(head.Sing) &&
               head.Sing is not ("lot" or "ensemble" or "stock" or "collection" or "serie" or "tas" or "assortiment" or "pack" or "palette" or "plateau" or "colis" or "jeu" or "trousseau");
    }

    /// <summary>The first item named in the singular after a singular determiner: "un jeu de cartes", "ma tondeuse".</summary>
    private static bool OneThingNamed(List<Token> tokens, ItemHit first) =>
        first.Start >= 1 && tokens[first.Start].Norm == tokens[first.Start].Sing && SingularDeterminer(tokens[first.Start - 1].Norm);

    private static bool SingularDeterminer(string word) =>
        word is "un" or "une" or "mon" or "ma" or "son" or "sa" or "le" or "la" or "l" or "ce" or "cet" or "cette";

    /// <summary>
    /// Some or many of a thing named at <paramref name="start"/>: after "des", "du", "de", "d'" or "de la", "de l'" ("de la laine",
    /// "des bodies"), not one thing.
    /// </summary>
    internal static bool SomeOf(List<Token> tokens, int start) =>
        (start >= 1 && tokens[start - 1].Norm is "des" or "du" or "de" or "d") ||
        (start >= 2 && tokens[start - 1].Norm is "la" or "l" && tokens[start - 2].Norm is "de" or "d");

    /// <summary>
    /// "14 bocaux par fournée", "2 sacs par famille": the things counted at <paramref name="at"/> are a rate, then "par" and what it is
    /// per; "casiers à bouteilles (24 bouteilles chacun)": what each one holds.
    /// </summary>
    internal static bool RateAfter(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at + 1].Norm is "chacun" or "chacune" or "each" && (at + 2 >= tokens.Count || !tokens[at + 2].IsWord) ||
        at + 2 < tokens.Count && tokens[at + 1].Norm == "par" &&
        tokens[at + 2].Sing is "jour" or "semaine" or "mois" or "an" or "annee" or "heure" or "nuit" or "fournee" or "tournee" or "personne" or "famille" or "foyer" or "enfant" or "tete" or "adulte" or "participant" or "seance" or "fois" or "cuisson" or "recolte";

    /// <summary>"contre", "en échange", "échange" between <paramref name="from"/> and <paramref name="to"/>: what follows is the other side of a swap.</summary>
    private static bool ExchangedBetween(List<Token> tokens, int from, int to)
    {
        for (var e = from; e < to; e++)
        {
            if (tokens[e].Norm is "contre" or "echange" or "echanger" or "echangerais" or "troque" or "troquer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"je fais", "on prépare", "je fabrique": the author making things ("en fait" is no making).</summary>
    private static bool IsMakeVerb(string word) => word is "fais" or "faisons" or "fabrique" or "fabriquons" or "prepare" or "preparons";

    /// <summary>
    /// "des chutes de tissu pour faire des sacs", "pr fabriquer des nichoirs": things in the plural the item is wanted or given to
    /// make, said after it and before <paramref name="at"/> ("pour faire de la place", "pour faire une cagnotte" make nothing counted).
    /// </summary>
    private static bool MadeFromBefore(List<Token> tokens, ItemHit first, int at)
    {
        for (var p = first.End; p + 3 < at; p++)
        {
            if (tokens[p].Norm is "pour" or "pr" && tokens[p + 1].Norm is "faire" or "fabriquer" or "preparer" or "coudre" or "confectionner" or "tricoter" or "realiser" or "construire" &&
                tokens[p + 2].Norm is "des" && tokens[p + 3].IsWord && !tokens[p + 3].IsNumber && tokens[p + 3].Sing != first.Head)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"en tout", "au total" at <paramref name="at"/>.</summary>
    private static bool TotalAt(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Norm is "en" or "au" && tokens[at + 1].Norm is "tout" or "total";

    /// <summary>"120 € les 4 ou 35 pièce": at <paramref name="at"/>, the price for one offered as the other choice to a price for all.</summary>
    private static bool PriceForOneAfterAll(List<Token> tokens, int at) =>
        at >= 4 && tokens[at - 1].Norm == "ou" && (tokens[at - 3].Norm == "les" && AmountEndingAt(tokens, at - 4) is not null || AmountEndingAt(tokens, at - 2) is not null);

    /// <summary>The start of an amount in euros ending at <paramref name="end"/>: "40 €", "40 euros", "150e" glued; null otherwise.</summary>
    private static int? AmountEndingAt(List<Token> tokens, int end)
    {
        if (end < 0 || end >= tokens.Count)
        {
            return null;
        }

        var t = tokens[end];
        if (t.Norm is "€" or "e" or "eur" or "euro" or "euros" or "balles")
        {
            return end >= 1 && tokens[end - 1].IsNumber ? end - 1 : null;
        }

        var digits = 0;
        while (digits < t.Norm.Length && char.IsAsciiDigit(t.Norm[digits]))
        {
            digits++;
        }

        return !t.IsNumber && digits > 0 && t.Norm.AsSpan(digits) is "e" or "€" or "eur" or "euros" ? end : null;
    }

    /// <summary>The end of an amount in euros starting at <paramref name="at"/>: "60 €" (two tokens), "45e" (one); null otherwise.</summary>
    private static int? AmountEndFrom(List<Token> tokens, int at) =>
        AmountEndingAt(tokens, at + 1) == at ? at + 1 : AmountEndingAt(tokens, at) == at ? at : null;

    /// <summary>"18 € le pâté (6 parts)": a bracket at <paramref name="bracket"/> right after a price for one, saying what that one is made of.</summary>
    internal static bool MakeUpOfOnePriced(List<Token> tokens, int bracket) =>
        bracket >= 1 && bracket < tokens.Count && tokens[bracket].Norm == "(" && EachPriceEndsAt(tokens, bracket - 1);

    /// <summary>"5 € pièce", "15 € le manuel", "10 € l'une", "20 € chacun" ending at <paramref name="end"/>.</summary>
    private static bool EachPriceEndsAt(List<Token> tokens, int end)
    {
        if (end < 0 || !tokens[end].IsWord || tokens[end].IsNumber)
        {
            return false;
        }

        var k = end - 1;
        if (k >= 0 && tokens[k].Norm is "l" or "le" or "la" or "par")
        {
            // "15 € le manuel", "2 € la pièce", "10 € l'une": any thing's name after its article is the unit.
            k--;
        }
        else if (tokens[end].Sing is not ("piece" or "unite" or "chacun" or "chacune" or "chaque"))
        {
            return false;
        }

        return AmountEndingAt(tokens, k) is not null;
    }

    /// <summary>"60 € l'unité", "45e pièce", "60 € le pneu", "10 € chacun" starting at <paramref name="at"/>.</summary>
    private static bool EachPriceFollows(List<Token> tokens, int at)
    {
        // The amount: "60 €", "45e", or a bare "45" (the euros said just before).
        int j;
        if (AmountEndFrom(tokens, at) is { } end)
        {
            j = end + 1;
        }
        else if (at < tokens.Count && tokens[at].IsNumber)
        {
            j = at + 1;
        }
        else
        {
            return false;
        }

        var article = j < tokens.Count && tokens[j].Norm is "l" or "le" or "la" or "par";
        j += article ? 1 : 0;
        return j < tokens.Count && tokens[j].IsWord && !tokens[j].IsNumber && (article || tokens[j].Sing is "piece" or "unite" or "chacun" or "chacune");
    }

    /// <summary>"bois de palettes pour un bac, 4 ou 5 palettes": said apart, after a comma, and not as a part ("console + 5 jeux").</summary>
    private static bool ApartFromItem(List<Token> tokens, int end, int at)
    {
        var comma = false;
        for (var j = end; j < at - 1; j++)
        {
            comma |= tokens[j].Norm is "," or ";" or ":";
            if (tokens[j].Norm is "+" or "avec" or "et" or "." or "!" or "?")
            {
                return false;
            }
        }

        return comma;
    }

    /// <summary>
    /// "plants de fraisiers, une trentaine de stolons", "de la laine (une vingtaine de pelotes)": an approximate count said
    /// just after the item, of things the lexicon does not know or of the item's own family, counts the item in those units;
    /// people (a toy's characters too), time and measures never do ("une dizaine de voisins", "une vingtaine de minutes"), nor
    /// does a count after another thing added to the list ("une nappe, des bougies et une dizaine de verres").
    /// </summary>
    private static bool UnitsOfTheItem(List<Token> tokens, ItemHit first, int approx, int noun)
    {
        if (approx < first.End || approx > first.End + 8 || noun >= tokens.Count || !tokens[noun].IsWord || tokens[noun].IsNumber || tokens[noun].Norm == tokens[noun].Sing ||
            tokens[noun].Sing.Length < 4 || NotCountable.Contains(tokens[noun].Sing) || People.Contains(tokens[noun].Sing))
        {
            return false;
        }

        // "une nappe, des guirlandes et une vingtaine de verres": another thing added to the list is counted for itself; "pommes de terre
        // contre une douzaine d'œufs": what is asked in exchange too.
        for (var k = first.End; k < approx; k++)
        {
            if (tokens[k].Norm is "." or "!" or "?" or "et" or "+" or "contre")
            {
                return false;
            }
        }

        return ItemLexicon.Objects.Match(tokens, noun) is not { } named || (named.Category == first.Category && named.Flag is not ('c' or 't'));
    }

    private static readonly FrozenSet<string> People = new[]
    {
        "voisin", "voisine", "personne", "participant", "participante", "invite", "invitee", "ami", "amie", "enfant", "famille", "gens", "eleve", "benevole",
        "jeune", "adulte", "habitant", "habitante", "membre", "joueur", "joueuse", "gamin", "gamine", "ado", "etudiant", "etudiante", "retraite", "convive", "personnage",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"14, 16 et 20 pouces", "(36, 38, 40)": at <paramref name="at"/>, just after a first number, a list of numbers that ends in a unit.</summary>
    private static bool SizeList(List<Token> tokens, int at)
    {
        var numbers = 0;
        for (var k = at; k < tokens.Count && k < at + 8; k++)
        {
            if (tokens[k].IsNumber)
            {
                numbers++;
            }
            else if (tokens[k].Norm is not ("," or "et" or "/" or "-" or "ou"))
            {
                return numbers > 0 && NotCountable.Contains(tokens[k].Sing);
            }
        }

        return false;
    }

    /// <summary>"2x", "2 x", "*2" at <paramref name="j"/>, closing the clause: a multiplier written after the thing; null otherwise.</summary>
    private static int? TimesAfter(List<Token> tokens, int j)
    {
        var w = tokens[j].Norm;
        int n;
        int end;
        if (w.Length is 2 or 3 && w[^1] == 'x' && char.IsAsciiDigit(w[0]) && int.TryParse(w.AsSpan(0, w.Length - 1), out n))
        {
            end = j + 1;
        }
        else if (w == "*" && j + 1 < tokens.Count && tokens[j + 1].IsNumber && int.TryParse(tokens[j + 1].Norm, out n))
        {
            end = j + 2;
        }
        else if (tokens[j].IsNumber && j + 1 < tokens.Count && tokens[j + 1].Norm == "x" && !tokens[j - 1].IsNumber && int.TryParse(w, out n))
        {
            end = j + 2;
        }
        else
        {
            return null;
        }

        return n is > 1 and < 50 && (end >= tokens.Count || tokens[end].Norm is "," or "." or "!" or "?" or ")" or ";") ? n : null;
    }

    /// <summary>"x4", "x12": a count written as times, glued to its x.</summary>
    private static bool GluedTimes(string word, out int times)
    {
        times = 0;
        return word.Length > 1 && word[0] == 'x' && int.TryParse(word.AsSpan(1), out times);
    }

    /// <summary>
    /// "fauteuils (les 2)", "fauteuils, les deux": the definite article takes in all there are of a thing named in the plural, so the
    /// number is its count; "lit + chaise haute, 15€ les deux" and "4€ le pot, 10€ les 3" price a lot or an offer instead.
    /// </summary>
    private static int? AllOfThem(List<Token> tokens, ItemHit first)
    {
        if (first.Start >= tokens.Count || tokens[first.Start].Norm == tokens[first.Start].Sing)
        {
            return null;
        }

        for (var i = first.End + 1; i + 1 < tokens.Count; i++)
        {
            // "mes poules, toutes les 4".
            var before = tokens[i - 1].Norm is "tous" or "toutes" ? i - 2 : i - 1;
            if (tokens[i].Norm != "les" || before <= first.End - 1 || tokens[before].Norm is not ("(" or ",") || !TryCount(tokens, i + 1, out var all) || all is < 2 or > 20)
            {
                continue;
            }

            var after = i + 2;
            if (after >= tokens.Count || !tokens[after].IsWord || tokens[after].Norm is "pour" or "ensemble")
            {
                return all;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="unit"/> counts the thing named by <paramref name="item"/>: "Astérix, 35 albums", "livres, 3 exemplaires";
    /// pieces and volumes count things named in the plural, not the parts of one ("puzzle, 48 pièces", "encyclopédie, 30 volumes").
    /// </summary>
    private static bool CountedIn(Token item, Token unit) =>
        CollectionUnits.Contains(unit.Sing) && (item.Norm != item.Sing || unit.Sing is not ("piece" or "tome" or "volume"));

    /// <summary>A size or unit, not a count; books are counted in volumes ("environ 8 volumes", "les 7 tomes").</summary>
    private static bool IsUnit(ItemHit first, string sing) =>
        NotCountable.Contains(sing) && !(sing is "tome" or "volume" && first.Category == Core.Listings.ListingCategory.BooksCulture);

    /// <summary>Whether <paramref name="word"/> is a whole word of <paramref name="title"/> ("palette" in "bois de palette").</summary>
    private static bool TitleHasWord(string title, string word)
    {
        var at = title.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || title[at - 1] == ' ') && (at + word.Length == title.Length || title[at + word.Length] == ' ');
    }

    /// <summary>"un pot de peinture et 2 pots de sous-couche": the same head naming another thing is another item.</summary>
    private static bool OtherKind(List<Token> tokens, ItemHit first, int i)
    {
        if (i >= first.Start && i < first.End || i + 2 >= tokens.Count || tokens[i + 1].Norm is not ("de" or "d"))
        {
            return false;
        }

        // "sacs de feuilles mortes…, 8 sacs de 100 L": a measure after the "de" is no other contents, but what follows it may be
        // ("un pot de peinture blanche et 2 pots de 2,5 L de sous-couche").
        var contents = i + 2;
        if (char.IsAsciiDigit(tokens[contents].Norm[0]))
        {
            contents = -1;
            for (var m = i + 3; m + 1 < tokens.Count && m <= i + 5; m++)
            {
                if (tokens[m].Norm is "de" or "d")
                {
                    contents = m + 1;
                    break;
                }
            }

            if (contents < 0)
            {
                return false;
            }
        }

        for (var k = first.Start; k + 1 < first.End && k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Norm is "de" or "d")
            {
                return tokens[k + 1].Sing != tokens[contents].Sing;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> Containers = new[]
    {
        "sac", "carton", "paquet", "caisse", "cagette", "cageot", "bac", "boite", "sachet", "bocal", "barquette", "panier", "seau", "bidon", "pot", "filet",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContainerLookup = Containers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"2 sacs de croquettes", "2 sacs de 10 kg de croquettes": the containers before the item are counted.</summary>
    private static int? ContainerBefore(List<Token> tokens, int head)
    {
        var k = head - 1;
        if (k < 1 || tokens[k].Norm is not ("de" or "d"))
        {
            return null;
        }

        k--;

        // "de 10 kg de": a weight or volume of each container.
        if (k >= 2 && NotCountable.Contains(tokens[k].Sing) && tokens[k - 1].IsNumber && tokens[k - 2].Norm is "de")
        {
            k -= 3;
        }

        while (k > 0 && Skippable.Contains(tokens[k].Norm) && tokens[k].Norm is not ("de" or "d"))
        {
            k--;
        }

        // "1 seul sac de pellets", "un seul sac de pellets": one container, said as such.
        var count = k - 1;
        if (count >= 1 && tokens[count].Norm is "seul" or "seule" && tokens[count - 1].IsNumber)
        {
            count--;
        }

        return k >= 1 && Containers.Contains(tokens[k].Sing) && (tokens[count].IsNumber || tokens[count].Norm is "seul" or "seule") && TryCount(tokens, count, out var n) && n < 100 ? n : null;
    }

    // The adjectives a lot is split by when counted in parts: size, sex, colour, state ("2 entamés + 1 neuf", "3 blanches et 2 bleues").
    private static readonly FrozenSet<string> SplitWords = new[]
    {
        "grand", "grande", "petit", "petite", "gros", "grosse", "moyen", "moyenne", "male", "femelle",
        "blanc", "blanche", "noir", "noire", "rouge", "bleu", "bleue", "vert", "verte", "jaune", "gris", "grise", "rose", "beige", "marron", "orange",
        "violet", "violette", "dore", "doree", "argente", "argentee", "entame", "entamee", "entier", "entiere", "plein", "pleine", "neuf", "neuve",
        "ouvert", "ouverte", "ferme", "fermee", "intact", "intacte", "complet", "complete",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"3 grands et 2 petits", "2 mâles + 1 femelle", "2 entamés + 1 neuf": a count split by size, sex, colour or state at <paramref name="at"/>, added up; null otherwise.</summary>
    private static int? Split(List<Token> tokens, int at)
    {
        var total = 0;
        var parts = 0;
        var k = at;
        while (k + 1 < tokens.Count && TryCount(tokens, k, out var part, out var next) && next < tokens.Count && SplitWords.Contains(tokens[next].Sing))
        {
            total += part;
            parts++;
            k = next + 1;

            // "3 entamés de 2,5 L + 1 neuf de 10 L": the size of each part.
            if (k + 2 < tokens.Count && tokens[k].Norm is "de" && tokens[k + 1].IsNumber && NotCountable.Contains(tokens[k + 2].Sing))
            {
                k += 3;
            }
            if (k >= tokens.Count || tokens[k].Norm is not ("et" or "," or "+"))
            {
                break;
            }

            k++;
        }

        return parts >= 2 && total < 100 ? total : null;
    }

    /// <summary>
    /// "2 chaises rouges et 2 chaises vertes", "2 paquets entamés + 1 plein": the same thing counted again after its first count and a
    /// describing word or two, in the same list, adds up; 0 otherwise.
    /// </summary>
    internal static int SameThingAgain(List<Token> tokens, int head)
    {
        var j = head + 1;
        while (j < tokens.Count && j <= head + 2 && tokens[j].IsWord && !tokens[j].IsNumber && tokens[j].Norm is not ("et" or "ou" or "a" or "de" or "d" or "pour" or "contre"))
        {
            j++;
        }

        if (j == head + 1 || j + 1 >= tokens.Count || tokens[j].Norm is not ("et" or "+"))
        {
            return 0;
        }

        // "2 paquets entamés + 1 plein": the second part names only its state; "2 chaises rouges et 2 chaises vertes": the thing again.
        if (!TryCount(tokens, j + 1, out var more, out var next) || next >= tokens.Count || more >= 100)
        {
            return 0;
        }

        return tokens[next].Sing == tokens[head].Sing || (SplitWords.Contains(tokens[next].Sing) && SplitWords.Contains(tokens[j - 1].Sing)) ? more : 0;
    }

    /// <summary>"reste 3", "il ne m'en reste que 3", "plus que 2 !": what is left at <paramref name="i"/>, closing its clause or naming the thing.</summary>
    private static int? Remainder(List<Token> tokens, int i, ItemHit first)
    {
        if (!(tokens[i].Norm is "reste" || (tokens[i].Norm is "que" && i > 0 && tokens[i - 1].Norm == "plus")) || i + 1 >= tokens.Count)
        {
            return null;
        }

        var j = i + 1;
        while (j < tokens.Count - 1 && tokens[j].Norm is "plus" or "que" or "qu" or "encore" or "seulement" or "juste")
        {
            j++;
        }

        // "il m'en reste une douzaine".
        if (RoughCount(tokens, j, adjective: false, out var roughly, out var past) && (past >= tokens.Count || !tokens[past].IsWord || tokens[past].Norm is "environ"))
        {
            return roughly;
        }

        // "il en reste un seul à placer": the count read whole ("un seul") before what follows it. "chaton…, il reste 1 seul petit mâle",
        // "il reste 2 femelles": the young still to place, named by their sex.
        if (!TryCount(tokens, j, out var left, out var next) || left >= 100)
        {
            return null;
        }

        var sex = next < tokens.Count - 1 && tokens[next].Norm is "petit" or "petite" or "petits" or "petites" ? next + 1 : next;
        return next >= tokens.Count || !tokens[next].IsWord || tokens[next].Sing == first.Head || tokens[next].Sing is "piece" or "exemplaire" or "unite" or "douzaine" or "dizaine" ||
               (tokens[next].Norm is "a" && next > j + 1 && tokens[next - 1].Norm is "seul" or "seule") ||
               (first.Category == Core.Listings.ListingCategory.Animals && tokens[sex].Sing is "male" or "femelle")
            ? left
            : null;
    }

    /// <summary>
    /// "6 chaises, finalement plus que 2", "4 chaises, pardon 3", "6 tabourets… enfin 5": a later remainder or correction of the count
    /// stated before the thing replaces it (the last stated intention wins, SCHEMA).
    /// </summary>
    private static int? Revision(List<Token> tokens, int from, ItemHit first)
    {
        for (var i = from; i + 1 < tokens.Count; i++)
        {
            if (Remainder(tokens, i, first) is { } left)
            {
                return left;
            }

            if (tokens[i].Norm is not ("finalement" or "enfin" or "pardon" or "non" or "plutot" or "euh" or "oups" or "correction" or "rectification"))
            {
                continue;
            }

            var j = i + 1;
            while (j + 1 < tokens.Count && tokens[j].Norm is "," or ":" or "finalement" or "plutot" or "non" or "pardon" or "en" or "fait" or "seulement" or "juste")
            {
                j++;
            }

            // "un poussin ou deux… non en fait plutôt une dizaine de poussins".
            if (RoughCount(tokens, j, adjective: false, out var roughly, out var past) &&
                (past >= tokens.Count || !tokens[past].IsWord || (past + 1 < tokens.Count && tokens[past].Norm is "de" or "d" && tokens[past + 1].Sing == first.Head)))
            {
                return roughly;
            }

            // "enfin 5, un est cassé", "pardon 3 chaises", "non finalement 4", "non 1 seul en fait": the new count closes its clause or
            // names the thing.
            if (TryCount(tokens, j, out var revised, out var next) && revised < 100 &&
                (next >= tokens.Count || tokens[next].Norm is "," or "." or "!" or "?" or ")" or ";" || tokens[next].Sing == first.Head || tokens[next].Sing is "piece" or "exemplaire" or "unite" ||
                 (next + 1 < tokens.Count && tokens[next].Norm == "en" && tokens[next + 1].Norm == "fait")))
            {
                return revised;
            }
        }

        return null;
    }

    private static bool HasLaterRemainder(List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count - 1; k++)
        {
            // "il en reste 2", "2 restent".
            if ((tokens[k].Norm == "reste" && tokens[k - 1].Norm is "en") || (tokens[k].Norm is "restent" && tokens[k - 1].IsNumber))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly ItemHit Seat = new("place", Core.Listings.ListingCategory.Carpool, 0, 0, "place", ' ');

    private static int? Seats(List<Token> tokens)
    {
        // "on est 4, donc 3 places dispo": the party told first gives way to the seats counted after it ("on est 3 (2 adultes, 1 enfant)"
        // stays 3).
        int? party = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "voiture 5 places, il en reste 3": the car's size is not the seats offered. "1 seule place", "une seule place" count one (read whole).
            if (TryCount(tokens, i, out var n, out var noun) && noun < tokens.Count &&
                tokens[noun].Sing is "place" or "personne" or "siege" or "passager" or "enfant" or "adulte" && n is > 0 and < 9 &&
                !(i > 0 && tokens[i - 1].Sing is "voiture" or "vehicule" or "monospace" or "break" or "minibus" or "van" or "camionnette" or "utilitaire" or "auto"))
            {
                if (party is { } partyFirst && tokens[noun].Sing is not "place")
                {
                    return partyFirst;
                }

                // "il me reste 4 places... enfin 3, mon fils vient aussi": the seats corrected.
                return Revision(tokens, noun + 1, Seat) is { } revised && revised is > 0 and < 9 ? revised : n;
            }

            // "voiture 5 places dont 1 de libre".
            if (tokens[i].Norm is "dont" && TryCount(tokens, i + 1, out var free, out var past) && free is > 0 and < 9 &&
                (past < tokens.Count && tokens[past].Norm is "libre" or "libres" || past + 1 < tokens.Count && tokens[past].Norm is "de" && tokens[past + 1].Norm is "libre" or "libres"))
            {
                return free;
            }

            // "voiture 5 places, il en reste 3".
            if (tokens[i].Norm is "reste" && i > 0 && tokens[i - 1].Norm == "en" && TryCount(tokens, i + 1, out var left) && left is > 0 and < 9 && (i + 2 >= tokens.Count || !tokens[i + 2].IsWord))
            {
                return left;
            }

            // "place pour 2", "de la place pour deux".
            if (i + 2 < tokens.Count && tokens[i].Sing is "place" && tokens[i + 1].Norm is "pour" && TryCount(tokens, i + 2, out var room) && room is > 0 and < 9 &&
                !(i + 3 < tokens.Count && Luggage(tokens[i + 3])))
            {
                return room;
            }

            // "il me reste une place": an offered seat is counted; "je cherche une place" stays an article.
            if (tokens[i].Norm is "une" && tokens[i + 1].Sing is "place" && i > 0 && tokens[i - 1].Norm is "reste" or "ai")
            {
                return 1;
            }

            // "Places : 3", "on est 2", "nous sommes 3".
            if (i + 2 < tokens.Count && tokens[i].Sing is "place" && tokens[i + 1].Norm is ":" or "dispo" or "libres" or "libre" && TryCount(tokens, i + 2, out var listed) && listed is > 0 and < 9)
            {
                return listed;
            }

            // "covoit pour 3 vers Nancy": the seats asked for a ride.
            if (i + 2 < tokens.Count && tokens[i].Norm is "covoit" or "covoiturage" or "covoitureur" && tokens[i + 1].Norm == "pour" && TryCount(tokens, i + 2, out var riders) && riders is > 0 and < 9 &&
                !(i + 3 < tokens.Count && (NotCountable.Contains(tokens[i + 3].Sing) || Luggage(tokens[i + 3]))))
            {
                return riders;
            }

            if (i + 2 < tokens.Count && (tokens[i].Norm, tokens[i + 1].Norm) is ("on", "est") or ("on", "sera") or ("on", "serait") or ("nous", "sommes") or ("nous", "serons") or ("nous", "serions") && TryCount(tokens, i + 2, out var told) && told is > 0 and < 9)
            {
                party ??= told;
            }
        }

        return party;
    }

    /// <summary>"place pour 2 valises", "covoit pour 3 cartons": things carried, not riders.</summary>
    private static bool Luggage(Token t) => t.Sing is "valise" or "bagage" or "velo" or "sac" or "carton" or "meuble" or "colis" or "caisse" or "paquet";

    private static bool TryCount(List<Token> tokens, int k, out int n) => TryCount(tokens, k, out n, out _);

    /// <summary>Reads the count at <paramref name="k"/>; <paramref name="next"/> is the index just after it (and after its upper bound, if a range).</summary>
    private static bool TryCount(List<Token> tokens, int k, out int n, out int next)
    {
        n = 0;
        next = k + 1;
        var t = tokens[k];
        if (t.IsNumber)
        {
            if (!int.TryParse(t.Norm, out n) || n <= 0 || n >= 1000)
            {
                return false;
            }

            // "1 seul fauteuil", "1 seule, portée…": the count is read whole, as "un seul" is.
            if (n == 1 && next < tokens.Count && tokens[next].Norm is "seul" or "seule")
            {
                next++;
                return true;
            }

            // "2 ou 3", "4 voire 5": the upper bound, read from the left one.
            if (UpperBound(tokens, k + 1, n, out var top, out var after))
            {
                n = top;
                next = after;
            }

            Dozens(tokens, ref n, ref next);
            return true;
        }

        // "un seul fauteuil": the count is read from "seul" when the article is skipped.
        if (t.Norm is "seul" or "seule" && k > 0 && tokens[k - 1].Norm is "un" or "une")
        {
            n = 1;
            return true;
        }

        // "4x chaises": a multiplier glued before the thing.
        if (t.Norm.Length is 2 or 3 && t.Norm[^1] == 'x' && int.TryParse(t.Norm.AsSpan(0, t.Norm.Length - 1), out n) && n is > 1 and < 100)
        {
            return true;
        }

        if (t.Norm is "un" or "une")
        {
            // "un seul fauteuil" states the count (SCHEMA); the bare article does not.
            if (k + 1 < tokens.Count && tokens[k + 1].Norm is "seul" or "seule")
            {
                n = 1;
                next = k + 2;
                return true;
            }

            // "une ou deux chaises", "m'en prêter un ou deux": a range whose lower bound is one takes its upper bound like any other.
            if (tokens[k].Norm is "un" or "une" && k + 2 < tokens.Count && tokens[k + 1].Norm is "ou" or "voire" && UpperBound(tokens, k + 1, 1, out var rangeTop, out var rangeNext) && rangeTop is > 1 and < 10)
            {
                n = rangeTop;
                next = rangeNext;
                return true;
            }

            return false;
        }

        if (FrenchNumbers.TryRead(tokens, k, allowArticle: false, out var v, out var used) && v is > 0 and < 1000)
        {
            n = (int)v;
            next = k + used;

            // "sept ou huit", "deux-trois": the upper bound (SCHEMA).
            if (UpperBound(tokens, next, n, out var top, out var after))
            {
                n = top;
                next = after;
            }

            Dozens(tokens, ref n, ref next);
            return true;
        }

        return false;
    }

    /// <summary>"3 douzaines" are 36, "deux dizaines" 20: a small number of dozens (tens, hundreds…) is counted in units, the count then ends after them.</summary>
    private static void Dozens(List<Token> tokens, ref int n, ref int next)
    {
        if (n is > 0 and < 10 && next < tokens.Count && FrenchNumbers.TryApproximate(tokens[next].Sing, out var each))
        {
            n *= each;
            next++;
        }
    }

    /// <summary>
    /// The top of a range that starts before <paramref name="at"/> with <paramref name="low"/>: "2 ou 3", "2 à 3", "2-3", "4 voire 5",
    /// "4, peut-être 5", "4 ou peut-être 5" (SCHEMA: ranges take the upper bound); "2 à 30€" is a count at a price, no range.
    /// </summary>
    private static bool UpperBound(List<Token> tokens, int at, int low, out int top, out int next)
    {
        top = 0;
        next = at;
        var o = at;
        if (o + 1 < tokens.Count && tokens[o].Norm is "," or "ou" && tokens[o + 1].Norm is "peut-etre" or "voire")
        {
            o++;
        }

        if (o + 1 >= tokens.Count || tokens[o].Norm is not ("ou" or "a" or "-" or "voire" or "peut-etre"))
        {
            return false;
        }

        o++;
        decimal upper;
        int used;
        if (tokens[o].IsNumber)
        {
            if (!decimal.TryParse(tokens[o].Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out upper))
            {
                return false;
            }

            used = 1;
        }
        else if (!FrenchNumbers.TryRead(tokens, o, allowArticle: false, out upper, out used))
        {
            return false;
        }

        if (upper <= low || upper >= 1000 || (o + used < tokens.Count && tokens[o + used].Norm is "€" or "e" or "eur" or "euro" or "euros" or "balles"))
        {
            return false;
        }

        top = (int)upper;
        next = o + used;
        return true;
    }
}
