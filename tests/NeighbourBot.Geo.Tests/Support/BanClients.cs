using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>Builds the real BAN client pointed at a local server, as the DI registration would.</summary>
public static class BanClients
{
    /// <summary>Short real-time waits for the tests that run on the system clock.</summary>
    public static BanResilienceOptions Quick { get; } = new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
    };

    public static BanAddressLookup Create(
        LocalBanServer server,
        TimeProvider timeProvider,
        BanResilienceOptions? resilience = null,
        IReadOnlyList<string>? cityCodes = null,
        AddressQueryCache? cache = null,
        ILogger<BanAddressLookup>? logger = null,
        ILogger<BanResilience>? resilienceLogger = null) =>
        Create(server.BaseUrl, timeProvider, resilience, cityCodes, cache, logger, resilienceLogger);

    public static BanAddressLookup Create(
        Uri baseUrl,
        TimeProvider timeProvider,
        BanResilienceOptions? resilience = null,
        IReadOnlyList<string>? cityCodes = null,
        AddressQueryCache? cache = null,
        ILogger<BanAddressLookup>? logger = null,
        ILogger<BanResilience>? resilienceLogger = null)
    {
        var options = new AddressOptions
        {
            BanBaseUrl = baseUrl,
            CityCodes = cityCodes ?? [],
            Resilience = resilience ?? Quick,
        };
        return new BanAddressLookup(
            new HttpClient(),
            new BanResilience(options.Resilience, timeProvider, resilienceLogger ?? NullLogger<BanResilience>.Instance),
            cache ?? new AddressQueryCache(timeProvider),
            Options.Create(options),
            logger ?? NullLogger<BanAddressLookup>.Instance);
    }
}
