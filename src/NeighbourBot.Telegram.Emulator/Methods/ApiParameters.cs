using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NeighbourBot.Telegram.Emulator.Wire;

namespace NeighbourBot.Telegram.Emulator.Methods;

/// <summary>A method's parameters, however they came (query string, form, multipart or JSON body), read like Telegram reads them.</summary>
internal sealed class ApiParameters
{
    private readonly Dictionary<string, JsonElement> _values;

    private ApiParameters(Dictionary<string, JsonElement> values, IReadOnlySet<string> uploadedFiles, IReadOnlyList<UploadedFile>? uploads = null)
    {
        _values = values;
        UploadedFiles = uploadedFiles;
        Uploads = uploads ?? [];
    }

    public IReadOnlySet<string> UploadedFiles { get; }

    /// <summary>The uploaded files with their bytes.</summary>
    public IReadOnlyList<UploadedFile> Uploads { get; }

    public IReadOnlyDictionary<string, string> Raw =>
        _values.ToDictionary(kv => kv.Key, kv => AsString(kv.Value) ?? "null", StringComparer.Ordinal);

    public static ApiParameters FromJson(JsonElement body)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in body.EnumerateObject())
            {
                values[property.Name] = property.Value.Clone();
            }
        }

        return new ApiParameters(values, new HashSet<string>());
    }

    public static async Task<ApiParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var uploads = new List<UploadedFile>();
        foreach (var (key, value) in request.Query)
        {
            values[key] = JsonSerializer.SerializeToElement(value.ToString());
        }

        if (request.HasJsonContentType() && request.ContentLength != 0)
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                foreach (var (key, value) in FromJson(document.RootElement)._values)
                {
                    values[key] = value;
                }
            }
            catch (JsonException)
            {
                throw BotApiException.BadRequest("can't parse JSON encoded request");
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                values[key] = JsonSerializer.SerializeToElement(value.ToString());
            }

            foreach (var file in form.Files)
            {
                files.Add(file.Name);
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                uploads.Add(new UploadedFile(file.Name, file.FileName, content.ToArray()));
            }
        }

        return new ApiParameters(values, files, uploads);
    }

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? GetString(string name) => _values.TryGetValue(name, out var value) ? AsString(value) : null;

    public long? GetInt64(string name)
    {
        var text = GetString(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw BotApiException.BadRequest($"invalid {name} specified");
    }

    public int? GetInt32(string name) => GetInt64(name) is { } number ? checked((int)number) : null;

    public bool GetBoolean(string name) => GetString(name) is "true" or "True" or "1";

    public T? GetObject<T>(string name)
        where T : class
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return value.ValueKind == JsonValueKind.String
                ? JsonSerializer.Deserialize<T>(value.GetString()!, WireJson.Options)
                : value.Deserialize<T>(WireJson.Options);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest($"can't parse {name} JSON object");
        }
    }

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
