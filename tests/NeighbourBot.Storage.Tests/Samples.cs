using System.Text.Json;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;

namespace NeighbourBot.Storage.Tests;

/// <summary>Records with every field set to something other than its default.</summary>
internal static class Samples
{
    // Sub-millisecond ticks on purpose: a BSON date would keep milliseconds only.
    public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 26, 7, 23, 29, TimeSpan.Zero).AddTicks(1_234_567);

    public static Resident Resident(long id = 42) => new()
    {
        Id = id,
        PrivateChatId = id + 1000,
        FirstName = "Élodie",
        LastName = "",
        Address = new ResidentAddress
        {
            Label = "12 Rue de la Liberté 21000 Dijon",
            HouseNumber = "12",
            Street = "Rue de la Liberté",
            PostCode = "21000",
            CityCode = "21231",
            City = "Dijon",
            Longitude = 5.0366,
            Latitude = 47.3220,
            PrecisionMeters = 12.5,
            Provider = "ban",
            TypedText = "  12 rue de la liberte  ",
        },
        QuartierId = "centre-ville",
        Verification = VerificationLevel.Verified,
        VerificationMethod = VerificationMethod.Vouch,
        Language = "en",
        Digest = new DigestPreference
        {
            Frequency = DigestFrequency.Daily,
            Hour = 7,
            Day = DayOfWeek.Wednesday,
            Kinds = [ListingKind.Give, ListingKind.HelpRequest],
            LastSentAt = Now.AddDays(-1),
        },
        Reachable = false,
        CreatedAt = Now.AddDays(-30),
        UpdatedAt = Now,
    };

    public static Quartier Quartier() => new()
    {
        Id = "centre-ville",
        Name = "Centre-ville",
        GroupChatIds = [-1001234567890, -1009876543210],
        ModeratorIds = [42, 43],
    };

    public static Listing Listing() => new()
    {
        AuthorId = 42,
        QuartierId = "centre-ville",
        Kind = ListingKind.Sell,
        Title = "Vélo d'enfant",
        Items = ["vélo d'enfant", "casque"],
        Quantity = 2,
        PriceEur = 15.50m,
        When = "samedi prochain",
        WhenStart = Now.AddDays(3),
        Category = ListingCategory.Transport,
        Text = "Vends vélo d'enfant + casque, 15,50 €, appelez le 06 12 34 56 78",
        MaskedText = "Vends vélo d'enfant + casque, 15,50 €, appelez le [numéro masqué]",
        KeepContacts = true,
        PhotoIds = ["AgACAgQAAxkBAAIB"],
        Status = ListingStatus.Reserved,
        ReservedFor = 43,
        Broadcasts = [new BroadcastRef(-1001234567890, 555, IsPhoto: true)],
        CreatedAt = Now.AddHours(-2),
        PublishedAt = Now.AddHours(-1),
        ExpiresAt = Now.AddDays(14),
        UpdatedAt = Now,
    };

    public static OutboxMessage OutboxMessage(long chatId = 1042, OutboxPriority priority = OutboxPriority.Notification) => new()
    {
        Priority = priority,
        ChatId = chatId,
        Action = new OutboundAction
        {
            Kind = OutboundActionKind.EditCaption,
            ChatId = chatId,
            Text = "<b>Réservé</b> : vélo d'enfant",
            IsHtml = true,
            Buttons = [[new Button("Répondre", Data: "r:42")], [new Button("Voir", Url: "https://example.org/x")]],
            PhotoId = "AgACAgQAAxkBAAIB",
            MessageId = 555,
        },
        Attempts = 0,
        NextAttemptAt = Now,
        CreatedAt = Now,
        Correlation = "listing:42",
    };

    /// <summary>Records compare lists by reference; their JSON compares what a reader would see.</summary>
    public static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
