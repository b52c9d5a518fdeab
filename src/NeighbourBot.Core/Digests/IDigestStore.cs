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
}
