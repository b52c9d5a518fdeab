using NeighbourBot.Core.Relays;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB relay store.</summary>
public sealed class InMemoryRelayStore : IRelayStore
{
    private readonly Dictionary<long, Relay> _relays = [];
    private readonly Dictionary<(long ChatId, long MessageId), long> _messages = [];
    private readonly List<ResidentBlock> _blocks = [];
    private readonly List<RelayReport> _reports = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<Relay> All
    {
        get
        {
            lock (_lock)
            {
                return _relays.Values.OrderBy(r => r.Id).ToList();
            }
        }
    }

    public IReadOnlyList<ResidentBlock> Blocks
    {
        get
        {
            lock (_lock)
            {
                return _blocks.ToList();
            }
        }
    }

    public IReadOnlyList<RelayReport> Reports
    {
        get
        {
            lock (_lock)
            {
                return _reports.ToList();
            }
        }
    }

    public Relay? Find(long id)
    {
        lock (_lock)
        {
            return _relays.GetValueOrDefault(id);
        }
    }

    public Relay Save(Relay relay)
    {
        lock (_lock)
        {
            var saved = relay.Id == 0 ? relay with { Id = _relays.Count + 1 } : relay;
            _relays[saved.Id] = saved;
            return saved;
        }
    }

    public IReadOnlyList<Relay> OpenFor(long residentId) => All
        .Where(r => r.Status == RelayStatus.Open && r.Involves(residentId))
        .OrderByDescending(r => r.LastActivityAt)
        .ToList();

    public Relay? ForListingAndNeighbour(long listingId, long neighbourId) =>
        All.LastOrDefault(r => r.ListingId == listingId && r.NeighbourId == neighbourId);

    public IReadOnlyList<Relay> OfListing(long listingId) => All.Where(r => r.ListingId == listingId).ToList();

    public void RememberMessage(long chatId, long messageId, long relayId)
    {
        lock (_lock)
        {
            _messages[(chatId, messageId)] = relayId;
        }
    }

    public long? RelayOfMessage(long chatId, long messageId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue((chatId, messageId), out var id) ? id : null;
        }
    }

    public void AddBlock(ResidentBlock block)
    {
        lock (_lock)
        {
            _blocks.Add(block);
        }
    }

    public bool IsBlocked(long residentA, long residentB) =>
        Blocks.Any(b => (b.BlockerId == residentA && b.BlockedId == residentB) || (b.BlockerId == residentB && b.BlockedId == residentA));

    public RelayReport AddReport(RelayReport report)
    {
        lock (_lock)
        {
            var saved = report with { Id = _reports.Count + 1 };
            _reports.Add(saved);
            return saved;
        }
    }
}
