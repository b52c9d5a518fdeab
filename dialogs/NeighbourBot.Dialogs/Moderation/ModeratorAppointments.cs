using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Dialogs.Moderation;

/// <summary>
/// /moderateur: an operator names a quartier moderator, by replying to one of the person's messages in the
/// quartier group, or with their numeric Telegram id (in the group; in private, followed by the quartier).
/// </summary>
public sealed class ModeratorAppointments(
    IQuartierStore quartiers,
    IQuartierMap map,
    IOptions<BotOptions> botOptions,
    ILogger<ModeratorAppointments> logger)
{
    public const string Usage =
        "Pour nommer un modérateur : répondez à un de ses messages dans le groupe du quartier avec /moderateur, ou envoyez /moderateur suivi de son identifiant Telegram (un nombre).";

    public async Task HandleAsync(ITurnContext turnContext, long userId, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(argument);
        if (!botOptions.Value.IsOperator(userId))
        {
            logger.LogInformation("User {UserId} tried /moderateur without being an operator", userId);
            await turnContext.SayAsync("Désolé, seuls les opérateurs de NeighbourBot peuvent nommer des modérateurs.", cancellationToken);
            return;
        }

        var isGroup = !Inbound.IsPrivate(turnContext.Activity);
        var words = argument.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 0 && words[0].StartsWith('@'))
        {
            await turnContext.SayAsync("Telegram ne permet pas à un bot de retrouver quelqu'un par son @nom. Répondez plutôt à un de ses messages dans le groupe du quartier avec /moderateur, ou donnez son identifiant numérique.",
                cancellationToken);
            return;
        }

        long? target = Inbound.ReplyToUserId(turnContext.Activity);
        if (words.Length > 0)
        {
            target = long.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
        }

        if (target is null)
        {
            await turnContext.SayAsync(Usage, cancellationToken);
            return;
        }

        Quartier? quartier;
        if (isGroup)
        {
            quartier = Inbound.ChatId(turnContext.Activity) is { } chatId ? quartiers.FindByGroupChat(chatId) : null;
            if (quartier is null)
            {
                await turnContext.SayAsync("Ce groupe n'est lié à aucun quartier. Liez-le d'abord avec /lier suivi du nom du quartier.", cancellationToken);
                return;
            }
        }
        else
        {
            var area = words.Length > 1 ? map.Find(words[1]) : null;
            if (area is null)
            {
                await turnContext.SayAsync("En privé, précisez le quartier après l'identifiant, par exemple : /moderateur 123456789 Grésilles.", cancellationToken);
                return;
            }

            quartier = quartiers.Find(area.Id) ?? new Quartier { Id = area.Id, Name = area.Name };
        }

        if (quartier.ModeratorIds.Contains(target.Value))
        {
            await turnContext.SayAsync($"Cette personne est déjà modératrice du quartier {quartier.Name}.", cancellationToken);
            return;
        }

        var updated = quartier with { ModeratorIds = [.. quartier.ModeratorIds, target.Value] };
        turnContext.Stage(() => quartiers.Upsert(updated));
        logger.LogInformation("Operator {OperatorId} named {ModeratorId} moderator of {QuartierId}", userId, target.Value, quartier.Id);
        await turnContext.SayAsync($"C'est fait : cette personne est maintenant modératrice du quartier {quartier.Name}. Merci à elle !", cancellationToken);
    }
}
