namespace NeighbourBot.Core.Residents;

/// <summary>Private digest frequency chosen with /resume.</summary>
public enum DigestFrequency
{
    Never = 0,
    Daily = 1,
    Weekly = 2,
}
