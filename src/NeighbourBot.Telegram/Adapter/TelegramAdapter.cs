using System.Globalization;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Storage;
using NeighbourBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Telegram.Adapter;

/// <summary>
/// Bot Builder's adapter for Telegram, in the shape of Bot Builder's own channel adapters: map the update
/// in, run the pipeline, map the replies out. Each update is handled once (its id is committed with the
/// turn's unit of work), turns of one chat run one at a time, and replies are sent during the turn through
/// the shared rate limiter so the turn gets Telegram's message ids back.
/// </summary>
public sealed class TelegramAdapter : BotAdapter
{
    /// <summary>TurnState key of the Telegram update being handled.</summary>
    public const string UpdateKey = "telegram.update";

    private readonly ITelegramBotClient _client;
    private readonly TelegramActionExecutor _executor;
    private readonly IHandledUpdateStore _handled;
    private readonly IUnitOfWorkFactory _units;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramAdapter> _logger;
    private readonly ChatTurnGate _gate = new();

    public TelegramAdapter(
        ITelegramBotClient client,
        TelegramActionExecutor executor,
        IHandledUpdateStore handled,
        IUnitOfWorkFactory units,
        BotIdentity identity,
        TimeProvider time,
        ILogger<TelegramAdapter> logger)
    {
        _client = client;
        _executor = executor;
        _handled = handled;
        _units = units;
        Identity = identity;
        _time = time;
        _logger = logger;
        OnTurnError = FailTurnAsync;
    }

    public BotIdentity Identity { get; }

    /// <summary>
    /// Called when a turn throws (log, apologise, clear the broken state). It runs in a fresh unit of work:
    /// the failed turn's own writes are discarded, the handler's are committed with the handled update id.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? ErrorHandler { get; set; }

    /// <summary>Called after each turn's unit of work is committed (the outbox sender is woken for rows the turn enqueued).</summary>
    public Action? TurnCommitted { get; set; }

    /// <summary>Handles one update end to end; safe to call concurrently for different chats.</summary>
    public async Task ProcessUpdateAsync(Update update, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(bot);

        var chatId = ChatIdOf(update);
        using var lease = await _gate.EnterAsync(chatId ?? 0, cancellationToken);
        if (_handled.IsHandled(update.Id))
        {
            _logger.LogDebug("Update {UpdateId} was already handled; ignored", update.Id);
            return;
        }

        // A press in a group is answered after its turn, which may give the answer a link to the private chat (the bot may
        // not write first to someone who never wrote to it); group turns only queue rows, so the button barely spins.
        // A press in a private chat is answered at once, whatever the turn does next.
        var answerAfterTurn = update.CallbackQuery is { Message.Chat.Type: not ChatType.Private };
        if (update.CallbackQuery is { } query)
        {
            var plausible = UpdateMapper.IsPlausibleCallbackData(query.Data);
            if (!plausible || !answerAfterTurn)
            {
                await AnswerCallbackAsync(query.Id, plausible ? null : "Ce bouton n'est plus valide.", null, cancellationToken);
            }

            if (!plausible)
            {
                _logger.LogWarning("Callback with malformed payload from user {UserId} ignored", query.From.Id);
                MarkHandled(update.Id);
                return;
            }
        }

        ButtonAnswer? answer = null;
        try
        {
            answer = await RunUpdateTurnAsync(update, chatId, bot, cancellationToken);
        }
        finally
        {
            if (answerAfterTurn && update.CallbackQuery is { } pressed && !cancellationToken.IsCancellationRequested)
            {
                await AnswerCallbackAsync(pressed.Id, answer?.Text, answer?.Url, CancellationToken.None);
            }
        }
    }

    /// <summary>The turn of one update, committed with its handled mark; returns the answer it gave a button press, if any.</summary>
    private async Task<ButtonAnswer?> RunUpdateTurnAsync(Update update, long? chatId, IBot bot, CancellationToken cancellationToken)
    {
        var activity = UpdateMapper.ToActivity(update, Identity);
        _logger.LogDebug("Update {UpdateId} ({UpdateType}) for chat {ChatId}", update.Id, update.Type, chatId);
        if (activity is null)
        {
            MarkHandled(update.Id);
            return null;
        }

        try
        {
            var unit = _units.Begin();
            using var context = new TurnContext(this, activity);
            context.TurnState.Add(UpdateKey, update);
            context.TurnState.Add<IUnitOfWork>(unit);
            using (UnitOfWorkScope.Begin(unit))
            {
                await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
            }

            // After a failure FailTurnAsync swapped in the error handler's unit: the failed writes are dropped.
            var committed = context.TurnState.Get<IUnitOfWork>() ?? unit;
            committed.Stage(() => _handled.MarkHandled(update.Id, _time.GetUtcNow()));
            committed.Commit();
            TurnCommitted?.Invoke();
            return context.TurnState.Get<ButtonAnswer>(ChannelConventions.ButtonAnswerKey);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // A poison update must not be redelivered forever: record it as handled, keep the process running.
            _logger.LogError(e, "Update {UpdateId} failed; marked handled so it is not retried", update.Id);
            MarkHandled(update.Id);
            return null;
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Delay)
            {
                var ms = activity.Value is IConvertible c ? c.ToInt32(CultureInfo.InvariantCulture) : 1000;
                await Task.Delay(TimeSpan.FromMilliseconds(ms), _time, cancellationToken);
                responses.Add(new ResourceResponse());
                continue;
            }

            if (ActivityRenderer.ToAction(activity) is not { } action)
            {
                responses.Add(new ResourceResponse());
                continue;
            }

            var id = await _executor.ExecuteAsync(action, SendPriority.Interactive, cancellationToken);
            responses.Add(new ResourceResponse(id?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }

        return [.. responses];
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var action = ActivityRenderer.ToAction(activity) ?? throw new ArgumentException("Only message activities can be updated.", nameof(activity));
        var edit = action with
        {
            Kind = action.PhotoId is null ? OutboundActionKind.EditText : OutboundActionKind.EditCaption,
            MessageId = long.Parse(activity.Id, CultureInfo.InvariantCulture),
        };
        await _executor.ExecuteAsync(edit, SendPriority.Interactive, cancellationToken);
        return new ResourceResponse(activity.Id);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var action = new OutboundAction
        {
            Kind = OutboundActionKind.Delete,
            ChatId = long.Parse(reference.Conversation.Id, CultureInfo.InvariantCulture),
            MessageId = long.Parse(reference.ActivityId, CultureInfo.InvariantCulture),
        };
        await _executor.ExecuteAsync(action, SendPriority.Interactive, cancellationToken);
    }

    /// <summary>Runs a proactive turn inside the context's lifetime, with its own unit of work committed at the end.</summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var unit = _units.Begin();
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        context.TurnState.Add<IUnitOfWork>(unit);
        using (UnitOfWorkScope.Begin(unit))
        {
            await RunPipelineAsync(context, callback, cancellationToken);
        }

        (context.TurnState.Get<IUnitOfWork>() ?? unit).Commit();
        TurnCommitted?.Invoke();
    }

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(Identity.Id.ToString(CultureInfo.InvariantCulture), reference, callback, cancellationToken);

    /// <summary>The chat an update belongs to (turns of one chat run one at a time), or null for chatless updates.</summary>
    public static long? ChatIdOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.EditedMessage?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.MyChatMember?.Chat.Id
        ?? update.ChatJoinRequest?.Chat.Id;

    private void MarkHandled(long updateId)
    {
        var unit = _units.Begin();
        unit.Stage(() => _handled.MarkHandled(updateId, _time.GetUtcNow()));
        unit.Commit();
    }

    private async Task AnswerCallbackAsync(string queryId, string? text, string? url, CancellationToken cancellationToken)
    {
        try
        {
            await _client.AnswerCallbackQuery(queryId, text, url: url, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException e)
        {
            // Too old (over 15 s) or already answered: the press is still handled.
            _logger.LogDebug(e, "answerCallbackQuery failed for {QueryId}", queryId);
        }
        catch (RequestException e)
        {
            _logger.LogWarning(e, "answerCallbackQuery could not reach Telegram for {QueryId}", queryId);
        }
    }

    private async Task FailTurnAsync(ITurnContext context, Exception exception)
    {
        var unit = _units.Begin();
        context.TurnState.Set<IUnitOfWork>(unit);
        using (UnitOfWorkScope.Begin(unit))
        {
            if (ErrorHandler is { } handler)
            {
                await handler(context, exception);
            }
            else
            {
                await ApologiseAsync(context, exception);
            }
        }
    }

    private async Task ApologiseAsync(ITurnContext context, Exception exception)
    {
        _logger.LogError(exception, "Turn failed in conversation {ConversationId}", context.Activity.Conversation?.Id);
        if (context.Activity.Conversation?.ConversationType == ChannelConventions.PrivateConversation)
        {
            try
            {
                await context.SendActivityAsync("Désolé, quelque chose s'est mal passé de notre côté. Vous pouvez réessayer dans un instant.");
            }
            catch (RequestException e)
            {
                _logger.LogWarning(e, "Could not send the apology");
            }
        }
    }
}
