using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Listings;
using NeighbourBot.Language.Contacts;
using NeighbourBot.Language.Text;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// The French listing parser: lexicons and rules for kinds, items and categories; own rules plus Recognizers.Text
/// (run only when a cheap pre-check says a message can need them) for prices, dates, phones and e-mails.
/// Stateless and thread-safe.
/// </summary>
public sealed partial class FrenchListingParser : IListingParser
{
    /// <summary>Longer messages are understood on their first 4,000 characters (Telegram caps a message at 4,096).</summary>
    public const int MaxAnalysedLength = 4000;

    private static readonly TimeZoneInfo Paris = FindParis();

    private static readonly string[] WarmUpSamples =
    [
        "Je donne une table basse et 4 chaises, à venir chercher samedi prochain avant 18h. 06 39 98 12 40",
        "Vds vélo enfant 30 balles, ou échange contre trottinette",
        "Qqn pourrait me prêter une perceuse pour demain soir ? je la rends dimanche",
        "Perdu chat tigré depuis mardi soir rue de la Gare, merci de m'écrire : a@example.org",
        "Je propose des cours de maths le mercredi après-midi, au 12 rue Monge",
        "Fête des voisins le vendredi 30 mai à partir de 19h dans la cour, venez nombreux !",
        "Cherche quelqu'un pour tondre ma pelouse cet été, budget entre 20 et 30 €",
        "merci à tous, bonne soirée",
    ];

    private static int preparing;

    private readonly TimeProvider clock;
    private readonly FrenchRecognizers? recognizers;
    private readonly ContactMasker masker;
    private readonly ILogger<FrenchListingParser> logger;
    private readonly Func<KindModel?> kindModel;

    /// <param name="clock">Gives the resident's "now" (Europe/Paris) that relative dates are read against.</param>
    /// <param name="recognizers">The shared Recognizers models; null runs the parser on its own rules only.</param>
    public FrenchListingParser(TimeProvider clock, FrenchRecognizers? recognizers = null, ILogger<FrenchListingParser>? logger = null)
        : this(clock, recognizers, logger, static () => KindModel.Default)
    {
        PrepareInBackground();
    }

    /// <param name="kindModel">The model that may overrule the kind rules when it is sure; null leaves the rules alone.</param>
    internal FrenchListingParser(TimeProvider clock, FrenchRecognizers? recognizers, ILogger<FrenchListingParser>? logger, KindModel? kindModel)
        : this(clock, recognizers, logger, () => kindModel)
    {
    }

    /// <param name="kindModelSource">Gives the model when first needed (tests pass one that fails, to see a fault contained).</param>
    internal FrenchListingParser(TimeProvider clock, FrenchRecognizers? recognizers, ILogger<FrenchListingParser>? logger, Func<KindModel?> kindModelSource)
    {
        kindModel = kindModelSource;
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.recognizers = recognizers;
        masker = new ContactMasker(recognizers);
        this.logger = logger ?? NullLogger<FrenchListingParser>.Instance;
    }

    /// <summary>
    /// What the host runs in a background task at start: builds and exercises the Recognizers models, then parses a
    /// few varied messages so that the first resident's message finds the code already compiled.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (recognizers is not null)
        {
            await recognizers.WarmUpAsync(cancellationToken);
        }

        await Task.Run(
            () =>
            {
                _ = kindModel();
                for (var round = 0; round < 40 && !cancellationToken.IsCancellationRequested; round++)
                {
                    foreach (var sample in WarmUpSamples)
                    {
                        _ = Parse(sample);
                    }
                }
            },
            cancellationToken);
    }

    /// <summary>
    /// Loads the item lexicon and trains the kind model on a pool thread, once per process. Both cost 300–400 ms in a fresh
    /// process, about as long as the first parse spends compiling the rules, and a first message whose kind the rules do not
    /// read exactly needs the model: done side by side, on a second core, the first answer comes sooner (measured on the
    /// cold-start benchmark's message: about 610 ms instead of 820). A parse that needs either before it is ready waits for
    /// this work, never starts it twice. The Recognizers models are not built here: most messages need none of them.
    /// </summary>
    private static void PrepareInBackground()
    {
        if (Interlocked.Exchange(ref preparing, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    _ = ItemLexicon.Objects;
                    _ = KindModel.Default;
                }
                catch (Exception)
                {
                    // A broken lexicon or training file fails again, and is reported, in the parse that needs it (inside the
                    // parser's fault handling): a pool thread must not take the process down for it.
                }
            },
            null);
    }

    public ListingParse Parse(string text)
    {
        text ??= string.Empty;
        try
        {
            return ParseCore(text);
        }
        catch (RegexMatchTimeoutException ex)
        {
            // A pathological input must not stall a turn: answer "not a listing", with contacts still masked.
            logger.LogWarning(ex, "Listing parse timed out on a message of {Length} characters", text.Length);
            var masked = SafeMask(text);
            return ListingParse.None(masked.Text, masked.Contacts, []);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A fault in one of the understanding rules is a bug to fix, not the resident's problem: the message is
            // answered as "not understood" (the posting flow then asks what they want to do), contacts still masked,
            // and the operator sees the fault in the log. The text itself is not logged: it may hold contacts.
            logger.LogError(ex, "Listing parse failed (a parser fault) on a message of {Length} characters", text.Length);
            var masked = SafeMask(text);
            return ListingParse.None(masked.Text, masked.Contacts, []);
        }
    }

    private MaskedText SafeMask(string text)
    {
        try
        {
            return masker.Mask(text);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // Timed out or faulted: nothing of the text can be shown safely, so all of it is masked.
            logger.LogWarning(ex, "Contact masking failed on a message of {Length} characters", text.Length);
            return new MaskedText(ContactMasker.Placeholder, [new ContactMatch(ContactKind.Phone, text, 0, text.Length)]);
        }
    }

    private ListingParse ParseCore(string text)
    {
        var masked = masker.Mask(text);
        var analysed = text.Length > MaxAnalysedLength ? text[..MaxAnalysedLength] : text;
        var folded = TextNormalizer.FoldSameLength(analysed);
        var scams = ScamSignals.Find(folded);
        if (!HasLetters(folded) || scams.Count > 0)
        {
            return ListingParse.None(masked.Text, masked.Contacts, scams);
        }

        var tokens = Tokenizer.Tokenize(analysed, folded);
        var contacts = masked.Contacts;
        bool InContact(int position)
        {
            foreach (var c in contacts)
            {
                if (position >= c.Start && position < c.Start + c.Length)
                {
                    return true;
                }
            }

            return false;
        }

        var services = ServiceDetector.Find(folded, analysed);
        var ride = ServiceDetector.FindRide(folded, analysed);
        bool InContactOrService(int position)
        {
            if (InContact(position) || (ride is { } r && position >= r.Position && position < r.End))
            {
                return true;
            }

            foreach (var s in services)
            {
                if (position >= s.Position && position < s.End)
                {
                    return true;
                }
            }

            return false;
        }

        // The model learnt from French listings. A message mostly in another script is none of its business, and one that is
        // little more than a phone number or an address ("appelez-moi au zéro six trente-neuf…") neither, since it learnt
        // number words from the listings that carried them: the rules decide those alone.
        bool ModelMayRead()
        {
            int latin = 0, longLatin = 0, other = 0;
            foreach (var t in tokens)
            {
                if (!t.IsWord || t.IsNumber || InContact(t.Start))
                {
                    continue;
                }

                if (char.IsAsciiLetterOrDigit(t.Norm[0]))
                {
                    latin++;
                    longLatin += t.Length >= 3 ? 1 : 0;
                }
                else
                {
                    other++;
                }
            }

            return latin >= other && (contacts.Count == 0 || longLatin >= 4);
        }

        var allObjects = ItemExtractor.Find(analysed, tokens, swap: false, InContact);
        var objects = services.Count == 0 && ride is null ? allObjects : ItemExtractor.Find(analysed, tokens, swap: false, InContactOrService);
        var ev = EventDetector.Find(folded, analysed);
        var hasPrice = PriceExtractor.HasAmount(tokens) && PriceExtractor.Find(tokens, null, analysed) is not null;
        var whenSpan = WhenExtractor.Find(tokens, analysed);

        var kind = KindDecider.Decide(folded, objects, services, ride, ev, hasPrice, whenSpan is { } w ? analysed[w.Start..w.End] : null);
        // The model reads words, not amounts: a stated amount makes a sale and its absence none (SCHEMA rule 3), so it never turns a
        // priced message into a gift nor an unpriced one into a sale. A gathering called off, which the rules read as no listing,
        // stays one ("la réunion est reportée"): the model learnt meetings from their announcements; a recommendation the rules
        // read ("super boulangerie, je recommande !") stays none too.
        // A thing asked for good in words the rules read exactly ("une poussette à me céder", "à acheter", "en acheter une") stays a search: the
        // model, which reads words one by one, took such requests for loans or calls for help. A loan offered in the first person
        // ("je peux vous prêter mes bâtons") stays a loan: "si vous partez en rando" around it made the model hear a service.
        // A taker sought for a thing of the author's ("quelqu'un pour reprendre mon canapé ?", "quelqu'un voudrait des pots ?") gives it away, though
        // the model heard a call for hands or a search.
        // Nor does it make a swap of a message with no word of swapping ("qui voudrait des plants de tomates ?", SCHEMA rule 6), a service
        // of a thing asked for outright ("qqn aurait du lait infantile ?", the thing right after the article) or of a sale with no service named
        // ("j'ai des vélos à vendre"), a search, a loss or a find of a priced sale ("gants de ski T8 4e"), or a
        // gift of a sale stated in words ("vends des croquettes": the verb says it, SCHEMA's cues for sell).
        // Nor does the model choose between a gift, a sale and a loan once the author corrects one into another
        // ("vends 20 €… finalement je la donne"): the order decides.
        // Nor does it make a loan of a search for what is used up (materials, food).
        bool RulesReadExactly() =>
            (kind == ListingKind.None && (CalledOff().IsMatchGated(folded) || KindCues.Recommendation().IsMatchGated(folded) || Wishes().IsMatch(folded))) ||
            (kind == ListingKind.Seek && ForGood().IsMatchGated(folded)) ||
            (kind == ListingKind.Lend && LoanOffered().IsMatchGated(folded)) ||
            (kind is ListingKind.Give or ListingKind.Sell && allObjects.Count > 0 && KindDecider.TakerForMine().IsMatchGated(folded)) ||
            (kind == ListingKind.Give && objects.Count > 0 && KindCues.TakerWanted().IsMatchGated(folded));

        bool ThingAskedOutright()
        {
            if (kind != ListingKind.Seek || objects.Count == 0 || services.Count > 0 || ride is not null || KindCues.ThingAsked().MatchGated(folded) is not { Success: true } asked)
            {
                return false;
            }

            var gap = tokens[objects[0].Start].Start - (asked.Index + asked.Length);
            return gap is >= 0 and <= 20;
        }

        bool ModelMayOverrule(ListingKind overruled) => overruled switch
        {
            ListingKind.Give or ListingKind.Sell or ListingKind.Lend when kind is ListingKind.Give or ListingKind.Sell or ListingKind.Lend && KindCues.Correction().IsMatchGated(folded) => false,
            ListingKind.Give => !hasPrice && kind != ListingKind.Sell,
            ListingKind.Sell => hasPrice,
            ListingKind.Exchange => KindCues.Exchange().IsMatchGated(folded) || folded.Contains(" contre ", StringComparison.Ordinal),
            ListingKind.HelpOffer or ListingKind.HelpRequest => !ThingAskedOutright() && !(kind == ListingKind.Sell && objects.Count > 0 && services.Count == 0 && ride is null),
            // Materials and food are used up, never given back: a search for planks stays one ("besoin de planches pour finir une cabane").
            ListingKind.Borrow when kind == ListingKind.Seek && objects.Count > 0 && objects[0].Category is ListingCategory.BuildingMaterials or ListingCategory.Food => false,
            ListingKind.Seek or ListingKind.Borrow or ListingKind.Lost or ListingKind.Found => !(kind == ListingKind.Sell && hasPrice),
            _ => true,
        };

        if (!RulesReadExactly() && ModelMayRead() && kindModel()?.Overrule(ForModel(folded), kind) is { } overruled && ModelMayOverrule(overruled))
        {
            kind = overruled;
        }

        if (kind == ListingKind.None)
        {
            return ListingParse.None(masked.Text, masked.Contacts, scams);
        }

        if (whenSpan is not null && kind is not (ListingKind.Lost or ListingKind.Found))
        {
            whenSpan = WhenExtractor.Find(tokens, analysed, strict: true);
        }

        IReadOnlyList<string> items;
        ListingCategory category;
        int? quantity = null;
        decimal? price = null;
        switch (kind)
        {
            case ListingKind.Event:
                items = [EventDetector.Leading(folded, analysed) is { } lead && (ev is null || ev.Value.Position >= lead.End) ? lead.Title : ev?.Title ?? EventDetector.Proposed(folded, analysed) ?? LeadingTitle(analysed, folded)];
                category = ListingCategory.Event;
                break;
            case ListingKind.HelpOffer or ListingKind.HelpRequest:
                (items, category) = ServiceItems(kind, folded, services, ride, objects);
                if (category == ListingCategory.Carpool)
                {
                    quantity = QuantityExtractor.Find(tokens, objects.Count > 0 ? objects[0] : new ItemHit("", ListingCategory.Other, 0, 0, "", ' '), carpool: true);
                }

                break;
            case ListingKind.Exchange:
                var swapObjects = ItemExtractor.Find(analysed, tokens, swap: true, InContactOrService);
                // "je tonds votre pelouse, vous me réparez mon vélo": two services named make a service swap, whatever word
                // around them reads as an object; it takes the category of the service offered (SCHEMA).
                if (services.Count > 0 && (swapObjects.Count == 0 || services.Count(s => !s.Generic) >= 2))
                {
                    (items, category) = ServiceItems(kind, folded, services, null, objects);
                    break;
                }

                items = Titles(swapObjects);
                // "je taille vos rosiers contre des légumes": a service offered before the things wanted for it, in the same sentence,
                // is the first item, and the swap takes its category (SCHEMA: the category of what is offered).
                if (swapObjects.Count > 0 && services.FindIndex(s => !s.Generic) is >= 0 and var first && services[first].End <= tokens[swapObjects[0].Start].Start &&
                    folded.AsSpan(services[first].End, tokens[swapObjects[0].Start].Start - services[first].End).IndexOfAny('.', '!', '?') < 0 && !ForAService().IsMatch(folded))
                {
                    var offered = services[first];
                    items = [offered.Title, .. items];
                    category = offered.Category;
                    quantity = null;
                    break;
                }

                // "je donne mon scooter en échange d'un coup de main pour vider ma cave": the wanted service is the second item.
                if (swapObjects.Count > 0 && services.Count > 0 && ForAService().IsMatch(folded))
                {
                    var withService = items.ToList();
                    foreach (var s in services)
                    {
                        if (!s.Generic && !withService.Contains(s.Title))
                        {
                            withService.Add(s.Title);
                            break;
                        }
                    }

                    items = withService;
                }

                category = swapObjects.Count > 0 ? swapObjects[0].Category : ListingCategory.Other;
                quantity = swapObjects.Count > 0 ? QuantityExtractor.Find(tokens, swapObjects[0], false) : null;
                break;
            default:
                if (objects.Count == 0)
                {
                    objects = allObjects;
                }

                (objects, quantity) = ContainerCount(analysed, tokens, objects);
                objects = WithoutAccessories(tokens, objects, kind is ListingKind.Lost or ListingKind.Found);
                items = Titles(objects);
                category = objects.Count > 0 ? Outdoors(tokens, objects[0], ForChildren(tokens, objects)) : ListingCategory.Other;

                // "la trottinette de mon fils" is titled as a child's one.
                if (objects.Count > 0 && ChildOwned(tokens, objects[0]) && !items[0].Contains("enfant", StringComparison.Ordinal) && !items[0].Contains("bébé", StringComparison.Ordinal))
                {
                    items = [items[0] + " enfant", .. items.Skip(1)];
                }
                quantity ??= objects.Count > 0 ? QuantityExtractor.Find(tokens, objects[0], false, sought: kind is ListingKind.Seek or ListingKind.Borrow) : null;

                // "mes manuels, 15 € le manuel ou 60 € les cinq": one thing on sale, priced each or all together.
                if (quantity is null && kind is ListingKind.Sell && objects.Count == 1)
                {
                    quantity = QuantityExtractor.EachOrAll(tokens, objects[0]);
                }

                break;
        }

        if (kind is ListingKind.Sell or ListingKind.Seek && hasPrice)
        {
            price = PriceExtractor.Find(tokens, recognizers is null ? null : recognizers.Euros, analysed, budget: kind == ListingKind.Seek);
        }

        // "un chat qui dort dans la cave depuis 3 jours": how long a stray or missing animal has been about dates the notice;
        // "perdu mes clés il y a 2 heures" dates any loss or finding.
        if (kind is ListingKind.Lost or ListingKind.Found && ((category == ListingCategory.Animals && folded.Contains("depuis", StringComparison.Ordinal)) || folded.Contains("il y a ", StringComparison.Ordinal)))
        {
            whenSpan = WhenExtractor.Find(tokens, analysed, notice: true);
        }

        string? when = null;
        DateTimeOffset? whenStart = null;
        if (whenSpan is { } span)
        {
            when = analysed[span.Start..span.End];
            whenStart = Resolve(when);
        }

        return new ListingParse(kind, items, category, quantity, price, when, whenStart, masked.HasContact, masked.Text, masked.Contacts, scams);
    }

    private static (List<ItemHit> Objects, int? Quantity) ContainerCount(string text, List<Token> tokens, List<ItemHit> objects)
    {
        // "vêtements bébé…, 2 gros sacs": the count applies to containers, and the item becomes the container.
        // "palette de pellets, 72 sacs", "carton de 6 bouteilles": a container named first holds the others.
        if (objects.Count == 0 || objects[0].Flag == 'c' || objects[0].Title.StartsWith("sac ", StringComparison.Ordinal) || objects[0].Title.StartsWith("pot ", StringComparison.Ordinal) ||
            objects[0].Head is "palette" or "carton" or "caisse" or "pack")
        {
            return (objects, objects.Count > 0 && objects[0].Head is "pot" or "bocal" or "bouteille" ? OuterContainers(tokens, objects[0].End) : null);
        }

        for (var i = objects[0].End; i < tokens.Count; i++)
        {
            // "2 gros sacs" or "3 sacs de 5 kilos", but not "3 sacs de terreau" (another item).
            // "20 packs en stock".
            if (IsContainerWord(tokens[i].Sing) &&
                (i + 1 >= tokens.Count || tokens[i + 1].Norm is not ("de" or "d" or "en") || StillTheSameThing(tokens, i + 1, objects[0].Head) ||
                 (i + 2 < tokens.Count && tokens[i + 1].Norm is "en" && tokens[i + 2].Norm is "stock" or "reserve")))
            {
                // "mes 2 bassines, ma louche et une quarantaine de pots vides": containers counted after another thing named hold that one
                // (not after the same thing again, "miel de bruyère ou de montagne, 5 pots", nor after a container, nor after the other
                // choice, "du fumier ou du compost, 2 ou 3 sacs").
                // "des bodies et des pyjamas, deux sacs pleins": containers counted apart after a comma hold all that was listed, when the
                // first is some or many of a thing ("un lit bébé, des bodies…, deux sacs pleins": the sacs do not hold the bed).
                var firstWord = tokens[objects[0].Start];
                var apart = i >= 2 && tokens[i - 2].Norm is "," or ":" && (tokens[i - 1].IsNumber || FrenchNumbers.IsNumberWord(tokens[i - 1].Norm)) &&
                            (firstWord.Norm != firstWord.Sing || QuantityExtractor.SomeOf(tokens, objects[0].Start));
                if (!apart && objects.Exists(o => o.Start >= objects[0].End && o.End <= i - 1 && o.Head != objects[0].Head && o.Flag != 'c' && !IsContainerWord(o.Head) && !OtherChoice(tokens, objects[0].End, o.Start)))
                {
                    continue;
                }

                // "18 € le pâté (6 parts)": the parts of the one thing just priced, not containers of the stock; "ma yaourtière (7 pots)":
                // the parts of one thing; "14 bocaux par fournée": a rate.
                if ((i >= 3 && tokens[i - 3].Sing == objects[0].Head && QuantityExtractor.MakeUpOfOnePriced(tokens, i - 2)) ||
                    (i >= 2 && QuantityExtractor.PartsOfOne(tokens, objects[0], i - 2)) || QuantityExtractor.RateAfter(tokens, i))
                {
                    continue;
                }

                var k = i - 1;
                while (k > objects[0].End && tokens[k].Norm is "gros" or "grosse" or "grosses" or "grands" or "grand" or "petits" or "petit" or "grandes" or "petites" or "bons" or "bonnes" or "seul")
                {
                    k--;
                }

                // "1 grand sac" counts (a digit is a count, SCHEMA); "un sac" is an article; "yaourtière avec 7 pots" are its parts, "palette
                // de 72 sacs" its contents.
                // "j'ai une dizaine de sacs": an approximate count of the containers that hold the thing ("jeux de société, une
                // quinzaine de boîtes" count the games in their boxes).
                var approx = k >= 1 && tokens[k].Norm is "de" or "d" && tokens[i].Sing is "sac" or "carton" or "cagette" or "cageot" or "caisse" or "pot" or "bac" or "panier" or "fagot" or "botte" or "ballot" or "pelote" &&
                             FrenchNumbers.TryApproximate(tokens[k - 1].Sing, out var about) && about < 100 ? about : (int?)null;
                if (k >= 0 && (approx ?? ContainersCounted(tokens, k, i)) is { } counted && !(approx is null && k > 0 && tokens[k - 1].Norm is "avec" or "+" or "et" or "de") &&
                    !NotTheStock(tokens, approx is null ? k - 1 : k - 3))
                {
                    // "9 € le pot, 3 pots pour 25 €": the pots are what is sold, but three of them are a rate, not the stock.
                    int? n = QuantityExtractor.PriceTier(tokens, i, k) ? null : counted;

                    // "2 paquets entamés + 1 plein".
                    if (n is not null)
                    {
                        n += QuantityExtractor.SameThingAgain(tokens, i);
                    }

                    var first = objects[0];

                    // "des rouleaux de papier peint…, 6 rouleaux": the containers already are the item; the count is theirs.
                    if (first.Title.StartsWith(tokens[i].Sing + " ", StringComparison.Ordinal))
                    {
                        var same = new List<ItemHit>(objects);
                        same.RemoveAll(h => h.Start <= i && i < h.End && h != first);
                        return (same, n);
                    }

                    var container = new ItemHit(ItemExtractor.Of(ItemExtractor.Surface(text, tokens[i]), first.Title), first.Category, first.Start, first.End, first.Head, 'c');
                    var list = new List<ItemHit>(objects) { [0] = container };
                    list.RemoveAll(h => h.Start <= i && i < h.End && h != container);
                    return (list, n);
                }
            }
        }

        return (objects, null);
    }

    /// <summary>
    /// Containers counted after <paramref name="before"/> that say how much there is, not how many to take: "du compost, de quoi (en)
    /// remplir 5 seaux" (a measure); "environ 200 livres, rangés dans 8 cartons" (where the things are kept: "vêtements 6 ans, le tout
    /// dans 3 grands sacs" counts the bags).
    /// </summary>
    private static bool NotTheStock(List<Token> tokens, int before)
    {
        if (before < 1)
        {
            return false;
        }

        var refill = tokens[before].Norm == "remplir" && (tokens[before - 1].Norm is "quoi" or "pour" || (before >= 2 && tokens[before - 1].Norm == "en" && tokens[before - 2].Norm == "quoi"));
        var kept = tokens[before - 1].Norm is "ranges" or "rangees" or "range" or "rangee" or "stockes" or "stockees" or "mis" or "mises" or "entreposes" or "entreposees" or "emballes" or "emballees";
        return refill || (tokens[before].Norm == "dans" && kept);
    }

    /// <summary>
    /// After containers, the "de" at <paramref name="of"/> measures or dates them ("3 sacs de 5 kilos", "3 sacs d'environ 5 kg", "6 bouteilles
    /// de l'an dernier") or names the thing again ("des feuilles mortes…, 8 gros sacs de feuilles de platane"), rather than another item.
    /// </summary>
    private static bool StillTheSameThing(List<Token> tokens, int of, string head)
    {
        if (of + 1 >= tokens.Count || tokens[of].Norm is not ("de" or "d"))
        {
            return false;
        }

        var next = tokens[of + 1];
        return char.IsAsciiDigit(next.Norm[0]) || next.Sing == head ||
               (of + 2 < tokens.Count && next.Norm is "environ" or "env" && char.IsAsciiDigit(tokens[of + 2].Norm[0])) ||
               (of + 2 < tokens.Count && tokens[of].Norm == "de" && next.Norm is "l" or "la" or "cette" &&
                tokens[of + 2].Sing is "an" or "annee" or "saison" or "recolte" or "ete" or "automne" or "hiver" or "printemps");
    }

    /// <summary>"du fumier ou du compost": only "ou" and articles between the end of one thing and the start of the next.</summary>
    private static bool OtherChoice(List<Token> tokens, int end, int start)
    {
        var or = false;
        for (var k = end; k < start; k++)
        {
            or |= tokens[k].Norm == "ou";
            if (tokens[k].Norm is not ("ou" or "du" or "de" or "d" or "la" or "l" or "des" or "un" or "une"))
            {
                return false;
            }
        }

        return or;
    }

    private static bool IsContainerWord(string sing) =>
        sing is "sac" or "carton" or "paquet" or "caisse" or "cagette" or "cageot" or "bac" or "pot" or "boite" or "sachet" or "bocal" or "bouteille" or "barquette" or "flacon" or "panier" or
            "botte" or "seau" or "bidon" or "fagot" or "rouleau" or "part" or "portion" or "classeur" or "pack" or "ballot" or "pelote" or "tige" or "morceau";

    /// <summary>
    /// "des pots de miel vides, 2 cartons pleins": small containers packed in bigger ones counted after them; the bigger ones are
    /// what is handed over, and their count is the listing's.
    /// </summary>
    private static int? OuterContainers(List<Token> tokens, int from)
    {
        for (var i = from + 1; i < tokens.Count; i++)
        {
            // "… + un rouleau et 2 bacs": containers added with "et", "+" or "avec" are other things, not what holds the pots.
            if (tokens[i].Sing is "carton" or "caisse" or "cagette" or "cageot" or "panier" or "bac" && tokens[i - 1].IsNumber && tokens[i].Norm != tokens[i].Sing &&
                !(i >= 2 && tokens[i - 2].Norm is "et" or "+" or "avec") && FrenchNumbers.TryRead(tokens, i - 1, allowArticle: false, out var n, out _) && n is > 1 and < 20)
            {
                var end = i + 1 < tokens.Count && tokens[i + 1].Norm is "pleins" or "pleines" or "remplis" or "remplies" ? i + 2 : i + 1;
                if (end >= tokens.Count || !tokens[end].IsWord)
                {
                    return (int)n;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The count of the containers at <paramref name="container"/>, said at <paramref name="k"/>: "3 sacs", "deux sacs pleins",
    /// "un sac ou deux" (a range takes its upper bound). "un sac" alone is an article, not a count.
    /// </summary>
    private static int? ContainersCounted(List<Token> tokens, int k, int container)
    {
        if (tokens[k].IsNumber)
        {
            return int.TryParse(tokens[k].Norm, out var digits) && digits is > 0 and < 100 ? digits : null;
        }

        if (tokens[k].Norm is "un" or "une")
        {
            return container + 2 < tokens.Count && tokens[container + 1].Norm == "ou" && FrenchNumbers.IsNumberWord(tokens[container + 2].Norm) &&
                   FrenchNumbers.TryRead(tokens, container + 2, allowArticle: false, out var top, out _) && top is > 1 and < 10 ? (int)top : null;
        }

        return FrenchNumbers.IsNumberWord(tokens[k].Norm) && FrenchNumbers.TryRead(tokens, k, allowArticle: false, out var said, out _) && said is > 1 and < 100 ? (int)said : null;
    }

    private static readonly FrozenSet<string> Accessories = new[]
    {
        "housse", "etui", "cable", "chargeur", "pied", "pompe", "telecommande", "notice", "boite", "coque", "sacoche", "sac", "carton",
        "accessoire", "support", "couvercle", "socle", "mode", "emballage", "livre", "protection", "porte-cle", "badge", "papier", "collier",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "une liseuse avec sa housse", "chat roux avec un collier bleu": what comes with the object describes it. A lost or found
    /// object keeps only itself; otherwise only accessories are left out ("un lapin avec sa cage et le foin" keeps the cage).
    /// </summary>
    private static List<ItemHit> WithoutAccessories(List<Token> tokens, List<ItemHit> objects, bool notice)
    {
        if (objects.Count < 2)
        {
            return objects;
        }

        var kept = new List<ItemHit>(objects.Count) { objects[0] };
        for (var k = 1; k < objects.Count; k++)
        {
            var with = false;
            for (var t = objects[k - 1].End; t < objects[k].Start && t < tokens.Count; t++)
            {
                with |= tokens[t].Norm is "avec";
            }

            if (with && (notice || Accessories.Contains(objects[k].Head)))
            {
                continue;
            }

            // "PERDU chienne beagle, collier rouge": the lost or found animal's gear describes it.
            if (notice && objects[0].Flag == 'a' && objects[k].Head is "collier" or "harnais" or "medaille" or "laisse")
            {
                continue;
            }

            kept.Add(objects[k]);
        }

        return kept;
    }

    /// <summary>"une luge en bois pour enfant", "tuques et mitaines pour enfants": an object said to be for children is in the kids category.</summary>
    private static ListingCategory ForChildren(List<Token> tokens, List<ItemHit> objects)
    {
        var first = objects[0];
        if (first.Category is not (ListingCategory.Clothing or ListingCategory.SportsLeisure or ListingCategory.Household or ListingCategory.Furniture or ListingCategory.Transport or ListingCategory.Other))
        {
            return first.Category;
        }

        // "je cherche pour ma fille de 6 ans un vélo": the child named just before the object.
        for (var i = Math.Max(0, first.Start - 8); i + 1 < first.Start; i++)
        {
            if (tokens[i].Norm == "pour" && i + 2 < first.Start && tokens[i + 1].Norm is "ma" or "mon" or "mes" or "notre" or "nos" or "un" or "une" &&
                tokens[i + 2].Sing is "fille" or "fils" or "enfant" or "bebe" or "petit" or "petite" or "petit-fils" or "petite-fille" or "neveu" or "niece")
            {
                return ListingCategory.Kids;
            }
        }

        // "mon fils a oublié sa trottinette", "la trottinette de ma fille": a child's own thing (a bag or a bed is anyone's).
        // "une luge pour ma fille de 5 ans", "un bonnet…, mon fils de 7 ans y tient": a child whose age is told ("ma fille qui
        // commence la fac" may be grown up).
        if (ChildOwned(tokens, first) || (first.Category != ListingCategory.Furniture && YoungChildTold(tokens, first)))
        {
            return ListingCategory.Kids;
        }

        var from = first.End;
        var limit = Math.Min(tokens.Count, (objects.Count > 1 && objects[1].Start - first.End < 4 ? objects[^1].End : first.End) + 5);
        for (var i = from; i < limit; i++)
        {
            var w = tokens[i].Norm;
            if (w is "." or "!" or "?" or ":" or "\n")
            {
                break;
            }

            if (tokens[i].Sing is "enfant" or "bebe" or "ado" or "fillette" && i > 0 && tokens[i - 1].Norm is "pour" or "d" or "les" or "mes" or "mon" or "ma" or "un" or "une" or "des" or "d'")
            {
                return ListingCategory.Kids;
            }

            // "2 luges pour les petits": children called the little ones.
            if (tokens[i].Norm is "petits" or "loulous" or "minots" && i > 1 && tokens[i - 1].Norm is "les" or "mes" or "nos" or "vos" && tokens[i - 2].Norm == "pour")
            {
                return ListingCategory.Kids;
            }

            // "manteau taille 12 ans", "patins 6-8 ans": a size given as a child's age.
            if (w is "ans" or "mois" && first.Category is ListingCategory.Clothing or ListingCategory.SportsLeisure or ListingCategory.Transport && IsAgeSize(tokens, i))
            {
                return ListingCategory.Kids;
            }
        }

        // "mon fils a grandi d'un coup", "des bottes taille 30": clothes and sports gear outgrown, or in a child's size, are a child's.
        if (first.Category is ListingCategory.Clothing or ListingCategory.SportsLeisure && first.Head != "sac")
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                var w = tokens[i].Norm;
                if ((w == "grandi" && tokens[i - 1].Norm is "a" or "ont" or "trop" or "vite" or "beaucoup") ||
                    (tokens[i - 1].Norm is "taille" or "pointure" && tokens[i].IsNumber && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 16 and <= 33 &&
                     !(i + 1 < tokens.Count && tokens[i + 1].Norm is "ans" or "mois" or "cm")))
                {
                    return ListingCategory.Kids;
                }
            }
        }

        return first.Category;
    }

    /// <summary>"chaises bistrot pour terrasse", "idéal jardin": furniture said to be for outdoors is garden furniture.</summary>
    private static ListingCategory Outdoors(List<Token> tokens, ItemHit first, ListingCategory category)
    {
        // "5 stères de bois de chêne", "le bois de mon cerisier abattu, coupé en 33 cm": wood counted in stères, cut to log
        // length or from a felled tree burns; it is firewood, not timber (pallet wood stays timber, even for the stove).
        if (category == ListingCategory.BuildingMaterials && first.Head == "bois" && !first.Title.Contains("palette", StringComparison.Ordinal) && Firewood(tokens, first))
        {
            return ListingCategory.Household;
        }

        if (category != ListingCategory.Furniture)
        {
            return category;
        }

        for (var i = first.End; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Norm is "pour" or "ideal" or "ideale" or "ideales" or "ideaux" or "parfait" or "parfaite" or "parfaites" && tokens[i + 1].Norm is "terrasse" or "jardin" or "balcon" or "exterieur")
            {
                return ListingCategory.GardenPlants;
            }
        }

        return category;
    }

    private static bool Firewood(List<Token> tokens, ItemHit first)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Sing;
            if (w is "stere" or "cheminee" or "poele" or "chauffage" or "insert" or "abattu" or "abattue" or "abattre" or "fendu" or "buche" or "flambee" ||
                (i > first.End - 1 && i <= first.End + 3 && w is "chene" or "olivier" or "cerisier" or "hetre" or "frene" or "charme" or "pommier" or "poirier" or "noyer" or "bouleau" or "acacia" or "chataignier" or "peuplier" or "platane" or "tilleul" or "erable" or "prunier" or "robinier"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"taille 10 ans", "6-8 ans", "2 à 4 ans", "T. 18 mois": an age up to 16 given as a size, not the object's age.</summary>
    private static bool IsAgeSize(List<Token> tokens, int unit)
    {
        var written = tokens[unit - 1].Norm;
        var dash = written.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && int.TryParse(written.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out _) &&
            int.TryParse(written.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var upper))
        {
            return upper <= 16;
        }

        if (unit < 2 || !int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var age) || age > 16)
        {
            return false;
        }

        var before = tokens[unit - 2].Norm;
        return before is "taille" or "t" || (before is "-" or "a" or "ou" && unit >= 3 && tokens[unit - 3].IsNumber);
    }

    private static bool ChildOwned(List<Token> tokens, ItemHit first) =>
        first.Head != "sac" && first.Category is ListingCategory.Clothing or ListingCategory.SportsLeisure or ListingCategory.Household or ListingCategory.Transport or ListingCategory.Other &&
        (OwnedByChild(tokens, first.Start) || (first.End + 2 < tokens.Count && tokens[first.End].Norm is "de" or "d" && IsChild(tokens, first.End + 1)));

    /// <summary>
    /// "mon fils de 7 ans", "ma petite-fille de 3 ans", "notre fille de 18 mois": the author's child, young by the age told, in the
    /// sentence that names the thing ("une luge ? On part avec notre fille de 4 ans" may be for the family).
    /// </summary>
    private static bool YoungChildTold(List<Token> tokens, ItemHit first)
    {
        var from = first.Start;
        while (from > 0 && tokens[from - 1].Norm is not ("." or "!" or "?" or "\n"))
        {
            from--;
        }

        for (var i = from; i + 4 < tokens.Count; i++)
        {
            if (i >= first.End && tokens[i].Norm is "." or "!" or "?" or "\n")
            {
                break;
            }

            if (IsChild(tokens, i) && tokens[i + 2].Norm is "de" && int.TryParse(tokens[i + 3].Norm, out var age) &&
                (tokens[i + 4].Sing is "an" or "ans" && age is > 0 and < 15 || tokens[i + 4].Sing is "mois" && age is > 0 and < 48))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChild(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Norm is "mon" or "ma" or "mes" or "notre" or "nos" && tokens[at + 1].Sing is "fils" or "fille" or "enfant" or "petit-fils" or "petite-fille" or "garcon" or "fillette";

    /// <summary>"Mon fils a laissé son bonnet": the object named with "son/sa/ses" after a child who is the subject.</summary>
    private static bool OwnedByChild(List<Token> tokens, int start)
    {
        if (start < 1 || tokens[start - 1].Norm is not ("son" or "sa" or "ses" or "leur" or "leurs"))
        {
            return false;
        }

        for (var k = start - 2; k >= 0 && k >= start - 9; k--)
        {
            if (tokens[k].Norm is "." or "!" or "?" or "\n")
            {
                return false;
            }

            if (IsChild(tokens, k))
            {
                return true;
            }
        }

        return false;
    }

    private static (IReadOnlyList<string>, ListingCategory) ServiceItems(ListingKind kind, string folded, List<ServiceHit> services, ServiceHit? ride, List<ItemHit> objects)
    {
        // What is offered in return ("en échange je peux donner des cours d'espagnol") is not the listing's service.
        var inReturn = folded.IndexOf("en echange", StringComparison.Ordinal);
        if (inReturn < 0)
        {
            inReturn = folded.IndexOf(" contre ", StringComparison.Ordinal);
        }

        if (kind != ListingKind.Exchange && inReturn > 0 && services.Count > 1 && services[0].Position < inReturn)
        {
            services = services.FindAll(s => s.Position < inReturn);
        }

        // Accompanying an elderly person, even by car, is care (a chauffeur "pour emmener papy à sa dialyse").
        if (ride is not null && services.Exists(s => s.Title.StartsWith("accompagnement ", StringComparison.Ordinal) || s.Title.StartsWith("visite ", StringComparison.Ordinal)))
        {
            ride = null;
        }

        if (ride is { } r && (services.Count == 0 || r.Position <= services[0].Position || services.TrueForAll(s => s.Category is ListingCategory.ServiceErrands)))
        {
            return ([r.Title], ListingCategory.Carpool);
        }

        if (services.Count > 0)
        {
            var titles = new List<string>(services.Count);
            foreach (var s in services)
            {
                titles.Add(s.Title);
            }

            return (titles, services[0].Category);
        }

        if (objects.Count > 0)
        {
            // "j'aide les aînés à faire leurs papiers": help with paperwork is administrative help, not a repair.
            if (objects[0].Head is "papier" or "dossier" or "formulaire" or "impot" or "declaration")
            {
                return (["aide administrative"], ListingCategory.Other);
            }

            var repair = kind == ListingKind.HelpRequest && KindDecider.Problem().IsMatch(folded);

            // "apprendre à mon père à envoyer des mails, il a un ordi portable": help with a computer, tablet or phone is computer help.
            var computer = objects[0].Category == ListingCategory.Multimedia && objects[0].Head is "ordinateur" or "ordi" or "pc" or "tablette" or "smartphone" or "telephone" or "portable" or "imprimante" or "box" or "iphone" or "mac" or "laptop" or "ipad";
            return ([repair ? "réparation de " + objects[0].Title : objects[0].Title], computer ? ListingCategory.ServiceIt : ListingCategory.ServiceDiy);
        }

        return HelpByTopic(folded);
    }

    private static readonly FrozenDictionary<string, ListingCategory> HelpTopics = new Dictionary<string, ListingCategory>(StringComparer.Ordinal)
    {
        ["devoirs"] = ListingCategory.ServiceLessons, ["maths"] = ListingCategory.ServiceLessons, ["bac"] = ListingCategory.ServiceLessons,
        ["brevet"] = ListingCategory.ServiceLessons, ["examen"] = ListingCategory.ServiceLessons, ["revisions"] = ListingCategory.ServiceLessons,
        ["orthographe"] = ListingCategory.ServiceLessons, ["dictee"] = ListingCategory.ServiceLessons, ["lecons"] = ListingCategory.ServiceLessons,
        ["solfege"] = ListingCategory.ServiceLessons, ["cours"] = ListingCategory.ServiceLessons,
        ["fuite"] = ListingCategory.ServiceDiy, ["vidange"] = ListingCategory.ServiceDiy, ["moteur"] = ListingCategory.ServiceDiy,
        ["serrure"] = ListingCategory.ServiceDiy, ["volet"] = ListingCategory.ServiceDiy, ["volets"] = ListingCategory.ServiceDiy,
        ["robinet"] = ListingCategory.ServiceDiy, ["tuyau"] = ListingCategory.ServiceDiy, ["fosse"] = ListingCategory.ServiceDiy,
        ["evier"] = ListingCategory.ServiceDiy, ["chaudiere"] = ListingCategory.ServiceDiy, ["chauffe-eau"] = ListingCategory.ServiceDiy,
        ["disjoncteur"] = ListingCategory.ServiceDiy, ["plomberie"] = ListingCategory.ServiceDiy, ["gonds"] = ListingCategory.ServiceDiy,
        ["gouttiere"] = ListingCategory.ServiceDiy, ["plafond"] = ListingCategory.ServiceDiy, ["canalisation"] = ListingCategory.ServiceDiy,
        ["parkinson"] = ListingCategory.ServiceCare, ["alzheimer"] = ListingCategory.ServiceCare, ["handicape"] = ListingCategory.ServiceCare,
        ["handicapee"] = ListingCategory.ServiceCare, ["agee"] = ListingCategory.ServiceCare, ["ages"] = ListingCategory.ServiceCare,
        ["agees"] = ListingCategory.ServiceCare, ["convalescence"] = ListingCategory.ServiceCare, ["deambulateur"] = ListingCategory.ServiceCare,
        ["haie"] = ListingCategory.ServiceGarden, ["haies"] = ListingCategory.ServiceGarden, ["pelouse"] = ListingCategory.ServiceGarden,
        ["gazon"] = ListingCategory.ServiceGarden, ["potager"] = ListingCategory.ServiceGarden, ["souche"] = ListingCategory.ServiceGarden,
        ["piquets"] = ListingCategory.ServiceGarden, ["neige"] = ListingCategory.ServiceGarden,
        ["ordinateur"] = ListingCategory.ServiceIt, ["ordi"] = ListingCategory.ServiceIt, ["wifi"] = ListingCategory.ServiceIt,
        ["imprimante"] = ListingCategory.ServiceIt, ["tablette"] = ListingCategory.ServiceIt, ["smartphone"] = ListingCategory.ServiceIt,
        ["internet"] = ListingCategory.ServiceIt, ["logiciel"] = ListingCategory.ServiceIt, ["box"] = ListingCategory.ServiceIt,
        ["pharmacie"] = ListingCategory.ServiceErrands, ["ordonnance"] = ListingCategory.ServiceErrands, ["poubelles"] = ListingCategory.ServiceErrands,
        ["demenagement"] = ListingCategory.ServiceMoving, ["cartons"] = ListingCategory.ServiceMoving,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Help asked or offered with no job the catalogue names: the first word that says what it is about ("ses devoirs de
    /// maths", "ma fosse septique", "mon père (Parkinson)") gives the kind of service; places ("au jardin") do not.
    /// </summary>
    private static (IReadOnlyList<string>, ListingCategory) HelpByTopic(string folded)
    {
        var previous = string.Empty;
        foreach (var range in folded.AsSpan().SplitAny(" ,.;:!?()'\n"))
        {
            var word = folded[range];
            if (word.Length > 2 && previous is not ("au" or "dans" or "en" or "du") && HelpTopics.TryGetValue(word, out var category))
            {
                return ([category == ListingCategory.ServiceLessons && word == "devoirs" ? "aide aux devoirs" : "coup de main"], category);
            }

            previous = word;
        }

        return (["coup de main"], ListingCategory.Other);
    }

    private static List<string> Titles(List<ItemHit> hits)
    {
        var titles = new List<string>(hits.Count);
        foreach (var h in hits)
        {
            if (!titles.Contains(h.Title))
            {
                titles.Add(h.Title);
            }
        }

        return titles;
    }

    private DateTimeOffset? Resolve(string phrase)
    {
        var utcNow = clock.GetUtcNow();
        var local = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(utcNow, Paris).DateTime, DateTimeKind.Unspecified);

        // Everyday phrases are read by own rules; the DateTime model (30–300 µs even on a short phrase) only gets the rest.
        var when = DateResolver.Resolve(phrase, local) ?? (DateResolver.ModelMayHelp(phrase) ? recognizers?.FirstInstant(phrase, local) : null);
        if (when is null)
        {
            return null;
        }

        var offset = Paris.GetUtcOffset(when.Value);
        return new DateTimeOffset(when.Value, offset);
    }

    private static bool HasLetters(string folded)
    {
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\ben echange d'(un|une)|\bcontre (un |une |des |du |de l')?(petit |petite )?(coup de main|aide|service|services|cours)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ForAService();

    /// <summary>A gathering the catalogue does not name is titled by the message's opening words ("Séance de méditation en plein air…").</summary>
    private static string LeadingTitle(string text, string folded)
    {
        var m = LeadingWords().Match(folded);
        if (!m.Success || m.Groups["t"].Length < 3)
        {
            return "événement";
        }

        // "Qui est partant pour aller voir OL–Lille ?", "qui veut regarder OM-Nice au bar ?": two teams named are a match.
        var watched = m.Groups["watch"];
        if (TeamsWatched().IsMatch(folded.AsSpan(watched.Success ? watched.Index : m.Groups["t"].Index)))
        {
            return "match";
        }

        var words = text.Substring(m.Groups["t"].Index, m.Groups["t"].Length).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        foreach (var w in words)
        {
            var fw = TextNormalizer.Normalize(w);
            if (kept.Count >= 5 || (kept.Count > 0 && EventStops.Contains(fw)))
            {
                break;
            }

            kept.Add(w);
        }

        // "Qui est partant pour aller voir le cyclo-cross ?": going to see something together is an outing to it.
        return kept.Count == 0 ? "événement" : (watched.Success ? "sortie " : string.Empty) + string.Join(' ', kept);
    }

    private static readonly FrozenSet<string> EventStops = new[]
    {
        "au", "a", "aux", "dans", "le", "la", "les", "l", "ce", "cette", "cet", "chez", "pour", "avec", "en", "sur", "entre", "tous", "toutes", "chaque", "ouvert",
        "ouverte", "gratuit", "gratuite", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "demain", "des", "depuis", "avant", "apres", "vers",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\W*(on organise |nous organisons |je lance |j'organise |je propose |qui (est|serait|sera|sont|seraient) (partante?s?|chaude?s?|motivee?s?|dispos?|interessee?s?) (pour|pr) |qui veut |ca vous dit (de |d'))?(aller |venir |se |s')?(?<watch>(?:voir|regarder|assister a|admirer) )?(une |un |des |le |la |les |l')?(?<t>[a-z][a-z' -]{2,60}?)(?=[,.!?:;(]|$| (au|a|aux|dans|ce|cette|chez|le|la|les|tous|chaque|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^(voir|regarder|mater|suivre) (le match |la finale |le derby )?[a-z]{2,12} ?[-\u2013\u2014/] ?[a-z]{2,12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TeamsWatched();

    // "Joyeuse Saint-Nicolas à tous !", "Bonnes fêtes les voisins": a wish that opens the message and invites to nothing is no listing.
    [GeneratedRegex(@"^\W*(?:joyeux|joyeuses?|bonnes? fetes?|bonne annee|meilleurs voeux|bon reveillon)\b(?![^.!?]*\b(?:rdv|rendez-vous|venez|on organise|apero|inscriptions?|donne|vends|cherche|prete)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Wishes();

    [GeneratedRegex(@"(?<![a-z])(?:(?:est|sont|a ete|ont ete) (?:reportee?s?|annulee?s?|decalee?s?)|n'aura pas lieu)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalledOff();

    [GeneratedRegex(@"\b(me|nous) (ceder|vendre)\b|\ba (acheter|racheter|adopter|garder)\b|\ben (acheter|racheter)\b|\b(quelqu'un|qqn|qq1) se (separe|debarrasse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ForGood();

    [GeneratedRegex(@"\bje (peux |pourrais |vous |te |leur |les |le |la |l')*(prete|preter|preterai|preterais)\b(?! (pas|plus|main)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LoanOffered();

    /// <summary>
    /// The message as the kind model reads it: a listing that opens on "ch" (SMS for "cherche", "ch poussette canne") spelt out,
    /// since the model learnt searches from the full verb and reads the bare "ch" as no word at all.
    /// </summary>
    private static string ForModel(string folded) =>
        KindCues.ChAbbreviation().MatchGated(folded) is { Success: true } ch ? string.Concat(folded.AsSpan(0, ch.Index), "cherche ", folded.AsSpan(ch.Index + ch.Length)) : folded;
}
