using NeighbourBot.Core.Quartiers;
using NeighbourBot.Dialogs.Verification;

namespace NeighbourBot.Dialogs.Groups;

/// <summary>The join-request links of a quartier's linked groups, as /lier stored them on the quartier.</summary>
public sealed class QuartierGroupInviteLinks(IQuartierStore quartiers) : IGroupInviteLinks
{
    public Task<string?> InviteLinkAsync(string quartierId, long residentId, CancellationToken cancellationToken)
    {
        var quartier = quartiers.Find(quartierId);
        var links = quartier?.Invites
            .Where(i => quartier.GroupChatIds.Contains(i.ChatId) && !string.IsNullOrWhiteSpace(i.Link))
            .Select(i => i.Link)
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];

        // Several groups for one quartier are rare; each link goes on its own line.
        return Task.FromResult(links.Count == 0 ? null : string.Join("\n", links));
    }
}
