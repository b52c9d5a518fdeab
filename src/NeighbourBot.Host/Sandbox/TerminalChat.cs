using System.Globalization;
using System.Text;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.Host.Sandbox;

/// <summary>
/// The sandbox's terminal: the operator types as one neighbour at a time, presses buttons by number and
/// watches the quartier groups. Every action goes through the emulator, so the bot runs its production path
/// (the real Telegram.Bot client over HTTP). After each action the terminal waits until the bot is quiet, so a
/// script fed on stdin reads the same as a person typing.
/// </summary>
public sealed class TerminalChat(SandboxWorld world, TextReader input, TextWriter output)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(15);

    private readonly Dictionary<long, int> _seen = [];
    private readonly Dictionary<(long Chat, int Message), bool> _editedSeen = [];
    private List<(long Chat, int Message, EmulatedButton Button)> _buttons = [];
    private long _resident;
    private long _chat;
    private bool _renumber;

    public const string Help = """
        Commandes du bac à sable :
          /as <prénom>            jouer un autre voisin (créé au premier usage)
          <texte>                 écrire au bot (ou dans le groupe choisi avec /dans)
          <numéro>                appuyer sur le bouton de ce numéro
          /position <lat> <lon>   partager une position (ex. /position 47.3225 5.0372)
          /direct <lat> <lon>     partager une position en direct
          /photo <légende>        envoyer une photo avec une légende
          /dans <quartier>        écrire dans le groupe du quartier ; /prive pour revenir au bot
          /rejoindre <quartier>   demander à rejoindre le groupe du quartier (lien reçu du bot)
          /groupes                voir les groupes et leurs derniers messages
          /aide-bac               cette aide ; /quitter pour sortir
        """;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _resident = world.Resident("marie");
        _chat = _resident;

        // The groups were just linked by the operator: their setup chatter is not news for the person at the terminal.
        await SettleAsync(cancellationToken, print: false);
        await output.WriteLineAsync($"{world.Groups.Count} groupes de quartier sont liés (voir /groupes).");
        await output.WriteLineAsync(Help);
        await output.WriteLineAsync($"Vous jouez Marie. Tapez /start pour commencer.");
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync($"{world.NameOf(_resident)}{(_chat == _resident ? "" : " @ " + world.GroupName(_chat))} > ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                await SettleAsync(cancellationToken);
                break;
            }

            if (line.Trim() is "/quitter" or "/exit")
            {
                break;
            }

            await HandleAsync(line.Trim(), cancellationToken);
        }
    }

    /// <summary>
    /// Shows what the press itself answered, as the Telegram app would: a notice over the chat, or a link to the bot's
    /// private chat, which the app opens and where « Démarrer » sends /start with the link's parameter.
    /// </summary>
    private async Task FollowAnswerAsync(string callbackQueryId, CancellationToken cancellationToken)
    {
        CallbackAnswer answer;
        try
        {
            answer = await world.Emulator.Control.WaitForCallbackAnswerAsync(callbackQueryId, TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (TimeoutException)
        {
            return;
        }

        if (!string.IsNullOrEmpty(answer.Text))
        {
            await output.WriteLineAsync($"(Telegram affiche : « {answer.Text} »)");
        }

        var start = answer.Url is { } url && url.IndexOf("?start=", StringComparison.Ordinal) is var at and >= 0 ? url[(at + "?start=".Length)..] : null;
        if (start is not null)
        {
            await output.WriteLineAsync($"(le bouton ouvre {answer.Url} : la conversation privée avec le bot s'ouvre, vous appuyez sur « Démarrer »)");
            _chat = _resident;
            world.Emulator.Control.UserSends(_resident, _chat, "/start " + start);
        }
    }

    private async Task HandleAsync(string line, CancellationToken cancellationToken)
    {
        var control = world.Emulator.Control;
        if (line.Length == 0)
        {
            return;
        }

        var (command, argument) = Split(line);
        try
        {
            switch (command)
            {
                case "/as" when argument.Length > 0:
                    _resident = world.Resident(argument);
                    _chat = _resident;
                    await output.WriteLineAsync($"Vous jouez maintenant {world.NameOf(_resident)}.");
                    return;
                case "/aide-bac":
                    await output.WriteLineAsync(Help);
                    return;
                case "/groupes":
                    await ShowGroupsAsync();
                    return;
                case "/prive":
                    _chat = _resident;
                    return;
                case "/dans":
                    if (FindGroup(argument) is { } group)
                    {
                        control.AddUserToGroup(group, _resident);
                        _chat = group;
                    }
                    else
                    {
                        await output.WriteLineAsync("Quartier inconnu. Quartiers : " + string.Join(", ", world.Map.Quartiers.Select(q => q.Id)));
                    }

                    return;
                case "/position" or "/direct":
                    if (ParseCoordinates(argument) is { } point)
                    {
                        control.UserSharesLocation(_resident, _chat, point.Lat, point.Lon, command == "/direct" ? 900 : null);
                    }
                    else
                    {
                        await output.WriteLineAsync("Exemple : /position 47.3225 5.0372");
                        return;
                    }

                    break;
                case "/photo":
                    control.UserSendsPhoto(_resident, _chat, argument.Length > 0 ? argument : null);
                    break;
                case "/rejoindre":
                    if (FindGroup(argument) is { } target && control.InviteLinks(target) is { Count: > 0 } links && links[^1] is { } link)
                    {
                        control.RequestToJoin(_resident, link);
                    }
                    else
                    {
                        await output.WriteLineAsync("Ce groupe n'a pas encore de lien d'invitation.");
                        return;
                    }

                    break;
                default:
                    if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _buttons.Count)
                    {
                        var (chat, message, button) = _buttons[number - 1];
                        var query = control.PressButton(_resident, chat, message, button.CallbackData!);
                        await FollowAnswerAsync(query, cancellationToken);
                    }
                    else
                    {
                        control.UserSends(_resident, _chat, line);
                    }

                    break;
            }
        }
        catch (InvalidOperationException e)
        {
            await output.WriteLineAsync("(bac à sable) " + e.Message);
            return;
        }

        await SettleAsync(cancellationToken);
    }

    /// <summary>Waits until the bot took the update and stopped writing, then prints what changed.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken, bool print = true)
    {
        var control = world.Emulator.Control;
        try
        {
            await control.WaitForUpdatesConsumedAsync(MaxWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            await output.WriteLineAsync("(le bot ne répond pas)");
        }

        var deadline = DateTime.UtcNow + MaxWait;
        var last = Snapshot();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(Quiet, cancellationToken);
            var now = Snapshot();
            if (now == last)
            {
                break;
            }

            last = now;
        }

        if (!print)
        {
            foreach (var chat in world.Emulator.Control.Chats.Where(c => c.Messages.Count > 0))
            {
                _seen[chat.Id] = chat.Messages.Max(m => m.MessageId);
            }

            return;
        }

        await PrintNewAsync();
    }

    private string Snapshot()
    {
        var sb = new StringBuilder();
        foreach (var chat in world.Emulator.Control.Chats)
        {
            sb.Append(chat.Id).Append(':').Append(chat.Messages.Count).Append(':').Append(chat.Messages.Count(m => m.IsEdited)).Append(';');
        }

        return sb.ToString();
    }

    private async Task PrintNewAsync()
    {
        var control = world.Emulator.Control;

        // Numbers always point at the buttons printed in the latest batch, wherever they are.
        _renumber = true;
        var watched = new HashSet<long>(world.Residents.Values) { SandboxWorld.OperatorId };
        watched.UnionWith(world.Groups.Values);
        foreach (var chat in control.Chats.Where(c => watched.Contains(c.Id)))
        {
            var seen = _seen.GetValueOrDefault(chat.Id);
            foreach (var message in chat.Messages.Where(m => m.FromBot))
            {
                var isNew = message.MessageId > seen;
                var newlyEdited = message.IsEdited && !_editedSeen.GetValueOrDefault((chat.Id, message.MessageId));
                if (!isNew && !newlyEdited)
                {
                    continue;
                }

                _editedSeen[(chat.Id, message.MessageId)] = message.IsEdited;
                await PrintAsync(chat, message, newlyEdited && !isNew);
            }

            _seen[chat.Id] = chat.Messages.Count == 0 ? seen : Math.Max(seen, chat.Messages.Max(m => m.MessageId));
        }
    }

    private async Task PrintAsync(EmulatedChat chat, EmulatedMessage message, bool edited)
    {
        var where = chat.Id < 0 ? $"[groupe {world.GroupName(chat.Id) ?? chat.Title}]" : $"[bot → {world.NameOf(chat.Id)}]";
        var body = message.IsDeleted ? "(message supprimé)" : message.Body ?? (message.PhotoFileId is null ? "" : "(photo)");
        await output.WriteLineAsync($"{where}{(edited ? " (modifié)" : "")} {body}");
        if (message.DocumentName is { } file && !message.IsDeleted)
        {
            // The sandbox shows a file the way a phone would offer it: its name and size, then its text.
            await output.WriteLineAsync($"    📎 {file} ({System.Text.Encoding.UTF8.GetByteCount(message.DocumentContent ?? "")} octets)");
            await output.WriteLineAsync(message.DocumentContent);
        }

        if (message.InlineKeyboard.Count > 0 && !message.IsDeleted)
        {
            if (_renumber)
            {
                _buttons = [];
                _renumber = false;
            }

            var labels = new List<string>();
            foreach (var button in message.Buttons)
            {
                if (button.CallbackData is not null)
                {
                    _buttons.Add((chat.Id, message.MessageId, button));
                    labels.Add($"[{_buttons.Count}] {button.Text}");
                }
                else
                {
                    labels.Add($"[lien] {button.Text} {button.Url}");
                }
            }

            await output.WriteLineAsync("    " + string.Join("   ", labels));
        }

        if (message.ReplyKeyboard is { } keyboard)
        {
            await output.WriteLineAsync("    (clavier : " + string.Join(" / ", keyboard.Rows.SelectMany(r => r).Select(b => b.Text)) + " — répondez avec /position <lat> <lon>)");
        }
    }

    private async Task ShowGroupsAsync()
    {
        foreach (var (quartier, chatId) in world.Groups)
        {
            var chat = world.Emulator.Control.Chat(chatId);
            await output.WriteLineAsync($"{quartier} ({chat.Title}) : {chat.Messages.Count(m => m.FromBot)} message(s) du bot");
            foreach (var message in chat.Messages.Where(m => m.FromBot).TakeLast(3))
            {
                await output.WriteLineAsync("    " + (message.Body ?? "(photo)").Replace('\n', ' '));
            }
        }
    }

    private long? FindGroup(string text) =>
        world.Map.Find(text) is { } area && world.Groups.TryGetValue(area.Id, out var id) ? id : null;

    private static (string Command, string Argument) Split(string line)
    {
        if (!line.StartsWith('/'))
        {
            return ("", line);
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line.ToLowerInvariant(), "") : (line[..space].ToLowerInvariant(), line[(space + 1)..].Trim());
    }

    private static (double Lat, double Lon)? ParseCoordinates(string text)
    {
        var parts = text.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && lat is >= -90 and <= 90 && lon is >= -180 and <= 180
            ? (lat, lon)
            : null;
    }
}
