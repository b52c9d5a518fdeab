using System.Globalization;

namespace NeighbourBot.Dialogs.Relays;

/// <summary>
/// Outbox correlation of a bot message that belongs to a relay: "relay:{id}". When such a message is sent, the host's
/// delivery observer calls <c>IRelayStore.RememberMessage</c> so that a reply to it reaches the right partner.
/// </summary>
public static class RelayCorrelation
{
    public const string Prefix = "relay:";

    public static string Of(long relayId) => Prefix + relayId.ToString(CultureInfo.InvariantCulture);

    public static bool TryRead(string? correlation, out long relayId)
    {
        relayId = 0;
        return correlation is not null
            && correlation.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(correlation.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out relayId)
            && relayId > 0;
    }
}
