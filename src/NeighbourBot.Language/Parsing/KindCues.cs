using System.Text.RegularExpressions;

namespace NeighbourBot.Language.Parsing;

/// <summary>French cue patterns of each listing kind, over folded text (lower case, no accents).</summary>
internal static partial class KindCues
{
    private const RegexOptions O = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChForCherche = @"^[^a-z0-9]*ch(\.| ?:)? (?=[a-z]{3})";

    // Each cue list is cut into a few patterns: one huge generated matcher stays in unoptimised (tier-0) code for long.
    public static Regex[] LostAll { get; } = [Lost(), Lost2(), Lost3(), Lost4(), Lost5()];

    public static Regex[] FoundAll { get; } = [Found(), Found2(), Found3(), Found4(), Found5(), Found6()];

    public static Regex[] GiveAll { get; } = [Give(), Give2(), Give3(), Give4()];

    public static Regex[] LendAll { get; } = [Lend(), Lend2(), Lend3(), Lend4()];

    public static Regex[] SeekAll { get; } = [Seek(), Seek2(), NeedOpening()];

    public static Regex[] HelpRequestAll { get; } = [HelpRequest(), HelpRequest2(), HelpRequest3()];

    public static Regex[] HelpOfferAll { get; } = [HelpOffer(), HelpOffer2()];

    public static Regex[] CancelAll { get; } = [Cancel(), Cancel2(), Cancel3()];

    public static Regex[] GeneralQuestionAll { get; } = [GeneralQuestion(), GeneralQuestion2(), GeneralQuestion3()];

    public static Regex[] ChatAll { get; } = [Chat(), Chat2(), Chat3()];

    public static Regex[] AftermathAll { get; } = [Aftermath()];

    public static Regex[] InvitationAll { get; } = [Invitation()];

    public static Regex[] SellAskedAll { get; } = [SellAsked(), SellAsked2()];

    public static Regex[] HandsAskedAll { get; } = [HandsAsked(), HandsAsked2(), HandsAsked3()];

    [GeneratedRegex(@"(?<![a-z])(perdu|perdue|perdus|perdues|egare|egaree|egares|egarees|disparu|disparue|a fugue|fugue|s'est (echappee?|sauvee?|enfuie?|envolee?|fait la malle)|se sont (echappee?s|sauvee?s|enfuie?s|envolee?s)|echappee?s? (par|de|du|hier|ce|cette|depuis)|on a vole (mon|ma|mes|le|la|les|notre|nos)|ne (rentre|revient) plus|(a|ont) file (le|hier|ce|cette|dans|depuis|pendant)|pour (filer|s'echapper|s'enfuir|se sauver) (hier|ce|cette|cet|la|dans|depuis|pendant)|envolee?|on m'a vole|on nous a vole|oublie (mon|ma|mes|un|une|son|sa|ses|notre|nos|leur|leurs)|m'a ete volee?|volee?s? (hier|ce|cette|devant|dans|la nuit)|lost)\b", O)]
    public static partial Regex Lost();

    [GeneratedRegex(@"(?<![a-z])(paume|paumee|paumes|(j'ai|on a|nous avons) (egare|paume|laisse tomber)|plus de nouvelles de (mon|ma|notre)|(a|ai|avons) oublie|(j'ai|on a|nous avons|il a|elle a|ma fille a|mon fils a|j'ai du) (laisse|oublie) (mon|ma|mes|son|sa|ses|notre|nos|leur)( [a-z'-]+){1,3} (au|a la|a l'|dans|chez|sur|pres)|oubliee?|n'est pas (rentree?|revenue?)|n'est (jamais|toujours pas) (rentree?|revenue?)|ne sont (jamais|toujours pas) (rentree?s|revenue?s)|pas revenue?|pas rentree?|introuvable|impossible de (le |la |les )?retrouver|(on|je|nous) ne (l'|les )?(a|ai|avons) (plus|pas|jamais) (re)?trouvee?s?|(on|je|nous) ne (le|la|les) (re)?trouv(e|ons) (plus|pas)|(avez-vous|vous avez|qui a|quelqu'un a|qqn a|qq1 a|auriez-vous) vu (mon|ma|mes|notre|nos|un|une)|(je |on |nous )?(re)?cherch(e|ons) (mon|ma|notre|nos|mes) (chat|chatte|chien|chienne|chaton|chiot|lapin|tortue|perruche|perroquet|oiseau|furet|hamster|cochon d'inde)|a disparu|ont disparu|(mon|ma|mes|notre|nos) [a-z' -]{2,40}? (a|ont) ete (oubliee?s?|perdue?s?|egaree?s?)|(est|sont) partie?s? depuis|(on m'a|on nous a|s'est fait|se sont fait|m'a ete|nous a ete|j'ai ete|je me suis fait) (vole|volee|voles|pique|piquee|piques|piquer|voler|chourave|chouraver|embarque|embarquer|derobe)|cambriole)\b", O)]
    public static partial Regex Lost2();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|qui) (a|aurait|aurai) (perdu|oublie|egare)\b|\b(appartient|est|sont)-(il|elle|ils|elles) a (quelqu'un|vous)\b|\bl'air perdue?\b|\bsi vous avez perdu\b|\bsi (c'est|c est) (le votre|la votre|a vous)\b", O)]
    public static partial Regex LostByOthers();

    [GeneratedRegex(@"(?<![a-z])(trouvee?s?|j'ai trouvee?|avons trouve|retrouvee? (un|une|devant|dans|sur)|livree? (chez moi|a mon adresse|dans ma boite) par erreur|par erreur chez moi|tombee? dans (notre|mon|ma|le) (jardin|cour|balcon)|(je suis|suis|on est|nous sommes) tombee?s? sur (un|une|des|ce|cette|ces)|pose sur (mon|notre) balcon|(venue?s?|venues) se (poser|refugier|cacher|percher)|(est|sont) (a|pour) vous ?\?|(il|elle) est a qui(?! (le|la) veu)|a qui (il|elle) est|a qui (ils|elles) sont|a qui (il|elle|ca) appartient|(le|la|les) reconnai(t|ssez|ssent|s)|(quelqu'un|qqn|qq1|vous) reconnai(t|ssez|trait|triez) (ce|cette|ces)|reconnaissez|sans collier (se|qui|erre|traine|devant|dans)|(est|sont) (attachee?s?|garee?s?|abandonnee?s?|posee?s?) (au|a la|devant|dans|sur|contre|depuis)|depuis \d+ jours? sans bouger|se promene seule?|se promenait|(n'est|ne sont) pas pour (moi|nous)|(il|elle|ils|elles) (est|sont) a quelqu'un|(un|une|des) [a-z' -]{2,40}? (est|sont) restee?s? (dans|au|a la|sur|devant|depuis)|si personne (ne )?(le|la|les) reclame|personne ne (le|la|les) (connait|reconnait|reclame)|se (baladent|promenent)|(je|on|nous) l'(ai|a|avons) (trouvee?|ramassee?|recuperee?|retrouvee?))\b", O)]
    public static partial Regex Found();

    [GeneratedRegex(@"(?<![a-z])(a qui (sont|est)-(ils|elles|il|elle)|a qui sont|errant|erre (dans|devant|sur)|qui traine dans|est chez moi depuis|recueilli|recupere devant|ramassee?s?|est-ce (a vous|le votre|la votre)|a qui (appartient|est)|appartient a quelqu'un|qui a oublie|oubliee?s? (devant|dans|sur|au|a la)|laissee? devant|abandonnee?|traine (depuis|devant|dans)|se balade seule?|(re)?cherche (le |son |sa |ses |les )?(proprietaire|maitre|maitresse|famille)s?|attend(ent)? (son|sa|ses|leur|leurs) (proprietaire|maitre|maitresse)s?)\b", O)]
    public static partial Regex Found2();

    [GeneratedRegex(@"\bsi (quelqu'un|qqn|qq1|vous|on|une personne|quelqu un)( l'| la | le | les |')?(a |avez )?(trouve|trouvez|trouvent|retrouve|retrouvez|voyez|vois)|\b(la|le|les) (trouve|retrouve)\b|a retrouve (sa|son|ses) (famille|maitre|maison|proprietaire)", O)]
    public static partial Regex FoundConditional();

    // "Récupéré un chien…", "Retrouvé ce matin…": a notice that opens on the participle.
    [GeneratedRegex(@"^\W*((recuperee?s?|retrouvee?s?|ramassee?s?|recueillie?s?) (un|une|des|ce|cette|hier|ce matin|ce soir|sur|dans|devant|pres)|found)\b", O)]
    public static partial Regex Found3();

    // "Quelqu'un aurait trouvé une clé USB ?": asking others whether they found what I lost.
    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|vous|personne) (n')?(aurait|auriez|aurais|a|avez)( pas)?((-t)?-(il|elle|vous))? (trouvee?s?|retrouvee?s?|ramassee?s?|vu|apercu|croise) (un|une|des|mon|ma|mes|notre|nos|le|la|les)\b|\b(quelqu'un|qqn|qq1|quelqu un|vous) (l'|les )(aurait|auriez|a|avez|aurais) (vue?s?|apercue?s?|croisee?s?|trouvee?s?)\b", O)]
    public static partial Regex Lost3();

    // "Si quelqu'un a du fumier à donner, je suis preneur": the gift is asked for, not offered.
    [GeneratedRegex(@"\b(si |est-ce que )?(quelqu'un|qqn|qq1|quelqu un|vous|des voisins|une personne|tu) (a|aurait|auriez|avez|aurais|as|possede)\b[^.?!]{0,50}\ba (donner|offrir|ceder)\b|\b(auriez|aurait|avez|aurais)(-(il|elle|vous|tu))? [^.?!]{0,40}\ba (donner|offrir|ceder)\b|\b(quelqu'un|qqn|qq1|personne) (ne )?se (separe(rait)?|debarrasse(rait)?) (de|d')", O)]
    public static partial Regex GiveAsked();

    // "un collègue m'en a prêté une": someone else lent, in the past.
    [GeneratedRegex(@"\b(m'|m'en |nous |nous en |on m'|on m'en |l'|qui m'|qui m'en |m'avait |m'ont |m'en ont |on me l'|me l')(a|avait|ont|as|aviez) (ete )?pretee?s?\b|\bm'(a|ont) ete pretee?s?\b", O)]
    public static partial Regex LentToMe();

    // Thanks after the fact: "Trop bien la fête de samedi, merci aux organisateurs".
    [GeneratedRegex(@"(?<![a-z])(trop bien (la|le|cette|ce|l')|c'etait (super|genial|top|chouette|trop bien|sympa|magnifique|tres sympa|une belle)|merci (a tous )?(aux|a l'equipe des|a tous les) (organisateurs|organisatrices|benevoles|participants)|quelle (belle|super|chouette|bonne) (fete|soiree|journee|ambiance|apres-midi))", O)]
    public static partial Regex Aftermath();

    [GeneratedRegex(@"(?<![a-z])(je donne|jdonne|(je|moi) donner|j donne|on donne|nous donnons|donne|donnes|dnne|dne|jdne|done|a donner|a doner|a dooner|a offrir|don|dons|gratuite?s?|gratos|cadeau|je me debarrasse|me debarrasse|(je (veux|voudrais|dois|souhaite|vais)|dont je (veux|voudrais|dois|souhaite|vais)) me debarrasser (de|d')|dont je (veux|voudrais|dois|souhaite|vais) me debarrasser|j'offre|j'en offre|(je me|se) separe (gratuitement )?(de|d')|rien a payer|(part|partent|pars) gratuitement|(je|on) (vous|te|lui|leur) laisse (mon|ma|mes|notre|nos))\b|^\W*offerte?s?\b", O)]
    public static partial Regex Give();

    [GeneratedRegex(@"(?<![a-z])(offre|(quelqu'un|qqn|qq1|quelqu un|un voisin|une voisine|des voisins|qui) (aurait|a|aura|aurai) besoin d'(un|une|des)|qui veu[tx](?! (venir|participer|jouer|se joindre|nous rejoindre|aller|bien|m'aider|nous aider))|qui en veut|contre bons soins|venez vous servir|servez-vous|premier (arrive|qui vient|qui)|a recuperer gratuitement|c cadeau|je m'en separe|surplus|en trop|quelqu'un veut|qqn veut|qq1 veut|(un|une|des) (voisine?s?|amateurs?|personnes?) (veut|veulent|voudrai(t|ent)|serai(t|ent) interessee?s?)(?! que)|ca interesse (quelqu'un|qqn|qq1)|(quelqu'un|qqn|qq1|des gens|qui) que (ca|cela) interesse(rait)?|(quelqu'un|qqn|qq1) (serait|est) interessee? par|qui (serait|est|sera|seraient) interessee?s? par (un|une|des|mon|ma|mes|ce|cette|ces|le|la|les|l')|si (ca|cela) (interesse|dit)|a (recuperer|prendre|venir chercher) (sur place|chez moi|gratuitement|rue)|ca (peut|pourrait) (servir|depanner)|si ca depanne|je cede|(quelqu'un|qqn|qq1|qui) (voudrait|voudraient|aimerait) (bien )?(mon|ma|mes|notre|nos|ce|cette|ces)|(quelqu'un|qqn|qq1) (voudrait|aimerait) (bien )?(des|du|de la|un|une)|ca tente (quelqu'un|qqn|qq1)|a qui (ca |cela )?(ferait|fera|ferai) plaisir|(quelqu'un|qqn|qq1) en veut|(quelqu'un|qqn|qq1) interessee? par|(y a|il y a|y'a|ya)(-t-il)? des amateurs|des amateurs (pour|de) (un|une|des|ce|cette|mon|ma|mes)|(quelqu'un|qqn|qq1|vous) en (aurait|aurai|a|auriez|avez|aura) (l'utilite|l'usage|l'utilisation)|(ca|cela) (servirait|rendrait service|ferait plaisir) a (quelqu'un|qqn|qq1)|(ca|cela) (interesserait|interessera|tenterait|dirait|dit) (a )?(quelqu'un|qqn|qq1)|(ca|cela) vous (interesse|interesserait|tente|tenterait)|(y en a|il y en a|y'en a|y a des gens) (qui (veulent|veut|voudrai(en)?t|serai(en)?t interessee?s?)|que (ca|cela) interesse)|qui veulent(?! (venir|participer|jouer|se joindre|nous rejoindre|aller|bien|m'aider|nous aider|faire|apprendre|essayer|decouvrir)\b| (se|s'|nous|me|m')\b)|qui (voudrait|voudraient) (bien )?(des|du|de la|un|une|les|le|la|l')|qui (veut|voudrait|voudraient) (bien )?(recuperer|reprendre|adopter|emporter) (des|du|de la|un|une|les|mes|mon|ma|notre|nos|ces|ce|cette)|(voudrai(en)?t|aimerai(en)?t)-(il|elle|ils|elles|on) (mon|ma|mes|notre|nos|ce|cette|ces|des|du|un|une))\b", O)]
    public static partial Regex Give2();

    [GeneratedRegex(@"(?<![a-z])(a ceder|cede gratuitement|a debarrasser|a emporter|a prendre|libre a qui|je laisse (gratuitement|a qui)|je m'en separe|je bazarde|si (ca )?interesse|avis aux amateurs|a saisir|ca peut servir|pour qui veut|a qui veut|a qui le veut|(je |j')?propose (mon|ma|mes|notre|nos) (?!services?|aide|temps)|je laisse partir|laisse partir|donnerais|donnerai)\b", O)]
    public static partial Regex Give3();

    [GeneratedRegex(@"(?<![a-z])(vends|vend|vendons|(je|moi) vendre|revendons|vds|vd|vente|jvends|jvend|jvds|jvd|a vendre|je revends|revends|cherche (un )?acheteur|prix libre|je le fais a|je la fais a|je les fais a|je le laisse a|je la laisse a|a debattre|prix :|nego|negociable|(prix|€|euros?|\d) ferme|je cede (a|pour|le tout a)|cede a \d|je brade|je liquide|petit prix|au prix de|vendrais|je vendrais|mis en vente|en vente|a discuter|a negocier|prix sympa|prix d'ami|faire (une )?offre|faites (une |vos |moi une |-moi une )?offres?)\b", O)]
    public static partial Regex Sell();

    [GeneratedRegex(@"\b(vendrait|vendriez|vendre|vend)\b.{0,12}\?|\b(quelqu'un|qqn|qq1|qq un|vous) (vend|vendrait|vendriez|vendez)\b|\ben vend\b|\bqui (me |nous )?(vend|vendrait|vendra)\b", O)]
    public static partial Regex SellAsked();

    [GeneratedRegex(@"\b(me|nous) vendre\b|si (quelqu'un|qqn|qq1) (en )?vend\b|\b(quelqu'un|qqn|qq1|qq un|on|vous|tu|il|elle) (a|aurait|auriez|avez|as) (un|une|des)? ?\w+( \w+)? a vendre\b|\b(aurait|auriez|avez|aurais)(-(il|elle|vous|tu))? (un|une|des)? ?\w+( \w+)? a vendre\b", O)]
    public static partial Regex SellAsked2();

    [GeneratedRegex(@"^\W*(a preter|prete|pretes)\b(?!-? ?(moi|nous)\b)", O)]
    public static partial Regex Lend();

    [GeneratedRegex(@"(?<![a-z])(de (la |le |les |vous )?(la |le |les )?preter a|(on|nous) (le |la |les |vous )?(prete|pretons)\b(?! pas)|je (la |le |les )?passe volontiers|(elle|il|ils|elles) (me )?revien(t|nent|dra|dront) (juste )?(apres|ensuite|le|la|dans)|(j'en ai|j'ai)( [a-z0-9'-]+){0,4} a preter|je pe (le |la |les )?preter|(peut|peuvent|pourrait|pourraient) etre pretee?s?|je peux (vous |te |lui |leur )(la |le |les )preter|vous empruntez|si (quelqu'un|qqn|qq1|un voisin|une voisine|une [a-z]+|un [a-z]+|vous) (veut|voulez|a besoin de) (l'|le |la |les )?emprunter|(me|nous) (le|la|les) rendre (le jour|apres|ensuite|propre|svp|quand)|je prete|je pret|jprete|jpret|je (le|la|les|vous|te) prete|j'prete|jprete|je peux (la |le |les |vous )?preter|que je (vous )?(la |le |les )?prete|peux preter|pourrais preter|pret de|pret d'|pret :|prets? gratuits?|prete volontiers|prete sans|mets? a (dispo|disposition)|mettre a (dispo|disposition)|met a (dispo|disposition)|a (dispo|disposition) (pour|des) (les )?voisins|(il faut|il suffit de|suffit de|a condition de|pourvu qu'on|juste) (me|nous) (le|la|les) (rendre|ramener|rapporter)|je peux passer (mon|ma|mes)|je peux (le|la|les) passer|que je (peux|pourrais|pourrai) (vous |te |lui )?(passer|preter)|en pret|pret gratuit|(vous|tu) (me|nous) (le|la|les) (rendez|rendrez|ramenez|ramenerez|rapportez|rapporterez|rends|ramenes)|remettez-(le|la|les)|(laisse|tiens) (mon|ma|mes|le|la|les|un|une)( [a-z'-]+){1,3} a (dispo|disposition)|prete (un|une|des|mon|ma|mes|nos|notre)|preterais|preterai|(il faut|il suffit de|suffit de|a condition de|juste|simplement) (me |nous )?(le|la|les) (rendre|ramener|rapporter)|(mets|met|mettons|mettre) (mon|ma|mes|notre|nos|un|une|des|le|la|les)( [a-z'-]+){1,4} a (dispo|disposition)|(mets|met|mettons|mettre) a (votre|vos|la|ta) (dispo|disposition))\b", O)]
    public static partial Regex Lend2();

    [GeneratedRegex(@"(?<![a-z])(emprunter|emprunterais|emprunterai|emprunt|me preter|me preterai[ts]?|me preterie[zs]|me pretes|me pretez|me pretera[si]?|m'preter|me la preter|me le preter|me les preter|nous preter|(me|nous) en preter|m'en preter|me passer|me depanner (d'un|d'une|avec)|je (la |le |les )?rends|je (la |le |les )?rendrai|rendrai|je (la |le |les )?ramene|je (vous|te) (la|le|les) (rends|rendrai)\b(?! (service|visite|compte))|preneur pour \d|pour \d+ ?(h|min)|(juste |seulement )?pour (quelques|\d+|un|une|deux|trois) (jours|heures?|week-end|soiree|journee|apres-midi|matinee)|(juste|seulement|pendant) (\d+|une|deux|dix|quelques) (minutes?|min|heures?|h)|\bpour (\d+|un|deux|trois|quatre|quelques) (petits )?trous\b|besoin d'une? [a-z' -]{2,30} (\d+|une|deux|trois|quelques) (minutes?|min|heures?|h|jours?)(?! (de route|de trajet|de marche|a pied)))\b", O)]
    public static partial Regex Borrow();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|qq un|quelqu un|vous|tu|t'|auriez|aurais|aurait)\b[^.!]{0,60}\ba preter\b|\ba preter\b[^.!]{0,40}\?|\b(quelqu'un|qqn|qq1) (prete|preterait|pourrait preter)\b[^.!]{0,90}\?|\b(me|nous) (passerait|passeriez|passerais|preterait|preteriez|preterais)\b|\bjuste (un|pour un) pret\b|\bbesoin de (vos|votre|ta|ton|tes)\b", O)]
    public static partial Regex BorrowQuestion();

    [GeneratedRegex(@"(?<![a-z])(echange|echanges|echanger|jechange|jtroque|echangerais|j'echange|troc|troque|troquer|troquerais|troquerai|swap|echangeons|donnant-donnant|donnant donnant)\b", O)]
    public static partial Regex Exchange();

    [GeneratedRegex(@"\bpas d'echange|\bou echange|\bechange possible|\bpossibilite d'echange|\bechange (envisageable|accepte|bienvenu)|\bouverte? aux? echanges?|\bou troc\b|\bou a echanger|\bpas de troc|\bl'echange de services|\ben echange\b(?! (de|d') (ta|ton|tes|votre|vos)\b)|\bechange de services sur", O)]
    public static partial Regex ExchangeWeak();

    [GeneratedRegex(@"(?<![a-z])(je cherche|cherche|recherche|recherchons|jcherche|jrecherche|jachete|jveux|je recherche|on cherche|nous cherchons|a la recherche|suis preneu(r|se)|preneu(r|se)|j'achete|achete|a acheter|aurait|auriez|vendrait|racheter|rachete|il me faudrait|j'aurais besoin d'une?|besoin (urgent |urgemment |rapidement |vite |absolument )?d'une?|(nous avons|on a|j'ai|j'aurais|nous aurions|on aurait) besoin (de|d') (?!(deux|trois|quatre|cinq|six|dix|plusieurs|quelques|nombreux|nombreuses|vos|mes|tes|ses|nos|les|des|ces|tous|toutes|plus|moins)\b)[a-z]+s\b(?<!\b(bras|gens|volontaires|benevoles|renforts|conseils|nouvelles|infos|vacances|sous|places|mains|personnes|costauds|jours|heures|minutes|semaines|mois|vous|nous|plus|moins|temps|tous))|(quelqu'un|qqn|qq1|personne) (ne )?(se separe(rait)?|se debarrasse(rait)?) (de|d'))\b", O)]
    public static partial Regex Seek();

    [GeneratedRegex(@"(?<![a-z])(je me cherche|cherchons|(je|moi) (re)?chercher|(quelqu'un|qqn|qq1|vous|tu) (pourrait|pourriez|peut|pourrais|veut|voudrait|voudriez) (me|nous) ceder|(a|pour) me ceder|quelqu'un a (un|une|des|1)|qqn a (un|une|des|1)|qq1 a (un|une|des|1)|je voudrais (un|une|des|acheter|trouver|recuperer)|j'aimerais (trouver|acheter|recuperer|avoir)|est-ce que (quelqu'un|qqn|qq1) (a|aurait)|je veux acheter|interessee? par (un|une|des)|je prends (vos|tout|les)|je recupere (vos|les|tout)|qui aurait|avis de recherche|budget|jcherch|jrecherche|cherch|rech|qq1 aurait|qqn aurait|(quelqu'un|qqn|qq1|qq un) (aurai|aurais)|(quelqu'un|qqn|qq1|qq un|vous) (vend|vendrait|vendriez|vendez)|suis a la recherche|looking for|(je prefere|je prefererais|plutot) (en )?(acheter|racheter)|(donner|donnez)[ -]moi|si (vous avez|quelqu'un a|qqn a|qq1 a|tu as|des voisins ont) [^.!?]{2,50}\bje (recupere|prends|reprends|veux bien|les prends|les recupere)\b(?! (vos|votre|tes|ton|ta) (enfants?|colis|courrier)))\b|" + ChForCherche, O)]
    public static partial Regex Seek2();

    // "Besoin de bois pour le poêle", "J'ai besoin de cartons": a message opening on a need names the thing it asks for
    // (hands, help or someone asked for are calls for help, read elsewhere).
    [GeneratedRegex(@"^\W*((j'ai|jai|on a|nous avons|j'aurais) )?(grand |gros |vraiment )?(besoin|bsoin) (de|d'|du|des) ?(?!(\d+|deux|trois|quatre|cinq|six|dix|quelques|plusieurs|l'aide|aide|bras|quelqu'un|qqn|qq1|monde|renfort|volontaires|benevoles|gens|personnes?|vous|conseils?|infos?|informations?|un coup de main|main|faire|me|m'|vos|votre|ton|ta|tes)\b)[a-z]", O)]
    public static partial Regex NeedOpening();

    // "Quelqu'un aurait du lait infantile ?": the thing asked for comes right after the article.
    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|vous|qui) (aurait|auriez|aurais|a|avez) (du|de la|des|un|une|1) ", O)]
    public static partial Regex ThingAsked();

    // "Quelqu'un voudrait des pots de yaourt ?", "qui veut des fraisiers ?": a taker is asked for, the thing is given.
    [GeneratedRegex(@"^\W*((bonjour|bjr|coucou|salut)\W+)?(quelqu'un|qqn|qq1|qui) (voudrait|veut|veux) (bien )?(des|du|de la|un|une)\b", O)]
    public static partial Regex TakerWanted();

    /// <summary>"ch poussette", "ch. table", "ch : vélo": a message opening on "ch", SMS for "cherche".</summary>
    [GeneratedRegex(ChForCherche, O)]
    public static partial Regex ChAbbreviation();

    [GeneratedRegex(@"\b(cherche|recherche|cherchons)\w* (quelqu'un|qqn|qq1|qq un|une personne|personne)(?! qui (a|aurait|vend|donne|aurais|possede)\b)|(cherche|recherche|cherchons)\w* (un coup de main|de l'aide|un peu d'aide|du renfort)|(cherche|recherche|cherchons)\w* (aussi |encore |toujours )?(des |quelques |de |une )?(bonnes? volontes?|bonnes? ames?|ames? charitables?|benevoles?|volontaires?|bras|gens motives|personnes motivees)|(cherche|recherche|cherchons)\w* (un |une )?(lift|trajet|ride)\b|(cherche|recherche|cherchons)\w* (un\(?e?\)? (bon |bonne |vrai |petit |petite )?(etudiant|prof|nounou|baby(?![- ]?(foot|phone|gym|relax|cook|bjorn))|jardinier(?!e)|menuisier|plombier|electricien|benevole|bricoleur|chauffeur|covoit|covoiturage)\w*|une? (etudiant|prof|nounou|baby(?![- ]?(foot|phone|gym|relax|cook|bjorn))|jardinier(?!e)|benevole|bricoleu|covoit)\w*|un covoiturage|une place|1 place(?! (de|d'|en|au|a la|pour (le|la|un|une)) )|jardinier(?!e)|(baby(?![- ]?(foot|phone|gym|relax|cook|bjorn))|nounou|babysit|covoit|garde d'enfant|aide-menagere|auxiliaire)\w*)|(cherche|recherche|cherchons) (etudiante?|prof|professeur|nounou|baby-?sitter|jardinier|bricoleur|plombier|electricien|femme de menage|aide-menagere) (pour|qui|sachant|serieu|dispo|de|d')|\b(besoin d'une?|cherche une?|il me faudrait une?) (electricien|plombier|bricoleu[rs]e?|couturiere|informaticien|mecanicien|jardinier|menuisier|peintre|chauffagiste|serrurier|vitrier|prof|professeur|baby-?sitter|nounou|traducteur|traductrice|demenageur)\w*|\b(une?|des) (electricien|plombier|bricoleu[rs]e?|couturiere|informaticien|mecanicien|jardinier|menuisier|peintre|chauffagiste|serrurier|vitrier|prof|professeur)\w*( \w+)? (parmi|dans) (les|nos|le|la|l') ?(voisins|quartier|immeuble|residence|rue|groupe)", O)]
    public static partial Regex SeekSomeone();

    [GeneratedRegex(@"(?<![a-z])(besoin d'aide|besoin d ?aide|besoin aide|il (nous|me) faut (des |quelques |(\d+|deux|trois|quatre|cinq) )?(bras|paires de bras|costauds|volontaires)\b|besoin de (\d+|deux|trois|quatre|quelques)([ -]\d+|( ou| a) \w+)? (personnes|bras|gars|hommes|costauds|volontaires|benevoles)|besoin que (quelqu'un|qqn|qq1|on)|qq1 saurait|(covoit\w*|trajet|lift) (demande|recherche|cherche)|besoin d'un coup de main|besoin de bras(?! pour un| pour vos| pour votre)|besoin de (monde|renfort|volontaires|benevoles|gens|costauds)|besoin de quelqu'un|besoin qu'on|aurais besoin qu|aidez|au secours|(?<!can (also )?)help(?! with)|qui pourrait|qui peut m|(quelqu'un|qqn|qq1|une personne) pour (m'|me |nous |m |venir|faire|aider|changer|reparer|monter|garder|promener|arroser)|qui peut nous|qqn pourrait|quelqu'un pourrait|qq1 pourrait|quelqu'un saurait|qqn saurait|quelqu'un peut|qqn peut|qq1 peut|quelqu'un serait dispo|quelqu'un de bricoleur|s'y connai(t|ssez)|pourriez-vous|pourrait m'aider|m'aider|nous aider)\b", O)]
    public static partial Regex HelpRequest();

    [GeneratedRegex(@"(?<![a-z])((quelqu'un|qqn|qq1) d(e |')[a-z]+ (pour|pourrait|qui pourrait|saurait|peut|serait)|me montrer|je paie|on paie|remuneration|je n'y arrive pas|je ne m'en sors pas|quelqu'un va|qqn va|svp besoin|bsoin|besoin d'aide pr|sos|aurait le temps de|aurait un peu de temps|un voisin (pour|qui pourrait|qui peut)|j'ai besoin de quelqu'un|est-ce que (quelqu'un|qqn|qq1) (pourrait|peut|saurait)|qui serait d'accord pour|qui voudrait bien(?! (des|du|de la|un|une|mon|ma|mes|ces|ce|cette)\b)|besoin d'aide en|besoin d'aide (pour|a)|j'ai besoin qu'on|qui pourrai(t|ent)|serait dispo(nible)? pour m|(quelqu'un|qqn|qq1) serait dispo|je cherche de l'aide|cherche de l'aide|(je voudrais|j'aimerais|il me faudrait|je souhaite|je souhaiterais) (trouver )?(quelqu'un|qqn|qq1|une personne|un voisin|une voisine) (pour|qui))\b", O)]
    public static partial Regex HelpRequest2();

    [GeneratedRegex(@"(?<![a-z])((re)?cherche (de l'|un peu d'|une )?aide\b|m aider|pr m'?aider|pr m aider|m'aider svp|(?<!(vous avez|vous auriez|tu as|tu aurais|si) )besoin d'une? (covoit\w*|lift|trajet|chauffeur|conducteur|place dans)|(cherche|cherchons|recherche|recherchons) (\d|une|deux|trois|quatre) places? en voiture|m'emmener|m'amener|me conduire|me deposer|me ramener|nous emmener|nous conduire|(lui|leur) rendre visite|(quelqu'un|qqn|qq1|une personne|un voisin|une voisine)( benevole)? (pourrait|peut|pourrai(en)?t)(-(il|elle))? (lui|leur|m'|me|nous))\b", O)]
    public static partial Regex HelpRequest3();

    [GeneratedRegex(@"(?<![a-z])(je fais (du|de la|de l')|je vous fais|(ca|cela) (depannerait|pourrait depanner|interesserait) (quelqu'un|qqn|qq1)|places? ?: ?\d|cherch(e|ent|ons) (des heures de|des gardes|des missions|un job|un petit job|des petits (jobs|boulots)|un petit boulot)|cherche(nt)? a (faire du|faire des|faire de la|garder|promener|se faire (de l'|un peu d')?argent|gagner (un peu d')?argent|rendre service)|que je (vous |leur |lui )?(ramene|rapporte|prenne|fasse)|je propose|je me propose|jpropose|jpeux|propose|proposent|propose de|propose du|propose des|je peux( vous)?|j'peux|jpeux|je suis dispo|dispo pour|disponible pour|je (monte|repare|taille|tonds|garde|promene|cuisine|fais les|fais des)|je donne des cours|donne des cours|si vous avez besoin|si besoin|n'hesitez pas|dites-moi|faites-moi signe|il me reste (\d+|une|deux|trois|quatre) places?|(\d+|une|deux|trois|quatre) places? (dispo|disponibles?|libres?))\b", O)]
    public static partial Regex HelpOffer();

    [GeneratedRegex(@"(?<![a-z])(je (descends|monte|remonte|redescends|pars|rentre) (a|sur|vers|en direction de|jusqu'a)|je peux (vous )?(covoiturer|emmener|deposer|conduire)|de metier|a la retraite|retraitee?|je suis (menuisier|peintre|couturiere|couturier|electricien|jardinier|plombier|informaticien|assistante maternelle|etudiante?|bilingue|prof)|gratuitement|benevolement|je vais a|je passe (au|a la|a|chez|par)|gênez-vous pas|genez-vous pas|j'ai une camionnette|j'ai de la place|je me tiens a (votre )?disposition|propose mes services|a votre service|je rends service|je peux depanner|preter main forte|mes services|je peux donner un coup de main|je suis disponible|je m'occupe de (vos|votre)|je garde (vos|votre)|je fais (vos|votre)|je (regarde|verifie|repare|entretiens|lave|nettoie|tonds|taille|promene|nourris|arrose|porte|recupere|ramene|installe|conduis|accompagne|range|repasse|retouche|affute) (vos|votre))\b", O)]
    public static partial Regex HelpOffer2();

    [GeneratedRegex(@"\b(qui (est|serait|sera) (partant|chaud|interesse|dispo)|qui vient|qui veut (venir|jouer|participer|se joindre|nous rejoindre)|qui est dispo pour (jouer|venir)|seraient interesses|ouvert a tous|venez|tout le monde est invite|rdv|rendez-vous (au|devant|a la|a|des)|on se retrouve|bienvenue?s?|inscription|entree libre|gratuit pour tous|apportez|ramenez|chacun apporte|amenez|participez|on compte sur vous|je lance|on organise|nous organisons|organise)\b", O)]
    public static partial Regex Invitation();

    [GeneratedRegex(@"(?<![a-z])(finalement je ne (donne|vends|prete)|je ne (donne|prete|vends) plus|ne (donne|prete|vends) plus|(finalement |du coup )?je (donne|prete|vends) plus\b(?! (de|d'|cher|loin|que|qu'|rien|grand|petit|souvent|trop))|plus besoin|n'est plus (dispo|disponible)|deja (donne|parti|vendu|pris|reserve)|a ete (donne|vendu|reserve|rendu)|c'est reserve|est reserve|(a|ont) (deja )?trouve (preneu(r|se)|son bonheur|une famille|proprietaire)|plus (dispo|disponible)\b(?! (le|les|en|ce|cette|apres|avant|a partir|que|qu'|entre|pour (le|les)|jusqu'|avant|le soir|le matin|la semaine))|(il|elle|ils|elles) (est|sont) (deja )?(donnee?s?|vendue?s?)\W*$|(il|elle|ils|elles) (est|sont) (deja )?(donnee?s?|vendue?s?)[,.!]|ne venez plus)", O)]
    public static partial Regex Cancel();

    [GeneratedRegex(@"(?<![a-z])((vente|annonce|don|pret) (est )?annulee?|je (le|la|les) garde finalement|(a|ont) ete retrouvee?s?|est (rentree?|revenue?) (a la maison|chez (lui|elle|nous|moi))|merci (a tous )?pour (les|vos) partages|j'ai trouve (ce qu'il me fallait|ce que je cherchais|mon bonheur|quelqu'un|une solution|preneu(r|se))|j'ai trouve ?(!|\.|$|, merci)|c'est trouve\b|(c'est|c est|c) (tout )?bon\W+(j'ai )?trouve\b|c'est (bon|regle|trouve) (pour moi|merci)|je garde finalement|finalement (on|je|nous) (le |la |les )?gard(e|ons)|ah non c'est bon|fausse alerte|annonce annulee|j'annule|est (reportee?|annulee?)|a ete (deplacee?|reportee?|annulee?|decalee?)|sont (reportee?s|annulee?s)|n'aura pas lieu)", O)]
    public static partial Regex Cancel2();

    [GeneratedRegex(@"(?<![a-z])(quelqu'un sait|qqn sait|qq1 sait|qui sait (si|ou|quand|comment|pourquoi|a quelle)|(quelqu'un|qqn|qq1) a (eu )?des nouvelles (de|du|des|d')|(mettre|poster|publier|passer) une annonce (pour|ici|sur)|savez-vous|vous savez|quelqu'un connait un bon|qqn connait un bon|recommander (un|une) (bon|bonne)|conseiller (un|une) (bon|bonne)|(un|une) (bon|bonne) (adresse|plombier|garagiste|garage|electricien|medecin|dentiste|coiffeur|boulanger|artisan|menuisier|serrurier|veterinaire)|quelqu'un connait une bonne|connaissez-vous un|comment (je|on) (fais|fait|peux|peut)|comment (je|j'|on|faire pour|fait-on|puis-je|peut-on|dois-je) \w+ (une|mon|ma|mes|l'|les|des) (annonce|message|photo|compte|profil|notification)s?|(qui|quelqu'un|qqn|qq1|vous) (connait|connaitrait|connaissez|connaitriez|conseille|recommande|conseillerait|recommanderait) (un|une|des) (bon|bonne|bons|bonnes)|me conseiller (un|une) (bon|bonne)|comment fonctionne|c'est gratuit ?\?|est-ce que ce bot|ce bot|cette plateforme|le numero (du|d'un|d'une|de la|de l')|les horaires|horaires de)", O)]
    public static partial Regex GeneralQuestion();

    // Asking for a professional's name is not a listing (SCHEMA rule 1).
    [GeneratedRegex(@"(?<![a-z])((un|une|des) (bon|bonne|bons|bonnes) [a-z-]+( [a-z-]+)? (a (me |nous )?(recommander|conseiller)|de confiance a)|(un|une|des) [a-z-]+ (de confiance|serieux|serieuse|fiable|honnete) a (me |nous )?(recommander|conseiller)|(quelqu'un|qqn|qq1|vous) (a|aurait|avez|auriez) (un|une|des) [a-z-]+ a (me |nous )?(recommander|conseiller)|^\W*je (vous )?(recommande|conseille) (vivement |chaudement |fortement |les yeux fermes )?(le|la|les|l'|ce|cette)\b|^\W*je (vous )?(recommande|deconseille) [a-z-]+ (pour|,)|^\W*je (vous )?deconseille\b|\bje (vous )?(le |la |les |l')?(recommande|deconseille)( vivement| chaudement| fortement| les yeux fermes)?(?=\W*$)|(qui|quelqu'un|qqn|qq1|vous) (connait|connaitrait|connaissez|connaitriez) (un|une) [a-z-]+ (pas (trop )?cher|honnete|serieux|serieuse|fiable|de confiance|competente?)|(un|une) (bon|bonne) (osteo\w*|kine\w*|medecin|generaliste|pediatre|dentiste|avocat|notaire|comptable|taxi|veterinaire|coiffeu\w+|psy\w*|orthophoniste|infirmi\w+|opticien|podologue|ramoneur|couvreur|macon|carreleur|paysagiste|traiteur|restaurant|boucher\w*|fleuriste|photographe|auto-ecole|assureur|banque|pharmacie|ophtalmo\w*|gyneco\w*|dermato\w*|sage-femme|pizzeria|boulangerie|mecanicien|vitrier|chauffagiste|demenageur|artisan|entreprise|societe))\b", O)]
    public static partial Regex Recommendation();

    // Asking for ideas, news or information, or how the platform works.
    [GeneratedRegex(@"(?<![a-z])((quelqu'un|qqn|qq1|vous) (a|aurait|avez|auriez) (une idee|des idees|une astuce|des astuces|des infos?|des informations|des nouvelles)|^\W*des nouvelles (du|de|des|d')|(je )?(re)?cherche (des |quelques |plus d')?(infos?|informations|renseignements)\b|que faire ?\?|vous trouvez (ca |cela )?normal|qu'en pensez-vous|vous en pensez quoi|(qui|quelqu'un|qqn|qq1|vous) (connait|connaissez|a|aurait|avez) le (code|numero|nom|mot de passe|mail|telephone)\b|(c'est|est-ce|serait-il|est-il) possible de (donner|vendre|mettre|publier|poster|ajouter|supprimer|modifier|annuler)|(via|sur|avec) (le|ce) bot|^\W*(bonjour,? |bonsoir,? )?combien (coute|coutent|ca coute|de temps|faut-il))", O)]
    public static partial Regex GeneralQuestion3();

    // Done and settled: "je ne cherche plus", "la fuite est réparée", "tout est réglé".
    [GeneratedRegex(@"(?<![a-z])((je )?ne (cherche|recherche) plus|n'ai plus besoin|tout est (regle|rentre dans l'ordre|ok|bon))|^\W*(la|le|les|l'|mon|ma|mes|notre|nos) ?[a-z' -]{2,40} (est|sont|a ete|ont ete) (reparee?s?|reglee?s?|resolue?s?)\b", O)]
    public static partial Regex Cancel3();

    // An alert to everyone ("Attention, des vélos ont été volés…"), not a notice about one's own thing.
    [GeneratedRegex(@"^\W*(attention|alerte|info|pour info|prudence|vigilance|mefiance|avis a tous|avertissement)\b(?![^.!?]*\b(mon|ma|mes|notre|nos)\b)", O)]
    public static partial Regex Alert();

    [GeneratedRegex(@"(?<![a-z])(a quelle heure|c'est bien ici|c'est laquelle|c'est lequel|qui a (gare|mis|laisse)|quelqu'un a des nouvelles|est-ce qu'on a le droit|a-t-on le droit|on a le droit|pk mon|pourquoi mon|(?<!(erreur|preciser|precision|oublie|oubli) dans )mon annonce|c'est quand|c est quand|quand est-ce qu|quand passe|quel jour|a quelle date|jusqu'a quelle heure|c'est bien le|est-ce que (la|le|les) \w+ (est|sont|rouvre|ouvre|passe|prend|prennent|accepte|acceptent|reprend|recupere|recycle)|(chez vous|vous) aussi ?\?|(rouvre|ouvre|ferme)(nt)? (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|quand)|vous avez une recommandation|une recommandation de|quel(le)? est (le|la|l') ?(jour|date|heure|horaire|numero|adresse)|quels sont les (horaires|jours))", O)]
    public static partial Regex GeneralQuestion2();

    [GeneratedRegex(@"(?<![a-z])(merci|remercier|je remercie|on remercie|felicitations|bravo|bonne annee|bonne fete|bonnes fetes|bon anniversaire|joyeux|joyeuses?|bienvenue a|ravie? de|desole|dsl|attention|alerte|pensez a|n'oubliez pas de|rappel|il fait|profitez|j'arrive)", O)]
    public static partial Regex Chat();

    [GeneratedRegex(@"(?<![a-z])(bonne journee|bonne soiree|bonjour a tous|avez-vous remarque|a-t-il remarque|vous avez remarque|remarque que|je signale|pour info\b|c'est penible|c'est insupportable|mal garee?s?|bloque (l'entree|la sortie|le passage|mon garage)|inadmissible|le bruit|trop de bruit|merci de (ne pas|penser|respecter|faire attention)|est en panne depuis|crottes?|incivilite|roulent (beaucoup |bien |vraiment )?trop vite|il faudrait (des|un|une) (ralentisseurs?|dos d'ane|radars?|poubelles?|bancs?|lampadaires?|passages? pietons?))", O)]
    public static partial Regex Chat2();

    // "Le vélo est parti": a closing notice, unless it is a detail after an offer ("je donne un lit, le matelas est parti").
    [GeneratedRegex(@"(?<![a-z])(?<!autres )(est partie?|sont partie?s)\b(?! (depuis|ce |cette |hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|sans|de la maison|de chez|par))|\bannonce (retiree|close|cloturee|terminee|supprimee)\b|\b(est|sont|a ete|ont ete) (deja )?(donnee?s?|vendue?s?)\W*(merci|$)", O)]
    public static partial Regex Closed();

    // Kept apart from Found: one small pattern with few first letters scans faster than a longer alternation.
    [GeneratedRegex(@"(?<![a-z])((livree?|deposee?|arrivee?|laissee?|recue?)s? (chez moi |chez nous |a mon adresse |dans ma boite (aux lettres )?|devant ma porte )?par erreur|(tombee?s?|atterrie?s?) (dans|sur) (notre|mon|ma|le|la) (jardin|cour|balcon|terrasse|toit|potager|allee|haie)|se promene (dans|devant|sur|depuis|pres)|sans (collier|medaille) (ni|et|,|se|qui|dans|devant|sur|depuis|erre|traine)|(j'ai|on a|nous avons) (recupere|recueilli|ramasse) (un|une) (chat|chaton|chien|chiot|chienne|chatte|oiseau|perruche|lapin|tortue|herisson|pigeon)|(quelqu'un|qqn|qq1) (le|la|les) (re)?cherche)\b", O)]
    public static partial Regex Found4();

    // "Disparition de notre chienne", "mon sac est resté dans le tram", "j'ai fait tomber mon téléphone", "avis de recherche".
    [GeneratedRegex(@"\b(disparition (de|d')|(est|sont) restee?s? (dans|au|a la|sur|chez)|(j'ai|on a|il a|elle a) fait tomber|avis de recherche|tombee?s? de (ma|mon|mes|la|sa|son) (poche|sac|sacoche|velo|poussette|cartable|veste|manteau|blouson|voiture))\b", O)]
    public static partial Regex Lost4();

    // "Vol de vélo cargo devant l'école", "colis jamais reçu", "quelqu'un aurait vu passer mon âne ?", "mon petit a laissé sa trottinette devant…",
    // "le perroquet est parti par le balcon".
    [GeneratedRegex(@"^\W*(vol|cambriolage) (de|d'|du)\b|\bjamais (recue?s?|arrivee?s?|livree?s?)\b|\b(quelqu'un|qqn|qq1|vous) (a|aurait|auriez|avez) vu passer (mon|ma|mes|notre|nos)\b|\b(mon|ma|notre) (petit|petite|fils|fille|gamin|gamine|mari|femme|pere|mere|ado|grand-mere|grand-pere|voisin|voisine)( de \d+ ans)? a (laisse|oublie) (son|sa|ses|leur|leurs)\b|\b(est|sont) partie?s? par (la|le|les|l')\b", O)]
    public static partial Regex Lost5();

    // "Un lapin se cache sous les voitures", "un chien tourne dans le quartier", "des clés ont été déposées à la boulangerie".
    [GeneratedRegex(@"\b(se cache (sous|dans|derriere)|tourne dans (le|la|notre) (quartier|rue|residence|cour|parc)|(ont|a) ete deposee?s? (a|au|chez|devant)|je l'ai (mise? a l'abri|rentree? chez moi|gardee? chez moi)|sans (collier|medaille)(?=\W*$|[.!,]))", O)]
    public static partial Regex Found5();

    // "Le facteur a déposé chez moi un colis pour le 4e", "des AirPods ont été retrouvés dans la salle".
    [GeneratedRegex(@"\b(a|ont) (laisse|depose|livre|mis|pose)( [a-z0-9'-]+){0,3} (chez moi|chez nous|devant ma porte|devant chez moi|devant notre porte|dans ma boite)\b|^\W*(des|un|une) [a-z' -]{2,30} (a|ont) ete (retrouvee?s?|ramassee?s?|trouvee?s?) (dans|a|au|sur|devant|pres|par)\b", O)]
    public static partial Regex Found6();

    // "je mets mon fauteuil à la disposition de qui…", "le comité des fêtes prête ses tables", "I can lend my…".
    [GeneratedRegex(@"\ba la disposition (de|des|du)\b|\ba preter\b(?![^.!?]{0,60}\?)|^\W*(le|la|l'|notre|nos|les) [a-z' -]{2,40} (prete|pretent) (ses|son|sa|leurs|leur|des|un|une)\b|\b(i can lend|lend my|to lend)\b", O)]
    public static partial Regex Lend4();

    // "Giving away a desk chair", "free : winter coats", "tout doit partir gratuitement", "Dispo gratuitement : plaques de plâtre".
    [GeneratedRegex(@"\b(giving away|give away|for free)\b|^\W*free\b|\bc'est pour vous\W*$|\btout doit partir (gratuitement|gratos|pour rien)\b|^\W*(dispo |disponible |a prendre )?gratuitement\b", O)]
    public static partial Regex Give4();

    // "Ma remorque est disponible pour les voisins".
    [GeneratedRegex(@"\b(est|sont) (disponibles?|dispo) pour (les|des|mes|nos) voisins\b", O)]
    public static partial Regex Lend3();

    // A trader's blanket offer to buy ("J'achète votre voiture cash, même accidentée"): advertising, not a listing (SCHEMA rule 1).
    [GeneratedRegex(@"\b(j'achete|achete|rachete|rachat de|achat de) (votre|vos|tous vos|toutes vos|tout type de|toutes marques)\b[^.!?]{0,80}\b(cash|especes|paiement immediat|meilleur prix)\b", O)]
    public static partial Regex TradeBuyer();

    // "Erreur dans mon annonce : le bahut c'est 180€ et pas 280€": a corrected price keeps the sale (SCHEMA rule 2).
    [GeneratedRegex(@"\bc'est \d+ ?(€|euros?\b|e\b) et (pas|non) \d+", O)]
    public static partial Regex PriceCorrection();

    // Warnings and complaints to everyone ("vérifiez vos voitures", "ras le bol des…").
    [GeneratedRegex(@"^\W*(superbe|magnifique|trop beau|trop belle|quelle belle|quel beau|quel joli|quelle jolie) |(?<![a-z])(verifiez (vos|bien|que)|fermez (bien|vos)|(soyez|restez) vigilante?s?|faites (bien )?attention|ras[ -]le[ -]bol|(j'en ai|on en a) marre des|c'est (scandaleux|honteux|inadmissible)|coup de gueule|ca suffit|que fait la (mairie|police|municipalite)|coupure (d'eau|d'electricite|de courant|de gaz|du chauffage) (prevue|programmee|annoncee|ce|cette|demain|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)|(l'eau|l'eau chaude|l'electricite|le chauffage|le gaz) (est|sera) coupee?)", O)]
    public static partial Regex Chat3();

    // Hands asked around a thing: "quelqu'un peut venir le refixer ?", "un voisin avec une pelle ?", "qq1 aurait 10 min ?", "qqn s'y connaît ?".
    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|un voisin|une voisine|une personne|un etudiant|une etudiante|qui)( de [a-z]+| avec (un|une|des) [a-z' -]{2,30}?)? (pourrait|peut|pourrai(en)?t|pourriez|voudrait bien|veut bien|serait dispo pour)( me| m'| nous| lui| le| la| les| l')? ?(venir|passer(?! (un|une|des|du|de la|sa|son|ses|votre|vos|ta|ton|tes|le|la|les)\b)|aider|expliquer|montrer|refixer|regler|reparer|fixer|changer|debloquer|remettre|installer|porter|descendre|monter|rentrer|emmener|conduire|jeter un oeil|regarder)\b", O)]
    public static partial Regex HandsAsked();

    [GeneratedRegex(@"\b(quelqu'un|qqn|qq1|quelqu un|quelquun|un voisin|une voisine) ((s'y|s y) connai(t|trait|ssez)?|(dans le coin|a cote|pas loin) ?\?)|\b(un voisin|une voisine|quelqu'un|qqn|qq1) avec (un|une|des) [a-z' -]{2,30}\?|\bbesoin d'un (coup de (main|pouce)|avis|conseil|petit service|service)\b|\b(et|avec) (deux|des|quelques|\d+) bras\b", O)]
    public static partial Regex HandsAsked2();

    [GeneratedRegex(@"\b(aurai(t|s|ez)|a|avez)(-(il|elle|vous))? (\d+|quelques|cinq|dix|deux|trois) (min|minutes|heures?|h)\b(?! de (route|trajet|voiture))|\b(quelqu'un|qqn|qq1|quelqu un|un voisin) (sait|saurait) (comment |quoi )?(le |la |les |l'|y |en )?(faire|[a-z]+(er|re|ir))\b|\bet (qui )?(peut|pourrait|pourrai(en)?t|saurait|sait) (venir|passer|me |m'|s'en servir|le faire|faire)|\bou (qui )?(sait|saurait|peut|pourrait) (faire|venir|m'aider|passer)\b|\bpour (m'|me |nous )(emmener|conduire|deposer|amener|aider|ramener)\b|\b(quelqu'un|qqn|qqun|qq1|quelqu un) (va|passe|descend|monte) (a|au|chez|par|en|vers)\b", O)]
    public static partial Regex HandsAsked3();

    // The author, not a thing, is lost ("je suis perdu en informatique").
    [GeneratedRegex(@"\b(je suis|suis|chui|jsuis|je me sens|on est|nous sommes|je me suis)( un peu| completement| totalement| vraiment| tout| toute)? (perdue?s?|paumee?s?)\b", O)]
    public static partial Regex AuthorLost();

    // "Je vendais mon porte-vélo mais personne n'en veut, alors je le donne": an intention given up for another, about the same thing.
    [GeneratedRegex(@"\b(correction|finalement|non je rigole|non je plaisante|je plaisante|je blague|en fait|au lieu de|plutot|changement pour|petite erreur|erreur dans|je ne (donne|vends|prete) pas (mon|ma|mes|le|la|les)|je (vendais|donnais|pretais)|(alors|donc|du coup) je (le |la |les |l')(donne|vends|prete))\b|\b(et puis|bon|ah|oh|mais) non,? (je |j')", O)]
    public static partial Regex Correction();

    [GeneratedRegex(@"\bcontre (un |une |des |du |de la |quelques )?(petite? |petits |petites |simple |bon |bonne |modeste )?(bons soins|repas|bieres?|cafes?|coup de main|promesse|remboursement|participation|service|service rendu|merci|sourire|gateau|chocolats?|tablette de chocolat|bouteille|croissants?|confiture|(paquet|boite|sachet|pot) de (cafe|the|bonbons|biscuits|chocolats?|confiture))\b", O)]
    public static partial Regex SymbolicCounterpart();

    [GeneratedRegex(@"(?<!(partante?s?|chaude?s?|interessee?s?|dispo|motivee?s?|ok) )\b(pour (le |la |les |une |un |vos |mes |nos |ses |leur |leurs |l')(petite |grande |belle |prochaine |petit |grand )?(atelier|carnaval|fete|fetes|soiree|soirees|anniversaire|anniversaires|mariage|gouter|kermesse|reveillon|concert|spectacle|match|apero|barbecue|depart|vacances))\b|\b(apres|suite a|suite au|depuis) (le |la |les |l'|notre |ce |cette )?(vide-grenier|brocante|braderie|fete|kermesse|apero|soiree|repas|demenagement)\b", O)]
    public static partial Regex EventAsPurpose();
}
