using NeighbourBot.Core.Residents;

namespace NeighbourBot.Dialogs.Signup;

/// <summary>How an address reads in a question: "12 Rue de la Liberté, 21000 Dijon".</summary>
public static class AddressText
{
    public const int MaxTypedLength = 200;

    public static string Describe(ResidentAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (string.IsNullOrWhiteSpace(address.Street))
        {
            return string.IsNullOrWhiteSpace(address.Label) ? address.TypedText : address.Label;
        }

        var street = string.IsNullOrWhiteSpace(address.HouseNumber) ? address.Street : $"{address.HouseNumber} {address.Street}";
        var town = $"{address.PostCode} {address.City}".Trim();
        return town.Length == 0 ? street : $"{street}, {town}";
    }

    /// <summary>The street part only, for "Quel est votre numéro dans la …".</summary>
    public static string Street(ResidentAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var town = $"{address.PostCode} {address.City}".Trim();
        return town.Length == 0 ? address.Street : $"{address.Street}, {town}";
    }
}
