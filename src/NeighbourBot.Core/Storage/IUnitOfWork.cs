namespace NeighbourBot.Core.Storage;

/// <summary>
/// One turn's writes, committed together. Writes are staged as synchronous actions against the
/// stores and run in one transaction at <see cref="Commit"/>, on one thread, so no transaction is
/// ever held across an <c>await</c> (LiteDB transactions are per thread).
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Adds a write; it runs, in order, when the unit commits.</summary>
    void Stage(Action write);

    /// <summary>How many writes are staged.</summary>
    int Count { get; }

    /// <summary>Runs every staged write in one transaction; on failure nothing is written and the exception propagates.</summary>
    void Commit();
}
