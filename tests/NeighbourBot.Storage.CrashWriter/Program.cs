// A child process for the storage tests (never shipped).
//   write <dbpath>: writes residents 1, 2, 3, ... one committed write at a time and prints "ack <id>"
//                   after each, until it is killed.
//   hold <dbpath>:  opens the database, prints "ready", and keeps it open until a line (or EOF) on stdin.
using NeighbourBot.Core.Residents;
using NeighbourBot.Storage;
using NeighbourBot.Storage.Residents;

if (args.Length != 2 || args[0] is not ("write" or "hold"))
{
    await Console.Error.WriteLineAsync("usage: NeighbourBot.Storage.CrashWriter write|hold <dbpath>");
    return 2;
}

using var database = new LiteDbDatabase(args[1]);
if (args[0] == "hold")
{
    Console.Out.WriteLine("ready");
    Console.Out.Flush();
    _ = await Console.In.ReadLineAsync();
    return 0;
}

var residents = new LiteDbResidentStore(database);
var createdAt = DateTimeOffset.UnixEpoch;
for (long id = 1; ; id++)
{
    residents.Upsert(new Resident
    {
        Id = id,
        PrivateChatId = id,
        FirstName = "Voisin " + id,
        QuartierId = "centre-ville",
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    });
    Console.Out.WriteLine("ack " + id);
    Console.Out.Flush();
}
