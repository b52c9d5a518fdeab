namespace NeighbourBot.Core.Quartiers;

/// <summary>Quartiers with their linked groups and moderators.</summary>
public interface IQuartierStore
{
    Quartier? Find(string id);

    Quartier? FindByGroupChat(long chatId);

    IReadOnlyList<Quartier> All();

    void Upsert(Quartier quartier);
}
