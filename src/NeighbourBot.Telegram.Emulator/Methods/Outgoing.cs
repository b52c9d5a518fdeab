using NeighbourBot.Telegram.Emulator.Control;
using NeighbourBot.Telegram.Emulator.Formatting;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>What a message the bot sends carries: text, or a caption with a photo or a file.</summary>
internal sealed record Outgoing(EmulatedMessageKind Kind, string SourceParameter)
{
    public FormattedText? Text { get; init; }

    public FormattedText? Caption { get; init; }

    public string? PhotoFileId { get; init; }

    public string? DocumentName { get; init; }

    public string? DocumentContent { get; init; }
}
