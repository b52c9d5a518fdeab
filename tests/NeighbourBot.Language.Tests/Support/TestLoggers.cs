using Microsoft.Extensions.Logging;

namespace NeighbourBot.Language.Tests.Support;

/// <summary>
/// The parser contains its own faults (it logs them and answers "not understood"); in the tests a contained fault must
/// still fail the test, so this logger throws on any error entry, and the exception leaves <c>Parse</c> as before.
/// </summary>
public sealed class FaultsFailTestsLogger<T> : ILogger<T>
{
    public static readonly FaultsFailTestsLogger<T> Instance = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (logLevel >= LogLevel.Error)
        {
            throw new InvalidOperationException("A fault was logged: " + formatter(state, exception), exception);
        }
    }
}
