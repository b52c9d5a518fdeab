namespace NeighbourBot.Dialogs.Verification;

/// <summary>Hook: the quartier group's invite link handed to a newly verified resident (the Telegram side creates it).</summary>
public interface IGroupInviteLinks
{
    /// <summary>A join-request link for the quartier's group, or null when the quartier has no linked group yet.</summary>
    Task<string?> InviteLinkAsync(string quartierId, long residentId, CancellationToken cancellationToken);
}
