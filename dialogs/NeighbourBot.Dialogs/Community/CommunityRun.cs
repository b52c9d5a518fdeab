namespace NeighbourBot.Dialogs.Community;

/// <summary>What one run of <see cref="CommunityJobs"/> did.</summary>
public sealed record CommunityRun(int Reminders, int Expired, int ReservedAsked);
