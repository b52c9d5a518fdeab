using NeighbourBot.Core.Moderation;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB moderation audit log.</summary>
public sealed class InMemoryModerationAuditLog : IModerationAuditLog
{
    private readonly List<ModerationAuditEntry> _entries = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<ModerationAuditEntry> All
    {
        get
        {
            lock (_lock)
            {
                return _entries.ToList();
            }
        }
    }

    public ModerationAuditEntry Append(ModerationAuditEntry entry)
    {
        lock (_lock)
        {
            var saved = entry with { Id = _entries.Count + 1 };
            _entries.Add(saved);
            return saved;
        }
    }

    public IReadOnlyList<ModerationAuditEntry> ForListing(long listingId) => All.Where(e => e.ListingId == listingId).ToList();

    public IReadOnlyList<ModerationAuditEntry> Since(DateTimeOffset since) => All.Where(e => e.At >= since).ToList();
}
