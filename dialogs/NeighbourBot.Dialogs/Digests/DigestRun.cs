namespace NeighbourBot.Dialogs.Digests;

/// <summary>What one run of <see cref="DigestJobs"/> did: group messages and private digests handed to the outbox, residents passed over.</summary>
public sealed record DigestRun(int GroupMessages, int PrivateDigests, int Skipped);
