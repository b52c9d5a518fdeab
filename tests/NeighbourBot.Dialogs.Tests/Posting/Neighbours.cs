using Microsoft.Bot.Schema;
using NeighbourBot.Core.Listings;
using NeighbourBot.Core.Messaging;
using NeighbourBot.Core.Outbox;
using NeighbourBot.Core.Quartiers;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Posting;
using NeighbourBot.Dialogs.Tests.Support;

namespace NeighbourBot.Dialogs.Tests.Posting;

/// <summary>A quartier with its group and a few residents, and shortcuts for specs about listings.</summary>
public static class Neighbours
{
    public const long Group = -100500;
    public const long Marie = 101;
    public const long Paul = 102;
    public const long Sophie = 103;
    public const long Bernard = 104;
    public const long Stranger = 999;
    public const string Quartier = "centre-ville";

    /// <summary>Centre-ville linked to <see cref="Group"/>; Marie, Paul and Sophie verified there; Bernard verified in Grésilles.</summary>
    public static BotWorld World()
    {
        var world = new BotWorld();
        world.Quartiers.Upsert(new Quartier { Id = Quartier, Name = "Centre-ville", GroupChatIds = [Group] });
        world.Quartiers.Upsert(new Quartier { Id = "gresilles", Name = "Grésilles" });
        Add(world, Marie, "Marie");
        Add(world, Paul, "Paul", VerificationLevel.Address);
        Add(world, Sophie, "Sophie");
        Add(world, Bernard, "Bernard", quartierId: "gresilles");
        return world;
    }

    public static Resident Add(BotWorld world, long id, string firstName, VerificationLevel level = VerificationLevel.Verified, string quartierId = Quartier)
    {
        ArgumentNullException.ThrowIfNull(world);
        var resident = new Resident
        {
            Id = id,
            PrivateChatId = id,
            FirstName = firstName,
            LastName = "Secret",
            QuartierId = quartierId,
            Verification = level,
            CreatedAt = world.Clock.GetUtcNow(),
        };
        world.Residents.Upsert(resident);
        return resident;
    }

    /// <summary>Writes <paramref name="text"/> and presses Publier; returns the published listing (its broadcasts delivered).</summary>
    public static async Task<Listing> PublishAsync(BotWorld world, long authorId, string text, Action<Activity>? shape = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        var chat = world.Private(authorId);
        var preview = await chat.SayAsync(text, shape);
        Assert.Contains(PostingMessages.Publish, preview.ButtonTitles);
        var done = await chat.PressAsync(PostingFlow.PublishPayload);
        Assert.StartsWith("Merci !", done.AllText);
        world.Delivery.DeliverAll();
        return world.Listings.ByAuthor(authorId).OrderBy(l => l.Id).Last();
    }

    public static Action<Activity> Photo(string fileId = "AgADphoto1") =>
        a => a.Attachments = [new Attachment(ChannelConventions.PhotoContentType, fileId)];

    public static Action<Activity> ReplyingTo(long messageId) =>
        a => a.Properties[ChannelConventions.ReplyToMessageIdKey] = messageId;

    /// <summary>Rows added to the outbox since <paramref name="before"/> rows.</summary>
    public static IReadOnlyList<OutboxMessage> Since(BotWorld world, int before)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.Outbox.Rows.Skip(before).ToList();
    }

    public static IReadOnlyList<string> Payloads(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Action.Buttons.SelectMany(r => r).Select(b => b.Data ?? b.Url ?? "").ToList();
    }

    public static IReadOnlyList<string> Titles(OutboxMessage row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Action.Buttons.SelectMany(r => r).Select(b => b.Text).ToList();
    }
}
