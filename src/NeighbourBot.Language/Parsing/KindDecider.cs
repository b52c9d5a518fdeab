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

        var c = new Cues(MessageMatches.Start(f));

        // 1. Withdrawals and closings, unless a new intention follows ("je ne donne plus… je le vends 20€").
        var cancel = c.Cancel;
        if ((cancel.Found && !After(cancel.Last + 8, c.Sell, c.Give, c.Lend, c.Exchange)) || KindCues.TradeBuyer().IsMatchGated(f))
        {
            return ListingKind.None;
        }

        var closed = c.M.Cue(KindCues.Closed());
        // "Il ne reste plus que la table, les chaises sont parties": what is left is still offered.
        if (closed.Found && closed.First <= c.EarliestObjectCue && !After(closed.Last + 8, c.Sell, c.Give, c.Lend, c.Exchange) && !(hasObject && StillLeft().IsMatchGated(f)))
        {
            return ListingKind.None;
        }

        if (hasPrice && hasObject && KindCues.PriceCorrection().IsMatchGated(f))
        {
            return ListingKind.Sell;
        }

        if (KindCues.Recommendation().IsMatchGated(f) || (c.M.Of(Schedule()) is [var schedule, ..] && !(c.EarliestObjectCue < schedule.Start)))
        {
            return ListingKind.None;
        }

        // A help request the catalogue does not name ("aide pour porter des cartons") counts only when no object is asked for or offered.
        if (!hasService && services.Count > 0 && !(hasObject && c.AnyObjectCue))
        {
            hasService = true;
        }
        // "Mes volets sont bloqués, quelqu'un sait comment les débloquer ?": a problem of mine that needs hands (SCHEMA rule 10).
        var myProblem = c.HandsAsked.Found && (c.M.Has(Problem()) || c.M.Has(Possessive()) || c.HelpReq.Found);
        if (c.Question.Found && !c.Found.Found && !myProblem && !(hasService && (c.HelpReq.Found || c.M.Has(Possessive()))) && !(c.AnyObjectCue && hasObject && c.EarliestObjectCue < c.Question.First))
        {
            return ListingKind.None;
        }

        // Thanks for what already happened ("trop bien la fête de samedi") invite to nothing new.
        if (c.Aftermath.Found && !c.Invitation.Found && !c.AnyObjectCue && !c.HelpReq.Found)
        {
            return ListingKind.None;
        }

        // 2. Corrections: the last stated intention wins.
        if (c.Correction.Found && hasObject)
        {
            var last = Max((c.Give.Last, ListingKind.Give), (c.Sell.Last, ListingKind.Sell), (c.Lend.Last, ListingKind.Lend));
            // "J'avais mis le congélateur en don… je le vends 30 € finalement, premier arrivé": a priced sale stated after the gift.
            // "Je donne la table… en fait je la vends 20€… bon non je la donne finalement": the last correction word goes with
            // the gift beside it, not the sale.
            if (last.Kind == ListingKind.Give && hasPrice && c.Sell.Found && c.Sell.Last > c.Give.First &&
                !(c.Correction.Last > c.Sell.Last && Math.Abs(c.Give.Last - c.Correction.Last) < c.Correction.Last - c.Sell.Last))
            {
                return ListingKind.Sell;
            }

            if (last.Position >= 0)
            {
                return last.Kind;
            }

            // "Je voulais emprunter une poussette, finalement je préfère en acheter une": a search changed into a loan or back.
            if (c.Seek.Found && c.Borrow.Found)
            {
                return c.Seek.Last > c.Borrow.Last ? ListingKind.Seek : ListingKind.Borrow;
            }

            if (hasPrice && !c.Seek.Found)
            {
                return ListingKind.Sell;
            }
        }

        // 3. Events: a gathering named near the start, or an invitation to one.
        var greeting = c.Chat.Found && c.Chat.First <= (ev?.Position ?? 0) && !c.Invitation.Found && when is null;
        var complaint = c.M.Has(KindCues.Chat3()) && !c.Invitation.Found;
        // "Attention, battue au sanglier dimanche, évitez les chemins": a warning about a gathering invites to nothing.
        var warning = !c.Invitation.Found && c.M.Has(KindCues.Alert()) && Warning().IsMatchGated(f);
        if (ev is { } e && !greeting && !complaint && !warning && !(c.M.Of(KindCues.EventAsPurpose()) is [var purpose, ..] && purpose.Start <= e.Position) && !OneTeacher().IsMatchGated(f) && (e.Position < 30 || c.Invitation.Found || when is not null) && !(hasObject && c.EarliestObjectCue < e.Position) &&
            // "Ma chienne s'est sauvée pendant le feu d'artifice", "qui aurait 2 heures pour m'aider… je fournis le goûter": the gathering is a circumstance.
            Earliest(c.Lost, c.Found) > e.Position && !(hasService && !c.Invitation.Found && Earliest(c.HelpReq, c.HelpOffer, c.SeekSomeone, c.HandsAsked) < e.Position) &&
            // "On fête les 60 ans de mon mari samedi, qqn pourrait nous prêter des tréteaux ?": a family party is why a thing is borrowed.
            !(hasObject && !c.Invitation.Found && c.M.Has(BorrowVerb()) && PrivateParty().IsMatchGated(f)))
        {
            return ListingKind.Event;
        }

        if (!ev.HasValue && c.Invitation.Found && Outing().IsMatchGated(f))
        {
            return ListingKind.Event;
        }

        // "Séance de méditation en plein air samedi matin, ouvert à tous": a dated invitation that offers or asks no object is a gathering (SCHEMA rule 8).
        if (!ev.HasValue && when is not null)
        {
            var gathering = Earliest(c.Invitation, c.M.Cue(GatheringHint()));
            if (!(hasObject ? c.EarliestObjectCue < gathering : c.Sell.Found || c.Lend.Found || c.Borrow.Found || c.Exchange.Found || c.Seek.Found) && !hasService && gathering < int.MaxValue && !c.HelpOffer.Found && !c.Lost.Found && !c.Found.Found &&
                // "On organise l'anniversaire de ma fille samedi, qqn pourrait nous prêter des chaises ?": the party is why a thing is borrowed.
                !(hasObject && c.M.Has(BorrowVerb())))
            {
                return ListingKind.Event;
            }
        }

        if (c.M.Has(KindCues.Alert()) && !c.AnyObjectCue && !c.HelpReq.Found && !c.HelpOffer.Found && !c.Invitation.Found)
        {
            return ListingKind.None;
        }

        // 4. Lost and found: the notice's own cue comes first ("la télécommande qui est perdue" is a detail of a gift).
        if (c.Found.Found && (c.LostByOthers.Found || !c.Lost.Found || c.Found.First <= c.Lost.First) && c.Found.First <= c.EarliestObjectCue)
        {
            return ListingKind.Found;
        }

        // "Qqn a perdu un sac de courses ? Il est resté au point de vente": asking who lost it is a found notice (SCHEMA rule 9).
        if (c.LostByOthers.Found && hasObject && (!c.Lost.Found || c.LostByOthers.First < c.Lost.First) && c.LostByOthers.First <= c.EarliestObjectCue)
        {
            return ListingKind.Found;
        }

        if (c.Lost.Found && c.Lost.First <= c.EarliestObjectCue)
        {
            // "J'ai perdu mes écouteurs, quelqu'un en vendrait ?": buying a replacement is a search to buy (SCHEMA rule 9).
            // "J'ai perdu mon alliance… qq1 a un détecteur de métaux ? preneur pr 1h, je rends": a loan asked to search.
            if (c.Borrow.Found && c.Borrow.First > c.Lost.First && hasObject)
            {
                return ListingKind.Borrow;
            }

            return (c.Seek.Found && c.Seek.First < c.Lost.First) || Replacement().IsMatchGated(f) || c.M.Cue(Replacement2()).First > c.Lost.First ? ListingKind.Seek : ListingKind.Lost;
        }

        if (c.LostByOthers.Found && hasObject && !c.AnyObjectCue)
        {
            return ListingKind.Found;
        }

        // "Merci à tous pour votre aide lors de mon déménagement": thanks that ask and offer nothing.
        if (c.Chat.Found && c.Chat.First <= 2 && !c.HelpReq.Found && !c.HelpOffer.Found && !c.SeekSomeone.Found && !c.AnyObjectCue && !c.Invitation.Found && !hasPrice)
        {
            return ListingKind.None;
        }

        // "Il y aurait quelqu'un pour reprendre mon vieux canapé ?": a taker is sought for a thing of mine, which is given away.
        if (services.TrueForAll(s => s.Generic) && TakerForMine().IsMatchGated(f) && !c.Lend.Found && !c.Exchange.Found)
        {
            return hasPrice ? ListingKind.Sell : ListingKind.Give;
        }

        // 5. Services against objects: a swap of services is an exchange; otherwise the earlier cue decides.
        var helpCue = Earliest(c.HelpReq, c.HelpOffer, c.SeekSomeone);
        if (hasService)
        {
            // "Je garde vos enfants en échange d'un cours de guitare": a service for a service, even when a thing is named in passing.
            // "Je tonds votre pelouse, vous me réparez mon vélo": each does the other a service.
            var serviceSwap = ((c.M.Has(SwapContre()) && !c.M.Has(KindCues.SymbolicCounterpart())) || InReturnFor().IsMatchGated(f) || Reciprocal().IsMatchGated(f)) && services.Count(s => !s.Generic) >= 2;
            if (((c.Exchange.Found && !hasObject) || serviceSwap) && !c.SeekSomeone.Found)
            {
                return ListingKind.Exchange;
            }

            // "Je vous échange mes romans policiers contre des livres de jardinage": things for things.
            if (c.Exchange.Found && hasObject && c.M.Has(SwapContre()) && !hasPrice)
            {
                return ListingKind.Exchange;
            }

            var objectCue = hasObject ? c.EarliestObjectCue : int.MaxValue;

            // Equal positions mean one phrase matched both ways ("je peux prêter"): the object verb is the more specific.
            var serviceCueFirst = helpCue < objectCue || (helpCue == objectCue && objectCue != c.Give.First && objectCue != c.Sell.First && objectCue != c.Lend.First && objectCue != c.Borrow.First) || (objectCue == int.MaxValue) || (c.M.Has(DonneCours()) && services.Exists(s => s.Category == ListingCategory.ServiceLessons));
            if (serviceCueFirst && !(hasObject && c.Borrow.Found && c.M.Has(BorrowVerb())))
            {
                return Direction(c.M, c.HelpReq, c.HelpOffer, c.SeekSomeone);
            }
        }

        if (!hasObject)
        {
            if (c.SeekSomeone.Found || (c.HelpReq.Found && hasService) || myProblem)
            {
                return ListingKind.HelpRequest;
            }

            // "J'aide gratuitement les collégiens pour leurs exposés": hands offered for a service the catalogue does not name.
            if (c.M.Has(HandsOffered()) && c.HelpOffer.Found && !f.Contains('?', StringComparison.Ordinal))
            {
                return ListingKind.HelpOffer;
            }

            return ListingKind.None;
        }

        // 6. Objects.
        if (c.Chat.Found && !c.AnyObjectCue && !hasPrice && !c.SeekSomeone.Found && !c.HelpReq.Found && !c.HandsAsked.Found)
        {
            return ListingKind.None;
        }

        // "350 €, possibilité d'échange": a price first makes it a sale (SCHEMA rule 3).
        if (c.Exchange.Found && hasPrice && c.Sell.Found && c.Sell.First < c.Exchange.First)
        {
            return ListingKind.Sell;
        }

        if (c.Exchange.Found || c.M.Has(SwapContre()) && !c.M.Has(KindCues.SymbolicCounterpart()) && !hasPrice && !c.Sell.Found)
        {
            return ListingKind.Exchange;
        }

        if (c.Give.Found && GiveForService().IsMatchGated(f))
        {
            return ListingKind.Exchange;
        }

        // "Ma porte ferme mal, un voisin avec une visseuse pourrait la régler ?": hands asked around a thing, not the thing (SCHEMA rule 10).
        if (c.HandsAsked.Found && Earliest(c.Give, c.Sell, c.Lend) > c.HandsAsked.First && !c.M.Has(BorrowVerb()))
        {
            return ListingKind.HelpRequest;
        }

        // "Je prête mon GSM … pour quelques jours": the duration belongs to the loan offered first.
        if (c.Borrow.Found && !(c.Lend.Found && c.Lend.First < c.Borrow.First && !BorrowAsk().IsMatchGated(f)))
        {
            return ListingKind.Borrow;
        }

        if (c.Lend.Found && !(c.Seek.Found && c.Seek.First < c.Lend.First))
        {
            return ListingKind.Lend;
        }


        var firstOf = Max((Neg(c.Give.First), ListingKind.Give), (Neg(c.Sell.First), ListingKind.Sell), (Neg(c.Seek.First), ListingKind.Seek));
        if (firstOf.Kind != ListingKind.None)
        {
            var chosen = firstOf.Kind;
            // "Qqn a un chien ? J'ai des croquettes… je les donne": the question looks for a taker.
            if (chosen == ListingKind.Seek && c.Give.Found && c.Give.First > c.Seek.First && Covers(c.M.Of(TakerAsked()), c.Seek.First))
            {
                chosen = ListingKind.Give;
            }

            if (chosen == ListingKind.Give && hasPrice)
            {
                chosen = ListingKind.Sell;
            }

            // "batterie à plat, quelqu'un aurait des câbles ?": what a stranded driver asks for is used once and given back (SCHEMA rule 5).
            if (chosen == ListingKind.Seek && !hasPrice && (f.Contains('?', StringComparison.Ordinal) || c.M.Has(SomeoneAsked())) && !Purchase().IsMatchGated(f) && Stranded().IsMatchGated(f))
            {
                chosen = ListingKind.Borrow;
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

        if (c.SeekSomeone.Found || c.HelpReq.Found)
        {
            // "ma porte ferme mal, quelqu'un peut venir voir ?": a thing of mine that fails needs hands (SCHEMA rule 10).
            return f.Contains('?', StringComparison.Ordinal) && !c.M.Has(Problem()) ? ListingKind.Seek : ListingKind.HelpRequest;
        }

        // "jpeux monter vos colis", "je peux vous en porter": an offer of hands around things, with no word of giving them
        // (a gift's politeness, "si besoin", "n'hésitez pas", is no offer of hands).
        if (c.M.Has(HandsOffered()) && !f.Contains('?', StringComparison.Ordinal))
        {
            return ListingKind.HelpOffer;
        }

        if (c.Chat.Found || c.Question.Found)
        {
            return ListingKind.None;
        }

        return f.Contains('?', StringComparison.Ordinal) ? ListingKind.Seek : ListingKind.Give;
    }

    private static ListingKind Direction(MessageMatches m, Cue helpReq, Cue helpOffer, Cue seekSomeone)
    {
        var f = m.Text;
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

        // "cherche cours de chant": lessons or help searched for are asked, not offered.
        if (ServiceSought().IsMatchGated(f))
        {
            request += 2;
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

        // "Le store est coincé": a thing that fails is put forward to get hands, not to offer them.
        if (m.Has(Problem()))
        {
            request += 1;
        }

        // "Si des personnes âgées ont besoin d'aide pour leurs papiers, je suis disponible": others' need, my offer.
        if (m.Has(OthersNeed()))
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

    private static bool Covers(ReadOnlySpan<(int Start, int End)> matches, int position)
    {
        foreach (var (start, end) in matches)
        {
            if (start > position)
            {
                break;
            }

            if (position < end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InParentheses(string f, int position)
    {
        var open = f.LastIndexOf('(', position);
        return open >= 0 && f.LastIndexOf(')', position) < open;
    }

    private static bool After(int position, params ReadOnlySpan<Cue> cues)
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

    private static int Earliest(params ReadOnlySpan<Cue> cues)
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

    private static (int Position, ListingKind Kind) Max(params ReadOnlySpan<(int Position, ListingKind Kind)> options)
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

    /// <summary>Cue positions of <paramref name="patterns"/>, leaving out matches that fall inside any <paramref name="excluded"/> match.</summary>
    private static Cue Without(MessageMatches m, ReadOnlySpan<Regex> patterns, params ReadOnlySpan<Regex> excluded)
    {
        var first = -1;
        var last = -1;
        foreach (var pattern in patterns)
        {
            foreach (var (start, end) in m.Of(pattern))
            {
                if (Inside(m, start, end, excluded))
                {
                    continue;
                }

                if (first < 0 || start < first)
                {
                    first = start;
                }

                last = Math.Max(last, start);
            }
        }

        return new Cue(first, last);
    }

    private static bool Inside(MessageMatches m, int start, int end, ReadOnlySpan<Regex> excluded)
    {
        foreach (var x in excluded)
        {
            foreach (var (xStart, xEnd) in m.Of(x))
            {
                if (end > xStart && start < xEnd)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The cues of one message, each found when a rule first asks for it: a rule that decides early spares the scans of the
    /// cues only later rules read. Finding a cue has no effect but its value, so the order rules ask in changes nothing.
    /// </summary>
    private struct Cues(MessageMatches m)
    {
        private Cue? lost;
        private Cue? found;
        private Cue? lostByOthers;
        private Cue? give;
        private Cue? sell;
        private Cue? lend;
        private Cue? borrow;
        private Cue? exchange;
        private Cue? seekSomeone;
        private Cue? seek;
        private Cue? handsAsked;
        private Cue? helpReq;
        private Cue? helpOffer;
        private Cue? question;
        private Cue? chat;
        private Cue? invitation;
        private Cue? correction;
        private Cue? aftermath;
        private int? earliestObjectCue;

        public readonly MessageMatches M => m;

        public Cue Lost => lost ??= Without(m, KindCues.LostAll, KindCues.LostByOthers(), PainPerdu(), KindCues.AuthorLost());

        public Cue Found => found ??= Without(m, KindCues.FoundAll, KindCues.FoundConditional(), KindCues.Lost3(), MyDrop(), NotFound());

        public Cue LostByOthers => lostByOthers ??= m.Cue(KindCues.LostByOthers());

        public Cue Give => give ??= Without(m, KindCues.GiveAll, DonneCours(), Negated(), KindCues.GiveAsked(), GivenToMe());

        public Cue Sell => sell ??= Without(m, [KindCues.Sell()], KindCues.SellAsked(), KindCues.SellAsked2(), Negated());

        public Cue Lend => lend ??= Without(m, KindCues.LendAll, Negated(), MainForte(), KindCues.LentToMe());

        public Cue Borrow => borrow ??= BorrowCue(m);

        public Cue Exchange => exchange ??= Without(m, [KindCues.Exchange()], KindCues.ExchangeWeak());

        public Cue SeekSomeone => seekSomeone ??= m.Cue(KindCues.SeekSomeone());

        public Cue Seek => seek ??= Without(m, KindCues.SeekAll, KindCues.SeekSomeone(), PastPurchase(), SeekOther(), KindCues.LostByOthers(), KindCues.Lost3(), RhetoricalNeed(), KindCues.Lost4(), OthersNeed(), NotASearch(), KindCues.HandsAsked(), KindCues.HandsAsked2(), KindCues.HandsAsked3());

        public Cue HandsAsked => handsAsked ??= Without(m, KindCues.HandsAskedAll);

        // "si jamais quelqu'un a besoin d'aide pour ses papiers": another's need, named to offer help, asks for nothing.
        public Cue HelpReq => helpReq ??= Without(m, KindCues.HelpRequestAll, OthersNeed(), IfNeeded());

        public Cue HelpOffer => helpOffer ??= Without(m, KindCues.HelpOfferAll);

        public Cue Question => question ??= Without(m, KindCues.GeneralQuestionAll);

        public Cue Chat => chat ??= Without(m, KindCues.ChatAll);

        public Cue Invitation => invitation ??= Without(m, KindCues.InvitationAll);

        public Cue Correction => correction ??= m.Cue(KindCues.Correction());

        public Cue Aftermath => aftermath ??= Without(m, KindCues.AftermathAll);

        /// <summary>The earliest cue of an object kind (give, sell, lend, borrow, exchange, seek); <see cref="int.MaxValue"/> when none.</summary>
        public int EarliestObjectCue => earliestObjectCue ??= Earliest(Give, Sell, Lend, Borrow, Exchange, Seek);

        public bool AnyObjectCue => Give.Found || Sell.Found || Lend.Found || Borrow.Found || Exchange.Found || Seek.Found;

        /// <summary>
        /// Withdrawal and closing cues, leaving out those that are a detail of an offer made before them: "je donne le sommier
        /// (pas le matelas, déjà parti)", "jdonne un casque, plus besoin", and a found notice ("des AirPods ont été retrouvés").
        /// </summary>
        public Cue Cancel
        {
            get
            {
                var f = m.Text;
                var first = -1;
                var last = -1;
                int? offerStart = null;
                foreach (var pattern in KindCues.CancelAll)
                {
                    foreach (var (start, end) in m.Of(pattern))
                    {
                        offerStart ??= Earliest(Give, Sell, Lend);
                        if (start > offerStart && (InParentheses(f, start) || f.AsSpan(start, end - start).Contains("plus besoin", StringComparison.Ordinal)))
                        {
                            continue;
                        }

                        if (m.Of(KindCues.Found6()) is [var found6, ..] && start < found6.End && end > found6.Start)
                        {
                            continue;
                        }

                        if (first < 0 || start < first)
                        {
                            first = start;
                        }

                        last = Math.Max(last, start);
                    }
                }

                return new Cue(first, last);
            }
        }

        private static Cue BorrowCue(MessageMatches m)
        {
            var borrow = Without(m, [KindCues.Borrow()], NotBorrowed());
            var borrowQ = m.Cue(KindCues.BorrowQuestion());
            return borrowQ.Found && (!borrow.Found || borrowQ.First < borrow.First) ? borrowQ : borrow;
        }
    }

    [GeneratedRegex(@"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|soir|week-end|weekend|matin|midi|\d{1,2}h?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NearDay();

    [GeneratedRegex(@"\b(batterie (a plat|morte|vide|hs|dechargee)|panne de batterie|ne demarre (plus|pas)|(suis|est|tombee?) en (panne|rade)|crevaison|(pneu|roue) (creve|a plat)|j'ai creve|pour (ma|la) batterie)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Stranded();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|qqun|quelqu un)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SomeoneAsked();

    [GeneratedRegex(@"\b(achete|acheter|achat|budget|a vendre|vendrait|vend|occasion|neuf|garder|definitivement|recuperer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Purchase();

    [GeneratedRegex(@"\b(besoin d'une?|il me faudrait|me depanner|aurait une?|auriez-vous une?|auriez vous une?|a une?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneOffNeed();

    [GeneratedRegex(@"\b(ne (marche|fonctionne|ferme|s'allume|demarre|s'ouvre|tourne|chauffe|charge)|n'(est|a) plus|marche plus|fonctionne plus|ferme mal|en panne|fuit|fuite|cassee?s?(?!-croute)|bloquee?s?|coincee?s?|bouchee?s?|deborde|decrochee?s?|grille|hs|plus de courant|a lache|j'ai du mal (avec|a)|je n'arrive pas a|je galere (avec|a)|je (n'y )?comprends rien)\b", RegexOptions.CultureInvariant)]
    public static partial Regex Problem();

    [GeneratedRegex(@"\b(je peux|jpeux|j'peux|je pourrais|je me propose de|je propose de)( vous| en| leur| lui| te| vous en| les| la| le| (vous|leur|lui|te) (le|la|les))? (monter|descendre|porter|ramener|apporter|aller|venir|passer (voir|prendre|chercher)|faire|aider|garder|promener|tondre|labourer|retourner|tailler|couper|conduire|emmener|accompagner|installer|reparer|nourrir|arroser|sortir|rentrer|chercher|prendre|deneiger|bricoler|cuisiner|livrer|expliquer|laver|nettoyer|repasser|peindre|repeindre|ranger|vider|coudre|retoucher|depanner)\b|\bj'aide (gratuitement |benevolement |volontiers )?(les|vos|des|a)\b|\b(je )?propose (mon|notre) aide\b|\b(dispo|disponible) pour (donner un coup de main|un coup de main|aider)\b|\bsi (quelqu'un|qqn|qq1|vous|des voisins) (a|avez|ont) besoin (de|d') (quelque chose|qqch|qqc)\b", RegexOptions.CultureInvariant)]
    private static partial Regex HandsOffered();

    [GeneratedRegex(@"\bpreter main forte\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainForte();

    // A course given by one person is a help offer, not an event (SCHEMA rule 8).
    [GeneratedRegex(@"\b(je|j') ?(donne|propose|fais|anime|enseigne|troque|echange) (des |mes )?(cours|lecons)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneTeacher();

    [GeneratedRegex(@"\bpain perdu\b", RegexOptions.CultureInvariant)]
    private static partial Regex PainPerdu();

    [GeneratedRegex(@"\b(je |j'|on |pour )?(donne|donner|donnerai) (des|mes|quelques) (cours|lecons)\b|\bdonner des conseils\b|\b(donne|donner) un coup de main\b|\ben donner\b|\bdonne (le |de mon |mon )temps\b", RegexOptions.CultureInvariant)]
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
    [GeneratedRegex(@"\bcherch(e|ent|ons) (des heures de|des gardes|des missions|un job|un petit job|des petits (jobs|boulots)|un petit boulot)\b|\bcherch(e|ent|ons) a (faire du|faire des|faire de la|garder|promener|se faire (de l'|un peu d')?argent|gagner (un peu d')?argent|rendre service|rencontrer|connaitre|faire connaissance|me faire (des amis|connaitre))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotASearch();

    [GeneratedRegex(@"\bsi besoin( d'aide| de bras| d'un coup de main)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IfNeeded();

    // "On m'a volé mon vélo… je recherche un vélo de ville": after the notice, a search for another one (SCHEMA rule 9).
    [GeneratedRegex(@"\b(re)?cherch(e|ons) (donc |du coup |alors )?(un|une|a adopter|a acheter|a racheter)\b(?! (personne|temoin|info))|\bj'en (re)?cherche (un|une)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Replacement2();

    // "en échange d'un cours de couture", "en échange de cours d'anglais" (de: the plural article after échange).
    [GeneratedRegex(@"\ben echange (d'(un|une)|de (quelqu'un|qqn|qq1|cours|lecons|quelques|petits|menus|services|travaux|heures))\b", RegexOptions.CultureInvariant)]
    private static partial Regex InReturnFor();

    [GeneratedRegex(@"\b(cherche|recherche|jcherche)\w* (des |un |une |du |de l')?(cours|lecons?|soutien scolaire|aide|coup de main)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceSought();

    [GeneratedRegex(@"\b(il (me |nous )?reste|il ne (me |nous )?reste|reste(nt)? (encore|plus que|que|seulement)|plus que|plus qu'une?|encore (\d+|une?|deux|trois|quatre|cinq) [a-z])\b", RegexOptions.CultureInvariant)]
    private static partial Regex StillLeft();

    // "quelqu'un pour reprendre mon canapé", "qqn intéressé pour récupérer mes cartons": a taker for the author's things.
    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|une personne|des preneurs?|un preneur|amateurs?) (serait )?((interessee?s?|preneu(r|se)) )?(pour|pr|qui (voudrait|veut|pourrait|peut|souhaite(rait)?)) (reprendre|emporter|adopter) (mon|ma|mes|notre|nos) (?!(enfants?|fils|filles?|mari|femme|mere|pere|parents|bebe|petite?s?|travail|boulot|poste|cours|colis|courrier)\b)", RegexOptions.CultureInvariant)]
    internal static partial Regex TakerForMine();

    // "Qqn a un chien ?", "si quelqu'un a des poules": looking for someone to give to.
    [GeneratedRegex(@"^\W*(quelqu'un|qqn|qq1) a (un|une|des) [a-z' -]{2,30}\?|\bsi (quelqu'un|qqn|qq1|vous) (a|avez) (un|une|des) ", RegexOptions.CultureInvariant)]
    private static partial Regex TakerAsked();

    // "On a enfin trouvé un appartement", "je ramasse les feuilles chez les voisins": nothing was found lying about.
    [GeneratedRegex(@"\b(on a|j'ai|nous avons|avons) (enfin |finalement )?trouve (une maison|un appartement|un logement|un travail|un emploi|du travail|une solution|un stage)\b|\b(je|on|nous) ramass(e|ons) (les|des|vos)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();

    // "besoin d'emprunter une clé à molette", "un voisin pourrait me dépanner d'une clé ?": the thing is asked for, whoever helps.
    [GeneratedRegex(@"\b(emprunter|me preter|me pretes|me pretez|nous preter|(me|nous) en preter|m'en preter|me depanner(ait|iez)? (d'un|d'une)|me passer (un|une|des|sa|son|ses|votre|vos|ta|ton|tes))\b", RegexOptions.CultureInvariant)]
    private static partial Regex BorrowVerb();

    // "mon mari l'avait acheté pour le sport", "on les a achetés l'an dernier": a past purchase tells the thing's story, nobody buys.
    [GeneratedRegex(@"\b(l'|les |je l'|on l'|on les |il l'|elle l'|j'|on |nous (l'|les )?|il |elle )(ai|a|avait|avais|avions|avons|ont|avaient|avez) (\w+ )?achetee?s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastPurchase();

    [GeneratedRegex(@"\b(je|j') ?[a-z]+ (votre|vos|ton|ta|tes)\b[^.!?]{0,60}\b(et )?(vous|tu) (me|m') ?[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Reciprocal();

    [GeneratedRegex(@"\b(anniversaire|ans|bapteme|mariage|communion|fete|cremaillere) (de|d'|pour) (mon|ma|mes|notre|nos)\b|\b(mon|ma|notre) (anniversaire|bapteme|mariage|cremaillere)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PrivateParty();

    [GeneratedRegex(@"\b(evitez|eviter|soyez prudente?s?|prudence|faites attention|restez (chez vous|a l'ecart|eloignes?)|ne (passez|circulez|sortez) pas|fermez (vos|les))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Warning();
}
