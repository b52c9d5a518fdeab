namespace NeighbourBot.Telegram.Adapter;

/// <summary>Who the bot is on Telegram (from getMe): commands addressed to another bot are not ours.</summary>
public sealed record BotIdentity(long Id, string Username, string FirstName);
