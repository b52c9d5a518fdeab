using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NeighbourBot.Language.Parsing;
using NeighbourBot.Language.Tests.Support;
using NeighbourBot.Testing;

namespace NeighbourBot.Language.Tests.Parsing;

public sealed class ParseJsonLinesTests
{
    private static readonly FrenchListingParser Parser = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)), FrenchRecognizers.Shared, FaultsFailTestsLogger<FrenchListingParser>.Instance);

    [Fact]
    public async Task Ten_thousand_lines_come_back_in_order_one_per_line()
    {
        var texts = CorpusLine.Load().Select(l => l.Text).ToList();
        var input = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            if (i % 997 == 0)
            {
                input.Append("{pas du json\n");
                continue;
            }

            if (i % 1009 == 0)
            {
                input.Append("{\"id\": ").Append(i).Append(", \"texte\": \"oups\"}\n");
                continue;
            }

            input.Append(JsonSerializer.Serialize(new { id = "m" + i, text = texts[i % texts.Count] })).Append('\n');
        }

        var output = new StringWriter();
        var errors = await new ParseJsonLines(Parser).RunAsync(new StringReader(input.ToString()), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10_000, lines.Length);
        Assert.Equal(Enumerable.Range(0, 10_000).Count(i => i % 997 == 0 || i % 1009 == 0), errors);
        for (var i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var root = doc.RootElement;
            if (i % 997 == 0 || i % 1009 == 0)
            {
                Assert.True(root.TryGetProperty("error", out _), $"line {i}");
                continue;
            }

            Assert.Equal("m" + i, root.GetProperty("id").GetString());
            Assert.Equal(texts[i % texts.Count], root.GetProperty("text").GetString());
            foreach (var field in new[] { "kind", "items", "category", "quantity", "price_eur", "when", "has_contact" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"line {i} lacks {field}");
            }
        }
    }

    [Fact]
    public async Task A_line_is_answered_with_the_schema_fields_in_snake_case()
    {
        var output = new StringWriter();
        await new ParseJsonLines(Parser).RunAsync(
            new StringReader("{\"id\": 7, \"text\": \"Vds lit parapluie + chaise haute, 15e les deux. Tél 06.39.98.54.21\"}\n\n[1,2]\n"),
            output,
            CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        Assert.Equal(7, root.GetProperty("id").GetInt32());
        Assert.Equal("sell", root.GetProperty("kind").GetString());
        Assert.Equal(["lit parapluie", "chaise haute"], root.GetProperty("items").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("kids", root.GetProperty("category").GetString());
        Assert.Equal(15m, root.GetProperty("price_eur").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("when").ValueKind);
        Assert.True(root.GetProperty("has_contact").GetBoolean());
        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"error\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parser_fault_costs_its_line_not_the_run_and_the_operator_sees_it()
    {
        var log = new ListLogger<ParseJsonLines>();
        var input = string.Join('\n', [
            "{\"id\": \"a\", \"text\": \"je donne une télé\"}",
            "{\"id\": \"b\", \"text\": \"panne 06 39 98 12 40\"}",
            "{\"id\": \"c\", \"text\": \"vends un vélo 40€\"}",
        ]);
        var output = new StringWriter();

        var errors = await new ParseJsonLines(new FaultOnPanne(Parser), log).RunAsync(new StringReader(input), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, errors);
        Assert.Equal(3, lines.Length);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("give", first.RootElement.GetProperty("kind").GetString());
        }

        using (var faulted = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal("b", faulted.RootElement.GetProperty("id").GetString());
            Assert.Contains("erreur interne", faulted.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var third = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal("sell", third.RootElement.GetProperty("kind").GetString());
            Assert.Equal(40m, third.RootElement.GetProperty("price_eur").GetDecimal());
        }

        var entry = Assert.Single(log.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, entry.Level);
        Assert.IsType<ArgumentOutOfRangeException>(entry.Exception);
        Assert.Contains("line 2", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("06 39", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("06 39", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A parser with a bug on one word, standing for the next fault nobody has found yet.</summary>
    private sealed class FaultOnPanne(IListingParser inner) : IListingParser
    {
        public ListingParse Parse(string text) =>
            text.Contains("panne", StringComparison.Ordinal) ? throw new ArgumentOutOfRangeException(nameof(text), "a parser bug") : inner.Parse(text);
    }
}
