using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using NeighbourBot.Core.Verification;
using NeighbourBot.Dialogs.Messaging;
using NeighbourBot.Geo.Addresses;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>
/// Reads a typed address the same way wherever it is asked (signup, /demenager): checks it looks like one, looks
/// it up, counts out-of-area demand (the commune only), and says in French what to ask next.
/// </summary>
public sealed partial class AddressQuestion(IAddressLookup lookup, IOutOfAreaDemandStore demand, TimeProvider timeProvider, ILogger<AddressQuestion> logger)
{
    public const string NotAnAddress = "Je ne reconnais pas une adresse. Écrivez le numéro, la rue et la ville, par exemple : 12 rue de la Liberté, Dijon.";

    private static readonly string[] YesWords = ["oui", "o", "ouais", "ouí", "yes", "ok", "d'accord", "exact", "exactement", "c'est ça", "c'est bien ça", "tout à fait", "oui c'est ça", "oui c'est bien ça"];
    private static readonly string[] NoWords = ["non", "n", "no", "nan", "pas du tout", "non corriger"];

    /// <param name="triedBefore">An earlier attempt found nothing: the hint gets more specific.</param>
    /// <param name="typedNumber">The house number typed at the number step, already joined to the street in <paramref name="text"/>.</param>
    public async Task<AddressAnswer> AskAsync(ITurnContext turnContext, string text, bool triedBefore, string? typedNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > AddressText.MaxTypedLength)
        {
            return AddressAnswer.Fail("Cette adresse est bien longue. Écrivez seulement le numéro, la rue et la ville, par exemple : 12 rue de la Liberté, Dijon.", lookedUp: false);
        }

        if (text.Count(char.IsLetter) < 3 && typedNumber is null)
        {
            return AddressAnswer.Fail(NotAnAddress, lookedUp: false);
        }

        var result = await lookup.LookupAsync(text, cancellationToken);
        switch (result.Outcome)
        {
            case AddressLookupOutcome.Confirm when result.Candidates.Count > 0:
                return new AddressAnswer(AddressAnswerKind.Confirm, [result.Candidates[0].Address], null, true);
            case AddressLookupOutcome.Choose when result.Candidates.Count > 0:
                return new AddressAnswer(AddressAnswerKind.Choose, result.Candidates.Take(SignupMessages.MaxCandidates).Select(c => c.Address).ToList(), null, true);
            case AddressLookupOutcome.NeedHouseNumber when result.Candidates.Count > 0:
                return typedNumber is not null
                    ? AddressAnswer.Fail($"Je ne trouve pas le numéro {typedNumber} dans cette rue. Vérifiez-le, ou écrivez l'adresse complète.")
                    : new AddressAnswer(AddressAnswerKind.NeedNumber, [result.Candidates[0].Address], null, true);
            case AddressLookupOutcome.OutOfArea:
                RecordDemand(turnContext, result);
                var city = result.OutOfAreaCityName ?? (result.Candidates.Count > 0 ? result.Candidates[0].Address.City : null);
                return new AddressAnswer(
                    AddressAnswerKind.OutOfArea,
                    [],
                    (string.IsNullOrEmpty(city) ? "Cette adresse est en dehors des communes" : $"Cette adresse est à {city}, en dehors des communes")
                        + " où NeighbourBot est ouvert pour l'instant. J'ai noté votre commune : c'est ce qui nous aide à choisir où ouvrir ensuite. "
                        + "Si vous habitez une autre adresse dans notre zone, écrivez-la ; sinon, tapez /annuler.",
                    true);
            case AddressLookupOutcome.Unavailable:
                return new AddressAnswer(AddressAnswerKind.Unavailable, [], null, false);
            case AddressLookupOutcome.Invalid:
                return AddressAnswer.Fail(NotAnAddress);
            default:
                return AddressAnswer.Fail(triedBefore
                    ? "Toujours rien, désolé. Essayez sans abréviation (« avenue » plutôt que « av. ») et avec le code postal, par exemple : 12 rue de la Liberté, 21000 Dijon."
                    : "Je ne trouve pas cette adresse. Vérifiez l'orthographe de la rue et ajoutez la ville, par exemple : 12 rue de la Liberté, Dijon.");
        }
    }

    /// <summary>A house number as typed at the number step ("12", "12 bis", "12b"), normalised; false for anything else.</summary>
    public static bool TryReadHouseNumber(string text, out string number)
    {
        var match = HouseNumber().Match(text ?? "");
        number = match.Success
            ? match.Groups["n"].Value + (match.Groups["s"].Success ? " " + match.Groups["s"].Value.ToLowerInvariant() : "")
            : "";
        return match.Success;
    }

    public static bool IsYes(string? text) => IsOneOf(text, YesWords);

    public static bool IsNo(string? text) => IsOneOf(text, NoWords);

    private void RecordDemand(ITurnContext turnContext, AddressLookupResult result)
    {
        var code = result.OutOfAreaCityCode ?? (result.Candidates.Count > 0 ? result.Candidates[0].Address.CityCode : null);
        var name = result.OutOfAreaCityName ?? (result.Candidates.Count > 0 ? result.Candidates[0].Address.City : null) ?? "";
        if (string.IsNullOrEmpty(code))
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        turnContext.Stage(() => demand.Record(code, name, now));
        logger.LogInformation("Out-of-area address from commune {CityCode}", code);
    }

    private static bool IsOneOf(string? text, string[] words)
    {
        if (text is null)
        {
            return false;
        }

        var normalised = text.Trim().TrimEnd('.', '!', ' ').Replace('’', '\'').Replace(',', ' ').ToLowerInvariant();
        normalised = string.Join(' ', normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words.Contains(normalised, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,4})\s*(?<s>bis|ter|quater|[a-dA-D])?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HouseNumber();
}
