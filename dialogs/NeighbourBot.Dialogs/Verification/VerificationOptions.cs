namespace NeighbourBot.Dialogs.Verification;

/// <summary>Second factors and their limits (section NeighbourBot:Verification).</summary>
public sealed class VerificationOptions
{
    public const string SectionName = "Verification";

    public const string Location = "location";
    public const string Vouch = "vouch";
    public const string Moderator = "moderator";

    /// <summary>Every method the bot knows, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> AllMethods = [Location, Vouch, Moderator];

    /// <summary>
    /// Any one of these makes a resident Verified. Empty means all of them: the configuration binder appends
    /// to a non-empty default list instead of replacing it, so the default must be empty for a configured
    /// ["location"] to mean location only.
    /// </summary>
    public IReadOnlyList<string> Methods { get; set; } = [];

    /// <summary>How far from the address point a shared location may be, before widening for precision.</summary>
    public double LocationRadiusMeters { get; set; } = 300;

    /// <summary>Life of an invite code.</summary>
    public int InviteDays { get; set; } = 7;

    public bool Allows(string method) =>
        Methods.Count == 0 || Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    /// <summary>One readable line per bad value, naming the key (the host stops on any).</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var method in Methods.Where(m => !AllMethods.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"NeighbourBot:Verification:Methods: unknown method '{method}' (expected location, vouch or moderator).";
        }

        if (LocationRadiusMeters is not (> 0 and <= 5000))
        {
            yield return "NeighbourBot:Verification:LocationRadiusMeters must be between 1 and 5000.";
        }

        if (InviteDays is < 1 or > 90)
        {
            yield return "NeighbourBot:Verification:InviteDays must be between 1 and 90.";
        }
    }
}
