using System.Security.Cryptography;
using System.Text;

namespace NeighbourBot.Dialogs.Verification;

/// <summary>Invite codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L).</summary>
public static class InviteCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;

    public static string New()
    {
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            code.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return code.ToString();
    }

    /// <summary>Upper-cases and drops spaces and hyphens; true when what is left has the shape of a code.</summary>
    public static bool TryNormalise(string? text, out string code)
    {
        code = new string((text ?? "").Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
    }
}
