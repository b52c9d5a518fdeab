namespace NeighbourBot.Core.Messaging;

/// <summary>
/// How Telegram-specific things travel in channel-neutral Bot Builder activities, agreed between the
/// Telegram adapter (which maps) and the dialogs (which read and write). Dialogs never see Telegram.Bot.
/// </summary>
public static class ChannelConventions
{
    /// <summary>Bot Builder channel id of the Telegram adapter.</summary>
    public const string TelegramChannelId = "telegram";

    /// <summary>Conversation type of a private chat (Bot Builder's "personal").</summary>
    public const string PrivateConversation = "personal";

    /// <summary>Conversation type of a group or supergroup.</summary>
    public const string GroupConversation = "group";

    /// <summary>
    /// A button press arrives as a message activity with no text whose <c>Value</c> is a JSON object
    /// <c>{ "callback": "&lt;payload&gt;", "messageId": 123 }</c> (the message that carried the button).
    /// </summary>
    public const string CallbackValueKey = "callback";

    /// <summary>
    /// Turn state key of the <see cref="ButtonAnswer"/> a dialog gives a button press in a group (a notice, or a link that
    /// opens the private chat for someone who never wrote to the bot, whom the bot cannot message first).
    /// </summary>
    public const string ButtonAnswerKey = "NeighbourBot.ButtonAnswer";

    /// <summary>Key of the pressed message's id in the callback value.</summary>
    public const string CallbackMessageIdKey = "messageId";

    /// <summary>
    /// A shared location arrives as a message activity with an entity of this type carrying
    /// <c>latitude</c>, <c>longitude</c>, and <c>live</c> (bool), <c>horizontalAccuracy</c> (metres, optional).
    /// </summary>
    public const string LocationEntityType = "GeoCoordinates";

    /// <summary>Location entity property: true for a live location.</summary>
    public const string LocationLiveKey = "live";

    /// <summary>Location entity property: accuracy radius in metres.</summary>
    public const string LocationAccuracyKey = "horizontalAccuracy";

    /// <summary>
    /// A photo arrives as a message activity with an attachment of this content type whose
    /// <c>ContentUrl</c> is the channel's file id; the caption is the activity text.
    /// </summary>
    public const string PhotoContentType = "image/telegram-file-id";

    /// <summary>
    /// An outgoing attachment of this content type, with a <c>Name</c> and a string <c>Content</c>, is sent as a
    /// file (Telegram's sendDocument); the activity text is its caption.
    /// </summary>
    public const string JsonFileContentType = "application/json";

    /// <summary>
    /// A suggested action of this type asks the resident to share their location (Telegram's
    /// request_location reply keyboard, private chats only). Other suggested actions and HeroCard
    /// buttons become inline keyboard buttons: <c>postBack</c>/<c>imBack</c> value = callback payload
    /// (≤ 64 bytes), <c>openUrl</c> value = URL.
    /// </summary>
    public const string RequestLocationActionType = "requestLocation";

    /// <summary>The <c>TextFormat</c> of an activity whose text is already safe HTML (every user-typed part escaped).</summary>
    public const string HtmlTextFormat = "html";

    /// <summary>Event activity name when the bot is added to or removed from a group (Value: status, chat title).</summary>
    public const string MembershipEventName = "membership";

    /// <summary>Event activity name for a request to join a group (Value: user id, chat id).</summary>
    public const string JoinRequestEventName = "joinRequest";

    /// <summary>Event activity name when a group became a supergroup (Value: new chat id).</summary>
    public const string MigrationEventName = "migration";

    /// <summary>Message activity property (in <c>Properties</c>) carrying the id of the message replied to.</summary>
    public const string ReplyToMessageIdKey = "replyToMessageId";

    /// <summary>Property (in <c>Properties</c>) carrying the user id of the author of the message replied to.</summary>
    public const string ReplyToUserIdKey = "replyToUserId";

    /// <summary>Property (in <c>Properties</c>) marking content the bot cannot use (sticker, voice, edit…), with its kind.</summary>
    public const string UnsupportedContentKey = "unsupported";
}
