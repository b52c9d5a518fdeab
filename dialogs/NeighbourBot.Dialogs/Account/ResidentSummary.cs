using System.Text;
using NeighbourBot.Core.Residents;
using NeighbourBot.Dialogs.Signup;

namespace NeighbourBot.Dialogs.Account;

/// <summary>/moi: what we hold about the resident, in plain words.</summary>
public static class ResidentSummary
{
    public static string Describe(Resident? resident, string quartierName)
    {
        if (resident is null)
        {
            return "Je n'ai encore rien enregistré sur vous. Tapez /start pour vous inscrire.";
        }

        var text = new StringBuilder("Voici ce que je garde sur vous :\n");
        text.Append("Nom : ").Append(PersonName.Full(resident.FirstName, resident.LastName)).Append('\n');
        if (resident.Address is { } address)
        {
            var shown = address.Street.Length > 0 ? AddressText.Describe(address) : address.TypedText;
            text.Append("Adresse : ").Append(shown).Append(" (vos voisins ne la voient pas)\n");
        }

        text.Append("Quartier : ").Append(quartierName.Length > 0 ? quartierName : "pas encore attribué").Append('\n');
        text.Append("Vérification : ").Append(Level(resident));
        return text.ToString();
    }

    private static string Level(Resident resident) => resident.Verification switch
    {
        VerificationLevel.Verified => "vérifiée " + Method(resident.VerificationMethod) + " : vous pouvez lire, répondre et publier.",
        VerificationLevel.Address => "adresse vérifiée : vous pouvez lire et répondre ; pour publier, il reste une étape (tapez /start).",
        VerificationLevel.Pending => "en cours : votre adresse attend encore d'être vérifiée.",
        _ => "pas encore commencée.",
    };

    private static string Method(VerificationMethod method) => method switch
    {
        VerificationMethod.Location => "par votre position",
        VerificationMethod.Vouch => "par le parrainage d'un voisin",
        VerificationMethod.Moderator => "par un modérateur",
        _ => "",
    };
}
