using Microsoft.Bot.Schema;
using NeighbourBot.Core.Messaging;

namespace NeighbourBot.Dialogs.Posting;

/// <summary>Reads a photo from an activity (ChannelConventions.PhotoContentType; the caption is the text).</summary>
public static class Photos
{
    /// <summary>The channel's file id of the first photo, or null.</summary>
    public static string? FileId(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var url = activity.Attachments?
            .FirstOrDefault(a => string.Equals(a?.ContentType, ChannelConventions.PhotoContentType, StringComparison.Ordinal))?
            .ContentUrl;
        return string.IsNullOrWhiteSpace(url) || url.Length > 512 ? null : url;
    }
}
