namespace NeighbourBot.Dialogs.Flows;

/// <summary>A location shared by the resident (see ChannelConventions.LocationEntityType).</summary>
public sealed record SharedLocation(double Latitude, double Longitude, bool Live, double? HorizontalAccuracy);
