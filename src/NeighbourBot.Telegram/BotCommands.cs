using Telegram.Bot.Types;

namespace NeighbourBot.Telegram;

/// <summary>The command menu residents see in private chats (setMyCommands), in French.</summary>
public static class BotCommands
{
    public static readonly IReadOnlyList<BotCommand> Private =
    [
        new() { Command = "start", Description = "S'inscrire ou reprendre où vous en étiez" },
        new() { Command = "annonce", Description = "Publier une annonce dans votre quartier" },
        new() { Command = "mesannonces", Description = "Voir et gérer vos annonces" },
        new() { Command = "cherche", Description = "Chercher parmi les annonces du quartier" },
        new() { Command = "alerte", Description = "Être prévenu quand une annonce vous intéresse" },
        new() { Command = "resume", Description = "Choisir quand recevoir le résumé des annonces" },
        new() { Command = "moi", Description = "Voir ce que nous savons de vous" },
        new() { Command = "mesdonnees", Description = "Recevoir toutes vos données" },
        new() { Command = "demenager", Description = "Changer d'adresse et de quartier" },
        new() { Command = "supprimer", Description = "Supprimer votre compte et vos données" },
        new() { Command = "parrainer", Description = "Obtenir un code pour inviter un voisin" },
        new() { Command = "aide", Description = "Comment ça marche" },
        new() { Command = "annuler", Description = "Abandonner l'action en cours" },
    ];
}
