namespace NeighbourBot.Telegram.Emulator.Faults;

/// <summary>One injected fault: which call, which kind, and (after effect) the message it concerned.</summary>
public sealed record InjectedFault(long CallSequence, string Method, FaultKind Kind, long? ChatId, int? MessageId);
