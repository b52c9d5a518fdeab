namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>A file uploaded in a multipart request: its field, the name the client gave it, and its bytes.</summary>
internal sealed record UploadedFile(string Field, string FileName, byte[] Content);
