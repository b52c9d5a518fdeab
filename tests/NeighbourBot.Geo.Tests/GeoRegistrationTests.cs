using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Addresses.Ban;
using NeighbourBot.Geo.Addresses.Offline;
using NeighbourBot.Geo.Quartiers;
using NeighbourBot.Geo.Tests.Support;

namespace NeighbourBot.Geo.Tests;

public sealed class GeoRegistrationTests
{
    [Fact]
    public async Task The_offline_provider_works_with_the_shipped_files_and_no_other_setting()
    {
        using var provider = Build(new() { ["NeighbourBot:Addresses:Provider"] = "Offline" });

        var lookup = provider.GetRequiredService<IAddressLookup>();
        var lines = await AddressReport.DescribeAsync(lookup, provider.GetRequiredService<IQuartierMap>(), "12 rue de la liberté", CancellationToken.None);

        Assert.IsType<OfflineAddressLookup>(lookup);
        Assert.Equal("Fournisseur : offline", lines[0]);
        Assert.Contains("Confirm", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("12 Rue de la Liberté 21000 Dijon", StringComparison.Ordinal) && l.EndsWith("quartier : Centre-ville", StringComparison.Ordinal));
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task The_BAN_provider_is_a_typed_client_sharing_one_pipeline_and_one_cache()
    {
        await using var server = new LocalBanServer(_ => Reply.Fixture(Fixtures.Exact));
        var time = new FakeTimeProvider();
        using var provider = Build(
            new()
            {
                ["NeighbourBot:Addresses:BanBaseUrl"] = server.BaseUrl.ToString(),
                ["NeighbourBot:Addresses:CityCodes:0"] = "21231",
                ["NeighbourBot:Addresses:CityCodes:1"] = "21617",
            },
            services => services.AddSingleton<TimeProvider>(time));

        var first = provider.GetRequiredService<IAddressLookup>();
        var second = provider.GetRequiredService<IAddressLookup>();
        await first.LookupAsync("12 rue de la liberté", CancellationToken.None);
        var again = await second.LookupAsync("12 rue de la liberte", CancellationToken.None);

        Assert.IsType<BanAddressLookup>(first);
        Assert.Equal(AddressLookupOutcome.Confirm, again.Outcome);
        Assert.Equal(2, server.RequestCount); // one per served commune, then the shared cache answered
        Assert.Equal(new[] { "21231", "21617" }, provider.GetRequiredService<IOptions<AddressOptions>>().Value.ServedCityCodes);
        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void The_defaults_are_those_of_the_configuration_contract()
    {
        using var provider = Build([]);

        var addresses = provider.GetRequiredService<IOptions<AddressOptions>>().Value;
        Assert.Equal(AddressProviderKind.Ban, addresses.Provider);
        Assert.Equal(new Uri("https://data.geopf.fr/geocodage"), addresses.BanBaseUrl);
        Assert.Equal(new[] { "21231" }, addresses.ServedCityCodes);
        Assert.Equal("assets/dijon/voies.csv", addresses.GazetteerPath);
        Assert.Equal("assets/dijon/quartiers.geojson", provider.GetRequiredService<IOptions<QuartierOptions>>().Value.Path);
    }

    [Theory]
    [InlineData("NeighbourBot:Addresses:Provider", "Google", "NeighbourBot:Addresses:Provider")]
    [InlineData("NeighbourBot:Addresses:BanBaseUrl", "geocodage", "NeighbourBot:Addresses:BanBaseUrl")]
    [InlineData("NeighbourBot:Addresses:CityCodes:0", "Dijon", "NeighbourBot:Addresses:CityCodes")]
    [InlineData("NeighbourBot:Quartiers:Path", " ", "NeighbourBot:Quartiers:Path")]
    public void A_bad_setting_stops_the_start_with_a_line_naming_its_key(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Build(new() { [key] = value }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_quartier_file_is_reported_when_the_map_is_first_needed()
    {
        using var provider = Build(new() { ["NeighbourBot:Quartiers:Path"] = "/nowhere/quartiers.geojson" });

        var error = Assert.Throws<GeoDataException>(() => provider.GetRequiredService<IQuartierMap>());
        Assert.Contains("/nowhere/quartiers.geojson", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        before?.Invoke(services);
        services.AddNeighbourBotGeo(configuration.GetSection("NeighbourBot"));
        return services.BuildServiceProvider();
    }
}
