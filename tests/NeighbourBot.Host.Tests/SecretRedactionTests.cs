using Microsoft.Extensions.Logging;
using NeighbourBot.Host.Logging;

namespace NeighbourBot.Host.Tests;

public sealed class SecretRedactionTests
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    [Fact]
    public void A_token_in_a_request_path_is_redacted_plain_and_url_encoded()
    {
        var redactor = new SecretRedactor([Token]);

        var line = redactor.Redact($"POST https://api.telegram.org/bot{Token}/sendMessage and /bot{Uri.EscapeDataString(Token)}/getMe");

        Assert.DoesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", line);
        Assert.Equal(2, line.Split("[secret]").Length - 1);
    }

    [Fact]
    public void The_logging_wrapper_redacts_messages_and_exceptions()
    {
        var sink = new CapturingProvider();
        using var provider = new RedactingLoggerProvider(sink, new SecretRedactor([Token]));
        var logger = provider.CreateLogger("test");

        logger.LogWarning(new HttpRequestException($"failed https://x/bot{Token}/getUpdates"), "Calling {Url}", $"https://x/bot{Token}/sendMessage");

        var entry = Assert.Single(sink.Lines);
        Assert.DoesNotContain(Token, entry);
        Assert.Contains("[secret]", entry);
    }

    private sealed class CapturingProvider : ILoggerProvider, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " | " + exception);
    }
}
