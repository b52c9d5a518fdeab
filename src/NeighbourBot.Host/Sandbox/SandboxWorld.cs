using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Telegram.Emulator;
using NeighbourBot.Telegram.Emulator.Control;

namespace NeighbourBot.Host.Sandbox;

/// <summary>The sandbox's cast: an operator, the residents the operator plays, and one group per quartier.</summary>
public sealed class SandboxWorld
{
    public const long OperatorId = 1;

    private const long FirstResidentId = 1001;
    private const long FirstGroupId = -1001;

    private readonly Dictionary<string, long> _residents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _groups = new(StringComparer.Ordinal);

    public SandboxWorld(TelegramEmulator emulator, IQuartierMap map)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(map);
        Emulator = emulator;
        Map = map;
        emulator.Control.CreateUser(OperatorId, "Opératrice", "operatrice");
        var id = FirstGroupId;
        foreach (var quartier in map.Quartiers)
        {
            emulator.Control.CreateGroup(id, "Voisins – " + quartier.Name, ChatKind.Supergroup, OperatorId);
            emulator.Control.AddBotToGroup(id, OperatorId, asAdmin: true);
            _groups[quartier.Id] = id;
            id--;
        }
    }

    public TelegramEmulator Emulator { get; }

    public IQuartierMap Map { get; }

    public IReadOnlyDictionary<string, long> Groups => _groups;

    public IReadOnlyDictionary<string, long> Residents => _residents;

    /// <summary>The resident played under this first name, created on first use.</summary>
    public long Resident(string firstName)
    {
        var name = firstName.Trim();
        if (_residents.TryGetValue(name, out var id))
        {
            return id;
        }

        id = FirstResidentId + _residents.Count;
        var display = char.ToUpperInvariant(name[0]) + name[1..];
        Emulator.Control.CreateUser(id, display, name.ToLowerInvariant());
        _residents[name] = id;
        return id;
    }

    public string NameOf(long userId) =>
        userId == OperatorId ? "Opératrice"
        : _residents.FirstOrDefault(r => r.Value == userId).Key is { } key ? char.ToUpperInvariant(key[0]) + key[1..]
        : userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? GroupName(long chatId) =>
        _groups.FirstOrDefault(g => g.Value == chatId).Key is { } id ? Map.Quartiers.First(q => q.Id == id).Name : null;
}
