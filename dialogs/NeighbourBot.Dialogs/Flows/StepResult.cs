namespace NeighbourBot.Dialogs.Flows;

/// <summary>The return value of a step: go on, go elsewhere, ask again with a hint, or finish.</summary>
public sealed record StepResult
{
    public StepOutcome Outcome { get; init; }

    /// <summary>For <see cref="StepOutcome.GoTo"/>: the step to prompt.</summary>
    public string? Step { get; init; }

    /// <summary>For <see cref="StepOutcome.Retry"/>: what was wrong and how to answer; for GoTo, said before the prompt.</summary>
    public string? Hint { get; init; }

    /// <summary>For <see cref="StepOutcome.Retry"/>: send the step's prompt again after the hint (buttons).</summary>
    public bool RepeatPrompt { get; init; }

    /// <summary>For <see cref="StepOutcome.GoTo"/>: the hint replaces the step's prompt (a step that waits for something).</summary>
    public bool SkipPrompt { get; init; }

    public static StepResult Next { get; } = new() { Outcome = StepOutcome.Next };

    public static StepResult Stay { get; } = new() { Outcome = StepOutcome.Stay };

    public static StepResult Done { get; } = new() { Outcome = StepOutcome.Done };

    public static StepResult GoTo(string step, string? hint = null) =>
        new() { Outcome = StepOutcome.GoTo, Step = step, Hint = hint };

    /// <summary>Moves to <paramref name="step"/> saying <paramref name="message"/> instead of its prompt.</summary>
    public static StepResult WaitAt(string step, string message) =>
        new() { Outcome = StepOutcome.GoTo, Step = step, Hint = message, SkipPrompt = true };

    public static StepResult Retry(string hint, bool repeatPrompt = false) =>
        new() { Outcome = StepOutcome.Retry, Hint = hint, RepeatPrompt = repeatPrompt };
}
