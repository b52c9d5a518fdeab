using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NeighbourBot.Core.Listings;

namespace NeighbourBot.Language.Parsing;

/// <summary>
/// The logic of the <c>parse</c> CLI verb: JSON lines <c>{"id": …, "text": …}</c> in, one JSON line per input line
/// out, in order, with the fields of shared/corpus/SCHEMA.md; a bad line gets <c>{"error": "…"}</c> and the run goes on.
/// </summary>
public sealed class ParseJsonLines
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Residents' French (accents, emojis) stays readable in the output; JSON stays valid.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly IListingParser parser;
    private readonly ILogger logger;

    public ParseJsonLines(IListingParser parser, ILogger<ParseJsonLines>? logger = null)
    {
        this.parser = parser ?? throw new ArgumentNullException(nameof(parser));
        this.logger = logger ?? NullLogger<ParseJsonLines>.Instance;
    }

    /// <summary>Reads until the end of <paramref name="input"/>; returns how many lines were answered with an error.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var errors = 0;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (!WriteAnswer(line, lineNumber, writer))
            {
                errors++;
            }

            writer.Flush();
            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return errors;
    }

    private bool WriteAnswer(string line, int lineNumber, Utf8JsonWriter writer)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            WriteError(writer, null, "ligne vide");
            return false;
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            WriteError(writer, null, "JSON invalide: " + ex.Message);
            return false;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                WriteError(writer, null, "un objet JSON est attendu");
                return false;
            }

            root.TryGetProperty("id", out var id);
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                WriteError(writer, id, "champ \"text\" manquant ou pas une chaîne");
                return false;
            }

            var text = textElement.GetString() ?? string.Empty;
            ListingParse parse;
            try
            {
                parse = parser.Parse(text);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // A parser that breaks its never-throws promise costs this line, not the run.
                logger.LogError(ex, "Parsing line {Line} ({Length} characters) failed", lineNumber, text.Length);
                WriteError(writer, id, "analyse impossible (erreur interne du parseur)");
                return false;
            }

            writer.WriteStartObject();
            WriteId(writer, id);
            writer.WriteString("text", text);
            writer.WriteString("kind", ListingVocabulary.ToWire(parse.Kind));
            writer.WriteStartArray("items");
            foreach (var item in parse.Items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
            writer.WriteString("category", ListingVocabulary.ToWire(parse.Category));
            if (parse.Quantity is { } q)
            {
                writer.WriteNumber("quantity", q);
            }
            else
            {
                writer.WriteNull("quantity");
            }

            if (parse.PriceEur is { } p)
            {
                writer.WriteNumber("price_eur", p);
            }
            else
            {
                writer.WriteNull("price_eur");
            }

            if (parse.When is { } w)
            {
                writer.WriteString("when", w);
            }
            else
            {
                writer.WriteNull("when");
            }

            writer.WriteBoolean("has_contact", parse.HasContact);
            writer.WriteEndObject();
            return true;
        }
    }

    private static void WriteId(Utf8JsonWriter writer, JsonElement id)
    {
        if (id.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNull("id");
            return;
        }

        writer.WritePropertyName("id");
        id.WriteTo(writer);
    }

    private static void WriteError(Utf8JsonWriter writer, JsonElement? id, string message)
    {
        writer.WriteStartObject();
        if (id is { ValueKind: not JsonValueKind.Undefined } known)
        {
            WriteId(writer, known);
        }

        writer.WriteString("error", message);
        writer.WriteEndObject();
    }
}
