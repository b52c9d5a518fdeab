namespace NeighbourBot.Dialogs.Verification;

/// <summary>Second factors and their limits (section NeighbourBot:Verification).</summary>
public sealed class VerificationOptions
{
    public const string SectionName = "Verification";

    public const string Location = "location";
    public const string Vouch = "vouch";
    public const string Moderator = "moderator";

    /// <summary>Any one of these makes a resident Verified: "location", "vouch", "moderator".</summary>
    public IReadOnlyList<string> Methods { get; set; } = [Location, Vouch, Moderator];

    /// <summary>How far from the address point a shared location may be, before widening for precision.</summary>
    public double LocationRadiusMeters { get; set; } = 300;

    /// <summary>Life of an invite code.</summary>
    public int InviteDays { get; set; } = 7;

    public bool Allows(string method) => Methods.Contains(method, StringComparer.OrdinalIgnoreCase);
}
