using System.Text.RegularExpressions;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Decides the listing kind from French cues, in the order of shared/corpus/SCHEMA.md: not-a-listing first, then
/// corrections (the last intention wins), events, lost/found, services against objects, and the object kinds.
/// </summary>
internal static partial class KindDecider
{
    public static ListingKind Decide(string f, List<ItemHit> objects, List<ServiceHit> services, ServiceHit? ride, (string Title, int Position)? ev, bool hasPrice, string? when)
    {
        var hasObject = objects.Count > 0;
        var hasService = services.Exists(s => !s.Generic) || ride is not null;

        var lost = Without(KindCues.LostAll, f, KindCues.LostByOthers(), PainPerdu(), KindCues.AuthorLost());
        var found = Without(KindCues.FoundAll, f, KindCues.FoundConditional(), KindCues.Lost3(), MyDrop(), NotFound());
        var lostByOthers = Cue.Of(KindCues.LostByOthers(), f);
        var give = Without(KindCues.GiveAll, f, DonneCours(), Negated(), KindCues.GiveAsked(), GivenToMe());
        var sell = Without([KindCues.Sell()], f, KindCues.SellAsked(), KindCues.SellAsked2(), Negated());
        var lend = Without(KindCues.LendAll, f, Negated(), MainForte(), KindCues.LentToMe());
        var borrow = Without([KindCues.Borrow()], f, NotBorrowed());
        var borrowQ = Cue.Of(KindCues.BorrowQuestion(), f);
        if (borrowQ.Found && (!borrow.Found || borrowQ.First < borrow.First))
        {
            borrow = borrowQ;
        }

        var exchange = Without([KindCues.Exchange()], f, KindCues.ExchangeWeak());
        var seekSomeone = Cue.Of(KindCues.SeekSomeone(), f);
        var seek = Without(KindCues.SeekAll, f, KindCues.SeekSomeone(), SeekOther(), KindCues.LostByOthers(), KindCues.Lost3(), RhetoricalNeed(), KindCues.Lost4(), OthersNeed(), NotASearch(), KindCues.HandsAsked(), KindCues.HandsAsked2(), KindCues.HandsAsked3());
        var handsAsked = Cue.Of(KindCues.HandsAskedAll, f);
        // "si jamais quelqu'un a besoin d'aide pour ses papiers": another's need, named to offer help, asks for nothing.
        var helpReq = Without(KindCues.HelpRequestAll, f, OthersNeed(), IfNeeded());
        var helpOffer = Cue.Of(KindCues.HelpOfferAll, f);
        var cancel = Withdrawal(f, Earliest(give, sell, lend));
        var question = Cue.Of(KindCues.GeneralQuestionAll, f);
        var chat = Cue.Of(KindCues.ChatAll, f);
        var invitation = Cue.Of(KindCues.InvitationAll, f);
        var correction = Cue.Of(KindCues.Correction(), f);
        var aftermath = Cue.Of(KindCues.AftermathAll, f);

        // 1. Withdrawals and closings, unless a new intention follows ("je ne donne plus… je le vends 20€").
        if ((cancel.Found && !After(cancel.Last + 8, sell, give, lend, exchange)) || KindCues.TradeBuyer().IsMatchGated(f))
        {
            return ListingKind.None;
        }

        static bool anyObjectCueEarly(params Cue[] cues) => Array.Exists(cues, c => c.Found);
        bool anyOfferBefore(int at) => Earliest(give, sell, lend, exchange, borrow, seek) < at;
        var closed = Cue.Of([KindCues.Closed()], f);
        if (closed.Found && closed.First <= Earliest(give, sell, lend, exchange, borrow, seek) && !After(closed.Last + 8, sell, give, lend, exchange))
        {
            return ListingKind.None;
        }

        if (hasPrice && hasObject && KindCues.PriceCorrection().IsMatchGated(f))
        {
            return ListingKind.Sell;
        }

        if (KindCues.Recommendation().IsMatchGated(f) || (Schedule().IsMatchGated(f) && !anyOfferBefore(Schedule().MatchGated(f).Index)))
        {
            return ListingKind.None;
        }

        var anyObjectCue = give.Found || sell.Found || lend.Found || borrow.Found || exchange.Found || seek.Found;

        // A help request the catalogue does not name ("aide pour porter des cartons") counts only when no object is asked for or offered.
        if (!hasService && services.Count > 0 && !(hasObject && anyObjectCue))
        {
            hasService = true;
        }
        // "Mes volets sont bloqués, quelqu'un sait comment les débloquer ?": a problem of mine that needs hands (SCHEMA rule 10).
        var myProblem = handsAsked.Found && (Problem().IsMatchGated(f) || Possessive().IsMatchGated(f) || helpReq.Found);
        if (question.Found && !found.Found && !myProblem && !(hasService && (helpReq.Found || Possessive().IsMatchGated(f))) && !(anyObjectCue && hasObject && Earliest(give, sell, lend, borrow, exchange, seek) < question.First))
        {
            return ListingKind.None;
        }

        // Thanks for what already happened ("trop bien la fête de samedi") invite to nothing new.
        if (aftermath.Found && !invitation.Found && !anyObjectCue && !helpReq.Found)
        {
            return ListingKind.None;
        }

        // 2. Corrections: the last stated intention wins.
        if (correction.Found && hasObject)
        {
            var last = Max((give.Last, ListingKind.Give), (sell.Last, ListingKind.Sell), (lend.Last, ListingKind.Lend));
            // "J'avais mis le congélateur en don… je le vends 30 € finalement, premier arrivé": a priced sale stated after the gift.
            if (last.Kind == ListingKind.Give && hasPrice && sell.Found && sell.Last > give.First)
            {
                return ListingKind.Sell;
            }

            if (last.Position >= 0)
            {
                return last.Kind;
            }

            if (hasPrice && !seek.Found)
            {
                return ListingKind.Sell;
            }
        }

        // 3. Events: a gathering named near the start, or an invitation to one.
        var earliestObjectCue = Earliest(give, sell, lend, borrow, exchange, seek);
        var greeting = chat.Found && chat.First < (ev?.Position ?? 0) && !invitation.Found && when is null;
        var complaint = KindCues.Chat3().IsMatchGated(f) && !invitation.Found;
        if (ev is { } e && !greeting && !complaint && !(KindCues.EventAsPurpose().MatchGated(f) is { Success: true } purpose && purpose.Index <= e.Position) && !OneTeacher().IsMatchGated(f) && (e.Position < 30 || invitation.Found || when is not null) && !(hasObject && earliestObjectCue < e.Position) &&
            // "Ma chienne s'est sauvée pendant le feu d'artifice", "qui aurait 2 heures pour m'aider… je fournis le goûter": the gathering is a circumstance.
            Earliest(lost, found) > e.Position && !(hasService && !invitation.Found && Earliest(helpReq, helpOffer, seekSomeone, handsAsked) < e.Position))
        {
            return ListingKind.Event;
        }

        if (!ev.HasValue && invitation.Found && Outing().IsMatchGated(f))
        {
            return ListingKind.Event;
        }

        // "Séance de méditation en plein air samedi matin, ouvert à tous": a dated invitation that offers or asks no object is a gathering (SCHEMA rule 8).
        var gathering = Earliest(invitation, Cue.Of(GatheringHint(), f));
        if (!ev.HasValue && when is not null && !(hasObject ? Earliest(give, sell, lend, borrow, exchange, seek) < gathering : anyObjectCueEarly(sell, lend, borrow, exchange, seek)) && !hasService && gathering < int.MaxValue && !helpOffer.Found && !lost.Found && !found.Found)
        {
            return ListingKind.Event;
        }

        if (KindCues.Alert().IsMatchGated(f) && !anyObjectCue && !helpReq.Found && !helpOffer.Found && !invitation.Found)
        {
            return ListingKind.None;
        }

        // 4. Lost and found: the notice's own cue comes first ("la télécommande qui est perdue" is a detail of a gift).
        var earliestOther = Earliest(give, sell, lend, borrow, exchange, seek);
        if (found.Found && (lostByOthers.Found || !lost.Found || found.First <= lost.First) && found.First <= earliestOther)
        {
            return ListingKind.Found;
        }

        // "Qqn a perdu un sac de courses ? Il est resté au point de vente": asking who lost it is a found notice (SCHEMA rule 9).
        if (lostByOthers.Found && hasObject && (!lost.Found || lostByOthers.First < lost.First) && lostByOthers.First <= earliestOther)
        {
            return ListingKind.Found;
        }

        if (lost.Found && lost.First <= earliestOther)
        {
            // "J'ai perdu mes écouteurs, quelqu'un en vendrait ?": buying a replacement is a search to buy (SCHEMA rule 9).
            // "J'ai perdu mon alliance… qq1 a un détecteur de métaux ? preneur pr 1h, je rends": a loan asked to search.
            if (borrow.Found && borrow.First > lost.First && hasObject)
            {
                return ListingKind.Borrow;
            }

            return (seek.Found && seek.First < lost.First) || Replacement().IsMatchGated(f) || Cue.Of(Replacement2(), f).First > lost.First ? ListingKind.Seek : ListingKind.Lost;
        }

        if (lostByOthers.Found && hasObject && !anyObjectCue)
        {
            return ListingKind.Found;
        }

        // "Merci à tous pour votre aide lors de mon déménagement": thanks that ask and offer nothing.
        if (chat.Found && chat.First <= 2 && !helpReq.Found && !helpOffer.Found && !seekSomeone.Found && !anyObjectCue && !invitation.Found && !hasPrice)
        {
            return ListingKind.None;
        }

        // 5. Services against objects: a swap of services is an exchange; otherwise the earlier cue decides.
        var helpCue = Earliest(helpReq, helpOffer, seekSomeone);
        if (hasService)
        {
            // "Je garde vos enfants en échange d'un cours de guitare": a service for a service, even when a thing is named in passing.
            var serviceSwap = ((SwapContre().IsMatchGated(f) && !KindCues.SymbolicCounterpart().IsMatchGated(f)) || InReturnFor().IsMatchGated(f)) && services.Count(s => !s.Generic) >= 2;
            if (((exchange.Found && !hasObject) || serviceSwap) && !seekSomeone.Found)
            {
                return ListingKind.Exchange;
            }

            // "Je vous échange mes romans policiers contre des livres de jardinage": things for things.
            if (exchange.Found && hasObject && SwapContre().IsMatchGated(f) && !hasPrice)
            {
                return ListingKind.Exchange;
            }

            var objectCue = hasObject ? Earliest(give, sell, lend, borrow, exchange, seek) : int.MaxValue;

            // Equal positions mean one phrase matched both ways ("je peux prêter"): the object verb is the more specific.
            var serviceCueFirst = helpCue < objectCue || (helpCue == objectCue && objectCue != give.First && objectCue != sell.First && objectCue != lend.First && objectCue != borrow.First) || (objectCue == int.MaxValue) || (DonneCours().IsMatchGated(f) && services.Exists(s => s.Category == ListingCategory.ServiceLessons));
            if (serviceCueFirst && !(hasObject && borrow.Found && BorrowVerb().IsMatchGated(f)))
            {
                return Direction(f, helpReq, helpOffer, seekSomeone);
            }
        }

        if (!hasObject)
        {
            if (seekSomeone.Found || (helpReq.Found && hasService) || myProblem)
            {
                return ListingKind.HelpRequest;
            }

            // "J'aide gratuitement les collégiens pour leurs exposés": hands offered for a service the catalogue does not name.
            if (HandsOffered().IsMatchGated(f) && helpOffer.Found && !f.Contains('?', StringComparison.Ordinal))
            {
                return ListingKind.HelpOffer;
            }

            return ListingKind.None;
        }

        // 6. Objects.
        if (chat.Found && !anyObjectCue && !hasPrice && !seekSomeone.Found && !helpReq.Found && !handsAsked.Found)
        {
            return ListingKind.None;
        }

        // "350 €, possibilité d'échange": a price first makes it a sale (SCHEMA rule 3).
        if (exchange.Found && hasPrice && sell.Found && sell.First < exchange.First)
        {
            return ListingKind.Sell;
        }

        if (exchange.Found || SwapContre().IsMatchGated(f) && !KindCues.SymbolicCounterpart().IsMatchGated(f) && !hasPrice && !sell.Found)
        {
            return ListingKind.Exchange;
        }

        if (give.Found && GiveForService().IsMatchGated(f))
        {
            return ListingKind.Exchange;
        }

        // "Ma porte ferme mal, un voisin avec une visseuse pourrait la régler ?": hands asked around a thing, not the thing (SCHEMA rule 10).
        if (handsAsked.Found && Earliest(give, sell, lend) > handsAsked.First && !BorrowVerb().IsMatchGated(f))
        {
            return ListingKind.HelpRequest;
        }

        // "Je prête mon GSM … pour quelques jours": the duration belongs to the loan offered first.
        if (borrow.Found && !(lend.Found && lend.First < borrow.First && !BorrowAsk().IsMatchGated(f)))
        {
            return ListingKind.Borrow;
        }

        if (lend.Found && !(seek.Found && seek.First < lend.First))
        {
            return ListingKind.Lend;
        }


        var firstOf = Max((Neg(give.First), ListingKind.Give), (Neg(sell.First), ListingKind.Sell), (Neg(seek.First), ListingKind.Seek));
        if (firstOf.Kind != ListingKind.None)
        {
            var chosen = firstOf.Kind;
            // "Qqn a un chien ? J'ai des croquettes… je les donne": the question looks for a taker.
            if (chosen == ListingKind.Seek && give.Found && give.First > seek.First && Covers(TakerAsked(), f, seek.First))
            {
                chosen = ListingKind.Give;
            }

            if (chosen == ListingKind.Give && hasPrice)
            {
                chosen = ListingKind.Sell;
            }

            // "une perceuse pour samedi": a one-off use on a near day is a loan; "pour Noël" is a present.
            // "besoin d'une perceuse demain matin": an object needed on a near day, with no word of buying, is a one-off use (SCHEMA rule 5).
            if (chosen == ListingKind.Seek && when is not null && NearDay().IsMatchGated(Text.TextNormalizer.Normalize(when)) &&
                (when.StartsWith("pour ", StringComparison.OrdinalIgnoreCase) || (!hasPrice && !Purchase().IsMatchGated(f) && OneOffNeed().IsMatchGated(f))))
            {
                chosen = ListingKind.Borrow;
            }

            return chosen;
        }

        if (hasPrice)
        {
            return ListingKind.Sell;
        }

        if (seekSomeone.Found || helpReq.Found)
        {
            // "ma porte ferme mal, quelqu'un peut venir voir ?": a thing of mine that fails needs hands (SCHEMA rule 10).
            return f.Contains('?', StringComparison.Ordinal) && !Problem().IsMatchGated(f) ? ListingKind.Seek : ListingKind.HelpRequest;
        }

        // "jpeux monter vos colis", "je peux vous en porter": an offer of hands around things, with no word of giving them
        // (a gift's politeness, "si besoin", "n'hésitez pas", is no offer of hands).
        if (HandsOffered().IsMatchGated(f) && !f.Contains('?', StringComparison.Ordinal))
        {
            return ListingKind.HelpOffer;
        }

        if (chat.Found || question.Found)
        {
            return ListingKind.None;
        }

        return f.Contains('?', StringComparison.Ordinal) ? ListingKind.Seek : ListingKind.Give;
    }

    private static ListingKind Direction(string f, Cue helpReq, Cue helpOffer, Cue seekSomeone)
    {
        var offer = 0;
        var request = 0;
        if (helpOffer.Found)
        {
            offer += 2;
        }

        if (YourThings().IsMatchGated(f))
        {
            offer += 2;
        }

        if (helpReq.Found)
        {
            request += 2;
        }

        if (seekSomeone.Found)
        {
            request += 3;
        }

        if (MyThings().IsMatchGated(f))
        {
            request += 1;
        }

        // "Si des personnes âgées ont besoin d'aide pour leurs papiers, je suis disponible": others' need, my offer.
        if (OthersNeed().IsMatchGated(f))
        {
            offer += 2;
        }

        if (f.Contains('?', StringComparison.Ordinal))
        {
            request += 1;
        }

        // An announcement with no cue either way ("Cours de guitare le lundi à 18h") offers.
        return offer > request || (offer == 0 && request == 0) ? ListingKind.HelpOffer : ListingKind.HelpRequest;
    }

    private static int Neg(int position) => position < 0 ? int.MinValue : -position;

    private static bool Covers(Regex pattern, string f, int position)
    {
        for (var m = pattern.MatchGated(f); m.Success && m.Index <= position; m = m.NextMatch())
        {
            if (position < m.Index + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Withdrawal and closing cues, leaving out those that are a detail of an offer made before them: "je donne le sommier
    /// (pas le matelas, déjà parti)", "jdonne un casque, plus besoin", and a found notice ("des AirPods ont été retrouvés").
    /// </summary>
    private static Cue Withdrawal(string f, int offerStart)
    {
        var first = -1;
        var last = -1;
        Match? found = null;
        foreach (var pattern in KindCues.CancelAll)
        {
            for (var m = pattern.MatchGated(f); m.Success; m = m.NextMatch())
            {
                if (m.Index > offerStart && (InParentheses(f, m.Index) || m.Value.Contains("plus besoin", StringComparison.Ordinal)))
                {
                    continue;
                }

                found ??= KindCues.Found6().MatchGated(f);
                if (found.Success && m.Index < found.Index + found.Length && m.Index + m.Length > found.Index)
                {
                    continue;
                }

                if (first < 0 || m.Index < first)
                {
                    first = m.Index;
                }

                last = Math.Max(last, m.Index);
            }
        }

        return new Cue(first, last);
    }

    private static bool InParentheses(string f, int position)
    {
        var open = f.LastIndexOf('(', position);
        return open >= 0 && f.LastIndexOf(')', position) < open;
    }

    private static bool After(int position, params Cue[] cues)
    {
        foreach (var c in cues)
        {
            if (c.Found && c.Last > position)
            {
                return true;
            }
        }

        return false;
    }

    private static int Earliest(params Cue[] cues)
    {
        var best = int.MaxValue;
        foreach (var c in cues)
        {
            if (c.Found && c.First < best)
            {
                best = c.First;
            }
        }

        return best;
    }

    private static (int Position, ListingKind Kind) Max(params (int Position, ListingKind Kind)[] options)
    {
        var best = (Position: int.MinValue, Kind: ListingKind.None);
        foreach (var o in options)
        {
            if (o.Position > best.Position && o.Position != -1)
            {
                best = o;
            }
        }

        return best.Position == int.MinValue ? (-1, ListingKind.None) : best;
    }

    /// <summary>Cue positions of <paramref name="pattern"/>, leaving out matches that fall inside any <paramref name="excluded"/> match.</summary>
    private static Cue Without(Regex[] patterns, string f, params Regex[] excluded)
    {
        var first = -1;
        var last = -1;
        List<(int Start, int End)>? spans = null;
        foreach (var pattern in patterns)
        {
            for (var m = pattern.MatchGated(f); m.Success; m = m.NextMatch())
            {
                if (spans is null)
                {
                    // Excluded spans are computed once per message (a long message must stay linear).
                    spans = [];
                    foreach (var x in excluded)
                    {
                        for (var xm = x.MatchGated(f); xm.Success; xm = xm.NextMatch())
                        {
                            spans.Add((xm.Index, xm.Index + xm.Length));
                        }
                    }
                }

                var inside = false;
                foreach (var (start, end) in spans)
                {
                    if (m.Index + m.Length > start && m.Index < end)
                    {
                        inside = true;
                        break;
                    }
                }

                if (inside)
                {
                    continue;
                }

                if (first < 0 || m.Index < first)
                {
                    first = m.Index;
                }

                last = Math.Max(last, m.Index);
            }
        }

        return new Cue(first, last);
    }

    [GeneratedRegex(@"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|soir|week-end|weekend|matin|midi|\d+h?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NearDay();

    [GeneratedRegex(@"\b(achete|acheter|achat|budget|a vendre|vendrait|vend|occasion|neuf|garder|definitivement|recuperer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Purchase();

    [GeneratedRegex(@"\b(besoin d'une?|il me faudrait|me depanner|aurait une?|auriez-vous une?|auriez vous une?|a une?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneOffNeed();

    [GeneratedRegex(@"\b(ne (marche|fonctionne|ferme|s'allume|demarre|s'ouvre|tourne|chauffe|charge)|n'(est|a) plus|marche plus|fonctionne plus|ferme mal|en panne|fuit|fuite|cassee?s?|bloquee?s?|coincee?s?|bouchee?s?|deborde|decrochee?s?|grille|hs|plus de courant|a lache|j'ai du mal (avec|a)|je n'arrive pas a|je galere (avec|a)|je (n'y )?comprends rien)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Problem();

    [GeneratedRegex(@"\b(je peux|jpeux|j'peux|je pourrais|je me propose de|je propose de)( vous| en| leur| lui| vous en| les| la| le)? (monter|descendre|porter|ramener|apporter|aller|venir|passer (voir|prendre|chercher)|faire|aider|garder|promener|tondre|labourer|retourner|tailler|couper|conduire|emmener|accompagner|installer|reparer|nourrir|arroser|sortir|rentrer|chercher|prendre|deneiger|bricoler|cuisiner|livrer|expliquer)\b|\bj'aide (gratuitement |benevolement |volontiers )?(les|vos|des|a)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HandsOffered();

    [GeneratedRegex(@"\bpreter main forte\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainForte();

    // A course given by one person is a help offer, not an event (SCHEMA rule 8).
    [GeneratedRegex(@"\b(je|j') ?(donne|propose|fais|anime|enseigne|troque|echange) (des |mes )?(cours|lecons)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneTeacher();

    [GeneratedRegex(@"\bpain perdu\b", RegexOptions.CultureInvariant)]
    private static partial Regex PainPerdu();

    [GeneratedRegex(@"\b(je |j'|on |pour )?(donne|donner|donnerai) (des|mes|quelques) (cours|lecons)\b|\bdonner des conseils\b|\bdonne un coup de main\b|\ben donner\b|\bdonne (le |de mon |mon )temps\b", RegexOptions.CultureInvariant)]
    private static partial Regex DonneCours();

    [GeneratedRegex(@"\b(ne|n') ?(\w+ ){0,2}(donne|donnerai|vends|vend|prete|vendre|donner)s? (pas|plus)\b|\bje (donne|vends|vend|prete) (pas|plus)\b(?! (de|d'|cher|loin|que|qu'|rien|grand|petit|souvent|trop))|\bau lieu de (le |la |les )?(vendre|donner|preter)\b|\bpas (a |de )?(vendre|donner)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|un voisin|une voisine|des voisins|qui) (aurait|a|aura|aurai) besoin d'(un|une|des)\b|\bcherche (juste )?a savoir\b|\b(vous|tu) (avez|as|auriez|aurais) besoin d|\b(a|pour) qui en (a|aurait|aura|aurai) besoin\b|\bsi (quelqu'un|qqn|qq1|vous|tu|des voisins) en (a|avez|as|aurait|auriez|ont) besoin\b|\bsi (jamais )?(vous|qq1|qqn|quelqu'un|tu|on|des gens) (avez|a|as|ont) besoin\b|\bqui a besoin\b|\bcherche acheteur\b|\bcherche un acheteur\b|\bcherche a (troquer|echanger|emprunter)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeekOther();

    [GeneratedRegex(@"\b(ma|mon|mes|notre|nos) \w+", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(partant|chaud|interesses?) pour (aller|faire|une?|un|des)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Outing();

    [GeneratedRegex(@"\b(vos|votre)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YourThings();

    [GeneratedRegex(@"\b(mon|ma|mes|notre|nos|m'aider|pour moi|me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MyThings();

    [GeneratedRegex(@"(?<=[\w)] )(?<!\bpar )contre (un|une|des|du|de la|mon|ma|mes|d'autres|le|la|les)? ?\w", RegexOptions.CultureInvariant)]
    private static partial Regex SwapContre();

    [GeneratedRegex(@"\ben echange d'(un|une)|\bcontre (un |une )?(petit |petite )?(coup de main|service rendu|aide pour)\b|\b(a qui|si (quelqu'un|qqn|qq1|vous|on)) (vient |viendra |venez |peut |pourrait )?m'aid(e|er|ez|era|erait)\b|\bsi vous m'aidez\b", RegexOptions.CultureInvariant)]
    private static partial Regex GiveForService();

    [GeneratedRegex(@"\bsi (des|les|certains|certaines|vous|quelqu'un|qqn|qq1|une personne|un voisin|une voisine|des voisins|des personnes|des gens|jamais)( [a-z'-]+){0,3} (ont|a|avez|as|aviez|avait) besoin\b", RegexOptions.CultureInvariant)]
    private static partial Regex OthersNeed();

    // "Besoin d'un escabeau ? J'en ai un que je peux vous prêter": a question put to others, answered by an offer.
    [GeneratedRegex(@"^\W*(besoin|envie) d'(un|une|des) [a-z' -]{2,40} ?\? (j'en ai|je (peux|prete|donne|propose)|j'ai)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RhetoricalNeed();

    // "Quelqu'un sait quand passe le déneigement ?": a question about a schedule, not a listing.
    [GeneratedRegex(@"\b(quand|a quelle heure|quel jour|a quelle date) (passe|passent|ouvre|ouvrent|ferme|ferment|a lieu|commence|commencent|reprend|reprennent)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"\b(me|m'|nous) (preter|pretes|pretez|preterai[ts]?|preteriez|passer|depanner)\b|\bemprunter\b|\ba preter\b[^.!]{0,40}\?", RegexOptions.CultureInvariant)]
    private static partial Regex BorrowAsk();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|vous) (en )?(vend|vendrait|vendriez|vendez)\b|\b(en )?racheter (un|une|des|d'autres|un autre|une autre)\b|\bje (cherche|voudrais|aimerais) (a )?(en )?(racheter|remplacer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Replacement();

    // "je les laisse devant ma porte": the author leaves something out for others, nothing was found.
    [GeneratedRegex(@"\b(je|j'|on|nous) ?(les |le |la |l')?(laisse|depose|pose|mets|met|laissons|deposons)s? (devant|dans|sur|au|a la|a l')\b", RegexOptions.CultureInvariant)]
    private static partial Regex MyDrop();

    [GeneratedRegex(@"\b(reservation (conseillee|obligatoire|recommandee)|inscriptions?|depart (a \d|\d|devant|du|de la|de l'|a la)|ouvert a tous|ouverte a tous|tous niveaux|debutante?s? bienvenue?s?|collecti(f|ve)s?|tournoi|avec un guide|lots a gagner|(rateaux?|outils|materiel|gants|sacs|lampes?( frontales)?|chaussures( de marche)?|bottes) (conseillee?s?|fournie?s?|obligatoires?|a prevoir))\b", RegexOptions.CultureInvariant)]
    private static partial Regex GatheringHint();

    // "qui m'a donné sa poussette": a thank-you for a past gift.
    [GeneratedRegex(@"\b(m'|nous |qui m'|qui nous |on m'|on nous )(a|ont|avait|avaient) (donnee?s?|offerte?s?|file)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GivenToMe();

    // "pas à emprunter, on le garde", "si une voisine veut l'emprunter" (the author lends).
    [GeneratedRegex(@"\bpas (a |pour )?(l'|le |la |les )?emprunter\b|\ba acheter\b[^.!?]{0,40}\bou (a |a l'|l')?emprunter\b|\bsi (quelqu'un|qqn|qq1|un voisin|une voisine|une [a-z]+|un [a-z]+|vous) (veut|voulez|a besoin de) (l'|le |la |les )?emprunter\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotBorrowed();

    // "mes ados cherchent à faire du baby-sitting", "je cherche à rencontrer du monde": no thing is sought.
    [GeneratedRegex(@"\bcherch(e|ent|ons) a (faire du|faire des|faire de la|garder|promener|se faire (de l'|un peu d')?argent|gagner (un peu d')?argent|rendre service|rencontrer|connaitre|faire connaissance|me faire (des amis|connaitre))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotASearch();

    [GeneratedRegex(@"\bsi besoin( d'aide| de bras| d'un coup de main)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IfNeeded();

    // "On m'a volé mon vélo… je recherche un vélo de ville": after the notice, a search for another one (SCHEMA rule 9).
    [GeneratedRegex(@"\b(re)?cherch(e|ons) (donc |du coup |alors )?(un|une|a adopter|a acheter|a racheter)\b(?! (personne|temoin|info))|\bj'en (re)?cherche (un|une)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Replacement2();

    [GeneratedRegex(@"\ben echange (d'(un|une)|de (quelqu'un|qqn|qq1))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InReturnFor();

    // "Qqn a un chien ?", "si quelqu'un a des poules": looking for someone to give to.
    [GeneratedRegex(@"^\W*(quelqu'un|qqn|qq1) a (un|une|des) [a-z' -]{2,30}\?|\bsi (quelqu'un|qqn|qq1|vous) (a|avez) (un|une|des) ", RegexOptions.CultureInvariant)]
    private static partial Regex TakerAsked();

    // "On a enfin trouvé un appartement", "je ramasse les feuilles chez les voisins": nothing was found lying about.
    [GeneratedRegex(@"\b(on a|j'ai|nous avons|avons) (enfin |finalement )?trouve (une maison|un appartement|un logement|un travail|un emploi|du travail|une solution|un stage)\b|\b(je|on|nous) ramass(e|ons) (les|des|vos)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();

    // "besoin d'emprunter une clé à molette", "un voisin pourrait me dépanner d'une clé ?": the thing is asked for, whoever helps.
    [GeneratedRegex(@"\b(emprunter|me preter|me pretes|me pretez|nous preter|me depanner(ait|iez)? (d'un|d'une)|me passer (un|une|des|sa|son|ses|votre|vos|ta|ton|tes))\b", RegexOptions.CultureInvariant)]
    private static partial Regex BorrowVerb();
}
