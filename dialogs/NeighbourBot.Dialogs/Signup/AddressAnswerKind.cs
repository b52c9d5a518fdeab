namespace NeighbourBot.Dialogs.Signup;

/// <summary>What to do with a typed address, whatever the geocoder said.</summary>
public enum AddressAnswerKind
{
    /// <summary>One address: ask the resident to confirm it.</summary>
    Confirm = 0,

    /// <summary>Several: let the resident choose.</summary>
    Choose,

    /// <summary>The street only: ask for the house number.</summary>
    NeedNumber,

    /// <summary>Outside the communes served (the commune was counted, anonymously).</summary>
    OutOfArea,

    /// <summary>The geocoder does not answer.</summary>
    Unavailable,

    /// <summary>Not an address, or not found: ask again with the hint.</summary>
    Failed,
}
