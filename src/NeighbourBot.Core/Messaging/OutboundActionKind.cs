namespace NeighbourBot.Core.Messaging;

/// <summary>What an outbound action asks the messaging app to do.</summary>
public enum OutboundActionKind
{
    SendText = 0,
    SendPhoto,
    EditText,
    EditCaption,
    EditButtons,
    Delete,

    /// <summary>A text file (<see cref="OutboundAction.DocumentName"/>, <see cref="OutboundAction.DocumentContent"/>) with the text as caption.</summary>
    SendDocument,
}
