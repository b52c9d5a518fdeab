using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Telegram.Adapter;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Sending;

namespace NeighbourBot.Telegram.Tests.Emulator;

/// <summary>/mesdonnees sends a file: the activity's JSON attachment becomes a real multipart sendDocument.</summary>
public sealed class SendingFilesTests
{
    private const long Alice = EmulatorHarness.Alice;

    [Fact]
    public async Task A_json_attachment_reaches_the_chat_as_a_file_with_its_name_caption_and_every_character()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.AliceStartedTheBotAsync();
        const string Json = "{\n  \"prenom\": \"Zoé\",\n  \"adresse\": \"12 rue de la Liberté & co <2>\"\n}";
        var reply = MessageFactory.Attachment(
            new Attachment { ContentType = ChannelConventions.JsonFileContentType, Name = "mes-donnees.json", Content = Json },
            "Voici vos données <b>à garder</b>");
        reply.Conversation = new ConversationAccount(id: Alice.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var action = ActivityRenderer.ToAction(reply)!;
        var executor = new TelegramActionExecutor(
            harness.Client, new TelegramRateLimiter(new SendLimitOptions(), TimeProvider.System), TelegramResilience.Create(new TelegramResilienceOptions(), TimeProvider.System));

        var messageId = await executor.ExecuteAsync(action, SendPriority.Interactive, CancellationToken.None);

        Assert.Equal(OutboundActionKind.SendDocument, action.Kind);
        var shown = harness.Control.Messages(Alice)[^1];
        Assert.Equal((messageId, EmulatedMessageKind.Document, true), ((long?)shown.MessageId, shown.Kind, shown.FromBot));
        Assert.Equal("mes-donnees.json", shown.DocumentName);
        Assert.Equal(Json, shown.DocumentContent);
        Assert.Equal("Voici vos données <b>à garder</b>", shown.Caption);
    }
}
