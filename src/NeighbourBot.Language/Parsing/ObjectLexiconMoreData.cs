namespace NeighbourBot.Language.Parsing;

/// <summary>
/// More of the everyday French vocabulary of objects (home, kids, garden, DIY, sport, kitchen, clothes, electronics,
/// books, food, animals), with regional (Belgian, Swiss, Québec) and SMS forms normalised to the standard title.
/// Same format as <see cref="ObjectLexiconData"/>, which wins when both name the same surface.
/// </summary>
internal static class ObjectLexiconMoreData
{
    public const string Lines = """
sacoche de velo;sacoches de velo;sacoche velo|sacoche de vélo|tr
canap;canape 3 places;canape 2 places;sofa lit|canapé|fu
chaise pliante|chaise pliante|fu
chaise haute de bar|chaise haute de bar|fu
tabouret de bar|tabouret de bar|fu
chaise de bar;chaises de bar|chaise de bar|fu
banc de jardin|banc de jardin|gp
bout de canape;bout de lit|bout de canapé|fu
lit d enfant|lit enfant|ki
lit coffre|lit coffre|fu
lit gigogne|lit gigogne|fu
lit cabane;lit montessori|lit cabane|ki
matelas a langer|matelas à langer|ki
sur-matelas;surmatelas|surmatelas|ho
meuble a chaussures;range-chaussures;range chaussure|meuble à chaussures|fu
meuble de salle de bain|meuble de salle de bain|fu
meuble de cuisine;element de cuisine;elements de cuisine|meuble de cuisine|fu
placard|placard|fu
chiffonnier|chiffonnier|fu
semainier|semainier|fu
desserte|desserte|fu
bureau enfant|bureau enfant|ki
bureau d ecolier|bureau enfant|ki
table de salon|table basse|fu
table a rallonge;table extensible|table à rallonge|fu
table de cuisine|table de cuisine|fu
table de bistrot|table de bistrot|fu
table haute|table haute|fu
fauteuil club|fauteuil club|fu
fauteuil en rotin|fauteuil en rotin|fu
fauteuil relax|fauteuil relax|fu
repose-pied;repose pied|repose-pieds|fu
armoire a pharmacie|armoire à pharmacie|ho
vitrine|vitrine|fu
cadre de lit|cadre de lit|fu
sommier a lattes|sommier|fu
porte-revue|porte-revues|ho
patere|patère|ho
tringle;tringle a rideau|tringle à rideau|ho
store enrouleur|store enrouleur|ho
store venitien|store vénitien|ho
moustiquaire|moustiquaire|ho
lampe de bureau|lampe de bureau|ho
lampe a poser|lampe|ho
lampe halogene;halogene|lampe halogène|ho
plafonnier|plafonnier|ho
lustre|lustre|ho
guirlande de noel|guirlande|ho
boule de noel|boule de noël|ho
creche de noel|crèche de noël|ho
sapin artificiel|sapin artificiel|ho
sapin de noel artificiel|sapin de noël artificiel|ho
calendrier de l avent|calendrier de l'avent|ho
couverture polaire;polaire|plaid|ho
edredon|édredon|ho
traversin|traversin|ho
housse de canape|housse de canapé|ho
taie d oreiller;taie|taie d'oreiller|ho
drap housse|drap-housse|ho
serviette de bain;drap de bain;essuie;essuie de bain|serviette de bain|ho
essuie de vaisselle;essuie-vaisselle;linge de vaisselle;essuie main;essuie-main|torchon|ho
panosse;serpilliere;wassingue|serpillière|ho
balai;balai brosse|balai|ho
seau;chaudiere a eau|seau|ho
pelle a poussiere|pelle à poussière|ho
corbeille a linge|panier à linge|ho
etendoir a linge;sechoir a linge;sechoir parapluie|étendoir|ho
pince a linge|pinces à linge|ho
boite a biscuit;boite en fer|boîte en métal|ho
boite a bijoux|boîte à bijoux|ho
boite a the|boîte à thé|ho
bocal a conserve;pot mason;bocal le parfait;le parfait|bocal|ho
pot a epice;pot a epices|pot à épices|ho
carafe|carafe|ho
pichet|pichet|ho
cafetiere italienne|cafetière italienne|ap
cafetiere a piston;cafetiere piston|cafetière à piston|ap
cafetiere filtre|cafetière filtre|ap
verre a pied|verre à pied|ho
verres|verre|ho
bol|bol|ho
saladier en verre|saladier|ho
plat a gratin|plat à gratin|ho
plat a tarte|moule à tarte|ho
moule a tarte|moule à tarte|ho
moule a cake|moule à cake|ho
moule a muffin|moule à muffins|ho
plaque de four|plaque de four|ho
planche a decouper|planche à découper|ho
couteau;couteaux de cuisine|couteau de cuisine|ho
rape|râpe|ho
passoire|passoire|ho
ecumoire|écumoire|ho
rouleau a patisserie|rouleau à pâtisserie|ho
balance|balance|ho
balance de salle de bain;pese-personne;pese personne|pèse-personne|ho
wok|wok|ho
poele a crepe|poêle à crêpes|ho
sauteuse|sauteuse|ho
cocotte en fonte;cocotte le creuset;le creuset|cocotte en fonte|ho
couscoussier|couscoussier|ho
cocotte minute|autocuiseur|ap
machine a yaourt|yaourtière|ap
appareil a gaufre|gaufrier|ap
appareil a croque-monsieur;croque-monsieur;appareil a croque|appareil à croque-monsieur|ap
appareil a panini;presse panini|appareil à panini|ap
plancha electrique|plancha|ap
grill;grill electrique;grill viande|grill|ap
friteuse electrique;friteuse sans huile;air fryer;airfryer|friteuse|ap
cuiseur vapeur|cuiseur vapeur|ap
cuiseur a riz;rice cooker|cuiseur à riz|ap
extracteur;presse-agrume;presse agrume|presse-agrumes|ap
robot multifonction;robot culinaire;kitchenaid;kenwood;moulinex|robot de cuisine|ap
batteur electrique|batteur électrique|ap
hachoir;hachoir a viande|hachoir|ap
trancheuse|trancheuse|ap
machine sous vide|machine sous vide|ap
sorbetiere|sorbetière|ap
chocolatiere|chocolatière|ap
moulin a cafe|moulin à café|ap
broyeur a cafe|moulin à café|ap
machine a cafe a grain;expresso;machine expresso|machine à café|ap
bouilloire electrique|bouilloire|ap
chauffe-biberon;chauffe biberon|chauffe-biberon|ki
sterilisateur;sterilisateur de biberon|stérilisateur|ki
tire-lait;tire lait|tire-lait|ki
plaque a induction|plaque de cuisson|ap
four micro-onde;four micro onde|micro-ondes|ap
four a pizza|four à pizza|ap
four electrique|mini-four|ap
refrigerateur congelateur;frigo congelateur;frigo congel;combine frigo|frigo|ap
cave a vin electrique|cave à vin|ap
lave-linge sechant|lave-linge|ap
laveuse sechante|lave-linge|ap
aspirateur balai;dyson|aspirateur balai|ap
aspirateur sans fil;aspi sans fil|aspirateur sans fil|ap
aspirateur a main|aspirateur à main|ap
shampouineuse|shampouineuse|ap
defroisseur|défroisseur|ap
machine a coudre electronique|machine à coudre|ap
surjeteuse|surjeteuse|ap
ventilo|ventilateur|ap
ventilateur colonne|ventilateur|ap
climatiseur mobile|climatiseur|ap
chauffage electrique;convecteur|radiateur électrique|ap
chauffage au petrole;chauffage a petrole;poele a petrole|poêle à pétrole|ap
humidificateur|humidificateur|ap
purificateur|purificateur d'air|ap
deshumidificateur d air|déshumidificateur|ap
epilateur|épilateur|ap
rasoir electrique|rasoir électrique|ap
boucleur;fer a friser|fer à friser|ap
brosse a dent electrique|brosse à dents électrique|ap
machine a pates|machine à pâtes|ap
ecran plat|télé|mm
smart tv|télé|mm
portable android|smartphone|mm
telephone portable;gsm;cellulaire|téléphone portable|mm
xiaomi;huawei;oneplus;pixel|smartphone|mm
telephone fixe|téléphone fixe|mm
tablette tactile;tablette android;galaxy tab|tablette|mm
macbook;chromebook;notebook;mac portable|ordinateur portable|mm
unite centrale;tour pc;pc fixe;ordinateur de bureau|ordinateur|mm
ordinateur fixe|ordinateur fixe|mm
imac|ordinateur|mm
clavier;clavier sans fil|clavier|mm
souris sans fil|souris|mm
tapis de souris|tapis de souris|mm
scanner|scanner|mm
imprimante laser|imprimante laser|mm
imprimante jet d encre|imprimante|mm
cartouche d encre;cartouche|cartouche d'encre|mm
toner|toner|mm
disque dur externe|disque dur|mm
carte sd;carte memoire|carte mémoire|mm
cle 4g|clé 4g|mm
chargeur de telephone;chargeur usb|chargeur|mm
batterie externe;powerbank|batterie externe|mm
multiprise|multiprise|ho
rallonge multiprise|multiprise|ho
cable usb;cable ethernet;cable rj45;cable d alimentation|câble|mm
airpod;airpods;ecouteur sans fil;ecouteur bluetooth|écouteurs sans fil|mm
casque bluetooth;casque sans fil|casque audio|mm
enceinte connectee;alexa;google home|enceinte connectée|mm
ampli hifi|ampli|mm
tuner|tuner|mm
lecteur cd|lecteur cd|mm
lecteur blu-ray|lecteur blu-ray|mm
magnetoscope|magnétoscope|mm
radio-reveil;radio reveil;radioreveil|radio-réveil|mm
reveil|réveil|ho
poste radio;transistor|radio|mm
appareil photo numerique;compact numerique|appareil photo|mm
camera;gopro;camera sportive|caméra|mm
trepied|trépied|mm
xbox one;xbox 360;ps2;gamecube;nintendo ds;3ds;console portable|console de jeux|mm
manette ps4;manette xbox;joystick|manette|mm
jeu switch;jeu ps4;jeu ps5;jeu xbox;jeu wii;jeux video|jeu vidéo|mm
liseuse kobo;kobo|liseuse|mm
fitbit;apple watch|montre connectée|mm
video projecteur;video-projecteur;retroprojecteur|vidéoprojecteur|mm
ecran de projection|écran de projection|mm
antenne;antenne tnt|antenne|mm
decodeur tnt|décodeur|mm
manteau femme|manteau femme|cl
manteau homme|manteau homme|cl
veste en cuir;blouson en cuir;perfecto|veste en cuir|cl
trench|trench|cl
doudoune sans manche|doudoune|cl
coupe-vent|coupe-vent|cl
costume homme;costard|costume|cl
smoking|smoking|cl
tailleur femme|tailleur|cl
chemisier|chemisier|cl
pull-over;pullover;chandail|pull|cl
cardigan|gilet|cl
debardeur|débardeur|cl
survetement;bas de jogging|survêtement|cl
salopette|salopette|cl
combinaison|combinaison|cl
bermuda|bermuda|cl
chaussure de sport;sneaker;espadrille;runnings|baskets|cl
chaussure de ville;mocassin;derby|chaussures de ville|cl
botte de pluie;botte en caoutchouc|bottes de pluie|cl
botte de neige;apres-ski;apres ski|après-ski|cl
gougoune;claquette|tongs|cl
chausson;pantoufle|chaussons|cl
sac bandouliere;besace|sac|cl
pochette|pochette|cl
sac d ecole;sac ecole|cartable|ki
porte-cle;porte-clef;porte cle|porte-clés|ot
porte monnaie;portemonnaie|porte-monnaie|ot
porte-carte|porte-cartes|ot
sacoche d ordinateur;sacoche ordinateur|sacoche d'ordinateur|mm
valise a roulette|valise|ot
ceinture en cuir|ceinture|cl
noeud papillon|nœud papillon|cl
gants de cuir|gants|cl
echarpe en laine|écharpe|cl
snood|tour de cou|cl
boucles d oreille;creole|boucle d'oreille|cl
alliance|alliance|cl
chaine en or|chaîne en or|cl
pendentif|pendentif|cl
montre a gousset|montre|cl
lunettes de ski;masque de ski|masque de ski|sl
robe de grossesse;vetement de maternite;vetements de maternite|vêtement de grossesse|cl
vetement ado|vêtement ado|cl
uniforme|uniforme|cl
tablier|tablier|ho
poussette 3 roues|poussette|ki
poussette de voyage;poussette compacte;yoyo|poussette de voyage|ki
nacelle|nacelle|ki
porte-bebe physiologique;echarpe de portage;ergobaby;manduca|porte-bébé|ki
siege auto bebe;coque bebe;cosy bebe;maxi-cosi;maxi cosi|siège auto bébé|ki
rehausseur auto|rehausseur|ki
lit de voyage|lit parapluie|ki
berceau|berceau|ki
couffin|couffin|ki
moise|moïse|ki
cododo;lit cododo|berceau cododo|ki
tapis de jeu|tapis d'éveil|ki
arche d eveil|tapis d'éveil|ki
barriere de securite;barriere de lit;barriere d escalier|barrière de sécurité|ki
chaise haute bebe|chaise haute|ki
rehausseur de chaise|rehausseur|ki
transat de bain|baignoire bébé|ki
veilleuse|veilleuse|ki
babyphone video;ecoute bebe|babyphone|ki
tetine|tétine|ki
couche lavable;couches lavables|couches lavables|ki
lait bebe;lait 1er age;lait 2e age;lait maternise|lait infantile|ki
body bebe;pyjama bebe|vêtement bébé|ki
vetement de bebe;habit bebe;habits bebe;linge bebe|vêtement bébé|ki
vetement d enfant;habit enfant;habits enfant;linge enfant|vêtement enfant|ki
chaussure enfant;chaussures enfant;basket enfant;botte enfant|chaussures enfant|ki
manteau enfant;doudoune enfant;blouson enfant|manteau enfant|ki
combinaison de ski enfant|combinaison de ski enfant|ki
jouet d eveil;jouet bebe|jouet d'éveil|ki
hochet|hochet|ki
cubes en bois|cubes|ki
kapla|kapla|ki
lego friends;lego city;brique lego|lego|ki
lego technic|lego technic|ki
meccano|meccano|ki
train en bois;circuit de train;train electrique|train en bois|ki
garage jouet;garage enfant|garage jouet|ki
voiture telecommandee|voiture télécommandée|ki
petites voitures;hot wheels|petite voiture|ki
poupee barbie;barbie;baigneur;poupon|poupée|ki
cuisine en bois;cuisine pour enfant|cuisine enfant|ki
deguisement de princesse|déguisement de princesse|ki
deguisement de pirate;deguisement pirate|déguisement de pirate|ki
deguisement de dinosaure|déguisement de dinosaure|ki
costume de pirate|costume de pirate|ki
costume de princesse|costume de princesse|ki
costume d halloween|costume d'halloween|ki
deguisement d halloween|déguisement d'halloween|ki
panoplie|déguisement enfant|ki
peluche geante|peluche|ki
sophie la girafe|doudou|ki
livre cartonne;livre d eveil|livre enfant|ki
jeu educatif|jeu éducatif|ki
puzzle 1000 pieces;puzzle adulte|puzzle|sl
tableau blanc;tableau noir;ardoise|tableau blanc|ki
chevalet enfant|chevalet enfant|ki
pate a modeler;play-doh|pâte à modeler|ki
feutre;crayon de couleur;crayons de couleur;fourniture scolaire;fournitures scolaires|fournitures scolaires|ki
trousse|trousse|ki
cartable a roulette|cartable|ki
velo 16 pouces;velo 20 pouces;velo 14 pouces;velo 12 pouces;velo fille;velo garcon|vélo enfant|ki
velo sans pedale|draisienne|ki
trottinette 3 roues|trottinette enfant|ki
patinette|trottinette|tr
porteur;trotteur porteur|porteur|ki
portique|portique|ki
bac a sable|bac à sable|ki
cabane enfant;cabane de jardin enfant;tipi|cabane enfant|ki
piscine a balle|piscine à balles|ki
luge enfant|luge|sl
siege velo enfant;siege enfant|siège vélo enfant|ki
casque enfant|casque vélo enfant|ki
livres|livre|bc
roman policier|roman policier|bc
roman de sf;science-fiction;roman de science-fiction|roman de sf|bc
bande-dessinee;album de bd|bd|bc
atlas|atlas|bc
guide du routard|guide de voyage|bc
annale;annales|annales|bc
manuel de cours;manuels scolaires;livre de classe|manuel scolaire|bc
cours de fac|cours de fac|bc
45 tours;vinyles|vinyle|bc
cd audio;album cd|cd|bc
coffret dvd|dvd|bc
billet de train|billet de train|ot
djembe;percussion;cajon|djembé|bc
batterie acoustique|batterie|bc
clavier de piano|clavier de piano|bc
ampli guitare;ampli de guitare|ampli guitare|bc
pedale d effet|pédale d'effet|bc
pupitre de musique|pupitre|bc
metronome|métronome|bc
harmonica|harmonica|bc
xylophone|xylophone|ki
flute a bec|flûte à bec|bc
micro chant|micro|bc
table de mixage|table de mixage|bc
platine dj|platine|bc
pied de micro|pied de micro|bc
etui de guitare;housse de guitare|housse de guitare|bc
peinture sur toile|tableau|ho
affiche;poster|affiche|ho
perceuse sans fil|perceuse sans fil|dt
visseuse sans fil|visseuse|dt
ponceuse orbitale|ponceuse orbitale|dt
ponceuse vibrante|ponceuse vibrante|dt
ponceuse excentrique|ponceuse excentrique|dt
scie a onglet;scie a onglets|scie à onglet|dt
scie sabre|scie sabre|dt
scie a metaux|scie à métaux|dt
scie egoine;egoine|scie égoïne|dt
scie a bois|scie|dt
rabot electrique|rabot électrique|dt
disqueuse|meuleuse|dt
decapeur;pistolet a peinture|décapeur thermique|dt
pistolet a colle|pistolet à colle|dt
agrafeuse|agrafeuse|dt
cloueur|cloueur|dt
serre joint;serre-joints|serre-joint|dt
etau|étau|dt
niveau laser|niveau laser|dt
metre ruban;telemetre|mètre ruban|dt
caisse a outils;malette a outils;mallette a outils|caisse à outils|dt
jeu de tournevis;tournevis electrique|tournevis|dt
cle allen;jeu de cles;cles plates;jeu de cle|jeu de clés|dt
pince;pinces;tenaille|pince|dt
burin|burin|dt
truelle|truelle|dt
auge;auge de macon|auge|dt
betonniere|bétonnière|dt
malaxeur|malaxeur|dt
carrelette|coupe-carreau|dt
echelle telescopique;echelle double|échelle|dt
marchepied|marchepied|dt
echafaudage|échafaudage|dt
servante;servante d atelier|servante d'atelier|dt
etabli pliant|établi|dt
diable de demenagement|diable|dt
transpalette|transpalette|dt
sangle;sangles;sangle de demenagement|sangles|dt
enrouleur;enrouleur electrique|enrouleur|dt
lampe frontale|lampe frontale|sl
baladeuse|baladeuse|dt
projecteur de chantier;projecteur led|projecteur de chantier|dt
detecteur de cloison|détecteur|dt
aspirateur eau et poussiere|aspirateur de chantier|dt
groupe electrogene|groupe électrogène|dt
poste a souder|poste à souder|dt
cric hydraulique|cric hydraulique|dt
chandelle;chandelles|chandelles|dt
cle a choc|clé à choc|dt
booster;booster de batterie|booster de batterie|tr
pistolet a silicone|pistolet à silicone|dt
scie cloche|scie cloche|dt
meches|mèche|dt
visserie|visserie|dt
clous|clou|bm
peinture blanche;peinture murale;peinture glycero;lasure;vernis|peinture|bm
rouleau de peinture;rouleaux|rouleau de peinture|dt
bache;bache de protection|bâche|ho
bache de piscine|bâche de piscine|gp
placoplatre|plaque de plâtre|bm
carreaux de platre|carreau de plâtre|bm
carrelage mural;faience|carrelage mural|bm
carrelage de sol|carrelage|bm
parquet massif;stratifie;sol stratifie|parquet|bm
lame de parquet|parquet|bm
linoleum;sol pvc;sol vinyle|lino|bm
ardoise de toit|ardoise|bm
sac de platre|sac de plâtre|bm
mortier;colle a carrelage|mortier|bm
gravillon|sable|bm
parpaings;agglo;agglos|parpaing|bm
dalles;paves|dalle|bm
bordure|bordure|bm
planche de bois;planches|planche|bm
chevron;chevrons|chevron|bm
madrier|madrier|bm
liteau|liteau|bm
medium;mdf;agglomere|panneau de bois|bm
chute|chute|bm|c
chute de lambris|chute de lambris|bm
chute de parquet|chute de parquet|bm
chute de carrelage|chute de carrelage|bm
laine de roche|laine de roche|bm
polystyrene|polystyrène|bm
fenetres|fenêtre|bm
porte-fenetre|porte-fenêtre|bm
baie vitree|baie vitrée|bm
volets;volet roulant|volet|bm
porte de placard|porte de placard|bm
evier inox|évier|bm
receveur de douche;paroi de douche|receveur de douche|bm
robinetterie|robinet|bm
mitigeur|mitigeur|bm
radiateur a eau|radiateur|bm
tuyau pvc;tube pvc|tuyau pvc|bm
rouleau de grillage|grillage|gp
cloture;panneau de cloture;piquet;piquets|clôture|gp
portail;portillon|portail|gp
tondeuse sans fil|tondeuse|gp
tondeuse autoportee;autoportee|tondeuse autoportée|gp
tracteur tondeuse|tracteur tondeuse|gp
rotofil|débroussailleuse|gp
coupe-bordure;coupe bordure|coupe-bordure|gp
taillehaie|taille-haie|gp
elagueuse;perche elagueuse|élagueuse|gp
souffleur de feuilles|souffleur de feuilles|gp
souffleuse;souffleuse a neige|souffleuse à neige|gp
pelle a neige|pelle à neige|gp
aerateur|scarificateur|gp
motobineuse;bineuse|motobineuse|gp
broyeur a vegetaux|broyeur de végétaux|gp
fendeuse;fendeuse a bois;merlin|fendeuse|gp
fourche;grelinette;fourche beche|fourche|gp
serfouette;sarcloir|binette|gp
cisaille;cisailles|cisaille|gp
ebrancheur|ébrancheur|gp
tuyau|tuyau d'arrosage|gp
devidoir;enrouleur de tuyau|dévidoir|gp
pulve|pulvérisateur|gp
recuperateur d eau de pluie|récupérateur d'eau|gp
bac a compost|composteur|gp
lombricomposteur|lombricomposteur|gp
bac a fleurs;bac potager;carre potager|jardinière|gp
pot de fleurs;pots de fleurs;cache-pot;cache pot|pot de fleurs|gp
serre de jardin;mini serre|serre|gp
tonnelle;pergola|tonnelle|gp
barnum;chapiteau|barnum|gp
ensemble de jardin|salon de jardin|gp
fauteuil de jardin|chaise de jardin|gp
transats|transat|gp
balancelle|balancelle|gp
barbecue a charbon;barbecue a gaz;weber|barbecue|gp
brasero|brasero|gp
plancha gaz|plancha|gp
abri de jardin;cabanon|abri de jardin|gp
nichoir|nichoir|gp
terre vegetale;terreau universel|terre végétale|gp
comte;fromage comte|comté|fo
creme solaire|crème solaire|ho
terre de bruyere|terre de bruyère|gp
crottin|fumier|gp
paillage|paillage|gp
paille|paille|gp
broyat|broyat|gp
copeaux|copeaux|gp
engrais|engrais|gp
plants|plant|gp
plant de tomate cerise|plant de tomate cerise|gp
tomate cerise;tomates cerises|tomate cerise|fo
plants de legumes|plant de légumes|gp
bulbes;oignon de fleur|bulbes|gp
graines;sachet de graines|graines|gp
aromatique;plante aromatique;aromatiques;herbes aromatiques|plante aromatique|gp
rosier|rosier|gp
hortensia|hortensia|gp
lavande|lavande|gp
bambou|bambou|gp
olivier|olivier|gp
citronnier|citronnier|gp
figuier|figuier|gp
pommier|pommier|gp
cerisier|cerisier|gp
prunier|prunier|gp
poirier|poirier|gp
fraisier;fraisiers|fraisier|gp
groseillier;cassissier|groseillier|gp
vigne|vigne|gp
boutures|bouture|gp
plante d appartement|plante verte|gp
aloe vera|aloe vera|gp
yucca|yucca|gp
palmier|palmier|gp
bonsai|bonsaï|gp
scindapsus|pothos|gp
sapin de noel naturel|sapin de noël|gp
pommes|pomme|fo
quetsche;quetsches|prune|fo
coings|coing|fo
marron|châtaigne|fo
framboise|framboise|fo
groseille|groseille|fo
cassis|cassis|fo
myrtille|myrtille|fo
mure;mures|mûre|fo
fruits rouges|fruits rouges|fo
kaki|kaki|fo
courge butternut;butternut|courge butternut|fo
potimarron|potimarron|fo
haricot vert;haricots verts|haricot vert|fo
petit pois|petits pois|fo
poireau|poireau|fo
chou;choux|chou|fo
chou-fleur|chou-fleur|fo
brocoli|brocoli|fo
epinard;epinards|épinards|fo
blette;blettes|blette|fo
betterave|betterave|fo
navet|navet|fo
radis|radis|fo
patates|pomme de terre|fo
topinambour|topinambour|fo
legumes du jardin;legumes du potager|légume|fo
oeufs;oeufs frais;oeuf frais;oeufs de poule|œuf|fo
gelee;gelee de coing;pate de coing|gelée|fo
sirop maison|sirop|fo
jus de fruit;jus de pomme maison|jus de pomme|fo
biscuit;biscuits|biscuit|fo
gateaux|gâteau|fo
cookies|cookie|fo
sables|sablé|fo
gateaux maison|gâteau|fo
pain maison|pain|fo
pain rassis;pain sec|pain rassis|fo
brioche|brioche|fo
levain de boulanger|levain|fo
kombucha;scoby|kombucha|fo
kefir de fruits;kefir de fruit;graine de kefir;graines de kefir|grains de kéfir|fo
yaourt;yaourts|yaourt|fo
beurre|beurre|fo
sucre|sucre|fo
conserves;boite de conserve|conserve|fo
plat cuisine;plats cuisines|plat cuisiné|fo
colis alimentaire;panier repas|colis alimentaire|fo
tisane|tisane|fo
infusion|infusion|fo
cafe en grain;cafe moulu;capsules;capsules de cafe|café|fo
dosettes;dosette|dosette|fo
bouteilles de vin|vin|fo
champagne|champagne|fo
cidre|cidre|fo
bieres|bière|fo
chocolats;boite de chocolats|chocolat|fo
bonbons|bonbon|fo
epices|épices|fo
huile d olive|huile d'olive|fo
croquettes;croquette pour chat;croquettes chat|croquettes pour chat|an
croquettes chien;croquettes pour chiens|croquettes pour chien|an
boite de patee|pâtée|an
sac de litiere|litière|an
bac a litiere;maison de toilette|bac à litière|an
coussin pour chat|panier pour chat|an
coussin pour chien;corbeille pour chien|panier pour chien|an
harnais|harnais|an
collier pour chien|collier pour chien|an
gamelles|gamelle|an
fontaine a eau;fontaine pour chat|fontaine à eau|an
panier de transport|panier de transport|an
cage a oiseaux;voliere|cage|an
mangeoire pour poules;abreuvoir|abreuvoir|an
bocal a poisson|aquarium|an
paille pour lapin|paille|an
graines pour oiseaux|graines pour oiseaux|an
minou;minet;chats|chat|an|a
chatons;ptits chatons|chaton|an|a
chiens|chien|an|a
chiots|chiot|an|a
lapine|lapin|an|a
lapin belier|lapin bélier|an|a
cochons d inde|cochon d'inde|an|a
gerbille|gerbille|an|a
octodon;chinchilla|chinchilla|an|a
inseparable;inseparables|perruche|an|a
gris du gabon;cacatoes|perroquet|an|a
pigeon|pigeon|an|a
poules|poule|an|a
poule naine|poule naine|an|a
caille|caille|an|a
oie|oie|an|a
tortue de terre|tortue|an|a
serpent;python|serpent|an|a
gecko;lezard|lézard|an|a
poissons rouges|poisson|an|a
velos;bicycle;becane;bike|vélo|tr
velo tout terrain|vtt|tr
velo hollandais;velo de ville|vélo de ville|tr
velo route|vélo de course|tr
velo a assistance electrique|vélo électrique|tr
biporteur|vélo cargo|tr
fixie|vélo|tr
trott;xiaomi m365|trottinette électrique|tr
gyroroue;hoverboard;monoroue|gyroroue|tr
vespa|scooter|tr
mobylette|mobylette|tr
cyclomoteur|cyclomoteur|tr
vehicule;yaris;fiesta;megane|voiture|tr
voiture sans permis|voiture sans permis|tr
utilitaire|utilitaire|tr
camionnette|camionnette|tr
fourgon|fourgon|tr
remorque bagagere|remorque|tr
coffre de toit thule|coffre de toit|tr
porte-velos|porte-vélo|tr
barres de toit|barre de toit|tr
pneus;pneus neige|pneu|tr
pneu hiver;pneus hiver|pneu hiver|tr
pneu 4 saisons|pneu neige|tr
jantes;jante tole;jantes tole|jante|tr
chaine a neige;chaussette neige|chaînes neige|tr
casque de moto|casque de moto|tr
cadenas;antivol u|antivol|tr
cadre de velo;cadre velo|cadre de vélo|tr
roue de velo|roue de vélo|tr
selle|selle|tr
pompe a pied|pompe à vélo|tr
gps voiture|gps|tr
batterie de voiture;batterie voiture|batterie de voiture|tr
tapis de sol|tapis de sol|sl
tente 4 places;tente de camping;tente 2 places|tente|sl
duvet|sac de couchage|sl
matelas de camping;matelas autogonflant|matelas de camping|sl
rechaud;rechaud a gaz;rechaud de camping|réchaud|sl
glaciere electrique|glacière|sl
table de camping|table de camping|sl
chaise de camping|chaise de camping|sl
sac a dos de randonnee;sac de randonnee;sac de rando|sac à dos de randonnée|sl
baton de randonnee;batons de marche|bâtons de marche|sl
chaussure de rando|chaussures de randonnée|sl
jumelles|jumelles|sl
skis|ski|sl
ski de fond|ski de fond|sl
chaussures de ski|chaussures de ski|sl
surf des neiges|snowboard|sl
raquettes a neige|raquette à neige|sl
patins a glace|patins à glace|sl
rollers;patins a roulettes|rollers|sl
longboard|skateboard|sl
stand up paddle|planche de surf|sl
bodyboard|bodyboard|sl
masque et tuba;palmes;palme|palmes|sl
kayak gonflable|kayak gonflable|sl
bouee;bouee gonflable|bouée|sl
raquette de badminton;raquette de ping-pong|raquette|sl
table de tennis de table|table de ping-pong|sl
baby-foot;babyfoot;baby foot|baby-foot|sl
billard;table de billard|billard|sl
flechette;jeu de flechettes;cible de flechettes|jeu de fléchettes|sl
petanque;boules de petanque;jeu de boules|boules de pétanque|sl
molkky;palet;jeu de palet|jeu de plein air|sl
ballon de rugby;ballon de volley|ballon|sl
panier de basket|panier de basket|sl
but de foot;cage de foot|but de foot|sl
velo appartement;velo de salle|vélo d'appartement|sl
halteres;barre de musculation|haltère|sl
tapis de sol yoga|tapis de yoga|sl
ballon de gym;swiss ball|ballon de gym|sl
sac de frappe|sac de frappe|sl
gants de boxe|gants de boxe|sl
corde a sauter|corde à sauter|sl
moulinet|moulinet|sl
materiel de peche;matos de peche|matériel de pêche|sl
equipement de foot;crampons;chaussures de foot|chaussures de foot|sl
casque d equitation;materiel d equitation|matériel d'équitation|sl
jeu de plateau|jeu de société|sl
monopoly;scrabble;cluedo;uno;dixit;carcassonne;catan;trivial pursuit;risk;dobble;7 wonders|jeu de société|sl
jeu de dames;backgammon|jeu d'échecs|sl
cartes a jouer;tarot|jeu de cartes|sl
laine a tricoter;pelotes|pelote de laine|sl
aiguille a tricoter;aiguilles a tricoter|aiguille à tricoter|sl
coupon de tissu;coupons de tissu;chutes de tissu|tissu|sl
boutons;fil a coudre;bobines|mercerie|sl
bobine de fil;bobines de fil|bobine de fil|sl
kit de peinture;peinture a l huile;tubes de peinture;aquarelle|matériel de peinture|sl
materiel de dessin;carnet de croquis|matériel de dessin|sl
materiel de scrapbooking;scrapbooking|matériel de scrapbooking|sl
perles a bijoux|perles|sl
microscope|télescope|sl
maquette|maquette|sl
cerf-volant|cerf-volant|sl
assiettes|vaisselle|ho
verres a vin|verre à vin|ho
couverts;menagere|couverts|ho
casseroles;batterie de cuisine|casserole|ho
poeles|poêle|ho
ustensile;ustensiles|ustensiles de cuisine|ho
tupperware;boite de conservation;boites de conservation|boîte de conservation|ho
bouteille en verre|bouteille|ho
pot en verre|pot en verre|ho
pots de confiture vides|pot de confiture vide|ho
cartons de demenagement|carton de déménagement|ho
carton vide|carton|ho
papier bulle;papier kraft|papier bulle|ho
housse de costume|housse de vêtement|ho
miroir sur pied;psyche|miroir|ho
horloge murale|horloge|ho
bougeoir;chandelier|bougeoir|ho
lampe a huile;lanterne|lanterne|ho
coussins|coussin|ho
tapis de salon;carpette|tapis|ho
paillasson|paillasson|ho
rideaux|rideau|ho
draps|drap|ho
linge de lit|linge de lit|ho
serviettes|serviette|ho
etagere murale|étagère|fu
panier de rangement|boîte de rangement|ho
poubelle de tri|poubelle|ho
table a repasser|table à repasser|ho
lit gonflable;lit d appoint gonflable|matelas gonflable|ho
buches;bois pour la cheminee;bois de cheminee;petit bois|bois de chauffage|ho
granules;pellets;sac de granules|granulés|ho
charbon de bois;charbon|charbon de bois|gp
bouteilles de gaz;butane;propane;bonbonne de gaz;bonbonne de butane;bonbonne de propane;bonbonne de gaz butane;bonbonne de gaz propane|bouteille de gaz|ho
extincteur|extincteur|ho
coffre-fort|coffre-fort|ho
machine a ecrire|machine à écrire|ot
rollator|déambulateur|ot
cannes anglaises|béquilles|ot
canne|canne|ot
lunettes|lunettes de vue|ot
clefs|trousseau de clés|ot
trousseau de cles;trousseau de clefs|trousseau de clés|ot
carte grise;permis de conduire;titre de sejour|papiers d'identité|ot
papiers d identite|papiers d'identité|ot
pass navigo;abonnement de bus|carte de transport|ot
valises;bagage;bagages|valise|ot
garage a louer|place de parking|ot
telecommande de portail|badge|ot
lecteur de cassette;lecteur cassette;walkman;baladeur;lecteur mp3;ipod|baladeur|mm
femme de menage|aide ménagère|ot
bouquin;bouquins|livre|bc
bouquin de cuisine|livre de cuisine|bc
grenade|grenade|fo
olive|olive|fo
reine-claude;reine claude|reine-claude|fo
mandarine|mandarine|fo
pamplemousse|pamplemousse|fo
ananas|ananas|fo
mangue|mangue|fo
litchi;letchi|litchi|fo
pomme de pin|pomme de pin|gp
noix de coco|noix de coco|fo
cacahuete;cacahouete;arachide|cacahuète|fo
fruit sec|fruits secs|fo
asperge|asperge|fo
artichaut|artichaut|fo
celeri;celeri-rave|céleri|fo
fenouil|fenouil|fo
endive;chicon|endive|fo
patate douce|patate douce|fo
piment|piment|fo
gingembre|gingembre|fo
pois chiche|pois chiches|fo
vinaigre|vinaigre|fo
moutarde|moutarde|fo
cereale|céréales|fo
muesli;granola|muesli|fo
flocon d avoine|flocons d'avoine|fo
pizza|pizza|fo
lasagne|lasagnes|fo
couscous|couscous|fo
creme fraiche|crème fraîche|fo
camembert|camembert|fo
viande|viande|fo
saucisse|saucisse|fo
saucisson|saucisson|fo
jambon|jambon|fo
saumon fume|saumon fumé|fo
saumon|saumon|fo
pastis|pastis|fo
whisky|whisky|fo
rhum|rhum|fo
eau-de-vie;eau de vie|eau-de-vie|fo
soda|soda|fo
coca;coca-cola|coca|fo
limonade|limonade|fo
lapin en chocolat|lapin en chocolat|fo
oeuf en chocolat;oeuf de paque|œuf en chocolat|fo
chocolat de paque|chocolats de pâques|fo
marron glace|marrons glacés|fo
papillote|papillotes|fo
truffe;truffe en chocolat|truffe|fo
pain d epice|pain d'épices|fo
bredele;bredala|bredele|fo
calisson|calisson|fo
nougat|nougat|fo
pompe a l huile|pompe à l'huile|fo
fougasse|fougasse|fo
panettone|panettone|fo
kouglof;kougelhopf|kouglof|fo
kouign-amann;kouign amann|kouign-amann|fo
canele;cannele|canelé|fo
meringue|meringue|fo
eclair au chocolat|éclair|fo
tarte tatin;tatin|tarte tatin|fo
clafoutis|clafoutis|fo
flan|flan|fo
crumble|crumble|fo
brownie|brownie|fo
speculoos|spéculoos|fo
chamallow;marshmallow|chamallow|fo
creme glacee|crème glacée|fo
cassoulet|cassoulet|fo
choucroute|choucroute|fo
tartiflette|tartiflette|fo
tarte flambee;flammekueche|tarte flambée|fo
plantoir|plantoir|gp
goutte-a-goutte;goutte a goutte|goutte-à-goutte|gp
bassin de jardin|bassin de jardin|gp
sciure|sciure|gp
rouleau de gazon;gazon en rouleau;plaque de gazon|gazon en rouleau|gp
pompe de piscine;filtre a sable;filtre de piscine|pompe de piscine|gp
spa gonflable;jacuzzi|spa gonflable|gp
noisetier|noisetier|gp
chataignier|châtaignier|gp
abricotier|abricotier|gp
amandier|amandier|gp
camelia|camélia|gp
azalee|azalée|gp
rhododendron|rhododendron|gp
laurier|laurier|gp
laurier-rose;laurier rose|laurier-rose|gp
lierre|lierre|gp
glycine|glycine|gp
jasmin|jasmin|gp
geranium|géranium|gp
tulipe|tulipe|gp
jonquille|jonquille|gp
dahlia|dahlia|gp
pivoine|pivoine|gp
lys|lys|gp
tournesol|tournesol|gp
muguet|muguet|gp
sauge|sauge|gp
alpaga|alpaga|an|a
lama|lama|an|a
paon|paon|an|a
lapereau|lapereau|an|a
bouc|bouc|an|a
carpe koi|carpe koï|an|a
museliere|muselière|an
friandise pour chien;friandise pour chat;friandise pour animal|friandises pour animaux|an
brosse pour chien;brosse pour chat|brosse pour animaux|an
filet pour chat;filet de protection pour chat|filet de protection pour chat|an
boule de graisse|boules de graisse|an
tapis de selle|tapis de selle|an
couverture pour cheval;couverture de cheval|couverture pour cheval|an
etrier|étriers|an
bulbe de tulipe;oignon de tulipe|bulbe de tulipe|gp
bulbe de dahlia|bulbe de dahlia|gp
bulbe de jonquille;oignon de jonquille|bulbe de jonquille|gp
escabelle|escabeau|dt
boiler;boiler electrique|chauffe-eau|ap
frigolite|polystyrène|bm
kicker|baby-foot|sl
poele a mazout;poele au mazout;poele a fioul;poele au fioul|poêle à fioul|ap
cougnou;cougnolle;cougnoux|brioche de noël|fo
boite de pralines|boîte de chocolats|fo
syllabus|polycopié de cours|bc
castagne|châtaigne|fo
oule;oule en fonte|marmite|ho
fagot;fagot de petit bois;fagots de petit bois|fagot de petit bois|ho
soupiere|soupière|ho
coquille de noix|coquille de noix|gp
sarment;sarment de vigne|sarment|ho
herisson de ramonage;herisson pour ramonage;kit de ramonage|hérisson de ramonage|dt
pompe aux pommes|pompe aux pommes|fo
cabrette;musette auvergnate|cornemuse|bc
balle ronde;balle de foin;balle ronde de foin;botte de foin ronde|balle ronde de foin|an
tonneau;tonneaux|tonneau|ho
volant de badminton;volants de badminton|volant de badminton|sl
chassis de serre;chassis froid|châssis de serre|gp
pied de fraisier;pieds de fraisiers|pied de fraisier|gp
dame-jeanne;dames-jeannes;dame jeanne|dame-jeanne|ho
dva;arva;detecteur de victimes d'avalanche|dva|sl
carte etudiante;carte d'etudiant|carte étudiante|ot
barrique;barriques;barrique bordelaise|barrique|ho
epicea;epiceas|épicéa|gp
moule a manque;moules a manque|moule à manqué|ho
""";
}
