namespace NeighbourBot.Core.Moderation;

/// <summary>One resident's report of a listing, with the reason they chose.</summary>
public sealed record ListingReport(long ReporterId, ReportReason Reason, DateTimeOffset At);
