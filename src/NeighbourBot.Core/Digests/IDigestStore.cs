namespace NeighbourBot.Core.Digests;

/// <summary>Digest watermarks by recipient chat; synchronous like the other embedded stores.</summary>
public interface IDigestStore
{
    DigestMark? Find(long chatId);

    void Save(DigestMark mark);

    bool Delete(long chatId);

    /// <summary>Private marks due at <paramref name="now"/>, earliest first, at most <paramref name="max"/>.</summary>
    IReadOnlyList<DigestMark> DueBy(DateTimeOffset now, int max);

    /// <summary>The residents of a quartier as digests see them, by id: a light read for passes over every resident.</summary>
    IReadOnlyList<DigestRecipient> Recipients(string quartierId);

    /// <summary>The open listings of a quartier published after <paramref name="since"/>, as digest lines (a light read).</summary>
    IReadOnlyList<DigestLine> OpenListingsSince(string quartierId, DateTimeOffset since);

    /// <summary>
    /// The same for several quartiers in one read (through the publication date, not quartier by quartier): what the
    /// daily group recaps of a whole city need. Quartiers without new listings are absent.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<DigestLine>> OpenListingsSince(IReadOnlyCollection<string> quartierIds, DateTimeOffset since);
}
