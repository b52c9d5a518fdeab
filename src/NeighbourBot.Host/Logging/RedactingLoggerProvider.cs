using Microsoft.Extensions.Logging;

namespace NeighbourBot.Host.Logging;

/// <summary>
/// Wraps a logger provider so that no secret reaches it: the formatted message and any exception text
/// are redacted. A second line of defence: the Telegram client is built without HTTP logging at all.
/// </summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner, SecretRedactor redactor) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, SecretRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = redactor.Redact(formatter(state, null));
            var safeException = exception is null ? null : Redacted(exception);
            inner.Log(logLevel, eventId, message, safeException, static (m, _) => m);
        }

        private Exception Redacted(Exception exception)
        {
            var text = exception.ToString();
            var clean = redactor.Redact(text);
            return clean == text ? exception : new RedactedException(clean);
        }
    }
}
