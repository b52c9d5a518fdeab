using NeighbourBot.Core.Moderation;

namespace NeighbourBot.Dialogs.Tests.Fakes;

/// <summary>Stands in for the LiteDB moderation store.</summary>
public sealed class InMemoryModerationStore : IModerationStore
{
    private readonly Dictionary<long, ModerationCase> _cases = [];
    private readonly Dictionary<long, AuthorBlock> _blocks = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<ModerationCase> All
    {
        get
        {
            lock (_lock)
            {
                return _cases.Values.OrderBy(c => c.Id).ToList();
            }
        }
    }

    public IReadOnlyList<AuthorBlock> Blocks
    {
        get
        {
            lock (_lock)
            {
                return _blocks.Values.ToList();
            }
        }
    }

    public ModerationCase? Find(long id)
    {
        lock (_lock)
        {
            return _cases.GetValueOrDefault(id);
        }
    }

    public ModerationCase Save(ModerationCase moderationCase)
    {
        lock (_lock)
        {
            var saved = moderationCase.Id == 0 ? moderationCase with { Id = _cases.Count + 1 } : moderationCase;
            _cases[saved.Id] = saved;
            return saved;
        }
    }

    public ModerationCase? PendingForListing(long listingId) => All.LastOrDefault(c => c.ListingId == listingId && c.IsPending);

    public IReadOnlyList<ModerationCase> ForListing(long listingId) => All.Where(c => c.ListingId == listingId).ToList();

    public IReadOnlyList<ModerationCase> Pending(IReadOnlyCollection<string> quartierIds) =>
        All.Where(c => c.IsPending && quartierIds.Contains(c.QuartierId)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();

    public IReadOnlyList<ModerationCase> AllPending() => All.Where(c => c.IsPending).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();

    public IReadOnlyList<ModerationCase> Involving(long residentId) =>
        All.Where(c => c.AuthorId == residentId || c.Reports.Any(r => r.ReporterId == residentId)).OrderBy(c => c.Id).ToList();

    public void BlockAuthor(AuthorBlock block)
    {
        lock (_lock)
        {
            _blocks[block.ResidentId] = block;
        }
    }

    public bool IsAuthorBlocked(long residentId)
    {
        lock (_lock)
        {
            return _blocks.ContainsKey(residentId);
        }
    }
}
