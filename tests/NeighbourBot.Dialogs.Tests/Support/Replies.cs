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

    public string PayloadOf(string title) =>
        (string)Buttons.Single(b => b.Title == title).Value;

    public override string ToString() => AllText;
}
