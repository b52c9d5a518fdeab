namespace NeighbourBot.Core.Verification;

/// <summary>Invite codes by code.</summary>
public interface IInviteCodeStore
{
    InviteCode? Find(string code);

    void Upsert(InviteCode invite);

    /// <summary>Codes issued by one resident, used or not (to cap how many are open at once).</summary>
    IReadOnlyList<InviteCode> IssuedBy(long residentId);
}
