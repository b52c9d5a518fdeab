namespace NeighbourBot.Language.Parsing;

/// <summary>
/// General French vocabulary of objects people give, sell, lend or lose: "surface;surface|title|category[|flags]".
/// Surfaces are folded (no accents); plurals are matched through the singular. Flags: c = container whose contents
/// name the item (sac de…, pot de…), g = garden prefix (plant de…, graine de…), a = animal, k = for kids.
/// </summary>
internal static class ObjectLexiconData
{
    public const string Lines = """
canape;divan;sofa;banquette|canapé|fu
clic-clac;clic clac|clic-clac|fu
canape d angle|canapé d'angle|fu
canape convertible|canapé convertible|fu
canape clic-clac;canape clic clac|canapé clic-clac|fu
fauteuil|fauteuil|fu
pouf|pouf|fu
table|table|fu
table basse|table basse|fu
table pliante|table pliante|fu
table de chevet;chevet|table de chevet|fu
table de nuit|table de nuit|fu
table a manger|table à manger|fu
table de salle a manger|table de salle à manger|fu
table ronde|table|fu
chaise|chaise|fu
chaise de bureau;siege de bureau|chaise de bureau|fu
fauteuil de bureau|fauteuil de bureau|fu
tabouret|tabouret|fu
lit|lit|fu
lit mezzanine;mezzanine|lit mezzanine|fu
lit superpose|lit superposé|fu
lit double|lit double|fu
lit simple|lit simple|fu
matelas|matelas|fu
sommier|sommier|fu
armoire;garde-robe;penderie|armoire|fu
armoire normande|armoire normande|fu
armoire metallique|armoire métallique|fu
bureau|bureau|fu
bureau d angle|bureau d'angle|fu
buffet|buffet|fu
bahut|bahut|fu
commode|commode|fu
bibliotheque;etagere bibliotheque|bibliothèque|fu
etagere|étagère|fu
meuble tv;meuble tele;meuble television;table tv;table tele;table television;table de tele|meuble tv|fu
meuble|meuble|fu
caisson|caisson|fu
vaisselier|vaisselier|fu
console d entree|console|fu
dressing|dressing|fu
coiffeuse|coiffeuse|fu
secretaire|secrétaire|fu
canape-lit|canapé-lit|fu
futon|futon|fu
tete de lit|tête de lit|fu
miroir|miroir|ho
frigo;refrigerateur;frigidaire|frigo|ap
mini frigo;mini-frigo;petit frigo|mini frigo|ap
frigo top;refrigerateur top|frigo top|ap
congelateur|congélateur|ap
congelateur coffre|congélateur coffre|ap
machine a laver;laveuse|machine à laver|ap
lave-linge;lave linge|lave-linge|ap
lave-vaisselle;lave vaisselle|lave-vaisselle|ap
seche-linge;secheuse;seche linge|sèche-linge|ap
micro-onde;micro onde;microonde|micro-ondes|ap
four|four|ap
mini-four;mini four|mini-four|ap
cuisiniere|cuisinière|ap
plaque de cuisson;plaque induction;plaque electrique|plaque de cuisson|ap
hotte|hotte|ap
aspirateur;aspi|aspirateur|ap
aspirateur traineau|aspirateur traîneau|ap
aspirateur robot|aspirateur robot|ap
fer a repasser|fer à repasser|ap
centrale vapeur|centrale vapeur|ap
bouilloire|bouilloire|ap
grille-pain;grille pain|grille-pain|ap
cafetiere|cafetière|ap
machine a cafe;machine a expresso;senseo;nespresso;dolce gusto|machine à café|ap
robot;robot menager;robot patissier;blender;mixeur|robot de cuisine|ap
thermomix;robot cuiseur;monsieur cuisine|robot cuiseur|ap
kallax|étagère|fu
bouchon de liege;bouchon en liege|bouchon de liège|ho
canape cuir;canape en cuir|canapé en cuir|fu
parc pour chiot;parc a chiot;enclos pour chiot|parc pour chiot|an
cage pour perruche;cage pour oiseau;cage a perruche|cage à oiseaux|an
broyeuse;broyeuse de vegetaux;broyeuse a vegetaux|broyeur de végétaux|gp
machine a coudre|machine à coudre|ap
appareil a raclette;machine a raclette;raclette|appareil à raclette|ap
appareil a fondue;service a fondue|appareil à fondue|ap
crepiere|crêpière|ap
appareil a crepe;machine a crepe|appareil à crêpes|ap
gaufrier|gaufrier|ap
friteuse|friteuse|ap
poele a bois|poêle à bois|ap
poele a granule|poêle à granulés|ap
radiateur;chauffage d appoint;radiateur electrique|radiateur|ap
climatiseur;clim|climatiseur|ap
ventilateur|ventilateur|ap
deshumidificateur|déshumidificateur|ap
yaourtiere|yaourtière|ap
machine a pain|machine à pain|ap
cuiseur|cuiseur|ap
plancha|plancha|ap
tele;televiseur;television;tv;tele samsung|télé|mm
ordinateur;ordi;pc|ordinateur|mm
ordinateur portable;ordi portable;pc portable;laptop|ordinateur portable|mm
ecran|écran|mm
ecran pc;moniteur|écran pc|mm
ecran d ordinateur;ecran d ordi|écran d'ordinateur|mm
imprimante|imprimante|mm
clavier d ordinateur|clavier|mm
souris d ordinateur|souris|mm
tablette;ipad|tablette|mm
liseuse;kindle|liseuse|mm
telephone;portable;natel|téléphone|mm
smartphone;iphone;samsung galaxy;galaxy;ancien tel;vieux tel;vieil tel|smartphone|mm
console;console de jeu;ps4;ps5;ps3;playstation;play station;play 2;play 3;play 4;play 5;xbox;wii;switch;nintendo switch;nintendo;game boy;ds|console de jeux|mm
manette|manette|mm
jeu video|jeu vidéo|mm
barre de son|barre de son|mm
enceinte;enceinte bluetooth|enceinte|mm
chaine hifi;chaine hi-fi;hifi|chaîne hi-fi|mm
casque audio|casque audio|mm
ecouteur|écouteurs|mm
appareil photo|appareil photo|mm
camescope|caméscope|mm
videoprojecteur;projecteur|vidéoprojecteur|mm
cable|câble|mm
cable hdmi|câble hdmi|mm
chargeur|chargeur|mm
adaptateur|adaptateur|mm
adaptateur usb-c;adaptateur usb-c hdmi|adaptateur usb-c hdmi|mm
cle usb|clé usb|mm
disque dur|disque dur|mm
box internet|box internet|mm
radio|radio|mm
poste radio;poste de radio|poste radio|mm
platine;platine vinyle|platine vinyle|mm
lecteur dvd|lecteur dvd|mm
gps|gps|mm
vetement|vêtement|cl
vetement femme|vêtement femme|cl
vetement homme|vêtement homme|cl
vetement chaud|vêtement chaud|cl
vetement de grossesse|vêtement de grossesse|cl
manteau|manteau|cl
manteau d hiver|manteau d'hiver|cl
veste|veste|cl
blouson|blouson|cl
doudoune|doudoune|cl
pull|pull|cl
robe|robe|cl
robe de mariee|robe de mariée|cl
robe de soiree|robe de soirée|cl
jupe|jupe|cl
pantalon|pantalon|cl
jean;jeans|jean|cl
chemise|chemise|cl
tee-shirt;t-shirt;tshirt|tee-shirt|cl
costume|costume|cl
costume de pere noel;deguisement de pere noel|costume de père noël|cl
tailleur|tailleur|cl
chaussure|chaussure|cl
basket|baskets|cl
botte|botte|cl
bottine|bottine|cl
escarpin|escarpin|cl
sandale|sandale|cl
tong|tongs|cl
chaussure de securite|chaussure de sécurité|cl
chaussure de randonnee|chaussure de randonnée|cl
chaussure de ski|chaussure de ski|sl
sac a main;sac main|sac à main|cl
ceinture|ceinture|cl
bijou|bijou|cl
bague|bague|cl
collier|collier|cl
bracelet|bracelet|cl
boucle d oreille|boucle d'oreille|cl
montre|montre|cl
echarpe|écharpe|cl
bonnet;tuque|bonnet|cl
gant|gant|cl
moufle;mitaine|moufle|cl
chapeau|chapeau|cl
casquette|casquette|cl
parapluie|parapluie|cl
lit bebe;lit a barreaux|lit bébé|ki
lit parapluie|lit parapluie|ki
poussette|poussette|ki
poussette canne|poussette canne|ki
poussette double|poussette double|ki
poussette trio|poussette trio|ki
porte-bebe;porte bebe|porte-bébé|ki
siege auto;siege-auto;cosy|siège auto|ki
rehausseur|rehausseur|ki
chaise haute|chaise haute|ki
baignoire bebe|baignoire bébé|ki
baignoire pliable|baignoire pliable|ki
transat|transat|ki
tapis d eveil|tapis d'éveil|ki
table a langer|table à langer|ki
parc bebe;parc pour bebe|parc bébé|ki
babyphone;ecoute-bebe|babyphone|ki
biberon|biberon|ki
jouet|jouet|ki
doudou|doudou|ki
doudou lapin|doudou lapin|ki
peluche|peluche|ki
lego;legos|lego|ki
lego duplo;duplo|lego duplo|ki
playmobil|playmobil|ki
poupee|poupée|ki
deguisement|déguisement|ki
deguisement enfant|déguisement enfant|ki
cartable|cartable|ki
velo enfant|vélo enfant|ki
draisienne|draisienne|ki
trottinette enfant|trottinette enfant|ki
vetement bebe|vêtement bébé|ki
vetement enfant|vêtement enfant|ki
vetement fille|vêtement fille|ki
vetement garcon|vêtement garçon|ki
veste de pluie|veste de pluie|ki
gant de ski|gant de ski|sl
kit de jardinage|kit de jardinage enfant|ki
petit pot|petit pot|ki
livre;tome|livre|bc
housse|housse|ho
classeur|classeur|bc
livre de cuisine|livre de cuisine|bc
livre de poche|livre de poche|bc
livre en espagnol|livre en espagnol|bc
roman|roman|bc
polar|polar|bc
bd;bande dessinee;comics|bd|bc
manga|manga|bc
magazine|magazine|bc
revue|revue|bc
magazine de cuisine|magazine de cuisine|bc
encyclopedie|encyclopédie|bc
dictionnaire|dictionnaire|bc
manuel scolaire;manuel|manuel scolaire|bc
code civil|code civil|bc
cd|cd|bc
dvd;blu-ray|dvd|bc
vinyle;33 tours;disque vinyle|vinyle|bc
disque|disque|bc
billet;ticket|billet|bc
billet de concert;billet concert|billet de concert|bc
place de concert;place concert|place de concert|bc
place de cinema;place de cine;billet de cinema|place de cinéma|bc
piano|piano|bc
piano droit|piano droit|bc
piano numerique;clavier numerique|piano numérique|bc
synthetiseur;synthe|synthétiseur|bc
guitare|guitare|bc
guitare folk|guitare folk|bc
guitare electrique|guitare électrique|bc
guitare classique|guitare classique|bc
violon|violon|bc
flute|flûte|bc
batterie electronique|batterie électronique|bc
ukulele|ukulélé|bc
accordeon|accordéon|bc
ampli;amplificateur|ampli|bc
accordeur|accordeur|bc
partition|partition|bc
perceuse;foreuse|perceuse|dt
perforateur|perforateur|dt
perceuse a percussion|perceuse à percussion|dt
perceuse-visseuse;perceuse visseuse|perceuse-visseuse|dt
visseuse|visseuse|dt
scie|scie|dt
scie circulaire|scie circulaire|dt
scie sauteuse|scie sauteuse|dt
tronconneuse|tronçonneuse|gp
ponceuse|ponceuse|dt
ponceuse a parquet|ponceuse à parquet|dt
meuleuse|meuleuse|dt
echelle|échelle|dt
escabeau|escabeau|dt
diable;chariot|diable|dt
chariot de marche;chariot de course;chariot a course;caddie de marche|chariot de marché|ho
rallonge|rallonge|dt
rallonge electrique|rallonge électrique|dt
treteau|tréteau|dt
niveau a bulle|niveau à bulle|dt
caisse a outil;outil|caisse à outils|dt
boite a outil;coffret a outil|boîte à outils|dt
marteau|marteau|dt
tournevis|tournevis|dt
cle a molette|clé à molette|dt
fer a souder|fer à souder|dt
coupe-carreau;coupe carreau|coupe-carreau|dt
nettoyeur haute pression;karcher|nettoyeur haute pression|dt
nettoyeur vapeur|nettoyeur vapeur|ap
etabli|établi|dt
compresseur|compresseur|dt
decapeur thermique|décapeur thermique|dt
aspirateur de chantier|aspirateur de chantier|dt
serre-joint|serre-joint|dt
coffret de meche;meche|coffret de mèches|dt
lame de scie;lame|lame de scie|dt
agrafeuse murale|agrafeuse|dt
tondeuse;tondeuse a gazon|tondeuse|gp
tondeuse thermique|tondeuse thermique|gp
tondeuse electrique|tondeuse électrique|gp
taille-haie;taille haie|taille-haie|gp
taille-haie electrique;taille haie electrique|taille-haie électrique|gp
debroussailleuse|débroussailleuse|gp
broyeur;broyeur de vegetaux|broyeur de végétaux|gp
motoculteur|motoculteur|gp
souffleur|souffleur|gp
chasse-neige;fraise a neige|chasse-neige|gp
secateur|sécateur|gp
brouette|brouette|gp
arrosoir|arrosoir|gp
tuyau d arrosage|tuyau d'arrosage|gp
beche|bêche|gp
pelle|pelle|gp
rateau|râteau|gp
binette|binette|gp
salon de jardin|salon de jardin|gp
table de jardin|table de jardin|gp
chaise de jardin|chaise de jardin|gp
barbecue;bbq|barbecue|gp
parasol|parasol|gp
parasol deporte|parasol déporté|gp
voile d ombrage|voile d'ombrage|gp
grillage|grillage|gp
jardiniere|jardinière|gp
composteur|composteur|gp
plante|plante|gp
plante d interieur;plante verte|plante d'intérieur|gp
plante grasse;cactus;succulente|plante grasse|gp
plant|plant|gp|g
plant de tomate|plant de tomate|gp
plant de framboisier;framboisier|plant de framboisier|gp
bouture|bouture|gp|g
bouture de monstera|bouture de monstera|gp
monstera|monstera|gp
graine|graine|gp|g
graine de tomate|graine de tomate|gp
semis|semis|gp|g
arbuste|arbuste|gp
arbre fruitier|arbre fruitier|gp
fleur|fleur|gp
bulbe|bulbe|gp
terreau|terreau|gp
sac de terreau|sac de terreau|gp
compost|compost|gp
fumier|fumier|gp
fumier de cheval|fumier de cheval|gp
pot en terre cuite|pot en terre cuite|gp
pot de fleur;pot a fleur|pot de fleurs|gp
pothos;tradescantia;pilea;ficus;sansevieria|plante d'intérieur|gp
calathea|calathea|gp
fougere|fougère|gp
orchidee|orchidée|gp
courgette|courgette|fo
tomate|tomate|fo
poivron|poivron|fo
pomme|pomme|fo
poire|poire|fo
prune;mirabelle|prune|fo
cerise|cerise|fo
fraise|fraise|fo
abricot|abricot|fo
peche|pêche|fo
raisin|raisin|fo
raisin de table|raisin de table|fo
cerneau;cerneau de noix;noix cerneau|cerneaux de noix|fo
noix|noix|fo
potiron|potiron|fo
citrouille|citrouille|fo
courge|courge|fo
legume|légume|fo
fruit|fruit|fo
panier de legume|panier de légumes|fo
salade;laitue|salade|fo
pomme de terre;patate|pomme de terre|fo
carotte|carotte|fo
rhubarbe|rhubarbe|fo
oeuf|œuf|fo
miel|miel|fo
confiture|confiture|fo
confiture maison|confiture maison|fo
pain|pain|fo
baguette|baguette|fo
gateau|gâteau|fo
soupe|soupe|fo
veloute|velouté|fo
veloute de potiron|velouté de potiron|fo
conserve|conserve|fo
grains de kefir;kefir;grain de kefir|grains de kéfir|fo
grains de kefir de lait;kefir de lait|grains de kéfir de lait|fo
levain|levain|fo
farine|farine|fo
pate;pates|pâtes|fo
riz|riz|fo
cafe|café|fo
the|thé|fo
vin;bouteille de vin|bouteille de vin|fo
biere|bière|fo
eau petillante;eau|eau|fo
pack d eau;pack d eau petillante|pack d'eau pétillante|fo
lait|lait|fo
fromage|fromage|fo
chocolat|chocolat|fo
bonbon|bonbon|fo
repas|repas|fo
plat|plat|fo
champignon|champignon|fo
chat;chatte;matou|chat|an|a
chaton|chaton|an|a
chien;chienne;toutou|chien|an|a
chiot|chiot|an|a
lapin|lapin|an|a
lapin nain|lapin nain|an|a
cochon d inde;cobaye|cochon d'inde|an|a
hamster|hamster|an|a
rat|rat|an|a
souris|souris|an|a
furet|furet|an|a
perruche|perruche|an|a
perroquet|perroquet|an|a
canari|canari|an|a
oiseau|oiseau|an|a
poule|poule|an|a
poule pondeuse|poule pondeuse|an|a
coq|coq|an|a
canard|canard|an|a
tortue|tortue|an|a
poisson rouge|poisson rouge|an|a
poisson|poisson|an|a
cheval|cheval|an|a
cheval de selle|cheval de selle|an|a
poney|poney|an|a
chevre|chèvre|an|a
mouton|mouton|an|a
aquarium|aquarium|an
terrarium|terrarium|an
cage|cage|an
cage a oiseau|cage à oiseaux|an
cage de transport;caisse de transport|cage de transport|an
cage pour rongeur;cage pour lapin;cage pour cochon d inde;cage a cochon d inde;cage pour hamster|cage pour rongeur|an
cage a hamster|cage à hamster|an
poulailler|poulailler|an
niche|niche|an
croquette;croquettes pour chat|croquettes pour chat|an
foin|foin|an
botte de foin|botte de foin|an
ballot de paille|ballot de paille|an
botte de paille|botte de paille|an
ballot de foin|ballot de foin|an
litiere|litière|an
arbre a chat|arbre à chat|an
laisse|laisse|an
gamelle|gamelle|an
panier pour chien;panier pour chat|panier pour animal|an
velo d appartement|vélo d'appartement|sl
rameur|rameur|sl
tapis de course|tapis de course|sl
banc de musculation;banc de muscu|banc de musculation|sl
haltere|haltère|sl
ski|ski|sl
snowboard|snowboard|sl
tente|tente|sl
sac de couchage|sac de couchage|sl
matelas gonflable|matelas gonflable|ho
sac a dos|sac à dos|sl
raquette;raquette de tennis|raquette|sl
ballon;ballon de foot|ballon de foot|sl
ballon de basket|ballon de basket|sl
ballon de hand;ballon de handball|ballon de hand|sl
table de ping-pong;table de ping pong;ping-pong|table de ping-pong|sl
patin;roller;patins a roulette|roller|sl
patin a glace|patins à glace|sl
skate;skateboard|skate|sl
jeu de societe;jeux de societe|jeu de société|sl
puzzle|puzzle|sl
jeu|jeu|sl|j
carte a jouer;jeu de carte|jeu de cartes|sl
laine|laine|sl
pelote;pelote de laine|pelote de laine|sl
laine de mouton|laine de mouton|sl
tissu|tissu|sl
chute de tissu|chute de tissu|sl
mercerie|mercerie|sl
materiel de peinture;toile|matériel de peinture|sl
chevalet|chevalet|sl
telescope|télescope|sl
kayak;canoe|kayak|sl
paddle|paddle|sl
planche de surf;surf|planche de surf|sl
canne a peche|canne à pêche|sl
materiel de camping|matériel de camping|sl
glaciere|glacière|sl
vaisselle|vaisselle|ho
assiette|assiette|ho
verre|verre|ho
tasse;mug|tasse|ho
couvert|couverts|ho
casserole|casserole|ho
poele|poêle|ho
marmite|marmite|ho
cocotte|cocotte|ho
faitout|faitout|ho
ustensile de cuisine|ustensile de cuisine|ho
ampoule;ampoule led|ampoule|ho
lampe|lampe|ho
luminaire|luminaire|ho
lampadaire|lampadaire|ho
applique|applique|ho
suspension|suspension|ho
rideau|rideau|ho
rideau occultant|rideau occultant|ho
voilage|voilage|ho
store|store|ho
tapis|tapis|ho
cintre|cintre|ho
bocal;bocaux|bocal|ho
bocal en verre|bocal en verre|ho
pot de confiture vide;pot vide|pot de confiture vide|ho
bouteille|bouteille|ho
bouteille vide|bouteille vide|ho
carton de demenagement|carton de déménagement|ho
carton|carton|ho|k
boite|boîte|ho
boite a chaussure|boîte à chaussures|ho
cadre;cadre photo|cadre|ho
tableau|tableau|ho
linge de maison|linge de maison|ho
linge|linge|ho
bibelot|bibelot|ho
drap|drap|ho
housse de couette|housse de couette|ho
couette|couette|ho
oreiller|oreiller|ho
couverture|couverture|ho
plaid|plaid|ho
serviette|serviette|ho
decoration;deco|décoration|ho
sapin;sapin de noel|sapin de noël|gp
bois de chauffage;bois de chauffe;buche|bois de chauffage|ho
vase|vase|ho
panier|panier|ho
valise|valise|ot
gonfleur;gonfleur electrique|gonfleur électrique|ho
horloge;pendule|horloge|ho
poubelle|poubelle|ho
etendoir;sechoir|étendoir|ho
planche a repasser|planche à repasser|ho
caisse|caisse|ho
cagette|cagette|fo|c
cageot|cageot|fo|c
barquette|barquette|fo|c
peinture;pot de peinture|pot de peinture|bm
placo;plaque de placo;ba13|plaque de placo|bm
plaque de platre|plaque de plâtre|bm
carrelage;carreau|carrelage|bm
parquet;parquet flottant|parquet flottant|bm
paquet de parquet;paquet de parquet flottant|paquet de parquet flottant|bm
tuile|tuile|bm
tuile canal|tuile canal|bm
tuile plate|tuile plate|bm
ciment;beton|ciment|bm
platre|plâtre|bm
parpaing|parpaing|bm
brique|brique|bm
pave|pavé|bm
palette;palette en bois|palette en bois|bm
bois de palette|bois de palette|bm
chute de bois|chute de bois|bm
planche|planche|bm
plaque d isolant;plaque isolante|plaque d'isolant|bm
plaque de polystyrene|plaque de polystyrène|bm
plaque 2 feux;plaque deux feux;plaque 4 feux;plaque quatre feux|plaque de cuisson|ap
bois|bois|bm
lino|lino|bm
moquette|moquette|bm
clou|clou|bm
vis|vis|bm
papier peint|papier peint|bm
isolant;laine de verre|isolant|bm
fenetre|fenêtre|bm
velo;bicyclette|vélo|tr
vtc|vtc|tr
velo electrique;vae;velo elec|vélo électrique|tr
velo de course|vélo de course|tr
vtt|vtt|tr
trottinette|trottinette|tr
trottinette electrique;trottinette elec|trottinette électrique|tr
scooter|scooter|tr
moto|moto|tr
voiture;clio;twingo;peugeot;renault;citadine;206;208;polo;golf;auto;bagnole;char|voiture|tr
pneu|pneu|tr
pneu neige|pneu neige|tr
jante;jante alu|jante alu|tr
remorque|remorque|tr
coffre de toit|coffre de toit|tr
barre de toit|barre de toit|tr
porte-velo;porte velo|porte-vélo|tr
casque de velo;casque velo|casque de vélo|tr
antivol|antivol|tr
siege enfant velo|siège vélo enfant|tr
cle;clef|clé|ot
trousseau|trousseau de clés|ot
trousseau de cle;trousseau de clef|trousseau de clés|ot
portefeuille;porte-feuille|portefeuille|ot
porte-monnaie|porte-monnaie|ot
carte bancaire;cb;carte bleue|carte bancaire|ot
carte vitale|carte vitale|ot
carte d identite|carte d'identité|ot
carte de bus;pass;carte de transport|carte de bus|ot
papier|papiers|ot
passeport|passeport|ot
lunette;lunettes de vue|lunettes de vue|ot
lunettes de soleil|lunettes de soleil|ot
sac|sac|ot|c
colis;paquet|colis|ot
place de garage;garage|place de garage|ot
place de parking;parking|place de parking|ot
tensiometre|tensiomètre|ot
fauteuil roulant|fauteuil roulant|ot
deambulateur|déambulateur|ot
bequille|béquilles|ot
pot|pot|ho|c
lot|lot|ot|t
banc;banquette de salon|banc|fu
chaise longue;transat de jardin;bain de soleil|chaise longue|gp
rocking-chair;fauteuil a bascule|fauteuil à bascule|fu
meuble a chaussure;range-chaussure;meuble chaussure|meuble à chaussures|fu
porte-manteau;portemanteau|porte-manteau|fu
paravent|paravent|fu
tablette murale;console murale|étagère|fu
lit pliant;lit d appoint|lit d'appoint|fu
lit enfant|lit enfant|ki
matelas bebe|matelas bébé|ki
plaque vitroceramique;plaque gaz|plaque de cuisson|ap
gaziniere|gazinière|ap
refrigerateur americain;frigo americain|frigo américain|ap
cave a vin|cave à vin|ap
extracteur de jus;centrifugeuse|extracteur de jus|ap
mixeur plongeant|mixeur|ap
batteur;fouet electrique|batteur|ap
balance de cuisine|balance de cuisine|ho
seche-cheveux;seche cheveux|sèche-cheveux|ap
lisseur|lisseur|ap
fer a lisser|fer à lisser|ap
tondeuse a cheveux|tondeuse à cheveux|ap
purificateur d air|purificateur d'air|ap
chauffe-eau;ballon d eau chaude|chauffe-eau|ap
nettoyeur vapeur|nettoyeur vapeur|ap
robot aspirateur|aspirateur robot|ap
imprimante 3d|imprimante 3d|mm
appareil photo reflex;reflex|appareil photo reflex|mm
objectif|objectif photo|mm
drone|drone|mm
montre connectee|montre connectée|cl
home cinema|home cinéma|mm
decodeur|décodeur|mm
routeur;modem|routeur|mm
webcam|webcam|mm
micro|micro|mm
casque vr|casque vr|mm
manette de jeu|manette|mm
gilet|gilet|cl
sweat;sweat-shirt;hoodie|sweat|cl
short|short|cl
legging|legging|cl
pyjama|pyjama|cl
maillot de bain|maillot de bain|cl
chaussette|chaussette|cl
collant|collant|cl
cravate|cravate|cl
foulard|foulard|cl
impermeable;k-way|imperméable|cl
parka;anorak|parka|cl
combinaison de ski|combinaison de ski|sl
body;bodies|body|ki
bavoir|bavoir|ki
grenouillere|grenouillère|ki
gigoteuse;turbulette|gigoteuse|ki
sac a langer|sac à langer|ki
chancelier|transat|ki
transat bebe|transat bébé|ki
transat de plage|transat de plage|sl
trotteur|trotteur|ki
youpala|youpala|ki
tricycle|tricycle|ki
velo d enfant|vélo enfant|ki
cuisine enfant;cuisine jouet|cuisine enfant|ki
dinette|dînette|ki
puzzle enfant|puzzle enfant|ki
livre enfant;livre pour enfant;album jeunesse|livre enfant|ki
maison de poupee|maison de poupée|ki
circuit de voiture;petite voiture|petite voiture|ki
jouet en bois|jouet en bois|ki
console enfant;vtech|jouet électronique|ki
roman jeunesse|livre|bc
livre scolaire|manuel scolaire|bc
guide de voyage;guide touristique|guide de voyage|bc
timbre|timbre|sl
carte postale|carte postale|bc
jeu de construction|jeu de construction|ki
partition de musique|partition|bc
batterie|batterie|bc
saxophone|saxophone|bc
trompette|trompette|bc
clarinette|clarinette|bc
trombone|trombone|bc
harpe|harpe|bc
violoncelle|violoncelle|bc
contrebasse|contrebasse|bc
pupitre|pupitre|bc
marteau piqueur|marteau-piqueur|dt
defonceuse|défonceuse|dt
rabot|rabot|dt
cle dynamometrique|clé dynamométrique|dt
cric|cric|dt
cable de demarrage;cable pour batterie|câble de démarrage|tr
chargeur de batterie|chargeur de batterie|tr
tondeuse robot|tondeuse robot|gp
scarificateur|scarificateur|gp
pulverisateur|pulvérisateur|gp
recuperateur d eau|récupérateur d'eau|gp
cuve;cuve de recuperation;cuve de recuperation d eau;cuve a eau|cuve de récupération d'eau|gp
bac a fleur;jardiniere|jardinière|gp
serre|serre|gp
hamac|hamac|gp
balancoire|balançoire|gp
toboggan|toboggan|gp
trampoline|trampoline|gp
piscine gonflable;piscine|piscine|gp
salade|salade|fo
laitue|laitue|fo
mache|mâche|fo
haricot|haricot|fo
concombre|concombre|fo
aubergine|aubergine|fo
oignon|oignon|fo
echalote|échalote|fo
ail|ail|fo
citron|citron|fo
orange|orange|fo
clementine|clémentine|fo
coing|coing|fo
figue|figue|fo
kiwi|kiwi|fo
melon;pasteque|melon|fo
noisette|noisette|fo
amande|amande|fo
chataigne|châtaigne|fo
herbe aromatique|herbe aromatique|fo
basilic|basilic|fo
persil|persil|fo
menthe|menthe|fo
ciboulette|ciboulette|fo
thym|thym|fo
romarin|romarin|fo
compote|compote|fo
sirop|sirop|fo
jus de pomme;jus|jus de fruit|fo
conserve maison|conserve|fo
lait infantile|lait infantile|ki
petit pot bebe|petit pot|ki
couche;couches|couche|ki
croquette pour chien;croquette pr chien|croquettes pour chien|an
patee|pâtée|an
sac de transport;sac de transport pour chat|sac de transport|an
griffoir|griffoir|an
clapier|clapier|an
cage a lapin|cage à lapin|an
graine pour oiseau|graines pour oiseaux|an
velo elliptique;elliptique|vélo elliptique|sl
home trainer|home trainer|sl
kettlebell|kettlebell|sl
tapis de yoga|tapis de yoga|sl
luge|luge|sl
bob;bobsleigh|bob|sl
raquette a neige|raquette à neige|sl
baton de marche|bâton de marche|sl
baton de ski|bâton de ski|sl
sac de sport|sac de sport|cl
gant de boxe|gant de boxe|sl
velo de route|vélo de course|tr
planche a voile|planche à voile|sl
combinaison neoprene|combinaison néoprène|sl
kit de couture|kit de couture|sl
machine a tricoter|machine à tricoter|sl
perle;perles|perles|sl
peinture acrylique|matériel de peinture|sl
pinceau|pinceau|sl
jeu de cartes|jeu de cartes|sl
echiquier;jeu d echecs|jeu d'échecs|sl
coussin|coussin|ho
plaid|plaid|ho
nappe|nappe|ho
torchon|torchon|ho
parure de lit|parure de lit|ho
couette|couette|ho
oreiller|oreiller|ho
tapis de bain|tapis de bain|ho
boite de rangement;caisse de rangement;bac de rangement|boîte de rangement|ho
panier a linge|panier à linge|ho
etagere de rangement|étagère|fu
plateau|plateau|ho
theiere|théière|ho
service de table|service de table|ho
service a the|service à thé|ho
service a cafe|service à café|ho
service de vaisselle|service de vaisselle|ho
verre a vin|verre à vin|ho
flute a champagne|flûte à champagne|ho
moule a gateau;moule|moule à gâteau|ho
saladier|saladier|ho
lampe de chevet|lampe de chevet|ho
guirlande|guirlande|ho
guirlande lumineuse|guirlande lumineuse|ho
decoration de noel|décoration de noël|ho
bougie|bougie|ho
photophore|photophore|ho
poele a frire|poêle|ho
cocotte-minute|cocotte-minute|ho
autocuiseur|autocuiseur|ho
bouteille de gaz|bouteille de gaz|ho
granule;pellet|granulés de bois|ho
fioul|fioul|ho
sac de ciment|sac de ciment|bm
enduit|enduit|bm
sable|sable|bm
gravier|gravier|bm
dalle|dalle|bm
plinthe|plinthe|bm
poutre|poutre|bm
tasseau|tasseau|bm
panneau de bois|panneau de bois|bm
osb;panneau osb|panneau osb|bm
contreplaque|contreplaqué|bm
lambris|lambris|bm
baignoire|baignoire|bm
lavabo;vasque|lavabo|bm
evier|évier|bm
robinet|robinet|bm
radiateur en fonte|radiateur|bm
porte d entree;porte interieure|porte|bm
volet|volet|bm
fenetre pvc|fenêtre|bm
gouttiere|gouttière|bm
vtt electrique|vélo électrique|tr
velo cargo|vélo cargo|tr
velo pliant|vélo pliant|tr
remorque velo;remorque a velo|remorque vélo|tr
remorque de velo|remorque de vélo|tr
siege velo;siege enfant pour velo|siège vélo enfant|tr
sacoche de velo|sacoche de vélo|tr
sacoche|sacoche|cl
pompe a velo|pompe à vélo|tr
chambre a air|chambre à air|tr
casque moto|casque moto|tr
casque|casque|tr
autoradio|autoradio|tr
barre de toit|barre de toit|tr
chaine neige;chaines neige|chaînes neige|tr
attelage|attelage|tr
camping-car;caravane|caravane|tr
cles;cle de maison|clé|ot
sac a dos enfant|cartable|ki
badge|badge|ot
telecommande|télécommande|mm
fauteuil releveur|fauteuil releveur|fu
lit medicalise|lit médicalisé|ot
chaise percee|chaise percée|ot
canne anglaise|béquilles|ot
bequilles|béquilles|ot
valise cabine|valise cabine|ot
sac de voyage|sac de voyage|ot
malle|malle|ot
parapluie|parapluie|cl
livre de recette|livre de cuisine|bc
vinyle 45 tours|vinyle|bc
cassette;k7|cassette|bc
magazine de deco|magazine|bc
carte de bibliotheque|carte de bibliothèque|ot
ours en peluche;nounours|peluche|ki
cuillere;petite cuillere|cuillère|ho
fourchette|fourchette|ho
spatule|spatule|ho
presse-ail;presse ail|presse-ail|ho
decapsuleur|décapsuleur|ho
casse-noix;casse noix|casse-noix|ho
minuteur|minuteur|ho
boite a oeuf|boîte à œufs|ho
gant de cuisine;gant de four|gant de cuisine|ho
moulin a poivre|moulin à poivre|ho
moulin a sel|moulin à sel|ho
film alimentaire|film alimentaire|ho
papier aluminium;papier alu|papier aluminium|ho
sac poubelle;sac-poubelle|sac-poubelle|ho
essuie-tout;essuie tout|essuie-tout|ho
papier toilette;papier wc;papier hygienique|papier toilette|ho
mouchoir|mouchoir|ho
eponge|éponge|ho
lessive|lessive|ho
produit menager|produit ménager|ho
savon|savon|ho
gel douche|gel douche|ho
shampoing;shampooing|shampoing|ho
dentifrice|dentifrice|ho
brosse a dent|brosse à dents|ho
trousse de toilette|trousse de toilette|cl
serviette hygienique|serviette hygiénique|ho
diffuseur d huile essentielle;diffuseur|diffuseur d'huiles essentielles|ho
detecteur de fumee|détecteur de fumée|ho
trousse de secours|trousse de secours|ho
tote bag;tote-bag|tote bag|cl
boule a facette;boule disco|boule à facettes|ho
ballon de baudruche;ballon gonflable|ballon de baudruche|ho
bouteille d helium;bonbonne d helium|bouteille d'hélium|ho
decoration de mariage;deco de mariage|décoration de mariage|ho
vaisselle jetable|vaisselle jetable|ho
piege a souris;tapette a souris|piège à souris|ho
piege a rat|piège à rats|ho
raquette anti-moustique;raquette electrique|raquette anti-moustiques|ho
ciseau|ciseaux|ho
ruban led;bande led|ruban led|ho
ombrelle|ombrelle|cl
eventail|éventail|cl
santon;santon de provence|santon|ho
creche provencale|crèche provençale|ho
pied de sapin;support de sapin|pied de sapin|ho
chaussette de noel|chaussette de noël|ho
decoration d halloween;deco halloween;deco d halloween|décoration d'halloween|ho
boule de gui;branche de gui|gui|gp
houx|houx|gp
poinsettia|poinsettia|gp
percolateur|percolateur|ap
mousseur a lait;mousseur de lait|mousseur à lait|ap
piano de cuisson|piano de cuisson|ap
cuisiniere a gaz|cuisinière à gaz|ap
table de cuisson|table de cuisson|ap
plaque chauffante|plaque chauffante|ap
chauffe-plat;chauffe plat|chauffe-plat|ap
radiateur soufflant;chauffage soufflant|radiateur soufflant|ap
radiateur a huile|radiateur bain d'huile|ap
cheminee ethanol;cheminee a l ethanol|cheminée éthanol|ap
calorifere|radiateur|ap
brosse soufflante|brosse soufflante|ap
hydropulseur|hydropulseur|ap
nettoyeur de vitre;nettoyeur vitre;aspirateur a vitre|nettoyeur de vitres|ap
pistolet de massage|pistolet de massage|ap
appareil de massage;masseur electrique|appareil de massage|ap
enfilade|enfilade|fu
credence|crédence|fu
ilot central;ilot de cuisine|îlot central|fu
table d appoint|table d'appoint|fu
table gigogne|tables gigognes|fu
fauteuil suspendu;fauteuil oeuf|fauteuil suspendu|fu
armoire lit;armoire-lit|armoire-lit|fu
lit evolutif|lit évolutif|ki
meuble de rangement|meuble de rangement|fu
cube de rangement|cube de rangement|fu
casier|casier|fu
table de massage|table de massage|fu
fauteuil massant|fauteuil massant|fu
tabouret de piano;banquette de piano|tabouret de piano|fu
""";
}
