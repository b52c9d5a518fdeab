using NeighbourBot.Geo.Addresses;
using NeighbourBot.Geo.Quartiers;

namespace NeighbourBot.Geo;

/// <summary>Checks the Geo options at start; each error is one line naming the configuration key.</summary>
public static class GeoOptionsValidator
{
    public static IReadOnlyList<string> Validate(AddressOptions addresses, QuartierOptions quartiers)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(quartiers);
        const string Prefix = "NeighbourBot:";
        var errors = new List<string>();
        if (!Enum.IsDefined(addresses.Provider))
        {
            errors.Add($"{Prefix}Addresses:Provider doit valoir Ban ou Offline.");
        }

        if (!addresses.BanBaseUrl.IsAbsoluteUri || addresses.BanBaseUrl.Scheme is not ("http" or "https"))
        {
            errors.Add($"{Prefix}Addresses:BanBaseUrl doit être une URL http(s) absolue (reçu « {addresses.BanBaseUrl} »).");
        }

        foreach (var code in addresses.CityCodes)
        {
            if (code is null || !IsInseeCode(code))
            {
                errors.Add($"{Prefix}Addresses:CityCodes : « {code} » n'est pas un code INSEE (5 caractères, ex. 21231).");
            }
        }

        if (string.IsNullOrWhiteSpace(addresses.GazetteerPath))
        {
            errors.Add($"{Prefix}Addresses:GazetteerPath est vide.");
        }

        var r = addresses.Resilience;
        if (r.TotalTimeout <= TimeSpan.Zero || r.AttemptTimeout <= TimeSpan.Zero || r.AttemptTimeout > r.TotalTimeout)
        {
            errors.Add($"{Prefix}Addresses:Resilience : il faut 0 < AttemptTimeout ≤ TotalTimeout.");
        }

        if (r.MaxRetryAttempts is < 0 or > 10)
        {
            errors.Add($"{Prefix}Addresses:Resilience:MaxRetryAttempts doit être entre 0 et 10.");
        }

        if (r.BreakerFailureRatio is <= 0 or > 1 || r.BreakerMinimumThroughput < 2
            || r.BreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || r.BreakerDuration < TimeSpan.FromMilliseconds(500))
        {
            errors.Add($"{Prefix}Addresses:Resilience : disjoncteur mal réglé (ratio dans ]0;1], au moins 2 appels, durées ≥ 0,5 s).");
        }

        if (string.IsNullOrWhiteSpace(quartiers.Path))
        {
            errors.Add($"{Prefix}Quartiers:Path est vide.");
        }

        return errors;
    }

    // Five digits, or Corsica's 2A/2B followed by three digits.
    private static bool IsInseeCode(string code) =>
        code.Length == 5
        && code.Skip(2).All(char.IsAsciiDigit)
        && (code[..2].All(char.IsAsciiDigit) || code[..2] is "2A" or "2B");
}
