namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Everyday objects named in English, as students, newcomers and cross-border neighbours write them ("lend me a drill",
/// "giving away a baby bouncer"), titled in French like the rest of the listings. Same format as <see cref="ObjectLexiconData"/>;
/// read last, so a French word spelled the same (sofa, table, puzzle) keeps its French entry, and matched only as written: an
/// English word one letter from a French one ("curtains" / "certains", "computer" / "compter") is no typo of it. Words that
/// are also French with another meaning ("box", "pan", "scooter", "iron", "freezer" for a fridge's freezing box) are left out.
/// </summary>
internal static class ObjectLexiconEnglishData
{
    public const string Lines = """
couch|canapé|fu
armchair|fauteuil|fu
desk|bureau|fu
bed|lit|fu
bunk bed|lit superposé|fu
mattress|matelas|fu
wardrobe|armoire|fu
bookshelf;bookcase|bibliothèque|fu
shelf;shelves|étagère|fu
chest of drawers|commode|fu
stroller;pram;pushchair|poussette|ki
crib|lit bébé|ki
high chair|chaise haute|ki
baby bouncer;bouncer|transat|ki
car seat|siège auto|ki
baby clothes|vêtement bébé|ki
toy;toys|jouet|ki
school bag;schoolbag|cartable|ki
bike;bicycle|vélo|tr
bike helmet|casque de vélo|tr
bike pump|pompe à vélo|tr
drill|perceuse|dt
ladder|échelle|dt
toolbox|caisse à outils|dt
hammer|marteau|dt
screwdriver|tournevis|dt
lawnmower;lawn mower|tondeuse|gp
fridge|frigo|ap
washing machine|lave-linge|ap
dishwasher|lave-vaisselle|ap
kettle|bouilloire|ap
toaster|grille-pain|ap
vacuum cleaner|aspirateur|ap
laptop|ordinateur portable|mm
computer|ordinateur|mm
printer|imprimante|mm
headphones|casque audio|mm
book;books|livre|bc
novel|roman|bc
clothes|vêtement|cl
coat|manteau|cl
jacket|veste|cl
shoe;shoes|chaussure|cl
boot;boots|botte|cl
dress|robe|cl
umbrella|parapluie|cl
handbag|sac à main|cl
backpack|sac à dos|sl
wallet|portefeuille|ot
purse|porte-monnaie|ot
key;keys|clé|ot
student card|carte d'étudiant|ot
tent|tente|sl
sleeping bag|sac de couchage|sl
board game|jeu de société|sl
kitten|chaton|an|a
puppy|chiot|an|a
dog|chien|an|a
cat|chat|an|a
rabbit|lapin|an|a
lamp|lampe|ho
mirror|miroir|ho
rug|tapis|ho
curtain;curtains|rideau|ho
firewood|bois de chauffage|ho
desk lamp|lampe de bureau|ho
yoga mat|tapis de yoga|sl
electric fan;desk fan|ventilateur|ap
""";
}
