namespace NeighbourBot.Core.Verification;

/// <summary>Moderator verification requests by id.</summary>
public interface IModeratorVerificationStore
{
    ModeratorVerificationRequest? Find(string id);

    void Upsert(ModeratorVerificationRequest request);

    /// <summary>The resident's undecided request, if any (one at a time).</summary>
    ModeratorVerificationRequest? PendingFor(long residentId);
}
