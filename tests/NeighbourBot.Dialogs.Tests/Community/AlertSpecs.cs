using NeighbourBot.Dialogs.Community;
using NeighbourBot.Dialogs.Posting;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Community;

public sealed class AlertSpecs
{
    [Fact]
    public async Task A_matching_listing_in_my_quartier_brings_me_a_private_message()
    {
        var world = World();
        var said = await world.Private(Paul).SayAsync("/alerte Vélos");
        await world.Private(Bernard).SayAsync("/alerte vélo");
        await world.Private(Sophie).SayAsync("/alerte télé");
        var before = world.Outbox.Rows.Count;

        var listing = await PublishAsync(world, Marie, "je donne un vélo d'enfant");

        Assert.Equal(CommunityMessages.AlertCreated("Vélos"), said.AllText);
        var stored = Assert.Single(world.Alerts.ByResident(Paul));
        Assert.Equal((Quartier, "Vélos", "velo"), (stored.QuartierId, stored.Query, string.Join(' ', stored.Words)));
        var rows = Since(world, before);
        var alert = Assert.Single(rows, r => r.Correlation == AlertMatcher.CorrelationPrefix + listing.Id);
        Assert.Equal((long)Paul, alert.ChatId);
        Assert.Equal($"🔔 Nouvelle annonce dans votre quartier pour votre alerte « Vélos » : Don : {listing.Title}", alert.Action.Text);
        Assert.Equal([ListingPayload.Of(ListingPayload.Interested, listing.Id)], Payloads(alert));
        Assert.DoesNotContain(rows, r => r.ChatId is Bernard or Sophie);
    }

    [Fact]
    public async Task The_author_never_gets_an_alert_for_their_own_listing()
    {
        var world = World();
        await world.Private(Marie).SayAsync("/alerte vélo");
        await world.Private(Sophie).SayAsync("/alerte vélo");
        var before = world.Outbox.Rows.Count;

        await PublishAsync(world, Marie, "je donne un vélo");

        var alerts = Since(world, before).Where(r => r.Correlation?.StartsWith(AlertMatcher.CorrelationPrefix, StringComparison.Ordinal) == true).ToList();
        Assert.Equal([(long)Sophie], alerts.Select(r => r.ChatId));
    }

    [Fact]
    public async Task I_can_have_ten_alerts_and_the_eleventh_is_refused_clearly()
    {
        var world = World();
        string[] words = ["vélo", "table", "chaise", "lit", "poussette", "livres", "jouets", "lampe", "canapé", "frigo"];
        foreach (var word in words)
        {
            Assert.Equal(CommunityMessages.AlertCreated(word), (await world.Private(Paul).SayAsync("/alerte " + word)).AllText);
        }

        var eleventh = await world.Private(Paul).SayAsync("/alerte four");
        var again = await world.Private(Paul).SayAsync("/alerte Vélos");

        Assert.Equal("Vous avez déjà 10 alertes, le maximum. Tapez /alerte pour en supprimer une, puis recommencez.", eleventh.AllText);
        Assert.Equal(CommunityMessages.AlertExists("vélo"), again.AllText);
        Assert.Equal(10, world.Alerts.ByResident(Paul).Count);
        Assert.DoesNotContain(world.Alerts.All, a => a.Words.Contains("four"));
    }

    [Fact]
    public async Task I_see_my_alerts_and_delete_one_with_its_button()
    {
        var world = World();
        var paul = world.Private(Paul);
        Assert.Equal(CommunityMessages.NoAlerts, (await paul.SayAsync("/alerte")).AllText);
        await paul.SayAsync("/alerte vélo");
        await paul.SayAsync("/alerte table basse");

        var list = await paul.SayAsync("/alerte");
        var deleted = await paul.PressAsync(list.PayloadOf("🗑 vélo"));

        Assert.Equal("Vos 2 alertes (touchez-en une pour la supprimer) :", list.AllText);
        Assert.Equal(["🗑 vélo", "🗑 table basse"], list.ButtonTitles);
        Assert.Equal("C'est fait : l'alerte « vélo » est supprimée.", deleted.AllText);
        Assert.Equal(["table basse"], world.Alerts.ByResident(Paul).Select(a => a.Query));

        var before = world.Outbox.Rows.Count;
        await PublishAsync(world, Marie, "je donne un vélo");
        Assert.DoesNotContain(Since(world, before), r => r.ChatId == Paul);
    }

    [Fact]
    public async Task Nobody_deletes_someone_elses_alert_and_strangers_are_sent_to_start()
    {
        var world = World();
        await world.Private(Paul).SayAsync("/alerte vélo");
        var alert = Assert.Single(world.Alerts.All);

        var forged = await world.Private(Sophie).PressAsync(AlertService.DeletePayload(alert.Id));
        var stranger = await world.Private(Stranger).SayAsync("/alerte vélo");

        var hostile = await world.Private(Paul).SayAsync("/alerte " + string.Concat(Enumerable.Repeat("vélo<b> ", 800)));
        var junk = await world.Private(Paul).PressAsync("al:del:notanumber");

        Assert.Equal(CommunityMessages.AlertNotFound, forged.AllText);
        Assert.Equal(CommunityMessages.AlertExists("vélo"), hostile.AllText);
        Assert.Equal(NeighbourBotHandler.UnreadableButton, junk.AllText);
        Assert.Equal(CommunityMessages.NeedsQuartier, stranger.AllText);
        Assert.Equal([alert.Id], world.Alerts.All.Select(a => a.Id));
    }
}
