using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>An answer Telegram gives with ok=false; thrown inside a method, turned into the JSON envelope.</summary>
internal sealed class BotApiException : Exception
{
    public BotApiException(int errorCode, string description, WireResponseParameters? parameters = null)
        : base(description)
    {
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    public BotApiException()
        : this(500, "Internal Server Error")
    {
    }

    public BotApiException(string message)
        : this(400, message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = 400;
    }

    public int ErrorCode { get; }

    public WireResponseParameters? Parameters { get; }

    public static BotApiException BadRequest(string what) => new(400, "Bad Request: " + what);

    public static BotApiException Forbidden(string what) => new(403, "Forbidden: " + what);
}
