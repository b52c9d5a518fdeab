using NeighbourBot.Core.Messaging;
using NeighbourBot.Telegram.Adapter;
using Newtonsoft.Json.Linq;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NeighbourBot.Telegram.Tests.Adapter;

public sealed class UpdateMapperTests
{
    private static readonly BotIdentity Bot = new(7000, "neighbourbot", "NeighbourBot");
    private static readonly User Marie = new() { Id = 1001, FirstName = "Marie", Username = "marie_c" };
    private static readonly Chat Private = new() { Id = 1001, Type = ChatType.Private };
    private static readonly Chat Group = new() { Id = -500, Type = ChatType.Supergroup, Title = "Voisins" };

    private static Update Text(Chat chat, string text) => new()
    {
        Id = 1,
        Message = new Message { Id = 10, Chat = chat, From = Marie, Date = DateTime.UtcNow, Text = text },
    };

    [Theory]
    [InlineData("/lier@neighbourbot Grésilles", "/lier Grésilles")]
    [InlineData("/LIER@NeighbourBot centre", "/lier centre")]
    [InlineData("/start", "/start")]
    public void A_command_addressed_to_this_bot_loses_the_bot_name(string typed, string expected)
    {
        var activity = UpdateMapper.ToActivity(Text(Group, typed), Bot);

        Assert.Equal(expected, activity?.Text);
        Assert.Equal(ChannelConventions.GroupConversation, activity?.Conversation.ConversationType);
    }

    [Fact]
    public void A_command_for_another_bot_and_group_chatter_are_ignored()
    {
        Assert.Null(UpdateMapper.ToActivity(Text(Group, "/start@otherbot"), Bot));
        Assert.Null(UpdateMapper.ToActivity(Text(Group, "bonjour tout le monde"), Bot));
        Assert.NotNull(UpdateMapper.ToActivity(Text(Private, "bonjour"), Bot));
    }

    [Fact]
    public void A_button_press_carries_its_payload_and_the_pressed_message()
    {
        var update = new Update
        {
            Id = 2,
            CallbackQuery = new CallbackQuery
            {
                Id = "q1", From = Marie, Data = "li:int:42", ChatInstance = "x",
                Message = new Message { Id = 77, Chat = Group, Date = DateTime.UtcNow },
            },
        };

        var activity = UpdateMapper.ToActivity(update, Bot);

        var value = Assert.IsType<JObject>(activity?.Value);
        Assert.Equal("li:int:42", value[ChannelConventions.CallbackValueKey]?.Value<string>());
        Assert.Equal(77, value[ChannelConventions.CallbackMessageIdKey]?.Value<int>());
        Assert.Equal("1001", activity?.From.Id);
        Assert.Equal("-500", activity?.Conversation.Id);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("ok", true)]
    [InlineData("\u0001bad", false)]
    public void Callback_payloads_are_checked_before_anything_runs(string? data, bool plausible) =>
        Assert.Equal(plausible, UpdateMapper.IsPlausibleCallbackData(data));

    [Fact]
    public void A_payload_over_64_bytes_is_not_ours()
    {
        Assert.False(UpdateMapper.IsPlausibleCallbackData(new string('é', 33)));
        Assert.True(UpdateMapper.IsPlausibleCallbackData(new string('é', 32)));
    }

    [Fact]
    public void A_live_location_becomes_a_location_entity()
    {
        var update = new Update
        {
            Id = 3,
            Message = new Message
            {
                Id = 11, Chat = Private, From = Marie, Date = DateTime.UtcNow,
                Location = new Location { Latitude = 47.32, Longitude = 5.04, LivePeriod = 900, HorizontalAccuracy = 12 },
            },
        };

        var entity = Assert.Single(UpdateMapper.ToActivity(update, Bot)!.Entities);

        Assert.Equal(ChannelConventions.LocationEntityType, entity.Type);
        Assert.True((bool)entity.Properties[ChannelConventions.LocationLiveKey]!);
        Assert.Equal(47.32, (double)entity.Properties["latitude"]!);
    }

    [Fact]
    public void A_sticker_or_an_edit_is_marked_unsupported()
    {
        var sticker = new Update
        {
            Id = 4,
            Message = new Message { Id = 12, Chat = Private, From = Marie, Date = DateTime.UtcNow, Sticker = new Sticker { FileId = "s", FileUniqueId = "u", Type = StickerType.Regular } },
        };
        var edit = new Update { Id = 5, EditedMessage = new Message { Id = 13, Chat = Private, From = Marie, Date = DateTime.UtcNow, Text = "oups" } };

        Assert.Equal("sticker", UpdateMapper.ToActivity(sticker, Bot)?.Properties[ChannelConventions.UnsupportedContentKey]?.ToString());
        Assert.Equal("edit", UpdateMapper.ToActivity(edit, Bot)?.Properties[ChannelConventions.UnsupportedContentKey]?.ToString());
    }
}
