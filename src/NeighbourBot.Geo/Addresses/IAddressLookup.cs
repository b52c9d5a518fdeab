namespace NeighbourBot.Geo.Addresses;

/// <summary>Finds a typed French address and decides what the signup flow should do with it.</summary>
public interface IAddressLookup
{
    /// <summary>"ban" or "offline".</summary>
    string Name { get; }

    /// <summary>
    /// Looks the text up and applies the decision rule (confirm / choose / ask for the number /
    /// out of area / not found). Never throws for bad input; a provider outage is
    /// <see cref="AddressLookupOutcome.Unavailable"/>.
    /// </summary>
    Task<AddressLookupResult> LookupAsync(string text, CancellationToken cancellationToken);
}
