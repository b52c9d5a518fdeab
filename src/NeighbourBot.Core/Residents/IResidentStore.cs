namespace NeighbourBot.Core.Residents;

/// <summary>Residents by user id. Synchronous: the store is embedded and fast (see STYLE.md).</summary>
public interface IResidentStore
{
    Resident? Find(long id);

    void Upsert(Resident resident);

    bool Delete(long id);

    IReadOnlyList<Resident> InQuartier(string quartierId);

    int Count();
}
