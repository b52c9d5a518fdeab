using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Geo;

/// <summary>Registers the configured address provider, the quartier map and their options.</summary>
public static class GeoServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Addresses</c> and <c>Quartiers</c> below <paramref name="neighbourBotSection"/> (the host's
    /// <c>NeighbourBot</c> section) and registers <see cref="IAddressLookup"/> (BAN over a typed HttpClient with
    /// its resilience pipeline, or the offline gazetteer), <see cref="IQuartierMap"/> and
    /// <see cref="TimeProvider.System"/> unless a TimeProvider is already registered. Bad option values throw
    /// <see cref="OptionsValidationException"/> here, with one line naming the key.
    /// </summary>
    public static IServiceCollection AddNeighbourBotGeo(this IServiceCollection services, IConfiguration neighbourBotSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(neighbourBotSection);
        AddressOptions addresses;
        QuartierOptions quartiers;
        try
        {
            addresses = neighbourBotSection.GetSection(AddressOptions.SectionName).Get<AddressOptions>() ?? new AddressOptions();
            quartiers = neighbourBotSection.GetSection(QuartierOptions.SectionName).Get<QuartierOptions>() ?? new QuartierOptions();
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the value ("Failed to convert … at 'NeighbourBot:Addresses:Provider'").
            throw new OptionsValidationException(AddressOptions.SectionName, typeof(AddressOptions), [ex.Message]);
        }

        var errors = GeoOptionsValidator.Validate(addresses, quartiers);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(AddressOptions.SectionName, typeof(AddressOptions), errors);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(addresses));
        services.AddSingleton(Options.Create(quartiers));
        services.TryAddSingleton<IQuartierMap>(_ => GeoJsonQuartierMap.Load(AssetPath.Resolve(quartiers.Path)));

        if (addresses.Provider == AddressProviderKind.Offline)
        {
            services.TryAddSingleton(_ => Gazetteer.Load(AssetPath.Resolve(addresses.GazetteerPath)));
            // Built by hand: left to the container, the constructor taking the communes would get an empty list, and
            // "12 rue de la Liberté, Chenôve" would be proposed as Dijon's.
            services.TryAddSingleton<IAddressLookup>(sp => new OfflineAddressLookup(
                sp.GetRequiredService<Gazetteer>(), sp.GetRequiredService<ILogger<OfflineAddressLookup>>()));
            return services;
        }

        services.TryAddSingleton(sp => new AddressQueryCache(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new BanResilience(
            addresses.Resilience,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BanResilience>>()));
        services.AddHttpClient<BanAddressLookup>(client =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd("NeighbourBot/1.0");
                // The pipeline owns the timeouts; this one only stops a transfer that never ends.
                client.Timeout = addresses.Resilience.TotalTimeout + TimeSpan.FromSeconds(5);
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            // The default HttpClient logs print request URLs at Information, and ours carry what residents typed.
            .RemoveAllLoggers();
        services.TryAddTransient<IAddressLookup>(sp => sp.GetRequiredService<BanAddressLookup>());
        return services;
    }
}
