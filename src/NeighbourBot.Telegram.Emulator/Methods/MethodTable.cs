namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>The Bot API methods the emulator serves, by name (case-insensitive, as Telegram matches them).</summary>
internal sealed class MethodTable
{
    private readonly Dictionary<string, Func<MethodContext, CancellationToken, Task<object>>> _methods =
        new(StringComparer.OrdinalIgnoreCase);

    public MethodTable()
    {
        BotMethods.Register(this);
        UpdateMethods.Register(this);
        MessageMethods.Register(this);
        ChatMethods.Register(this);
    }

    /// <summary>A method that only reads and writes the world: it runs whole under the world's lock.</summary>
    public void Add(string name, Func<MethodContext, object> method) =>
        _methods[name] = (context, _) =>
        {
            lock (context.World.Gate)
            {
                return Task.FromResult(method(context));
            }
        };

    public void Add(string name, Func<MethodContext, bool> method) => Add(name, context => (object)method(context));

    public void AddAsync(string name, Func<MethodContext, CancellationToken, Task<object>> method) => _methods[name] = method;

    public bool TryGet(string name, out Func<MethodContext, CancellationToken, Task<object>> method) =>
        _methods.TryGetValue(name, out method!);
}
