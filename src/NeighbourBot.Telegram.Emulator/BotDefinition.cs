namespace NeighbourBot.Telegram.Emulator;

/// <summary>A bot account to serve; without a token one is made up in Telegram's format ("{id}:{35 characters}").</summary>
public sealed record BotDefinition(long Id, string Username, string FirstName, bool PrivacyMode = true, string? Token = null)
{
    public override string ToString() => $"BotDefinition {{ Id = {Id}, Username = {Username} }}";
}
