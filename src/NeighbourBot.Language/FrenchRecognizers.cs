using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using Microsoft.Recognizers.Text.Sequence;

namespace NeighbourBot.Language;

/// <summary>
/// The five French Recognizers.Text models, each built once on first use (building one costs 0.1–2 s) and shared;
/// <see cref="WarmUpAsync"/> builds and exercises them all in the background at host start.
/// </summary>
public sealed class FrenchRecognizers
{
    private const int MaxDateInput = 160;

    private readonly Lazy<IModel> number = new(() => new NumberRecognizer(Culture.French).GetNumberModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IModel> currency = new(() => new NumberWithUnitRecognizer(Culture.French).GetCurrencyModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<DateTimeModel> dateTime = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.French).GetDateTimeModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IModel> phone = new(() => new SequenceRecognizer(Culture.French).GetPhoneNumberModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<IModel> email = new(() => new SequenceRecognizer(Culture.French).GetEmailModel(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ILogger<FrenchRecognizers> logger;
    private long modelCalls;

    public FrenchRecognizers(ILogger<FrenchRecognizers>? logger = null) => this.logger = logger ?? NullLogger<FrenchRecognizers>.Instance;

    /// <summary>The process-wide instance (models are immutable once built and safe to share between threads).</summary>
    public static FrenchRecognizers Shared { get; } = new();

    /// <summary>How many times a model was run since start (the parser's pre-checks keep this low).</summary>
    public long ModelCalls => Interlocked.Read(ref modelCalls);

    /// <summary>Builds every model and runs each once, so that the first resident's message does not pay for it.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.Run(
        () =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            cancellationToken.ThrowIfCancellationRequested();
            _ = dateTime.Value.Parse("samedi prochain à 10h", new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Unspecified));
            cancellationToken.ThrowIfCancellationRequested();
            _ = currency.Value.Parse("30 €");
            cancellationToken.ThrowIfCancellationRequested();
            _ = number.Value.Parse("trente");
            cancellationToken.ThrowIfCancellationRequested();
            _ = phone.Value.Parse("06 39 98 12 40");
            cancellationToken.ThrowIfCancellationRequested();
            _ = email.Value.Parse("a@example.org");
            logger.LogInformation("French recognizers warmed up in {ElapsedMs} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        },
        cancellationToken);

    /// <summary>Phone numbers and e-mails found by the Sequence models, as (start, length, isEmail).</summary>
    public IEnumerable<(int Start, int Length, bool IsEmail)> FindPhonesAndEmails(string text, bool phones, bool emails)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.Length > 4000 ? text[..4000] : text;
        var results = new List<(int, int, bool)>();
        if (phones)
        {
            Interlocked.Increment(ref modelCalls);
            foreach (var r in phone.Value.Parse(input))
            {
                // The French phone model also accepts short digit runs (postcodes, prices): keep 9+ digits.
                if (r.Text.Count(char.IsAsciiDigit) >= 9)
                {
                    results.Add((r.Start, r.End - r.Start + 1, false));
                }
            }
        }

        if (emails)
        {
            Interlocked.Increment(ref modelCalls);
            foreach (var r in email.Value.Parse(input))
            {
                results.Add((r.Start, r.End - r.Start + 1, true));
            }
        }

        return results;
    }

    /// <summary>Euro amounts the Currency model finds in a short window, with their position in it.</summary>
    public IReadOnlyList<(int Start, decimal Value)> Euros(string window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var found = new List<(int, decimal)>(1);
        Interlocked.Increment(ref modelCalls);
        foreach (var r in currency.Value.Parse(window.Length > 400 ? window[..400] : window))
        {
            if (r.Resolution is not null && r.Resolution.TryGetValue("unit", out var unit) && unit is "Euro" &&
                r.Resolution.TryGetValue("value", out var v) && v is string s &&
                decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                found.Add((r.Start, value));
            }
        }

        return found;
    }

    /// <summary>Numbers the Number model reads in a short window.</summary>
    public IReadOnlyList<(int Start, decimal Value)> Numbers(string window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var found = new List<(int, decimal)>(1);
        Interlocked.Increment(ref modelCalls);
        foreach (var r in number.Value.Parse(window.Length > 400 ? window[..400] : window))
        {
            if (r.Resolution is not null && r.Resolution.TryGetValue("value", out var v) && v is string s &&
                decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                found.Add((r.Start, value));
            }
        }

        return found;
    }

    /// <summary>
    /// The first instant a short time phrase refers to, relative to the resident's local now. The DateTime model is
    /// super-linear in its input: callers give it a phrase, and anything longer than 160 characters is cut.
    /// </summary>
    public DateTime? FirstInstant(string phrase, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var input = phrase.Length > MaxDateInput ? phrase[..MaxDateInput] : phrase;
        Interlocked.Increment(ref modelCalls);
        foreach (var r in dateTime.Value.Parse(input, localNow))
        {
            if (r.Resolution is null || !r.Resolution.TryGetValue("values", out var raw) || raw is not IList<Dictionary<string, string>> values)
            {
                continue;
            }

            foreach (var v in values)
            {
                var s = v.TryGetValue("value", out var value) ? value : v.TryGetValue("start", out var start) ? start : null;
                if (s is not null && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
                {
                    // Several readings ("samedi" last week or next): the first one not in the past.
                    if (when >= localNow.Date || values.Count == 1)
                    {
                        return when;
                    }
                }
            }
        }

        return null;
    }
}
