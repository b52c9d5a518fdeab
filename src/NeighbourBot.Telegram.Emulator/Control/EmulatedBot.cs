using System.Text;

namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A bot account served by the emulator; its token is what the bot under test is configured with.</summary>
public sealed record EmulatedBot(long Id, string Username, string FirstName, string Token)
{
    // Keeps the token out of test output and logs, as one would for a real one.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id).Append(", Username = ").Append(Username).Append(", FirstName = ").Append(FirstName);
        return true;
    }
}
