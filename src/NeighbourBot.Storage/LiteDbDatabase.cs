using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NeighbourBot.Storage;

/// <summary>
/// The one LiteDB database of the process: a lock file against a second process, owner-only files,
/// direct mode, pinned collation, every collection and index made once at start-up.
/// </summary>
public sealed class LiteDbDatabase : IDisposable
{
    private const int PageSize = 8192;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly FileStream _processLock;
    private readonly LiteDatabase _database;
    private readonly Lock _writeGate = new();

    // Only touched inside the write gate.
    private readonly Dictionary<string, long> _lastRowIds = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Opens (or creates) the database file.</summary>
    /// <exception cref="DatabaseLockedException">Another process holds the database.</exception>
    /// <exception cref="DatabaseCorruptException">The file is not a readable LiteDB database.</exception>
    public LiteDbDatabase(string path, ILogger<LiteDbDatabase>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        logger ??= NullLogger<LiteDbDatabase>.Instance;

        Path = System.IO.Path.GetFullPath(path);
        LogPath = LogFileOf(Path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _processLock = AcquireProcessLock(Path);
        var opened = false;
        try
        {
            CreateOwnerOnly(Path);
            CreateOwnerOnly(LogPath);
            Mapper = StorageMapper.Create();
            _database = Open(Path, Mapper, logger);
            StorageMapper.WarmUp(Mapper);
            opened = true;
        }
        finally
        {
            if (!opened)
            {
                _processLock.Dispose();
            }
        }

        logger.LogInformation("Opened the database {DatabasePath}", Path);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The full path of LiteDB's write-ahead log next to it (<c>name-log.db</c>).</summary>
    public string LogPath { get; }

    /// <summary>The full path of the lock file that keeps a second process out.</summary>
    public string LockPath => Path + ".lock";

    internal BsonMapper Mapper { get; }

    internal ILiteCollection<BsonDocument> Collection(string name) => _database.GetCollection(name, BsonAutoId.Int64);

    /// <summary>
    /// Runs <paramref name="write"/> in a transaction on the calling thread, or inside the one this
    /// thread already has (a unit of work committing), so that store calls join it.
    /// </summary>
    internal T InTransaction<T>(Func<T> write)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        // One explicit transaction at a time: LiteDB locks collections in the order they are written,
        // so two transactions touching the same collections in another order could deadlock; and an
        // ETag check (read, then write) must not interleave with another writer.
        lock (_writeGate)
        {
            var owned = _database.BeginTrans();
            var committed = false;
            try
            {
                var result = write();
                if (owned)
                {
                    _database.Commit();
                }

                committed = true;
                return result;
            }
            finally
            {
                if (owned && !committed)
                {
                    _database.Rollback();
                }
            }
        }
    }

    /// <summary>
    /// Next id for a collection whose ids nothing outside it refers to (the outbox): the largest id
    /// in the collection, then counted in memory, which saves a sequence write per row.
    /// </summary>
    internal long NextRowId(string collection) => InTransaction(() =>
    {
        if (!_lastRowIds.TryGetValue(collection, out var last))
        {
            var newest = Collection(collection).Find(Query.All(Query.Descending), limit: 1).FirstOrDefault();
            last = newest?["_id"] is { IsNumber: true } id ? id.AsInt64 : 0;
        }

        _lastRowIds[collection] = ++last;
        return last;
    });

    internal void InTransaction(Action write) => InTransaction(() =>
    {
        write();
        return 0;
    });

    /// <summary>
    /// Next id of a persisted sequence. LiteDB's own auto-id restarts from the largest id left in the
    /// collection, so an id could come back after the newest row was deleted; a callback button
    /// holding the old id must never reach a new row.
    /// </summary>
    internal long NextId(string sequence) => InTransaction(() =>
    {
        var sequences = Collection(CollectionNames.Sequences);
        var current = sequences.FindById(sequence);
        var next = (current?["Last"].AsInt64 ?? 0) + 1;
        sequences.Upsert(new BsonDocument { ["_id"] = sequence, ["Last"] = next });
        return next;
    });

    /// <summary>
    /// Copies committed pages from the log into the data file and empties the log: until then, the log
    /// still holds the versions of pages written before an erasure.
    /// </summary>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_writeGate)
        {
            _database.Checkpoint();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _database.Dispose();
        _processLock.Dispose();
    }

    internal static string LogFileOf(string databasePath)
    {
        var directory = System.IO.Path.GetDirectoryName(databasePath) ?? "";
        var name = System.IO.Path.GetFileNameWithoutExtension(databasePath);
        var extension = System.IO.Path.GetExtension(databasePath);
        return System.IO.Path.Combine(directory, name + "-log" + extension);
    }

    private static FileStream AcquireProcessLock(string databasePath)
    {
        // LiteDB's direct mode opens its file with FileShare.Read, which on Linux is a shared flock:
        // two processes could both write. FileShare.None here is an exclusive flock held until Dispose,
        // and the kernel drops it when the process dies, even by SIGKILL.
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            return new FileStream(databasePath + ".lock", options);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw DatabaseLockedException.For(databasePath, ex);
        }
    }

    // .NET reports the flock refusal with the errno as HResult (EWOULDBLOCK: 11 on Linux, 35 on
    // macOS), and Windows with a sharing or lock violation; any other I/O error is not a second process.
    private static bool IsHeldElsewhere(IOException ex) =>
        ex.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            // LiteDB creates missing files with the process umask (often world-readable); an empty
            // file made here first keeps its mode: LiteDB starts a new database in an empty file,
            // and treats an empty log as no log.
            using var created = new FileStream(
                path,
                new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
            return;
        }

        if ((File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }

    private static LiteDatabase Open(string path, BsonMapper mapper, ILogger logger)
    {
        var connection = new ConnectionString
        {
            Filename = path,
            Connection = ConnectionType.Direct,

            // Ordinal and case-sensitive: keys here are machine ids (Bot Builder storage keys, quartier
            // slugs), compared exactly as Bot Builder's MemoryStorage does; and an ordinal index keeps
            // its order whatever ICU version the next machine runs. Names are matched by the dialogs,
            // accents and case ignored, not by the database.
            Collation = Collation.Binary,
        };

        // LiteDB writes whole 8 KiB pages; any other length is a file cut short (or not ours), which
        // LiteDB itself would open and then read as zeros.
        var length = new FileInfo(path).Length;
        if (length % PageSize != 0)
        {
            throw DatabaseCorruptException.For(path, new InvalidDataException($"The file is {length} bytes long, not a whole number of {PageSize}-byte pages."));
        }

        var logWasEmpty = !File.Exists(LogFileOf(path)) || new FileInfo(LogFileOf(path)).Length == 0;
        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(connection, mapper) { UtcDate = true };
            if (logWasEmpty)
            {
                EnsureWholeDataFile(database);
            }

            EnsureSchema(database);
            if (database.Collation.SortOptions != CompareOptions.Ordinal)
            {
                // The collation is fixed when a file is created; this one predates the pinned one.
                logger.LogWarning(
                    "The database {DatabasePath} compares strings with collation {Collation}, not ordinal: keys differing only by case or accents collide",
                    path,
                    database.Collation.ToString());
            }

            return database;
        }
        catch (Exception ex) when (IsUnreadableFile(ex))
        {
            DisposeAfterFailure(database, logger);
            throw DatabaseCorruptException.For(path, ex);
        }
    }

    /// <summary>
    /// A file cut at a page boundary opens, and its missing pages read as zeros; with no log to
    /// replay, the header's last page must be inside the data file.
    /// </summary>
    private static void EnsureWholeDataFile(LiteDatabase database)
    {
        var info = database.GetCollection("$database").FindAll().First();
        var lastPage = info["lastPageID"].AsInt64;
        var size = info["dataFileSize"].AsInt64;
        if (size < (lastPage + 1) * PageSize)
        {
            throw new InvalidDataException($"The header names page {lastPage}, but the file holds {size / PageSize} pages.");
        }
    }

    private static void EnsureSchema(LiteDatabase database)
    {
        ILiteCollection<BsonDocument> Touch(string name)
        {
            var collection = database.GetCollection(name, BsonAutoId.Int64);

            // Reads the collection's pages now, so a damaged file fails here and not mid-turn.
            _ = collection.Count();
            return collection;
        }

        Touch(CollectionNames.Residents).EnsureIndex("QuartierId");
        Touch(CollectionNames.Quartiers).EnsureIndex("GroupChatIds", "$.GroupChatIds[*]");
        var listings = Touch(CollectionNames.Listings);
        listings.EnsureIndex("AuthorId");
        listings.EnsureIndex("QuartierId");
        listings.EnsureIndex("PublishedAt");
        var outbox = Touch(CollectionNames.Outbox);
        outbox.EnsureIndex("Q");
        outbox.EnsureIndex("State");
        Touch(CollectionNames.OutboxHeads);
        Touch(CollectionNames.HandledUpdates).EnsureIndex("At");
        Touch(CollectionNames.BotState);
        Touch(CollectionNames.Sequences);
        Touch(CollectionNames.InviteCodes).EnsureIndex("IssuedBy");
        Touch(CollectionNames.ModeratorVerifications).EnsureIndex("ResidentId");
        Touch(CollectionNames.OutOfAreaDemand);
        Touch(CollectionNames.PendingAddresses).EnsureIndex("NextAttemptAt");
        listings.EnsureIndex("ReservedFor");
        var relays = Touch(CollectionNames.Relays);
        relays.EnsureIndex("ListingId");
        relays.EnsureIndex("PosterId");
        relays.EnsureIndex("NeighbourId");
        Touch(CollectionNames.RelayMessages);
        Touch(CollectionNames.Blocks);
        Touch(CollectionNames.Reports).EnsureIndex("ListingId");
        var alerts = Touch(CollectionNames.Alerts);
        alerts.EnsureIndex("ResidentId");
        alerts.EnsureIndex("QuartierId");
        var cases = Touch(CollectionNames.ModerationCases);
        cases.EnsureIndex("ListingId");
        cases.EnsureIndex("QuartierId");
        cases.EnsureIndex("Decision");
        var audit = Touch(CollectionNames.ModerationAudit);
        audit.EnsureIndex("ListingId");
        audit.EnsureIndex("At");
        Touch(CollectionNames.AuthorBlocks);
        Touch(CollectionNames.DigestMarks).EnsureIndex("NextDueAt");
    }

    // A damaged page surfaces as whatever LiteDB's reader tripped on, not only LiteException.
    private static bool IsUnreadableFile(Exception ex) =>
        ex is LiteException
            or InvalidCastException
            or IndexOutOfRangeException
            or ArgumentException
            or InvalidOperationException
            or EndOfStreamException
            or FormatException
            or OverflowException
            or InvalidDataException;

    private static void DisposeAfterFailure(LiteDatabase? database, ILogger logger)
    {
        try
        {
            database?.Dispose();
        }
        catch (Exception ex) when (IsUnreadableFile(ex) || ex is IOException)
        {
            // Closing checkpoints, which a damaged file can fail too; the caller reports the first fault.
            logger.LogDebug(ex, "Closing the unreadable database failed as well");
        }
    }
}
