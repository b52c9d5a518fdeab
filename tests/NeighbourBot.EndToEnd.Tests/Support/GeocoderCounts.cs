namespace NeighbourBot.EndToEnd.Tests.Support;

/// <summary>What the local geocoder saw: every request, and the faults it injected by kind.</summary>
public sealed record GeocoderCounts(int Requests, int ServerErrors, int Unavailable, int Slow, int Dropped)
{
    public int Faults => ServerErrors + Unavailable + Slow + Dropped;

    public int Answered => Requests - Faults;
}
