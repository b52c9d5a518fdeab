namespace NeighbourBot.Core.Messaging;

/// <summary>
/// How the bot answers a button press itself, beside any message: a short notice shown over the chat, or a link to the
/// bot's private chat that the app opens (Telegram's answerCallbackQuery). A turn leaves it in its state under
/// <see cref="ChannelConventions.ButtonAnswerKey"/>; without one the press is simply acknowledged.
/// </summary>
public sealed record ButtonAnswer(string? Text = null, string? Url = null);
