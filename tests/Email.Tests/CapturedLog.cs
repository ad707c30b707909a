using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Delegation.Email.Tests;

/// <summary>Keeps every log line written, so tests can see what an operator would read.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    sealed class Logger(CapturedLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
    }
}
