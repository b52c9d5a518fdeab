namespace NeighbourBot.Core.Verification;

/// <summary>How many people tried to sign up from a commune the bot does not serve yet (read by the <c>stats</c> verb).</summary>
public sealed record OutOfAreaDemand
{
    /// <summary>INSEE code of the commune; the key.</summary>
    public string CityCode { get; init; } = "";

    public string CityName { get; init; } = "";

    public int Count { get; init; }

    public DateTimeOffset FirstAt { get; init; }

    public DateTimeOffset LastAt { get; init; }
}
