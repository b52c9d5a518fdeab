namespace NeighbourBot.Core.Moderation;

/// <summary>A moderator stopped a resident from posting listings ("Bloquer l'auteur").</summary>
public sealed record AuthorBlock(long ResidentId, long BlockedBy, long CaseId, DateTimeOffset At);
