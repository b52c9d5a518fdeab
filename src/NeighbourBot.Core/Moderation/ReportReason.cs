namespace NeighbourBot.Core.Moderation;

/// <summary>Why a resident reported a listing (the buttons they choose from).</summary>
public enum ReportReason
{
    Other = 0,
    Scam,
    Inappropriate,
    Commercial,
}
