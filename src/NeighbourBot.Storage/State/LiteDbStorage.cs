using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Storage;
using NeighbourBot.Storage.UnitOfWork;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using JsonSerializer = Newtonsoft.Json.JsonSerializer;

namespace NeighbourBot.Storage.State;

/// <summary>
/// Bot Builder <see cref="IStorage"/> on LiteDB, with the ETag rules of Bot Builder's MemoryStorage:
/// a store item (or a JObject with an "ETag") written with a stale ETag is a conflict, "*" always
/// wins, anything else is last-writer-wins, and every tracked write gets a new ETag. Inside a
/// <see cref="UnitOfWorkScope"/>, writes and deletes are staged into the turn's unit of work and
/// their ETags are checked when it commits; reads always see committed data.
/// </summary>
public sealed class LiteDbStorage : IStorage
{
    private const string ETagProperty = "ETag";
    private const string JsonField = "Json";

    private readonly LiteDbDatabase _database;
    private readonly JsonSerializer _serializer;
    private readonly ILogger _logger;

    public LiteDbStorage(LiteDbDatabase database, ILogger<LiteDbStorage>? logger = null)
        : this(database, CreateSerializer(), logger)
    {
    }

    public LiteDbStorage(LiteDbDatabase database, JsonSerializer serializer, ILogger<LiteDbStorage>? logger = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        _logger = logger ?? NullLogger<LiteDbStorage>.Instance;
    }

    private ILiteCollection<BsonDocument> States => _database.Collection(CollectionNames.BotState);

    /// <summary>
    /// The settings Bot Builder recommends for its storages (see MemoryStorage's constructor): types
    /// are kept, so state classes read back as themselves. The JSON only ever comes from our own
    /// owner-only database file, which is why naming types in it is acceptable.
    /// </summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        NullValueHandling = NullValueHandling.Include,
        ContractResolver = new DefaultContractResolver(),
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var items = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            if (items.ContainsKey(key) || States.FindById(key) is not { } document)
            {
                continue;
            }

            if (Deserialize(key, document[JsonField].AsString) is { } value)
            {
                items.Add(key, value);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        // Serialised now, so later changes to the objects do not leak into a staged write.
        var writes = changes.Select(change => Prepare(change.Key, change.Value)).ToList();
        Run(() =>
        {
            foreach (var write in writes)
            {
                Apply(write);
            }
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var copy = keys.ToArray();
        Run(() =>
        {
            foreach (var key in copy)
            {
                States.Delete(key);
            }
        });
        return Task.CompletedTask;
    }

    private void Run(Action write)
    {
        if (UnitOfWorkScope.Current is { } unitOfWork)
        {
            unitOfWork.Stage(write);
        }
        else
        {
            _database.InTransaction(write);
        }
    }

    private PreparedWrite Prepare(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (value is null)
        {
            return new PreparedWrite(key, State: null, Tracked: false, ExpectedETag: null);
        }

        var state = JObject.FromObject(value, _serializer);
        return value switch
        {
            IStoreItem item => new PreparedWrite(key, state, Tracked: true, item.ETag),
            JObject json when json.ContainsKey(ETagProperty) => new PreparedWrite(key, state, Tracked: true, json.Value<string>(ETagProperty)),
            _ => new PreparedWrite(key, state, Tracked: false, ExpectedETag: null),
        };
    }

    private void Apply(PreparedWrite write)
    {
        if (write.State is null)
        {
            // MemoryStorage keeps a null and never returns it: the same as no item.
            States.Delete(write.Key);
            return;
        }

        if (write.Tracked)
        {
            var current = States.FindById(write.Key)?[ETagProperty];
            if (current is { IsString: true } && write.ExpectedETag != "*" && write.ExpectedETag != current.AsString)
            {
                throw ETagConflictException.For(write.ExpectedETag, current.AsString);
            }

            // A GUID rather than MemoryStorage's counter: this store outlives the process, and a
            // counter starting again at 0 could hand a stale copy a matching ETag.
            write.State[ETagProperty] = Guid.NewGuid().ToString("N");
        }

        var etag = write.State.TryGetValue(ETagProperty, out var token) && token.Type == JTokenType.String
            ? new BsonValue((string?)token)
            : BsonValue.Null;
        States.Upsert(new BsonDocument
        {
            ["_id"] = write.Key,
            [ETagProperty] = etag,
            [JsonField] = write.State.ToString(Formatting.None),
        });
    }

    private object? Deserialize(string key, string json)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            return _serializer.Deserialize(reader);
        }
        catch (JsonSerializationException ex)
        {
            // Typically a state class renamed or removed by an upgrade: as plain JSON, Bot Builder's
            // state accessors still map it onto today's class instead of failing every turn of that chat.
            _logger.LogWarning(ex, "The stored state {StorageKey} names a type this build cannot load; reading it as plain JSON", key);
            return JObject.Parse(json);
        }
    }

    private sealed record PreparedWrite(string Key, JObject? State, bool Tracked, string? ExpectedETag);
}
