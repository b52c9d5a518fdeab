using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests;

/// <summary>Moderation end to end over the emulator: residents report, the listing leaves the group, a moderator brings it back.</summary>
public sealed class ModerationSpecs : IAsyncLifetime
{
    private const long Group = -100700;
    private const long Marie = 1001;
    private const long Paul = 1004;
    private const long Sophie = 1005;
    private const long Luc = 1006;

    private BotWorld _world = null!;

    public async Task InitializeAsync() =>
        _world = await BotWorld.StartWithCentreVilleGroupAsync(Group, [(Marie, "Marie", "marie_c"), (Paul, "Paul", "paul_v"), (Sophie, "Sophie", "sophie_g"), (Luc, "Luc", "luc_b")]);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_listing_reported_by_three_residents_disappears_from_the_group_and_a_moderator_restores_it()
    {
        var control = _world.Emulator.Control;
        // Four private chats: their turns run side by side, as they would on Telegram.
        await Task.WhenAll(
            _world.SignUpAndVerifyAsync(Marie, "Marie Curie"),
            _world.SignUpAndVerifyAsync(Paul, "Paul Verlaine"),
            _world.SignUpAndVerifyAsync(Sophie, "Sophie Germain"),
            _world.SignUpAndVerifyAsync(Luc, "Luc Besson"));

        // The quartier has no moderator: the operator decides, from a private chat with the bot.
        await _world.SendAndExpectAsync(BotWorld.OperatorId, BotWorld.OperatorId, "/moderation", ModerationMessages.QueueEmpty);

        await _world.SendAndExpectAsync(Marie, Marie, "je donne une télé", "Voici votre annonce");
        control.PressButtonLabelled(Marie, Marie, _world.LatestWithButton(Marie, PostingMessages.Publish).MessageId, PostingMessages.Publish);
        var post = await control.WaitForMessageAsync(Group, m => m.FromBot && (m.Body ?? "").Contains("Télé", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);

        foreach (var reporter in new[] { Paul, Sophie, Luc })
        {
            var lastSeen = control.Messages(reporter).Max(m => m.MessageId);
            control.PressButtonLabelled(reporter, Group, post.MessageId, ListingText.ReportTitle);
            var question = await _world.ExpectAfterAsync(reporter, lastSeen, "Pourquoi signalez-vous");
            control.PressButtonLabelled(reporter, reporter, question.MessageId, "Arnaque");
            await _world.ExpectAfterAsync(reporter, question.MessageId, ModerationMessages.Reported);
        }

        var hidden = await control.WaitForMessageAsync(
            Group, m => m.MessageId == post.MessageId && (m.Body ?? "").Contains("masquée", StringComparison.Ordinal), BotWorld.Patience, CancellationToken.None);
        Assert.Empty(hidden.InlineKeyboard);
        await _world.ExpectAfterAsync(Marie, 0, "signalée par plusieurs voisins");

        var card = await _world.ExpectAfterAsync(BotWorld.OperatorId, 0, "Annonce masquée après 3 signalements");
        control.PressButtonLabelled(BotWorld.OperatorId, BotWorld.OperatorId, card.MessageId, ModerationMessages.KeepButton);

        var restored = await control.WaitForMessageAsync(
            Group,
            m => m.MessageId == post.MessageId && !(m.Body ?? "").Contains("masquée", StringComparison.Ordinal) && m.Buttons.Any(b => b.Text == ListingText.InterestedTitle),
            BotWorld.Patience,
            CancellationToken.None);
        Assert.Contains("Télé", restored.Body, StringComparison.Ordinal);
        await _world.ExpectAfterAsync(Marie, 0, "Bonne nouvelle");
        Assert.Equal(1, control.Messages(Group).Count(m => m.FromBot && (m.Body ?? "").Contains("Télé", StringComparison.Ordinal)));
    }
}
