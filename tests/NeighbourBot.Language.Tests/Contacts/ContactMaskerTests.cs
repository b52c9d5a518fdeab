using NeighbourBot.Language.Contacts;

namespace NeighbourBot.Language.Tests.Contacts;

public sealed class ContactMaskerTests
{
    private readonly ContactMasker masker = new(FrenchRecognizers.Shared);

    [Theory]
    [InlineData("appelez le 06 39 98 12 40 svp", "06 39 98 12 40")]
    [InlineData("Tél : 06.39.98.54.21", "06.39.98.54.21")]
    [InlineData("mon num 06-39-98-21-09 le soir", "06-39-98-21-09")]
    [InlineData("whatsapp +33 6 39 98 99 01 merci", "+33 6 39 98 99 01")]
    [InlineData("sms au 0639981174", "0639981174")]
    [InlineData("fixe 03 53 01 22 87", "03 53 01 22 87")]
    [InlineData("0033 6 39 98 12 40", "0033 6 39 98 12 40")]
    [InlineData("+33 (0)6 39 98 12 40", "+33 (0)6 39 98 12 40")]
    [InlineData("appelez zéro six trente-neuf quatre-vingt-dix-huit douze quarante", "zéro six trente-neuf quatre-vingt-dix-huit douze quarante")]
    [InlineData("mon numéro c'est six trente neuf quatre vingt dix huit soixante et onze douze", "six trente neuf quatre vingt dix huit soixante et onze douze")]
    [InlineData("tel 06 39 98 vingt et un dix merci", "06 39 98 vingt et un dix")]
    [InlineData("appelez un zéro six trente-neuf 98 12 40", "zéro six trente-neuf 98 12 40")]
    [InlineData("portable 063 998 1240", "063 998 1240")]
    [InlineData("tél 0 6 3 9 9 8 1 2 4 0", "0 6 3 9 9 8 1 2 4 0")]
    [InlineData("mon num : O6 39 98 12 40", "O6 39 98 12 40")]
    [InlineData("num 06_39_98_12_40", "06_39_98_12_40")]
    [InlineData("+33.6.39.98.12.40 le soir", "+33.6.39.98.12.40")]
    [InlineData("rappelez au 06 39 98 12 4O svp", "06 39 98 12 4O")]
    [InlineData("tél 06 - 39 - 98 - 12 - 40", "06 - 39 - 98 - 12 - 40")]
    [InlineData("tél 06,39,98,12,40 merci", "06,39,98,12,40")]
    [InlineData("tél 06:39:98:12:40", "06:39:98:12:40")]
    [InlineData("tél 06 / 39 / 98 / 12 / 40", "06 / 39 / 98 / 12 / 40")]
    [InlineData("tél ０６ ３９ ９８ １２ ４０", "０６ ３９ ９８ １２ ４０")]
    [InlineData("رقمي ٠٦٣٩٩٨١٢٤٠ merci", "٠٦٣٩٩٨١٢٤٠")]
    [InlineData("appelez le 06\u200739\u200798\u200712\u200740", "06\u200739\u200798\u200712\u200740")]
    [InlineData("tel 06\u300039\u300098\u300012\u300040", "06\u300039\u300098\u300012\u300040")]
    public void I_can_not_broadcast_a_phone_number_by_accident(string text, string phone)
    {
        var masked = masker.Mask(text);

        var contact = Assert.Single(masked.Contacts);
        Assert.Equal(ContactKind.Phone, contact.Kind);
        Assert.Equal(phone, contact.Text);
        Assert.DoesNotContain(phone, masked.Text, StringComparison.Ordinal);
        Assert.Contains(ContactMasker.Placeholder, masked.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Contact : sophie.lambert@example.org merci", "sophie.lambert@example.org")]
    [InlineData("mail ｍａｒｉｅ＠ｅｘａｍｐｌｅ．ｏｒｇ merci", "ｍａｒｉｅ＠ｅｘａｍｐｌｅ．ｏｒｇ")]
    [InlineData("écrivez à jm [at] example.net", "jm [at] example.net")]
    [InlineData("paul.m(at)example.com", "paul.m(at)example.com")]
    [InlineData("mail: peinture.voisin@example.com.", "peinture.voisin@example.com")]
    [InlineData("mail lucie.roy arrobase example.org", "lucie.roy arrobase example.org")]
    [InlineData("lucie.roy(a)example.net", "lucie.roy(a)example.net")]
    [InlineData("écrire à lucie.roy[@]example.com svp", "lucie.roy[@]example.com")]
    public void I_can_not_broadcast_an_email_address(string text, string email)
    {
        var masked = masker.Mask(text);

        var contact = Assert.Single(masked.Contacts);
        Assert.Equal(ContactKind.Email, contact.Kind);
        Assert.Equal(email, contact.Text);
        Assert.DoesNotContain(email, masked.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("passez au 12 rue Berbisey ce soir", "12 rue Berbisey")]
    [InlineData("Dispo au 14 bis rue Jeannin.", "14 bis rue Jeannin")]
    [InlineData("au 3 chemin des Vignes 🍎", "3 chemin des Vignes")]
    [InlineData("Rue des Écoles, n° 4 si vous la voyez.", "Rue des Écoles, n° 4")]
    [InlineData("je suis au 41 avenue Victor Hugo.", "41 avenue Victor Hugo")]
    [InlineData("au 5 allée des Tilleuls, 2e étage", "5 allée des Tilleuls")]
    [InlineData("c'est au 8 rue de la paix", "8 rue de la paix")]
    [InlineData("22 bd de Brosses", "22 bd de Brosses")]
    [InlineData("passez à l'appartement 21 avenue de Grammont jeudi", "21 avenue de Grammont")]
    [InlineData("mon appart 7 rue des Lilas, 2e gauche", "7 rue des Lilas")]
    [InlineData("sonnez au n° 9 de la rue des Tanneurs, merci", "n° 9 de la rue des Tanneurs")]
    [InlineData("à récupérer 40 chaussée Brunehaut", "40 chaussée Brunehaut")]
    [InlineData("je suis au 9 av. Foch", "9 av. Foch")]
    [InlineData("à prendre 14 r. des Tanneurs", "14 r. des Tanneurs")]
    [InlineData("venez au 3 imp. des Roses", "3 imp. des Roses")]
    [InlineData("c'est au 5 Grande Rue", "5 Grande Rue")]
    [InlineData("au 12 place de la mairie, après 17h", "12 place de la mairie")]
    [InlineData("je suis au quatorze rue des Tanneurs", "quatorze rue des Tanneurs")]
    [InlineData("j'habite au vingt-deux route de Lescar", "vingt-deux route de Lescar")]
    [InlineData("Impasse des Mûriers à Billère, au n°6.", "Impasse des Mûriers à Billère, au n°6")]
    [InlineData("Je suis au 4, montée Saint-Sébastien.", "4, montée Saint-Sébastien")]
    [InlineData("passez au 11 clos des Pommiers demain", "11 clos des Pommiers")]
    [InlineData("c'est au 2 rampe du Château", "2 rampe du Château")]
    [InlineData("Vends table, à enlever Avenue des Tilleuls 38, Namur.", "Avenue des Tilleuls 38")]
    [InlineData("Passez chez nous : Chaussée de Waterloo 512 bte 3, 1180 Uccle", "Chaussée de Waterloo 512 bte 3")]
    [InlineData("on est Rue du Moulin 7 à Spa, sonnez fort", "Rue du Moulin 7")]
    [InlineData("adresse : Drève des Chênes 15", "Drève des Chênes 15")]
    [InlineData("c'est devant le 9 de la rue des Écoles, sous le porche", "9 de la rue des Écoles")]
    [InlineData("à récupérer au 14 bd de Strasbourg ce soir", "14 bd de Strasbourg")]
    [InlineData("Passez au 3 Bd Gambetta après 18h", "3 Bd Gambetta")]
    [InlineData("ADRESSE : 22 BD DE LA LIBERTÉ", "22 BD DE LA LIBERTÉ")]
    public void I_can_not_broadcast_a_numbered_street_address(string text, string address)
    {
        var masked = masker.Mask(text);

        var contact = Assert.Single(masked.Contacts);
        Assert.Equal(ContactKind.StreetAddress, contact.Kind);
        Assert.Equal(address, contact.Text);
        Assert.Equal(text.Replace(address, ContactMasker.Placeholder, StringComparison.Ordinal), masked.Text);
    }

    [Theory]
    [InlineData("À récupérer rue de la Liberté en fin de journée")]
    [InlineData("je suis au 2e étage porte gauche, 3e étage bât B")]
    [InlineData("Matelas à donner, à prendre cave n°14 résidence les Peupliers")]
    [InlineData("vélo dispo au box 3 allée B du parking")]
    [InlineData("les enfants du 14 peuvent venir le chercher")]
    [InlineData("une quarantaine de magazines et 12 BD")]
    [InlineData("il me reste 3 places dans ma voiture, 2 cours par semaine")]
    [InlineData("Vends Peugeot 206 de 2005, 180 000 km, 1800 euros")]
    [InlineData("mp moi ou appelez-moi, mon natel est dans mon profil, place Darcy")]
    [InlineData("lot de 30 DVD, 1€ pièce ou 20€ le tout, 2,50€ la boîte de 6")]
    [InlineData("voir https://www.example.org/annonce?id=0639981174")]
    [InlineData("bientôt au 3 cours du soir, il reste 3 places de libre")]
    [InlineData("on compte un deux trois quatre cinq six sept huit neuf dix et c'est parti")]
    [InlineData("tailles 36 38 40 42 et quarante-quatre, pointures trente-neuf quarante")]
    [InlineData("à deux rue de chez moi, une rue calme")]
    [InlineData("départ 13h30 place de la Liberté, retour 18:15 place Darcy")]
    [InlineData("Vends scooter 50 2012 600€")]
    [InlineData("2 côtes de bœuf et 3 montées d'escalier par jour, je donne 4 clos de jardin")]
    [InlineData("rdv Place Flagey 3 vélos à réparer, et Rue Haute 12h pour le reste")]
    [InlineData("J'habite rue Monge depuis 12 ans, et place du Marché pendant 2.")]
    [InlineData("garé rue de la Paix 2e étage du parking, place Verte 3 places libres")]
    [InlineData("On vend la maison du 12 au 14, c'est le 7 de la semaine, rue du Four")]
    [InlineData("qui peut passer au relais de la rue de Metz demain ? colis n° 7T55120984 à mon nom")]
    [InlineData("Je donne 12 BD de Gaston, mon fils n'en veut plus")]
    public void Streets_floors_prices_and_counts_are_not_contact_details(string text)
    {
        var masked = masker.Mask(text);

        Assert.Empty(masked.Contacts);
        Assert.Equal(text, masked.Text);
    }
}
