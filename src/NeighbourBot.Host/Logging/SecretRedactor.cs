namespace NeighbourBot.Host.Logging;

/// <summary>Replaces every known secret (the bot token, the webhook secret) in text meant for a log.</summary>
public sealed class SecretRedactor
{
    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        // Short values would redact ordinary words; a Telegram token is ~46 characters, a webhook secret should be long.
        _secrets = [.. secrets.OfType<string>().Where(s => s.Length >= 8).Distinct(StringComparer.Ordinal)];
    }

    public bool IsEmpty => _secrets.Length == 0;

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, "[secret]", StringComparison.Ordinal);
            }

            // The token also appears URL-encoded in request paths (the colon becomes %3A).
            var encoded = Uri.EscapeDataString(secret);
            if (encoded != secret && text.Contains(encoded, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(encoded, "[secret]", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }
}
