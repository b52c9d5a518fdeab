using Microsoft.Bot.Schema;

namespace NeighbourBot.Dialogs.Tests.Support;

/// <summary>What the resident saw after one message: texts and button titles.</summary>
public sealed class Replies(IReadOnlyList<Activity> activities)
{
    public IReadOnlyList<Activity> Activities { get; } = activities;

    public IReadOnlyList<string> Texts => Activities.Select(a => a.Text ?? "").ToList();

    public string AllText => string.Join("\n", Texts);

    public IReadOnlyList<CardAction> Buttons => Activities
        .SelectMany(a => a.SuggestedActions?.Actions ?? [])
        .ToList();

    public IReadOnlyList<string> ButtonTitles => Buttons.Select(b => b.Title).ToList();

    /// <summary>Files sent (name, content), as /mesdonnees sends its export.</summary>
    public IReadOnlyList<(string Name, string Content)> Files => Activities
        .SelectMany(a => a.Attachments ?? [])
        .Where(a => a.ContentType == Core.Messaging.ChannelConventions.JsonFileContentType)
        .Select(a => (a.Name, (string)a.Content))
        .ToList();

    public string PayloadOf(string title) =>
        (string)Buttons.Single(b => b.Title == title).Value;

    public override string ToString() => AllText;
}
