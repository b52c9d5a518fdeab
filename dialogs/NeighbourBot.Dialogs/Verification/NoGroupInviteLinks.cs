namespace NeighbourBot.Dialogs.Verification;

/// <summary>Until the Telegram side provides links: no link, and the welcome says nothing about a group.</summary>
public sealed class NoGroupInviteLinks : IGroupInviteLinks
{
    public Task<string?> InviteLinkAsync(string quartierId, long residentId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
