using System.Text.Json;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Relays;
using NeighbourBot.Core.Residents;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Relays;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Dialogs.Tests.Support;
using static NeighbourBot.Dialogs.Tests.Posting.Neighbours;

namespace NeighbourBot.Dialogs.Tests.Account;

public sealed class AccountSpecs
{
    [Fact]
    public async Task My_data_holds_what_I_gave_and_nothing_about_my_neighbours()
    {
        var (world, marieListing, _) = await TwoNeighboursTalkingAsync();

        var said = await world.Private(Marie).SayAsync("/mesdonnees");

        Assert.Equal(AccountMessages.ExportIntro, said.AllText);
        var (name, content) = Assert.Single(said.Files);
        Assert.Equal("mes-donnees-neighbourbot.json", name);
        using var json = JsonDocument.Parse(content);
        var root = json.RootElement;
        Assert.Equal("Marie", root.GetProperty("habitant").GetProperty("prenom").GetString());
        Assert.Equal("12 rue des Lilas", root.GetProperty("habitant").GetProperty("adresse").GetProperty("tapee").GetString());
        Assert.Equal("Centre-ville", root.GetProperty("habitant").GetProperty("quartier").GetString());
        Assert.Equal("Chaque semaine", root.GetProperty("habitant").GetProperty("resume").GetProperty("frequence").GetString());
        Assert.Equal("dimanche", root.GetProperty("habitant").GetProperty("resume").GetProperty("jour").GetString());
        Assert.Equal([marieListing.Title], root.GetProperty("annonces").EnumerateArray().Select(l => l.GetProperty("titre").GetString()));
        Assert.Equal(["poussette"], root.GetProperty("alertes").EnumerateArray().Select(a => a.GetProperty("mots").GetString()));
        var conversation = Assert.Single(root.GetProperty("conversations").EnumerateArray().ToList());
        Assert.Equal("Paul", conversation.GetProperty("avec").GetString());
        Assert.Equal("K7P2QX", Assert.Single(root.GetProperty("codesDeParrainage").EnumerateArray().ToList()).GetProperty("code").GetString());
        Assert.Equal("12 rue des Lilas bis", root.GetProperty("adresseEnAttente").GetProperty("tapee").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("demandeAuModerateur").ValueKind);
        Assert.Equal(["Centre-ville"], root.GetProperty("moderateurDe").EnumerateArray().Select(q => q.GetString()));
        Assert.DoesNotContain("Z9Z9Z9", content, StringComparison.Ordinal);
        Assert.DoesNotContain("vélo", content, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sophie", content, StringComparison.Ordinal);
        Assert.DoesNotContain("8 avenue des Ormes", content, StringComparison.Ordinal);
        Assert.DoesNotContain(Paul.ToString(System.Globalization.CultureInfo.InvariantCulture), content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_unknown_asking_for_their_data_is_told_there_is_none()
    {
        var world = World();

        var said = await world.Private(Stranger).SayAsync("/mesdonnees");

        Assert.Equal(AccountMessages.NothingHeld, said.AllText);
    }

    [Fact]
    public void A_long_export_is_cut_into_messages_telegram_accepts()
    {
        var text = string.Join("\n", Enumerable.Range(0, 600).Select(i => $"  \"ligne\": {i},"));

        var parts = AccountService.Split(text, 4000);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4000));
        Assert.Equal(text, string.Join("\n", parts));
    }

    [Fact]
    public async Task Answering_no_keeps_everything()
    {
        var (world, marieListing, _) = await TwoNeighboursTalkingAsync();
        var chat = world.Private(Marie);

        var asked = await chat.SayAsync("/supprimer");
        Assert.Equal(AccountMessages.EraseQuestion, asked.AllText);
        Assert.Equal([AccountMessages.EraseYes, AccountMessages.EraseNo], asked.ButtonTitles);
        var before = world.Outbox.Rows.Count;
        var answered = await chat.PressAsync(asked.PayloadOf(AccountMessages.EraseNo));

        Assert.Equal(AccountMessages.EraseCancelled, answered.AllText);
        Assert.NotNull(world.Residents.Find(Marie));
        Assert.Equal(ListingStatus.Open, world.Listings.Find(marieListing.Id)!.Status);
        Assert.Equal(RelayStatus.Open, Assert.Single(world.Relays.All).Status);
        Assert.Single(world.Alerts.ByResident(Marie));
        Assert.Equal(before, world.Outbox.Rows.Count);
    }

    [Fact]
    public async Task Answering_yes_erases_me_withdraws_my_listing_and_tells_my_neighbour_then_start_begins_afresh()
    {
        var (world, marieListing, sophieListing) = await TwoNeighboursTalkingAsync();
        var chat = world.Private(Marie);
        world.Digests.Save(new Core.Digests.DigestMark { ChatId = Marie, Since = world.Clock.GetUtcNow(), NextDueAt = world.Clock.GetUtcNow().AddDays(3) });
        var asked = await chat.SayAsync("/supprimer");
        var before = world.Outbox.Rows.Count;

        var answered = await chat.PressAsync(asked.PayloadOf(AccountMessages.EraseYes));

        Assert.Equal(AccountMessages.Erased, answered.AllText);
        Assert.Null(world.Residents.Find(Marie));
        Assert.Null(world.Digests.Find(Marie));
        var listing = world.Listings.Find(marieListing.Id)!;
        Assert.Equal(ListingStatus.Withdrawn, listing.Status);
        Assert.Equal((AccountMessages.AnonymisedText, AccountMessages.AnonymisedText, AccountMessages.AnonymisedText), (listing.Title, listing.Text, listing.MaskedText));
        Assert.Empty(listing.Items);
        Assert.Equal(ListingStatus.Open, world.Listings.Find(sophieListing.Id)!.Status);
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Equal(OutboundActionKind.EditText, edit.Action.Kind);
        Assert.Contains("Annonce retirée", edit.Action.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Marie", edit.Action.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Télé", edit.Action.Text, StringComparison.Ordinal);
        Assert.Empty(edit.Action.Buttons);
        var toPaul = Assert.Single(rows, r => r.ChatId == Paul);
        Assert.Equal(AccountMessages.PartnerLeft(null), toPaul.Action.Text);
        Assert.Equal(RelayStatus.Closed, Assert.Single(world.Relays.All).Status);
        Assert.Empty(world.Alerts.ByResident(Marie));
        Assert.Single(world.Alerts.ByResident(Sophie));
        Assert.NotNull(world.Residents.Find(Paul));
        Assert.Empty(world.Invites.IssuedBy(Marie));
        Assert.True(world.Invites.Find("K7P2QX")!.ExpiresAt <= world.Clock.GetUtcNow());
        Assert.Null(world.Pending.Find(Marie));
        Assert.Null(world.Requests.PendingFor(Marie));
        Assert.NotNull(world.Requests.PendingFor(Paul));
        Assert.Equal([Sophie], world.Quartiers.Find(Quartier)!.ModeratorIds);
        var (forgottenChat, correlations) = Assert.Single(world.Retention.Forgotten);
        Assert.Equal(Marie, forgottenChat);
        Assert.Contains($"listing:{marieListing.Id}", correlations);
        Assert.Contains(RelayCorrelation.Of(Assert.Single(world.Relays.All).Id), correlations);
        Assert.DoesNotContain($"listing:{sophieListing.Id}", correlations);
        Assert.True((await world.RetentionJobs.RunOnceAsync(CancellationToken.None)).Checkpointed);

        await chat.Flow()
            .Send(chat.Text("/start"))
            .AssertReply(a => Assert.Equal(SignupMessages.Welcome, a.AsMessageActivity().Text))
            .AssertReply(SignupMessages.AskName)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_yes_pressed_again_after_erasure_finds_nothing_to_erase()
    {
        var (world, _, _) = await TwoNeighboursTalkingAsync();
        var chat = world.Private(Marie);
        var asked = await chat.SayAsync("/supprimer");
        await chat.PressAsync(asked.PayloadOf(AccountMessages.EraseYes));
        var before = world.Outbox.Rows.Count;

        var again = await chat.PressAsync(asked.PayloadOf(AccountMessages.EraseYes));

        Assert.Equal(AccountMessages.NothingHeld, again.AllText);
        Assert.Equal(before, world.Outbox.Rows.Count);
    }

    [Fact]
    public async Task A_listing_reserved_for_me_is_open_again_for_its_author_when_I_leave()
    {
        var (world, marieListing, _) = await TwoNeighboursTalkingAsync();
        var relay = Assert.Single(world.Relays.All);
        await world.Private(Marie).PressAsync(RelayService.Payload(RelayService.ReservePayload, relay.Id));
        world.Delivery.DeliverAll();
        Assert.Equal((ListingStatus.Reserved, (long?)Paul), (world.Listings.Find(marieListing.Id)!.Status, world.Listings.Find(marieListing.Id)!.ReservedFor));
        var chat = world.Private(Paul);
        var asked = await chat.SayAsync("/supprimer");
        var before = world.Outbox.Rows.Count;

        await chat.PressAsync(asked.PayloadOf(AccountMessages.EraseYes));

        var listing = world.Listings.Find(marieListing.Id)!;
        Assert.Equal((ListingStatus.Open, (long?)null), (listing.Status, listing.ReservedFor));
        var rows = Since(world, before);
        var edit = Assert.Single(rows, r => r.ChatId == Group);
        Assert.Contains("Marie", edit.Action.Text, StringComparison.Ordinal);
        Assert.Contains(ListingText.InterestedTitle, edit.Action.Buttons.SelectMany(b => b).Select(b => b.Text));
        Assert.Contains(rows, r => r.ChatId == Marie && r.Action.Text == AccountMessages.Reopened("Télé"));
        Assert.Contains(rows, r => r.ChatId == Marie && r.Action.Text == AccountMessages.PartnerLeft("Télé"));
        Assert.Null(world.Residents.Find(Paul));
    }

    /// <summary>Marie (with an address) gives a télé and Paul talks to her about it; Sophie gives a vélo; each has an alert.</summary>
    private static async Task<(BotWorld World, Listing Marie, Listing Sophie)> TwoNeighboursTalkingAsync()
    {
        var world = World();
        world.Residents.Upsert(world.Residents.Find(Marie)! with { Address = new ResidentAddress { TypedText = "12 rue des Lilas" } });
        world.Residents.Upsert(world.Residents.Find(Paul)! with { Address = new ResidentAddress { TypedText = "8 avenue des Ormes" } });
        var marieListing = await PublishAsync(world, Marie, "je donne une télé");
        var sophieListing = await PublishAsync(world, Sophie, "je donne un vélo");
        await world.Group(Group, Paul).PressAsync(ListingPayload.Of(ListingPayload.Interested, marieListing.Id));
        await world.Private(Marie).SayAsync("/alerte poussette");
        await world.Private(Sophie).SayAsync("/alerte vélo");
        var now = world.Clock.GetUtcNow();
        world.Quartiers.Upsert(world.Quartiers.Find(Quartier)! with { ModeratorIds = [Marie, Sophie] });
        world.Invites.Upsert(new InviteCode { Code = "K7P2QX", QuartierId = Quartier, IssuedBy = Marie, CreatedAt = now, ExpiresAt = now.AddDays(7) });
        world.Invites.Upsert(new InviteCode { Code = "Z9Z9Z9", QuartierId = Quartier, IssuedBy = Sophie, CreatedAt = now, ExpiresAt = now.AddDays(7) });
        world.Pending.Upsert(new PendingAddress { ResidentId = Marie, ChatId = Marie, TypedText = "12 rue des Lilas bis", CreatedAt = now });
        world.Requests.Upsert(new ModeratorVerificationRequest { Id = "req1", ResidentId = Marie, QuartierId = Quartier, CreatedAt = now });
        world.Requests.Upsert(new ModeratorVerificationRequest { Id = "req2", ResidentId = Paul, QuartierId = Quartier, CreatedAt = now });
        world.Delivery.DeliverAll();
        return (world, marieListing, sophieListing);
    }
}
