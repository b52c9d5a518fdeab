namespace NeighbourBot.Dialogs.Flows;

/// <summary>What a flow step decided about the resident's answer.</summary>
public enum StepOutcome
{
    /// <summary>Accepted: prompt the next step of the sequence.</summary>
    Next = 0,

    /// <summary>Accepted: prompt the named step.</summary>
    GoTo,

    /// <summary>Not accepted: send the hint and stay on this step.</summary>
    Retry,

    /// <summary>The step already answered; stay on it without prompting again.</summary>
    Stay,

    /// <summary>The flow is finished: its draft is cleared.</summary>
    Done,
}
