using NeighbourBot.Core.Residents;

namespace NeighbourBot.Core.Digests;

/// <summary>What a private digest needs of a resident, and nothing else (so a whole quartier reads cheaply).</summary>
public sealed record DigestRecipient(
    long Id, long PrivateChatId, string FirstName, string? QuartierId, VerificationLevel Verification, DigestPreference Preference, bool Reachable)
{
    public static DigestRecipient Of(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return new DigestRecipient(
            resident.Id, resident.PrivateChatId, resident.FirstName, resident.QuartierId, resident.Verification, resident.Digest, resident.Reachable);
    }

    /// <summary>The chat the digest goes to (the user id when no private chat is known).</summary>
    public long ChatId => PrivateChatId != 0 ? PrivateChatId : Id;
}
