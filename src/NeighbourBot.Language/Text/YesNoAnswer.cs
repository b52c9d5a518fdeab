namespace NeighbourBot.Language.Text;

/// <summary>What a resident meant by a short answer.</summary>
public enum YesNoAnswer
{
    Unknown = 0,
    Yes,
    No,
}
