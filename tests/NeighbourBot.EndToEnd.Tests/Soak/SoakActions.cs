using System.Globalization;
using NeighbourBot.Dialogs.Account;
using NeighbourBot.Dialogs.Digests;
using NeighbourBot.Dialogs.Groups;
using NeighbourBot.Dialogs.Moderation;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Signup;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>
/// What simulated residents do, as a person would over Telegram. <see cref="Default"/> is the extension point: a new
/// feature (digest settings, moving house, moderation) adds its <see cref="SoakAction"/> to a copy of the list.
/// </summary>
public static class SoakActions
{
    private static readonly (string Article, string Item)[] Things =
    [
        ("une", "lampe"), ("un", "vélo"), ("une", "chaise"), ("un", "fauteuil"), ("une", "table"), ("un", "livre"), ("une", "poussette"),
        ("un", "aspirateur"), ("une", "perceuse"), ("un", "canapé"), ("un", "miroir"), ("une", "armoire"), ("un", "tapis"),
        ("une", "bouilloire"), ("une", "commode"), ("un", "bureau"), ("une", "étagère"), ("un", "ventilateur"),
    ];

    /// <summary>What the bot says, in its pending message and when it asks again, while the address service does not answer.</summary>
    public const string AddressServiceDown = "ne répond pas";

    /// <summary>A resident gives up retyping after this many answers that the address service is down (the run then counts a stall).</summary>
    private const int MaxAddressTries = 30;

    /// <summary>
    /// Post, say "Ça m'intéresse" and write, reserve, give, change the digest setting, try operator commands in the group
    /// and operator/moderator commands in private.
    /// </summary>
    public static IReadOnlyList<SoakAction> Default { get; } =
    [
        new("post", 2, (_, r) => r.Listings.Count < 2, PostAsync),
        new("interest", 4, (c, r) => InterestCandidates(c, r).Any(), InterestAsync),
        new("reserve", 6, (_, r) => r.Listings.Any(l => l.Stage == 0 && !l.Interested.IsEmpty), ReserveAsync),
        new("give", 6, (_, r) => r.Listings.Any(l => l.Stage == 1), GiveAsync),
        new("operator-command", 0.3, (c, r) => c.Groups.ContainsKey(r.Quartier!), OperatorCommandAsync),
        new("digest-settings", 0.5, (_, _) => true, DigestSettingsAsync),
        new("private-command", 0.2, (_, _) => true, PrivateCommandAsync),
    ];

    /// <summary>The closing round: reserve for an interested neighbour, then give.</summary>
    public static IReadOnlyList<SoakAction> Closing { get; } = [Default[2], Default[3]];

    /// <summary>/start, name, address from the gazetteer, "Oui", then a live location at home: verified.</summary>
    public static async Task SignUpAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var control = context.Control;
        await context.SayAsync(resident, "/start", SignupMessages.AskName);
        await context.SayAsync(resident, $"{resident.FirstName} {resident.LastName}", SignupMessages.AskAddress);
        var answer = await AddressAsync(context, resident);
        for (var tries = 1; ; tries++)
        {
            if (!answer.Body!.Contains("C'est bien le", StringComparison.Ordinal))
            {
                var choice = answer.Buttons.FirstOrDefault(b => b.Text.Contains(resident.Street.Name, StringComparison.OrdinalIgnoreCase)) ?? answer.Buttons.First();
                context.MarkNow(resident);
                control.PressButtonLabelled(resident.Id, resident.Id, answer.MessageId, choice.Text);
                answer = await context.ExpectAsync(resident, choice.Text, "C'est bien le");
            }

            context.MarkNow(resident);
            control.PressButtonLabelled(resident.Id, resident.Id, answer.MessageId, "Oui");
            var confirmed = await context.ExpectAsync(resident, "Oui", "un modérateur peut vérifier", AddressServiceDown);
            if (!confirmed.Body!.Contains(AddressServiceDown, StringComparison.Ordinal))
            {
                break;
            }

            // A crash lost the step that asked this question (its reply had left): the bot still waits for the address
            // service, says so and asks for the address again; the resident types it again.
            if (tries >= MaxAddressTries)
            {
                throw new SoakStallException($"the address was still waiting for the address service after {tries} confirmations");
            }

            answer = await AddressAsync(context, resident);
        }

        resident.Quartier = context.Groups.Keys.FirstOrDefault(q => control.Messages(resident.Id)
            .Any(m => m.FromBot && m.MessageId > answer.MessageId && (m.Body ?? "").Contains(q, StringComparison.Ordinal)));
        if (resident.Quartier is null)
        {
            throw new SoakStallException("placed in no known quartier");
        }

        context.MarkNow(resident);
        control.UserSharesLocation(resident.Id, resident.Id, resident.Street.Latitude, resident.Street.Longitude, livePeriodSeconds: 600);
        await context.ExpectAsync(resident, "location", "votre position confirme votre adresse");
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Types the address until the bot can read it: when the address service does not answer, the bot keeps the address
    /// and promises to write back (its job retries on a schedule of minutes); a resident waits a moment, takes that
    /// "Bonne nouvelle" question if it came, and otherwise types the address again, which the pending step accepts.
    /// </summary>
    private static async Task<EmulatedMessage> AddressAsync(SoakContext context, SoakResident resident)
    {
        string[] answers = ["C'est bien le", "plusieurs adresses", AddressServiceDown];
        var answer = await context.SayAsync(resident, resident.Address, answers);
        for (var tries = 1; answer.Body!.Contains(AddressServiceDown, StringComparison.Ordinal); tries++)
        {
            context.CountAddressServiceDown();
            if (tries >= MaxAddressTries)
            {
                throw new SoakStallException($"the address service still did not answer after {tries} tries");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500 + resident.Random.Next(1_000)));
            var news = context.Control.Messages(resident.Id).LastOrDefault(m => m.FromBot && m.MessageId > answer.MessageId
                && (m.Body ?? "").StartsWith(PendingVerificationJob.Lead, StringComparison.Ordinal) && m.Buttons.Any());
            if (news is not null)
            {
                context.CountAddressServiceBack();
                return news;
            }

            answer = await context.SayAsync(resident, resident.Address, answers);
        }

        return answer;
    }

    private static async Task PostAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var (article, item) = Things[(resident.Index * 7 + resident.Listings.Count) % Things.Length];
        var token = context.NextToken();
        var withPhone = resident.Random.NextDouble() < 0.3;
        // /annonce, not plain text: once a relay is open, plain text goes to the neighbour, as it should.
        var text = $"/annonce Je donne {article} {item}, modèle {token}" + (withPhone ? $", appelez-moi au {resident.Phone}" : "");
        await context.SayAsync(resident, text, "Voici votre annonce");
        context.MarkNow(resident);
        var withButton = context.Control.Messages(resident.Id).Last(m => m.FromBot && m.Buttons.Any(b => b.Text == PostingMessages.Publish));
        context.Control.PressButtonLabelled(resident.Id, resident.Id, withButton.MessageId, PostingMessages.Publish);
        await context.ExpectAsync(resident, "Publier", "Merci ! Votre annonce");
        var listing = new SoakListing(token, item, resident.Id, resident.Quartier!, withPhone);
        resident.Listings.Add(listing);
        context.Listings.Enqueue(listing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static IEnumerable<SoakListing> InterestCandidates(SoakContext context, SoakResident resident) =>
        context.Listings.Where(l => l.Stage == 0 && l.AuthorId != resident.Id && l.Quartier == resident.Quartier && !resident.InterestedIn.Contains(l.Token)
            && l.Interested.Count < 3 && context.GroupMessageOf(l) is not null);

    /// <summary>"Ça m'intéresse" under a neighbour's listing in the group, then a message relayed to the poster.</summary>
    private static async Task InterestAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var candidates = InterestCandidates(context, resident).ToList();
        var listing = candidates[resident.Random.Next(candidates.Count)];
        var post = context.GroupMessageOf(listing)!;
        if (!post.Buttons.Any(b => b.Text == ListingText.InterestedTitle))
        {
            return;
        }

        context.MarkNow(resident);
        resident.InterestedIn.Add(listing.Token);
        context.Control.PressButtonLabelled(resident.Id, post.ChatId, post.MessageId, ListingText.InterestedTitle);
        var answer = await context.ExpectAsync(resident, "Ça m'intéresse", "vous intéresse", "n'est plus disponible", "déjà réservé");
        if (!answer.Body!.Contains("vous intéresse", StringComparison.Ordinal))
        {
            return;
        }

        await context.SayAsync(resident, $"Bonjour, votre {listing.Item} m'intéresse, je peux passer ce soir ?", "Transmis à");
        listing.Interested.Enqueue(resident.Id);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The poster presses "Réserver pour …" under a neighbour's interest; the group message follows.</summary>
    private static async Task ReserveAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var listing = resident.Listings.First(l => l.Stage == 0 && !l.Interested.IsEmpty);
        if (!listing.TryClaim())
        {
            return;
        }

        try
        {
            var interest = await context.Control.WaitForMessageAsync(
                resident.Id,
                m => m.FromBot && m.Buttons.Any(b => b.Text.StartsWith("Réserver pour", StringComparison.Ordinal)) && (m.Body ?? "").Contains(listing.Item, StringComparison.OrdinalIgnoreCase),
                context.Options.Patience,
                cancellationToken);
            var button = interest.Buttons.First(b => b.Text.StartsWith("Réserver pour", StringComparison.Ordinal));
            context.MarkNow(resident);
            context.Control.PressButtonLabelled(resident.Id, resident.Id, interest.MessageId, button.Text);
            await context.ExpectAsync(resident, button.Text, "est réservé pour");
            listing.Stage = 1;
            await ExpectGroupAsync(context, listing, "Réservé");
        }
        catch (TimeoutException e)
        {
            throw new SoakStallException($"no \"Réserver pour\" button for listing {listing.Token}", e);
        }
        finally
        {
            listing.Release();
        }
    }

    /// <summary>The poster presses "✅ Donné" under the reservation; the group message follows.</summary>
    private static async Task GiveAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var listing = resident.Listings.First(l => l.Stage == 1);
        if (!listing.TryClaim())
        {
            return;
        }

        try
        {
            var reserved = context.Control.Messages(resident.Id).Last(m => m.FromBot && m.Buttons.Any(b => b.Text == "✅ Donné")
                && (m.Body ?? "").Contains(listing.Item, StringComparison.OrdinalIgnoreCase));
            context.MarkNow(resident);
            context.Control.PressButtonLabelled(resident.Id, resident.Id, reserved.MessageId, "✅ Donné");
            await context.ExpectAsync(resident, "✅ Donné", "est marqué « Donné »");
            listing.Stage = 2;
            await ExpectGroupAsync(context, listing, "Donné");
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            listing.Release();
        }
    }

    /// <summary>A resident tries an operator command in their quartier group: always a polite refusal.</summary>
    private static async Task OperatorCommandAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var group = context.Groups[resident.Quartier!];
        if (!context.Control.IsMember(group, resident.Id))
        {
            context.Control.AddUserToGroup(group, resident.Id);
        }

        var commands = new[]
        {
            ("/lier " + resident.Quartier, GroupMessages.OnlyOperatorsLink),
            ("/delier", GroupMessages.OnlyOperatorsLink),
            ("/moderateur " + resident.Id.ToString(CultureInfo.InvariantCulture), "seuls les opérateurs de NeighbourBot peuvent nommer"),
        };
        var (command, refusal) = commands[resident.Random.Next(commands.Length)];
        var sent = context.Control.UserSends(resident.Id, group, command);
        try
        {
            await context.Control.WaitForMessageAsync(
                group, m => m.FromBot && m.MessageId > sent.MessageId && (m.Body ?? "").Contains(refusal, StringComparison.Ordinal), context.Options.Patience, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new SoakStallException($"no refusal of \"{command}\" in group {group}", e);
        }
    }

    /// <summary>/resume, then one tap on a frequency: the bot confirms with the new setting.</summary>
    private static async Task DigestSettingsAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var menu = await context.SayAsync(resident, "/resume", "Vous recevez", "Vous ne recevez pas");
        var choices = new[] { DigestMessages.Never, DigestMessages.Daily, DigestMessages.Weekly };
        var choice = choices[resident.Random.Next(choices.Length)];
        if (!menu.Buttons.Any(b => b.Text == choice))
        {
            // The current frequency may be shown without its own button: nothing to change.
            return;
        }

        context.MarkNow(resident);
        context.Control.PressButtonLabelled(resident.Id, resident.Id, menu.MessageId, choice);
        var expected = choice == DigestMessages.Never ? "Vous ne recevez pas" : choice == DigestMessages.Daily ? "chaque jour" : "chaque semaine";
        await context.ExpectAsync(resident, choice, expected);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>A resident tries /stats or /moderation in private: always a polite refusal.</summary>
    private static async Task PrivateCommandAsync(SoakContext context, SoakResident resident, CancellationToken cancellationToken)
    {
        var (command, refusal) = resident.Random.Next(2) == 0
            ? ("/stats", OperatorStats.Refusal)
            : ("/moderation", ModerationMessages.QueueRefused);
        await context.SayAsync(resident, command, refusal);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static async Task ExpectGroupAsync(SoakContext context, SoakListing listing, string expected)
    {
        // Any copy: after a fault injected after effect, the copy the bot recorded (and edits) may be the second one.
        await context.ExpectGroupTextAsync(context.Groups[listing.Quartier], listing.Token, expected);
    }
}
