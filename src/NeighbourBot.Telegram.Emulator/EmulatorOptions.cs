using Microsoft.Extensions.Logging;
using NeighbourBot.Telegram.Emulator.Faults;
using NeighbourBot.Telegram.Emulator.Limits;

namespace NeighbourBot.Telegram.Emulator;

/// <summary>How to run the emulator: port, clock, bots, Telegram's limits and fault injection.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    /// <summary>Port on 127.0.0.1; 0 picks a free one (read it back from <see cref="TelegramEmulator.BaseUrl"/>).</summary>
    public int Port { get; set; }

    /// <summary>Dates messages and drives the 48-hour deletion rule and the rate limits; long polls and fault holds use real time.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Bots to serve; when empty, one bot "neighbourbot_test_bot" (id 7000000001) is created.</summary>
    public IList<BotDefinition> Bots { get; } = [];

    public RateLimitOptions Limits { get; set; } = new();

    public FaultOptions Faults { get; set; } = new();

    /// <summary>Upper bound on a getUpdates timeout, so that a stopping test does not wait out a 50 s poll.</summary>
    public TimeSpan MaxLongPollTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>Pause before a webhook delivery that failed is tried again.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public ILoggerFactory? LoggerFactory { get; set; }
}
