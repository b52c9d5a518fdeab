namespace NeighbourBot.Dialogs.Posting;

/// <summary>What a private message that is no listing turns out to be (see <see cref="SmallTalk"/>).</summary>
public enum SmallTalkKind
{
    /// <summary>Something else: the resident is shown how to write a listing.</summary>
    None,

    Greeting,
    Thanks,
    HowItWorks,
    Recommendation,
}
