using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Flows;

namespace NeighbourBot.Dialogs.Verification;

/// <summary>
/// Whether a shared location is close enough to the address point. The radius is widened by the point's own
/// precision (a street centre is not a front door). Only a live location is also widened by its reported
/// accuracy (capped at the radius): a live location is a GPS fix that Telegram keeps updating, while a
/// single pin can be dropped anywhere on the map, so a pin must fall inside the radius on its own.
/// </summary>
public static class LocationCheck
{
    public static double AllowedMeters(ResidentAddress address, SharedLocation location, double radiusMeters)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(location);
        var allowed = radiusMeters + Math.Max(0, address.PrecisionMeters);
        if (location.Live && location.HorizontalAccuracy is { } accuracy)
        {
            allowed += Math.Min(accuracy, radiusMeters);
        }

        return allowed;
    }

    public static double DistanceMeters(ResidentAddress address, SharedLocation location)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(location);
        return GeoDistance.Meters(address.Latitude, address.Longitude, location.Latitude, location.Longitude);
    }
}
