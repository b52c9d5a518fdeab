namespace NeighbourBot.Telegram.Adapter;

/// <summary>
/// Turns of one chat run one at a time (Bot Builder state is last-writer-wins); different chats run in
/// parallel. A gate exists only while a turn of its chat is running or waiting, so memory stays bounded.
/// </summary>
public sealed class ChatTurnGate
{
    private readonly Dictionary<long, Entry> _entries = [];

    public async Task<IDisposable> EnterAsync(long chatId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(chatId, out entry!))
            {
                entry = new Entry();
                _entries[chatId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(chatId, entry, release: false);
            throw;
        }

        return new Lease(this, chatId, entry);
    }

    /// <summary>Chats with a turn running or waiting (for tests and metrics).</summary>
    public int ActiveChats
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    private void Leave(long chatId, Entry entry, bool release)
    {
        if (release)
        {
            entry.Semaphore.Release();
        }

        lock (_entries)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(chatId);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(ChatTurnGate gate, long chatId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                gate.Leave(chatId, entry, release: true);
            }
        }
    }
}
