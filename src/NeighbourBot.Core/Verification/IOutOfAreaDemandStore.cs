namespace NeighbourBot.Core.Verification;

/// <summary>Out-of-area signup attempts counted by commune.</summary>
public interface IOutOfAreaDemandStore
{
    /// <summary>Adds one attempt for the commune (creating its row), inside the caller's unit of work.</summary>
    void Record(string cityCode, string cityName, DateTimeOffset at);

    OutOfAreaDemand? Find(string cityCode);

    /// <summary>Every commune, most asked first.</summary>
    IReadOnlyList<OutOfAreaDemand> All();
}
