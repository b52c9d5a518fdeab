namespace NeighbourBot.Dialogs.Messaging;

/// <summary>A slash command ("/moderateur@NeighbourBot 123" → name "moderateur", argument "123").</summary>
public sealed record BotCommand(string Name, string Argument);
