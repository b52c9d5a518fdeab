namespace NeighbourBot.Telegram.Emulator.Faults;

/// <summary>The failures the emulator can inject.</summary>
public enum FaultKind
{
    /// <summary>500 Internal Server Error; the request had no effect.</summary>
    ServerError,

    /// <summary>The connection is held, then dropped; the request had no effect.</summary>
    TimeoutBeforeEffect,

    /// <summary>The request took effect, then the connection is held and dropped: the answer is lost.</summary>
    TimeoutAfterEffect,

    /// <summary>The request took effect, then the connection is dropped at once: the answer is lost.</summary>
    DroppedAfterEffect,
}
