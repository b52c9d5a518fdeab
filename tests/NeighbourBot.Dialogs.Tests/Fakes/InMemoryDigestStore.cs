using System.Collections.Concurrent;
using NeighbourBot.Core.Digests;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB digest watermarks.</summary>
public sealed class InMemoryDigestStore(IResidentStore residents, IListingStore listings) : IDigestStore
{
    private readonly ConcurrentDictionary<long, DigestMark> _rows = new();

    public DigestMark? Find(long chatId) => _rows.GetValueOrDefault(chatId);

    // No resident snapshot here (the LiteDB store keeps one): the digest jobs then read the resident, as for an old mark.
    public void Save(DigestMark mark) => _rows[mark.ChatId] = mark with { Recipient = null };

    public bool Delete(long chatId) => _rows.TryRemove(chatId, out _);

    public IReadOnlyList<DigestMark> DueBy(DateTimeOffset now, int max) =>
        _rows.Values.Where(m => m.NextDueAt <= now).OrderBy(m => m.NextDueAt).ThenBy(m => m.ChatId).Take(max).ToList();

    public IReadOnlyList<DigestRecipient> Recipients(string quartierId) =>
        residents.InQuartier(quartierId).OrderBy(r => r.Id).Select(DigestRecipient.Of).ToList();

    public IReadOnlyList<DigestLine> OpenListingsSince(string quartierId, DateTimeOffset since) =>
        listings.PublishedSince(quartierId, since)
            .Where(l => l.Status == ListingStatus.Open && l.PublishedAt > since)
            .Select(DigestLine.Of)
            .OrderBy(l => l.PublishedAt)
            .ToList();

    public IReadOnlyDictionary<string, IReadOnlyList<DigestLine>> OpenListingsSince(IReadOnlyCollection<string> quartierIds, DateTimeOffset since) =>
        quartierIds.Distinct(StringComparer.Ordinal)
            .Select(q => (Quartier: q, Lines: OpenListingsSince(q, since)))
            .Where(x => x.Lines.Count > 0)
            .ToDictionary(x => x.Quartier, x => x.Lines, StringComparer.Ordinal);
}
