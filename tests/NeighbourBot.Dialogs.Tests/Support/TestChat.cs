using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Dialogs.Middleware;
using Newtonsoft.Json.Linq;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>One chat driven through Bot Builder's TestAdapter/TestFlow, with the production middleware order.</summary>
public sealed class TestChat
{
    private readonly BotWorld _world;

    public TestChat(BotWorld world, ConversationReference reference)
    {
        _world = world;
        Adapter = new TestAdapter(reference) { Locale = "fr-FR" };
        Adapter
            .Use(new ButtonAnswerCapture(this))
            .Use(world.RateLimiter)
            .Use(new UnitOfWorkMiddleware(world.UnitsOfWork))
            .Use(new AutoSaveStateMiddleware(world.ConversationState));
        Adapter.OnTurnError = world.Errors.HandleAsync;
    }

    public TestAdapter Adapter { get; }

    /// <summary>What the last turn answered to the button press itself (what the Telegram adapter sends with answerCallbackQuery).</summary>
    public ButtonAnswer? LastButtonAnswer { get; private set; }

    /// <summary>A TestFlow for specs written as a scripted exchange.</summary>
    public TestFlow Flow() => new(Adapter, _world.Handler);

    public Task<Replies> SayAsync(string text, Action<Activity>? shape = null)
    {
        var activity = Text(text);
        shape?.Invoke(activity);
        return SendAsync(activity);
    }

    public Task<Replies> PressAsync(string payload, long messageId = 42) => SendAsync(Press(payload, messageId));

    public Task<Replies> ShareLocationAsync(double latitude, double longitude, bool live = false, double? accuracy = null) =>
        SendAsync(Location(latitude, longitude, live, accuracy));

    public Activity Text(string text)
    {
        var activity = Message();
        activity.Text = text;
        return activity;
    }

    /// <summary>A button press as the Telegram adapter maps it (ChannelConventions.CallbackValueKey).</summary>
    public Activity Press(string payload, long messageId = 42)
    {
        var activity = Message();
        activity.Value = new JObject
        {
            [ChannelConventions.CallbackValueKey] = payload,
            [ChannelConventions.CallbackMessageIdKey] = messageId,
        };
        return activity;
    }

    /// <summary>A shared location as the Telegram adapter maps it (ChannelConventions.LocationEntityType).</summary>
    public Activity Location(double latitude, double longitude, bool live = false, double? accuracy = null)
    {
        var activity = Message();
        var entity = new Entity(ChannelConventions.LocationEntityType);
        entity.Properties["latitude"] = latitude;
        entity.Properties["longitude"] = longitude;
        entity.Properties[ChannelConventions.LocationLiveKey] = live;
        if (accuracy is not null)
        {
            entity.Properties[ChannelConventions.LocationAccuracyKey] = accuracy.Value;
        }

        activity.Entities = [entity];
        return activity;
    }

    /// <summary>Sends one activity through TestFlow and collects every reply the turn produced.</summary>
    public async Task<Replies> SendAsync(Activity activity)
    {
        _world.Clock.Advance(_world.Pace);
        await Flow().Send(activity).StartTestAsync();
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return new Replies(replies);
    }

    private Activity Message()
    {
        var activity = Adapter.MakeActivity();
        activity.Locale = "fr-FR";
        return activity;
    }

    private sealed class ButtonAnswerCapture(TestChat chat) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            chat.LastButtonAnswer = null;
            await next(cancellationToken);
            chat.LastButtonAnswer = turnContext.TurnState.Get<ButtonAnswer>(ChannelConventions.ButtonAnswerKey);
        }
    }
}
