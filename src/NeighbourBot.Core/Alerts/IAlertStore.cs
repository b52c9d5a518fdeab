namespace NeighbourBot.Core.Alerts;

/// <summary>Residents' alerts, by resident and by quartier.</summary>
public interface IAlertStore
{
    Alert? Find(long id);

    /// <summary>Inserts (Id 0 → a new id) or replaces; returns the saved alert with its id.</summary>
    Alert Save(Alert alert);

    /// <summary>Removes the alert; false when there was none.</summary>
    bool Delete(long id);

    /// <summary>A resident's alerts, oldest first.</summary>
    IReadOnlyList<Alert> ByResident(long residentId);

    /// <summary>Every alert made in a quartier, oldest first.</summary>
    IReadOnlyList<Alert> InQuartier(string quartierId);
}
