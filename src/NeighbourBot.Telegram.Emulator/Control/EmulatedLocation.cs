namespace NeighbourBot.Telegram.Emulator.Control;

/// <summary>A shared location; a live one has a live period in seconds.</summary>
public sealed record EmulatedLocation(double Latitude, double Longitude, int? LivePeriod = null);
