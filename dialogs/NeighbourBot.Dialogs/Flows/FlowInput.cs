namespace NeighbourBot.Dialogs.Flows;

/// <summary>One thing the resident sent: text, a button press (its callback payload) or a location.</summary>
public sealed record FlowInput
{
    public string? Text { get; init; }

    /// <summary>The validated callback payload of a pressed button.</summary>
    public string? Callback { get; init; }

    public SharedLocation? Location { get; init; }

    public static FlowInput FromText(string text) => new() { Text = text };

    public static FlowInput FromCallback(string payload) => new() { Callback = payload };
}
