namespace NeighbourBot.EndToEnd.Tests.Soak;

/// <summary>
/// One thing a signed-up resident may do in a soak run: when it applies, and how (over the emulator, as a person
/// would). Residents pick among the actions that apply, by weight, with their own seeded random.
/// </summary>
/// <param name="Name">Counted in the report.</param>
/// <param name="Weight">Relative chance among the actions that apply.</param>
/// <param name="Applies">Whether the resident can do it now (e.g. has an open listing with an interested neighbour).</param>
/// <param name="RunAsync">Does it and checks the bot's answer; throws <see cref="SoakStallException"/> when none comes.</param>
public sealed record SoakAction(
    string Name,
    double Weight,
    Func<SoakContext, SoakResident, bool> Applies,
    Func<SoakContext, SoakResident, CancellationToken, Task> RunAsync);
