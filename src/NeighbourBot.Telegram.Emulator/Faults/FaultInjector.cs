namespace NeighbourBot.Telegram.Emulator.Faults;

/// <summary>Decides, call by call, whether to inject a fault: scripted ones first, then at random (seeded).</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly FaultOptions _options;
    private readonly Random _random;
    private readonly List<(FaultKind Kind, string? Method)> _scripted = [];
    private readonly List<InjectedFault> _injected = [];

    public FaultInjector(FaultOptions options)
    {
        _options = options;
        Rate = options.Rate;
        // Seeded on purpose: a failing run can be replayed.
#pragma warning disable CA5394 // Not security: fault injection must be reproducible.
        _random = new Random(options.Seed);
#pragma warning restore CA5394
    }

    public double Rate { get; set; }

    public TimeSpan TimeoutHold => _options.TimeoutHold;

    public void InjectNext(FaultKind kind, int count, string? method)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _scripted.Add((kind, method));
            }
        }
    }

    public FaultKind? Decide(string method)
    {
        lock (_gate)
        {
            var scripted = _scripted.FindIndex(s =>
                s.Method is null ? _options.Methods.Contains(method) : string.Equals(s.Method, method, StringComparison.OrdinalIgnoreCase));
            if (scripted >= 0)
            {
                var kind = _scripted[scripted].Kind;
                _scripted.RemoveAt(scripted);
                return kind;
            }

            if (Rate <= 0 || _options.Kinds.Count == 0 || !_options.Methods.Contains(method))
            {
                return null;
            }

#pragma warning disable CA5394 // Not security: see the constructor.
            return _random.NextDouble() < Rate ? _options.Kinds[_random.Next(_options.Kinds.Count)] : null;
#pragma warning restore CA5394
        }
    }

    public void Record(InjectedFault fault)
    {
        lock (_gate)
        {
            _injected.Add(fault);
        }
    }

    public IReadOnlyList<InjectedFault> Injected
    {
        get
        {
            lock (_gate)
            {
                return [.. _injected];
            }
        }
    }

    public FaultCounts Counts
    {
        get
        {
            lock (_gate)
            {
                return new FaultCounts(
                    _injected.Count(f => f.Kind == FaultKind.ServerError),
                    _injected.Count(f => f.Kind == FaultKind.TimeoutBeforeEffect),
                    _injected.Count(f => f.Kind == FaultKind.TimeoutAfterEffect),
                    _injected.Count(f => f.Kind == FaultKind.DroppedAfterEffect));
            }
        }
    }
}
