using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiteDB;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Verification;
using NeighbourBot.EndToEnd.Tests.Support;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Listings;
using NeighbourBot.Storage.Outbox;
using NeighbourBot.Storage.Quartiers;
using NeighbourBot.Storage.Verification;
using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Outbox;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>The checks at the end of a soak run, from the emulator's record and the database file.</summary>
public static partial class SoakInvariants
{
    /// <summary>Error lines a fault injected by the emulator explains: the Bot API failing under a turn or a send.</summary>
    private static readonly string[] FaultExplanations =
    [
        "Turn failed", "Could not send", "Bot API", "HttpRequestException", "RequestException", "TaskCanceledException", "timed out", "500",
    ];

    /// <summary>The one Error line the geocoder client writes for faults: its circuit breaker opening (BanResilience).</summary>
    private const string GeocoderExplanation = "Geocoder circuit opened";

    public static void Check(BotWorld world, SoakContext context, IReadOnlyList<SoakResident> residents, IReadOnlyList<BotProcess> processes, SoakReport report)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var control = world.Emulator.Control;
        var calls = control.Calls;
        report.ApiCalls = calls.Count;
        report.Faults = control.Faults;
        var groupIds = context.Groups.Values.ToHashSet();
        var chats = control.Chats;
        report.GroupMessages = chats.Where(c => groupIds.Contains(c.Id)).Sum(c => c.Messages.Count(m => m.FromBot));
        report.PrivateMessages = chats.Where(c => c.Id > 0).Sum(c => c.Messages.Count(m => m.FromBot));
        report.Edits = calls.Count(c => c.Method.StartsWith("editMessage", StringComparison.Ordinal) && (c.StatusCode == 200 || c.Fault is FaultKind.TimeoutAfterEffect or FaultKind.DroppedAfterEffect));

        CheckDatabase(world, control, residents, report);
        CheckLogs(world, processes, report);
        CheckPrivacy(chats, groupIds, residents, report);
    }

    private static void CheckDatabase(BotWorld world, EmulatorControl control, IReadOnlyList<SoakResident> residents, SoakReport report)
    {
        var afterEffect = control.InjectedFaults
            .Where(f => f.Kind is FaultKind.TimeoutAfterEffect or FaultKind.DroppedAfterEffect && f.ChatId is not null && f.MessageId is not null)
            .Select(f => (f.ChatId!.Value, f.MessageId!.Value))
            .ToHashSet();
        HashSet<long> waitingForTheBot;
        using (var database = new LiteDbDatabase(world.DatabasePath))
        {
            var listings = new LiteDbListingStore(database);
            var quartiers = new LiteDbQuartierStore(database).All();
            var pendingAddresses = new LiteDbPendingAddressStore(database);
            waitingForTheBot = residents.Where(r => pendingAddresses.Find(r.Id) is { State: PendingAddressState.Waiting }).Select(r => r.Id).ToHashSet();
            var pending = new LiteDbOutboxStore(database).CountPending();
            if (pending > 0)
            {
                report.Violation($"{pending} outbox message(s) still pending after the bot settled");
            }

            foreach (var quartier in quartiers)
            {
                var published = Enum.GetValues<ListingStatus>().Where(s => s != ListingStatus.Draft).SelectMany(s => listings.InQuartier(quartier.Id, s));
                foreach (var listing in published)
                {
                    report.ListingsPublished++;
                    foreach (var group in quartier.GroupChatIds)
                    {
                        CheckListingInGroup(control, listing, group, afterEffect, report);
                    }
                }
            }
        }

        // One request on the wire and unrecorded at a time (the outbox's WireLease): a crash repeats one message at most.
        if (report.CrashDuplicates > report.Crashes)
        {
            report.Violation($"{report.CrashDuplicates} duplicates not explained by faults for {report.Crashes} crash(es) (at most one per crash)");
        }

        CheckConversations(world, control, residents, waitingForTheBot, report);
    }

    private static void CheckListingInGroup(EmulatorControl control, Listing listing, long group, HashSet<(long, int)> afterEffect, SoakReport report)
    {
        if (TokenPattern().Match(listing.Text) is not { Success: true } token)
        {
            return;
        }

        var copies = control.Messages(group).Where(m => m.FromBot && (m.Body ?? "").Contains(token.Groups[1].Value, StringComparison.Ordinal)).ToList();
        if (copies.Count == 0)
        {
            report.Losses++;
            report.Violation($"listing {listing.Id} ({token.Groups[1].Value}) never reached group {group}");
            return;
        }

        var recorded = listing.Broadcasts.FirstOrDefault(b => b.ChatId == group);
        var current = recorded is null ? null : copies.FirstOrDefault(m => m.MessageId == recorded.MessageId);
        if (current is null)
        {
            report.Violation($"listing {listing.Id}: the group message the database records ({recorded?.MessageId}) is not among its {copies.Count} copies");
            return;
        }

        foreach (var copy in copies.Where(c => c != current))
        {
            if (afterEffect.Contains((group, copy.MessageId)))
            {
                report.FaultDuplicates++;
            }
            else
            {
                report.CrashDuplicates++;
            }
        }

        var body = current.Body ?? "";
        var expected = listing.Status switch
        {
            ListingStatus.Reserved => "Réservé",
            ListingStatus.Given => "Donné",
            ListingStatus.Withdrawn => "retirée",
            ListingStatus.Expired => "expirée",
            ListingStatus.Hidden => "masquée",
            _ => null,
        };
        if (expected is not null && !body.Contains(expected, StringComparison.Ordinal))
        {
            report.Violation($"listing {listing.Id} is {listing.Status} but its group message reads \"{body}\"");
        }

        if (expected is null && (body.Contains("Réservé", StringComparison.Ordinal) || body.Contains("Donné", StringComparison.Ordinal)))
        {
            report.Violation($"listing {listing.Id} is open but its group message reads \"{body}\"");
        }

        if (listing.Status == ListingStatus.Given && current.Buttons.Any())
        {
            report.Violation($"listing {listing.Id} is given but its group message still has buttons");
        }
    }

    /// <summary>
    /// Every resident whose conversation is in a flow has, as the bot's last word, a question or buttons to answer, or the
    /// bot's promise to write back about an address it could not check, and then that address really waits in the
    /// pending store (the job's to answer).
    /// </summary>
    private static void CheckConversations(
        BotWorld world, EmulatorControl control, IReadOnlyList<SoakResident> residents, HashSet<long> waitingForTheBot, SoakReport report)
    {
        var ids = residents.Select(r => r.Id).ToHashSet();
        using var raw = new LiteDatabase(new ConnectionString { Filename = world.DatabasePath, Connection = ConnectionType.Direct });
        foreach (var state in raw.GetCollection("bot_state").FindAll())
        {
            var key = state["_id"].AsString;
            var slash = key.LastIndexOf('/');
            if (!key.Contains("/conversations/", StringComparison.Ordinal)
                || !long.TryParse(key[(slash + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var chat) || !ids.Contains(chat))
            {
                continue;
            }

            using var json = JsonDocument.Parse(state["Json"].AsString);
            if (!json.RootElement.TryGetProperty("activeFlow", out var flow) || !flow.TryGetProperty("Name", out var name) || name.GetString() is not { Length: > 0 } flowName)
            {
                continue;
            }

            var last = control.Messages(chat).LastOrDefault(m => m.FromBot);
            var asks = last is not null && ((last.Body ?? "").Contains('?', StringComparison.Ordinal) || last.Buttons.Any() || last.ReplyKeyboard is not null);
            var promised = last is not null && (last.Body ?? "").Contains(SoakActions.AddressServiceDown, StringComparison.Ordinal);
            if (promised && !waitingForTheBot.Contains(chat))
            {
                report.Violation($"resident {chat} was promised a message about their address but no pending address waits for them");
            }

            if (!asks && !promised)
            {
                report.Violation($"resident {chat} is in flow {flowName} but the bot's last word asks nothing: \"{last?.Body}\"");
            }
        }
    }

    /// <summary>No Error line but those an injected fault explains; the token in no line at all.</summary>
    private static void CheckLogs(BotWorld world, IReadOnlyList<BotProcess> processes, SoakReport report)
    {
        var token = world.Emulator.Token;
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var errors = new List<string>();
        var geocoderWarnings = 0;
        foreach (var output in processes.Select(p => p.Output))
        {
            geocoderWarnings += output.Split('\n').Count(l => l.Contains("warn:", StringComparison.Ordinal) && l.Contains("Geocoder", StringComparison.Ordinal));
            if (output.Contains(secret, StringComparison.Ordinal) || output.Contains(Uri.EscapeDataString(token), StringComparison.Ordinal))
            {
                report.Violation("the bot token appears in the host's output");
            }

            errors.AddRange(output.Split('\n').Where(l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("crit:", StringComparison.Ordinal)));
        }

        report.ErrorLines = errors.Count;

        // The geocoder client logs its faults as warnings; only its breaker opening is an Error, and only faults open it.
        var geocoderFaults = report.Geocoder?.Faults ?? 0;
        var geocoderErrors = errors.Where(l => l.Contains(GeocoderExplanation, StringComparison.Ordinal)).ToList();
        report.GeocoderErrorLines = geocoderErrors.Count;
        if (geocoderErrors.Count > 0 && geocoderFaults == 0)
        {
            report.Violation($"{geocoderErrors.Count} geocoder error line(s) with no geocoder fault injected: {geocoderErrors[0].Trim()}");
        }

        var botApiErrors = errors.Except(geocoderErrors).ToList();
        foreach (var line in botApiErrors.Where(l => !FaultExplanations.Any(e => l.Contains(e, StringComparison.Ordinal))))
        {
            report.Violation("error not explained by a fault: " + line.Trim());
        }

        if (botApiErrors.Count > report.Faults.Total)
        {
            report.Violation($"{botApiErrors.Count} error lines for only {report.Faults.Total} injected faults");
        }

        // A fault is the host's to notice: a warning naming the geocoder, so that an operator can see it was not the bot.
        // Not under crashes: a host killed while it waited for a slow answer never got to write it.
        if (geocoderFaults > 0 && report.Crashes == 0 && geocoderWarnings == 0)
        {
            report.Violation($"{geocoderFaults} geocoder faults injected and not one warning about the geocoder in the host's log");
        }

        if (geocoderErrors.Count > geocoderFaults)
        {
            report.Violation($"{geocoderErrors.Count} geocoder error lines for only {geocoderFaults} injected geocoder faults");
        }
    }

    /// <summary>No resident reads another's address, phone number, username or surname from the bot; groups read nobody's.</summary>
    private static void CheckPrivacy(IReadOnlyList<EmulatedChat> chats, HashSet<long> groupIds, IReadOnlyList<SoakResident> residents, SoakReport report)
    {
        var owners = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in residents)
        {
            owners[Digits(r.Phone)] = r.Id;
            owners[r.Username] = r.Id;
            owners[r.LastName] = r.Id;
        }

        var residentIds = residents.Select(r => r.Id).ToHashSet();

        var addressesByStreet = residents.GroupBy(r => r.Street.Name).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var chat in chats.Where(c => groupIds.Contains(c.Id) || residentIds.Contains(c.Id)))
        {
            foreach (var message in chat.Messages.Where(m => m.FromBot))
            {
                var body = message.Body ?? "";
                var found = new List<(string What, long Owner)>();
                found.AddRange(PhonePattern().Matches(body).Select(m => Digits(m.Value)).Where(owners.ContainsKey).Select(d => ("phone", owners[d])));
                found.AddRange(WordPattern().Matches(body).Select(m => m.Value).Where(w => owners.ContainsKey(w) && (w.StartsWith("voisin_", StringComparison.Ordinal) || w.EndsWith("ard", StringComparison.Ordinal)))
                    .Select(w => ("name", owners[w])));
                foreach (var (street, people) in addressesByStreet)
                {
                    if (body.Contains(street, StringComparison.OrdinalIgnoreCase))
                    {
                        found.AddRange(people.Where(p => Regex.IsMatch(body, @"(?<!\d)" + Regex.Escape(p.Address), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).Select(p => ("address", p.Id)));
                    }
                }

                foreach (var (what, owner) in found.Where(f => f.Owner != chat.Id))
                {
                    report.Violation($"chat {chat.Id} read the {what} of resident {owner}: \"{body}\"");
                }
            }
        }

    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    [GeneratedRegex(@"modèle (\p{L}+)")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"0\d(?:[ .]?\d\d){4}")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\p{L}_0-9]+")]
    private static partial Regex WordPattern();
}
