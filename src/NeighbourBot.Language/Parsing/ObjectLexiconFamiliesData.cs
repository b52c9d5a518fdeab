namespace NeighbourBot.Language.Parsing;

/// <summary>
/// Object families neighbours post about that the other tables miss (medical aid, baby care, kitchen, garden waste,
/// party gear, collectables, pets, sport, food surplus), same format as <see cref="ObjectLexiconData"/>, which wins
/// when both name the same surface.
/// </summary>
internal static class ObjectLexiconFamiliesData
{
    public const string Lines = """
cane;caneton|canard|an|a
chevreau;chevrette|chèvre|an|a
robe de chambre|robe de chambre|cl
meuble de jardin|meuble de jardin|gp
piece detachee|pièce détachée|ot
lait en poudre;lait 2eme age;lait 1ere age;lait premier age;lait deuxieme age|lait infantile|ki
jouet de bain|jouet de bain|ki
livre en tissu;livre bebe|livre en tissu|ki
salle a manger|salle à manger|fu
chambre a coucher|chambre à coucher|fu
chambre d enfant;chambre enfant|chambre enfant|ki
chambre de bebe;chambre bebe|chambre bébé|ki
mobilier|mobilier|fu
mobilier de jardin|mobilier de jardin|gp
billy|bibliothèque|fu
poang|fauteuil|fu
expedit|étagère|fu
actifry|friteuse|ap
kobold|aspirateur|ap
roomba|aspirateur robot|ap
magimix|robot de cuisine|ap
bugaboo|poussette|ki
rockrider|vtt|tr
brompton|vélo pliant|tr
congel;congelo|congélateur|ap
ticket de bus|ticket de bus|ot
ticket de metro|ticket de métro|ot
ticket de tram|ticket de tram|ot
ticket de transport;titre de transport|ticket de transport|ot
abat-jour|abat-jour|ho
egouttoir|égouttoir|ho
habit|vêtement|cl
vetement bebe;vetement de bebe;vetement pour bebe;habit bebe;habit de bebe;habit pour bebe;fringue bebe;fringue de bebe;fringue pour bebe|vêtement bébé|ki
vetement enfant;vetement de enfant;vetement d enfant;vetement pour enfant;habit enfant;habit de enfant;habit d enfant;habit pour enfant;fringue enfant;fringue de enfant;fringue d enfant;fringue pour enfant|vêtement enfant|ki
vetement fille;vetement de fille;vetement pour fille;habit fille;habit de fille;habit pour fille;fringue fille;fringue de fille;fringue pour fille|vêtement fille|ki
vetement garcon;vetement de garcon;vetement pour garcon;habit garcon;habit de garcon;habit pour garcon;fringue garcon;fringue de garcon;fringue pour garcon|vêtement garçon|ki
vetement femme;vetement de femme;vetement pour femme;habit femme;habit de femme;habit pour femme;fringue femme;fringue de femme;fringue pour femme|vêtement femme|cl
vetement homme;vetement de homme;vetement pour homme;habit homme;habit de homme;habit pour homme;fringue homme;fringue de homme;fringue pour homme|vêtement homme|cl
vetement grossesse;vetement de grossesse;vetement pour grossesse;habit grossesse;habit de grossesse;habit pour grossesse;fringue grossesse;fringue de grossesse;fringue pour grossesse|vêtement de grossesse|cl
vetement ado;vetement de ado;vetement d ado;vetement pour ado;habit ado;habit de ado;habit d ado;habit pour ado;fringue ado;fringue de ado;fringue d ado;fringue pour ado|vêtement ado|cl
jument|jument|an|a
belier|bélier|an|a
ane;anesse|âne|an|a
brebis|brebis|an|a
agneau|agneau|an|a
vache;genisse|vache|an|a
veau|veau|an|a
cochon;truie;cochon nain|cochon|an|a
dinde;dindon|dinde|an|a
pintade|pintade|an|a
essaim;essaim d abeilles|essaim d'abeilles|an
pressoir;pressoir a fruits;pressoir a pommes|pressoir|gp
broyeur de fruits|broyeur de fruits|gp
quad|quad|tr
betaillere;van a chevaux|bétaillère|tr
tracteur;petit tracteur;micro tracteur|tracteur|gp
globe;globe terrestre|globe terrestre|bc
notes de cours;fiches de revision;fiche de revision|notes de cours|bc
tireuse a biere;tireuse;pompe a biere|tireuse à bière|ap
fut de biere;fut|fût|ap
rampe d acces;rampe pour fauteuil;rampe handicape;rampe pmr|rampe d'accès|ot
carte pokemon;cartes pokemon;pokemon|carte pokémon|ki
carte a collectionner;carte panini;vignette panini;image panini;album panini|carte à collectionner|ki
masque de plongee;masque de snorkeling;masque tuba|masque de plongée|sl
tuba|tuba|sl
combinaison de plongee;combi neoprene|combinaison de plongée|sl
wakeboard|wakeboard|sl
chaise roulante;fauteuil roulant electrique;chaise roulante electrique|fauteuil roulant|ot
rehausseur de toilettes;rehausseur wc;rehausseur de wc;rehausse wc|rehausseur de toilettes|ot
lit medical|lit médicalisé|ot
barre d appui;poignee de maintien|barre d'appui|ot
siege de douche;tabouret de douche;chaise de douche|siège de douche|ot
marc de cafe|marc de café|gp
couveuse;incubateur|couveuse|an
tarte;tarte aux pommes;tarte maison|tarte|fo
quiche|quiche|fo
pack|pack|fo|c
brique de lait|brique de lait|fo
herbe de tonte;tonte de gazon;gazon coupe;herbe coupee|herbe de tonte|gp
feuille morte;feuilles mortes|feuille morte|gp
dechets verts;dechet vert|déchets verts|gp
chaudiere a gaz;chaudiere fioul;chaudiere au fioul;chaudiere murale|chaudière|ap
chaudiere a granules;chaudiere a pellets;chaudiere bois|chaudière à granulés|ap
rame de papier;ramette;ramette de papier;papier a4;feuilles a4|rame de papier|ho
poussette de poupee;poussette poupee|poussette de poupée|ki
clavier midi;clavier maitre;controleur midi|clavier midi|bc
synthe analogique|synthétiseur|bc
compas|compas|ki
calculatrice graphique;calculette graphique;calculatrice scientifique|calculatrice graphique|mm
manteau de ski;veste de ski;anorak de ski|manteau de ski|sl
caquelon;caquelon a fondue|caquelon à fondue|ap
pot de confiture;pots a confiture|pot de confiture|fo
bassine;bassine a confiture;bassine en cuivre|bassine|ho
essoreuse a salade;essoreuse salade|essoreuse à salade|ho
thermos;bouteille isotherme|thermos|ho
gourde|gourde|sl
boite hermetique|boîte hermétique|ho
serpillere;balai serpillere;balai espagnol|serpillière|ho
radiateur bain d huile;bain d huile|radiateur bain d'huile|ap
bois d allumage;buchette;buchettes;bois d allumage|bois d'allumage|ho
pioche|pioche|gp
aspirateur a feuilles;aspirateur souffleur|souffleur à feuilles|gp
copeaux de bois;copeau;plaquette forestiere|copeaux de bois|gp
pied de parasol|pied de parasol|gp
lunettes de lecture|lunettes de lecture|ot
desk|bureau|fu
desk chair;office chair|chaise de bureau|fu
bookshelf;bookcase|bibliothèque|fu
ladder|échelle|dt
vacuum cleaner;vacuum|aspirateur|ap
wallet|portefeuille|ot
stroller;pushchair|poussette|ki
appeau|appeau|sl
barque;barque de peche|barque|sl
fusil de chasse;carabine|fusil de chasse|sl
camion plateau|camion plateau|tr
remorque agricole|remorque agricole|tr
cumulus|chauffe-eau|ap
viennoiserie;viennoiseries;croissant;croissants;pain au chocolat;pains au chocolat;chocolatine|viennoiserie|fo
litiere pour chat;litiere chat|litière|an
poussin|poussin|an|a
telephone a clapet;portable a clapet|téléphone à clapet|mm
scotch;rouleau de scotch;ruban adhesif;adhesif|ruban adhésif|ho
protheses auditives;prothese auditive|appareil auditif|ot
attelle|attelle|ot
masque;masques chirurgicaux;masque chirurgical;masque ffp2;masques ffp2|masque|ot
recommande;lettre recommandee;courrier recommande|recommandé|ot
gel hydroalcoolique|gel hydroalcoolique|ot
oxymetre|oxymètre|ot
pilulier|pilulier|ot
alese;alese impermeable|alèse|ho
protection urinaire;protections urinaires;couche adulte;couches adulte|protection urinaire|ot
coussin anti-escarre|coussin anti-escarres|ot
matelas anti-escarre;matelas anti escarre|matelas anti-escarres|ot
paris match;telerama;geo;national geographic;marie claire;picsou;okapi;j aime lire;science et vie;historia|magazine|bc
album pour enfant|album jeunesse|ki
roman graphique|roman graphique|bc
annales du bac|annales|bc
place pour un spectacle;places pour un spectacle|place de spectacle|bc
billet pour un spectacle|billet de spectacle|bc
billet de cirque;billet pour le cirque|billet de cirque|bc
place de cirque;place pour le cirque|place de cirque|bc
abonnement de tram|abonnement de transport|ot
chevaliere|chevalière|cl
gourmette|gourmette|cl
broche|broche|cl
appareil photo argentique;argentique|appareil photo argentique|mm
appareil photo compact|appareil photo|mm
cartouche de toner|cartouche d'encre|mm
lisseur a cheveux|fer à lisser|ap
tondeuse barbe;tondeuse a barbe|tondeuse à cheveux|ap
plan a langer|table à langer|ki
baignoire pour bebe|baignoire bébé|ki
coussin d allaitement;coussin de grossesse|coussin d'allaitement|ki
nid d ange|gigoteuse|ki
tapis d activites|tapis d'éveil|ki
barriere bebe|barrière de sécurité|ki
reducteur de toilettes;reducteur wc;pot bebe|réducteur de toilettes|ki
cale-bebe;cale bebe|cale-bébé|ki
lait de croissance|lait infantile|ki
compote bebe|petit pot|ki
cuisinette|cuisine enfant|ki
garage a voitures;circuit voiture|petite voiture|ki
clipo|jeu de construction|ki
ardoise magique;tableau enfant|tableau enfant|ki
tente de jeu;tipi enfant|tipi enfant|ki
pneu d hiver|pneu hiver|tr
pneu ete;pneus ete;pneu d ete|pneu été|tr
gant de moto;gants de moto;gants moto|gant de moto|tr
veste de moto;blouson de moto;blouson moto;veste moto|veste de moto|tr
cric rouleur|cric rouleur|dt
chandelles de levage|chandelle|dt
peau de phoque;peaux de phoque|peau de phoque|sl
ecuelle|gamelle|an
fontaine a eau pour chat|fontaine à eau|an
detecteur de metal|détecteur de métaux|sl
lunette astronomique|télescope|sl
pupitre a partition|pupitre|bc
pedalier|pédale d'effet|bc
sono;sonorisation|sono|mm
tourne disque;platine disque|platine vinyle|mm
talkie walkie|talkie-walkie|mm
prise multiple|multiprise|ho
lampe torche;torche;lampe de poche|lampe de poche|ho
raclette electrique;appareil a raclette electrique|appareil à raclette|ap
fontaine a chocolat|fontaine à chocolat|ap
machine a barbe a papa;barbe a papa|machine à barbe à papa|ap
machine a pop-corn;machine a popcorn|machine à pop-corn|ap
tente de reception|tente de réception|gp
piquet de vigne|piquet de vigne|gp
fauteuil de camping|mobilier de camping|sl
jeu de petanque|boules de pétanque|sl
palet breton|jeu d'extérieur|sl
raquette de squash|raquette|sl
kimono de judo;judogi;tenue de judo|kimono de judo|sl
protege-tibias;protege tibias|protège-tibias|sl
chaussons de danse;pointes de danse;justaucorps|tenue de danse|sl
lunettes de piscine|lunettes de piscine|sl
bonnet de bain|bonnet de bain|sl
planche de natation;frite de piscine|planche de natation|sl
brassards;brassard|bouée|sl
velo de spinning|vélo d'appartement|sl
step|stepper|sl
gyropode|hoverboard|tr
porte-bebe velo|siège vélo enfant|ki
remorque velo enfant;remorque enfant|remorque vélo enfant|ki
sacoche velo|sacoche de vélo|tr
garde-boue|garde-boue|tr
batterie de velo;batterie velo electrique|batterie de vélo|tr
booster batterie|chargeur de batterie|tr
boule d attelage|attelage|tr
siege bebe voiture|siège auto|ki
hotte aspirante|hotte|ap
turbine a glace|sorbetière|ap
deshydrateur|déshydrateur|ap
stérilisateur a bocaux;sterilisateur a conserves|stérilisateur à bocaux|ap
plateaux|plateau|ho
plat a four|plat à gratin|ho
toile peinte|tableau|ho
jete de lit;couvre-lit;dessus de lit|couvre-lit|ho
tringle a rideaux|tringle à rideaux|ho
etagere a chaussures|meuble à chaussures|fu
table roulante|desserte|fu
banquette de jardin|banc|fu
cuve a fioul;cuve de recuperation d eau;cuve de recuperation d eau de pluie;cuve a eau de pluie;cuve 1000l|cuve de récupération d'eau|gp
bidon|bidon|ho
jerrican;jerrycan|jerrican|ho
fut metallique;baril|fût|ho
sac de gravats;big bag;big-bag|big bag|bm
gravats|gravats|bm
terre de jardin|terre végétale|gp
paille de lin;paillis|paillage|gp
bois de coupe;branchages;branches|branchage|gp
souche|souche|gp
buis|buis|gp
nefle;nefles|nèfle|fo
cepe;cepes;girolle;girolles|champignon|fo
pain perdu;pain de la veille|pain|fo
invendus;invendu|invendus|fo
panier amap;panier bio|panier de légumes|fo
paquet de pates;spaghettis;coquillettes|pâtes|fo
capsules nespresso|café|fo
sachets de the|thé|fo
galette des rois;galette|galette des rois|fo
buche de noel|bûche de noël|fo
foie gras|foie gras|fo
moka|cafetière italienne|ho
machine a soda;sodastream|machine à soda|ap
cuit-vapeur|cuit-vapeur|ap
cookeo;multicuiseur|multicuiseur|ap
carafe filtrante;carafe brita|carafe filtrante|ho
couteaux;couteau de cuisine|couteau|ho
serviette de table|serviette de table|ho
peignoir|peignoir|cl
rideau de douche|rideau de douche|ho
porte-serviettes;porte-serviette|porte-serviettes|ho
colonne de salle de bain;meuble sous vasque|meuble de salle de bain|fu
commode a langer|commode à langer|ki
tour de lit|tour de lit|ki
mobile pour bebe|mobile musical|ki
cahier;cahiers;stylo;stylos|fournitures scolaires|ki
genouilleres;genouillere;coudieres;protections de roller|protections de roller|sl
planche a roulettes|skateboard|sl
lampe de camping|lampe de camping|sl
boussole|boussole|sl
epuisette|épuisette|sl
waders|waders|sl
gilet de sauvetage|gilet de sauvetage|sl
chasuble|chasuble|sl
pagaie;pagaye|pagaie|sl
bouteille de plongee|bouteille de plongée|sl
disques de fonte;disque de fonte;poids de musculation|disque de fonte|sl
barre de traction|barre de traction|sl
jeu de go|jeu de go|sl
dominos;jeu de dominos|dominos|sl
broderie;canevas|canevas|sl
kit de broderie|kit de broderie|sl
crochets;crochet a tricoter|crochet|sl
patron de couture;patrons de couture|patron de couture|sl
mannequin de couture;buste de couture|mannequin de couture|sl
brodeuse;machine a broder|brodeuse|ap
tour de potier|tour de potier|sl
four a ceramique|four à céramique|sl
boite a couture;necessaire a couture|boîte à couture|sl
fleurs sechees;bouquet de fleurs sechees|fleurs séchées|ho
voile d hivernage|voile d'hivernage|gp
treillis;treillage|treillis|gp
arroseur;arroseur oscillant;programmateur arrosage;programmateur d arrosage|arroseur|gp
echenilloir;coupe-branches;coupe branches|coupe-branches|gp
hache;coin a fendre|hache|gp
chevalet de sciage|chevalet de sciage|gp
granules de bois|granulés de bois|ho
allume-feu;allume feu;briquettes|allume-feu|ho
insert;insert de cheminee|insert de cheminée|ap
pare-feu;pare-etincelles;serviteur de cheminee|accessoire de cheminée|ho
philodendron|plante d'intérieur|gp
oranger|arbre fruitier|gp
extracteur a miel;extracteur de miel|extracteur à miel|an
enfumoir|enfumoir|an
cadre de ruche;cadres de ruche|cadre de ruche|an
hausse de ruche|hausse de ruche|an
combinaison d apiculteur;tenue d apiculteur;vareuse d apiculteur|tenue d'apiculteur|an
essaim;essaim d abeilles|essaim d'abeilles|an|a
toile a peindre;toile de peinture;toile vierge|toile à peindre|sl
boite a peche;boite de peche|boîte à pêche|sl
bourriche|bourriche|sl
triplette de boule;triplette de petanque|boules de pétanque|sl
combinaison de surf;combi de surf;combinaison de kitesurf|combinaison de surf|sl
baudrier;baudrier d escalade|baudrier|sl
chausson d escalade;chaussure d escalade|chaussons d'escalade|sl
corde d escalade;corde d alpinisme|corde d'escalade|sl
mousqueton|mousqueton|sl
descendeur;assureur|descendeur|sl
derailleur|dérailleur|tr
roue de velo;roue arriere de velo;roue avant de velo|roue de vélo|tr
pedale de velo;pedale automatique|pédale|tr
bon d achat;bon achat|bon d'achat|ot
carte cadeau;e-carte cadeau|carte cadeau|ot
bon cadeau;cheque cadeau|bon cadeau|ot
housse de snowboard;housse de snow|housse de snowboard|sl
housse de ski|housse de ski|sl
magnet;magnet de frigo;aimant de frigo;magnet frigo|magnet|ho
dalle de moquette;dalles de moquette|dalle de moquette|bm
raquette de ping pong;raquette de ping-pong;raquette de tennis de table|raquette de ping-pong|sl
popote;popote de camping|popote|sl
piquet de tente;sardine de tente|piquet de tente|sl
pulka|pulka|sl
bonhomme de neige gonflable|bonhomme de neige gonflable|ho
lame de terrasse;planche de terrasse|lame de terrasse|bm
panneau de particule;panneau d agglomere|panneau de particules|bm
sous-couche;sous couche|sous-couche|bm
colle a carrelage;colle carrelage;colle pour carrelage|colle à carrelage|bm
abonnement piscine;abonnement a la piscine;carte de piscine|abonnement piscine|sl
billet d entree;entree parc;entree pour le parc|billet d'entrée|bc
billet d avion;billet avion|billet d'avion|ot
econome;eplucheur;epluche-legume|économe|ho
journal;vieux journaux|journal|bc
ouvre-boite;ouvre boite|ouvre-boîte|ho
canne a mouche|canne à mouche|sl
botte de peche;waders de peche|bottes de pêche|sl
balle de golf|balle de golf|sl
raquette de badminton|raquette de badminton|sl
compteur velo;compteur de velo|compteur de vélo|tr
eclairage velo;eclairage de velo;lumiere de velo;phare de velo|éclairage de vélo|tr
fourche suspendue;fourche de velo;fourche de vtt|fourche de vélo|tr
sterilisateur a bocaux;sterilisateur a conserve|stérilisateur à bocaux|ap
vivarium|vivarium|an
selle de cheval;selle d equitation|selle d'équitation|sl
bombe d equitation;casque d equitation|bombe d'équitation|sl
boule a neige|boule à neige|ho
voiture miniature|voiture miniature|sl
train electrique;train miniature|train électrique|sl
piece de monnaie|pièce de monnaie|sl
polaroid|appareil photo instantané|mm
minidisc;lecteur minidisc|lecteur minidisc|mm
platine cd|lecteur cd|mm
onduleur|onduleur|mm
flash photo;flash cobra|flash photo|mm
carte mere|carte mère|mm
processeur|processeur|mm
barrette de ram;barrette memoire;memoire ram|barrette de ram|mm
alimentation pc;alimentation d ordinateur|alimentation pc|mm
boitier pc|boîtier pc|mm
volant de jeu;volant ps4;volant ps5;volant xbox;volant pc|volant de jeu|mm
cartouche game boy;cartouche de jeu;cartouche nintendo|jeu vidéo|mm
megadrive;mega drive;master system;dreamcast;gamecube;game cube|console de jeux|mm
singer;machine singer|machine à coudre|ap
nutribullet|robot de cuisine|ap
doc martens;dr martens;doc marten|chaussures|cl
billet sncf;billet de tgv;billet tgv;billet ouigo|billet de train|ot
cheque vacances;cheque-vacances;cheque vacance|chèques vacances|ot
ticket restaurant;ticket resto;titre restaurant;ticket-restaurant|ticket restaurant|ot
confiote|confiture|fo
plastique fou|plastique fou|sl
pate fimo;fimo;pate polymere|pâte fimo|sl
cricut;machine de decoupe|machine de découpe|sl
carotteuse|carotteuse|dt
coffret de foret;jeu de foret;boite de foret|jeu de forets|dt
melangeur a peinture;malaxeur;malaxeur a peinture|malaxeur|dt
tapis de sol voiture;tapis de voiture;tapis de sol de voiture|tapis de voiture|tr
brassard de natation;brassard de piscine|brassards|sl
pistolet a eau|pistolet à eau|ki
chateau gonflable|château gonflable|ki
robot de piscine;robot piscine|robot de piscine|gp
couronne de l avent;couronne de noel|couronne de l'avent|ho
chaufferette|chaufferette|ho
bouillotte|bouillotte|ho
raclette pour pare-brise;grattoir de pare-brise;grattoir a givre|grattoir de pare-brise|tr
sel de deneigement|sel de déneigement|gp
lunch box;lunchbox;boite a repas|lunch box|ho
boite a gouter|boîte à goûter|ki
chaise de bain;siege de bain;anneau de bain|siège de bain|ki
babycook;robot babycook;robot bebe|robot cuiseur bébé|ki
tondeuse pour chien;tondeuse pour animaux|tondeuse pour chien|an
jouet pour chien;jouet pour chat;jouet pour animaux|jouet pour animal|an
huile;huile de tournesol;huile de colza;huile de friture|huile|fo
lentille;lentille corail;lentille verte|lentilles|fo
lentille de contact|lentilles de contact|ot
poche;pouche;pochon|sac|ho|c
minitel|minitel|mm
biclou;bicloune|vélo|tr
purin d ortie;purin|purin d'ortie|gp
debarbouillette|gant de toilette|ho
babygro;babygros|grenouillère|ki
wc suspendu;cuvette de wc;cuvette wc;cuvette de toilettes;toilettes suspendues|wc|bm
chaudron|chaudron|ho
chaudiere;chaudiere gaz;chaudiere fioul|chaudière|ap
coque de telephone;coque iphone;coque de portable;coque samsung;etui de telephone|coque de téléphone|mm
maillot|maillot|cl
deguisement adulte;deguisement pour adulte;deguisement homme;deguisement femme|déguisement adulte|cl
box de rangement;boite de rangement en plastique|boîte de rangement|ho
pied de rhubarbe|pied de rhubarbe|gp
pied de tomate|plant de tomate|gp
pied de vigne|pied de vigne|gp
toile ciree|toile cirée|ho
mijoteuse;slow cooker|mijoteuse|ap
roue avant;roue arriere|roue|tr
tapis de fouille|tapis de fouille|an
galettiere;galetiere;bilig|crêpière|ap
schlappe;schlapp;charentaise|chaussons|cl
loque a reloqueter;loque de sol;loque a relaver|serpillière|ho
fourre de duvet;fourre de couette|housse de couette|ho
balayeuse|aspirateur|ap
barboteuse|barboteuse|ki
toutou en peluche|peluche|ki
confit|confit|fo
confit de canard|confit de canard|fo
pissenlit|pissenlit|fo
lampe de jardin;lampe solaire;lampe solaire de jardin;spot solaire|lampe solaire|gp
nain de jardin|nain de jardin|gp
tracteur a pedales;tracteur a pedale|tracteur à pédales|ki
figurine;figurine pokemon;figurine playmobil|figurine|ki
garage de petites voitures;garage en bois;garage a voiture;garage de voiture en bois;garage de voitures en bois|garage jouet|ki
sac en cuir;sac a main en cuir|sac à main|cl
nerf;pistolet nerf;pistolet a flechette|pistolet nerf|ki
frigidere;frigidair|frigo|ap
graine de chia|graines de chia|fo
graine de lin|graines de lin|fo
graine de sesame|graines de sésame|fo
avocatier;noyau d avocat|avocatier|gp
aloe|aloe vera|gp
thuya|thuya|gp
banane|banane|fo
album photo;album de photos;album de photo|album photo|ho
porte-bagage;porte bagage;porte-bagages|porte-bagages|tr
chaine de velo;chaine velo|chaîne de vélo|tr
bmx|bmx|tr
tandem|tandem|tr
monocycle|monocycle|sl
chargeur de trottinette;chargeur de trottinette electrique|chargeur de trottinette|tr
chargeur de velo;chargeur de velo electrique;chargeur de batterie de velo|chargeur de vélo électrique|tr
siege bebe pour velo;siege bebe velo;siege velo bebe|siège vélo enfant|ki
sac banane;banane ceinture|sac banane|cl
tour d observation;tour montessori;tour d apprentissage|tour d'observation|ki
cuve a fioul;cuve a fuel;cuve fioul;cuve a mazout|cuve à fioul|ot
ballerine|ballerines|cl
moon boot;moonboot|moon boots|cl
soulier|chaussure|cl
tunique|tunique|cl
calecon|caleçon|cl
slip|slip|cl
culotte|culotte|cl
soutien-gorge;soutien gorge|soutien-gorge|cl
lingerie|lingerie|cl
bikini|bikini|cl
chemise de nuit|chemise de nuit|cl
poncho|poncho|cl
duffle-coat;duffle coat|duffle-coat|cl
blazer|blazer|cl
beret|béret|cl
cagoule|cagoule|cl
bleu de travail|bleu de travail|cl
brassiere|brassière|cl
tutu|tutu|cl
robe de bapteme|robe de baptême|cl
perruque|perruque|cl
sous-vetement;sous vetement|sous-vêtement|cl
sweat a capuche|sweat à capuche|cl
maillet|maillet|dt
cutter|cutter|dt
ciseau a bois|ciseau à bois|dt
touret a meuler;touret|touret à meuler|dt
tour a bois|tour à bois|dt
raboteuse|raboteuse|dt
scie a ruban|scie à ruban|dt
scie sur table;scie a table|scie sur table|dt
dremel|dremel|dt
coffret de douille;jeu de douille|coffret de douilles|dt
cle a cliquet|clé à cliquet|dt
pince multiprise|pince multiprise|dt
multimetre|multimètre|dt
equerre|équerre|dt
boulon|boulons|dt
ecrou|écrous|dt
bac a peinture|bac à peinture|dt
ruban de masquage;scotch de peintre;ruban de peintre|ruban de masquage|dt
couteau a enduire|couteau à enduire|dt
taloche|taloche|dt
papier de verre;papier abrasif|papier de verre|dt
lunette de protection|lunettes de protection|dt
casque antibruit;casque anti-bruit|casque antibruit|dt
masque de soudure;masque a souder|masque de soudure|dt
treuil|treuil|dt
pompe vide-cave;pompe vide cave;pompe de relevage|pompe vide-cave|dt
mastic|mastic|bm
silicone|silicone|bm
charniere|charnière|bm
poignee de porte|poignée de porte|bm
serrure|serrure|bm
verrou|verrou|bm
bois de charpente|bois de charpente|bm
traverse de chemin de fer|traverse de chemin de fer|bm
chaux|chaux|bm
galet|galets|bm
tole;tole ondulee|tôle|bm
plaque ondulee;fibrociment|plaque ondulée|bm
polycarbonate;plaque de polycarbonate|polycarbonate|bm
plexiglas;plexiglass;plexi|plexiglas|bm
vitre|vitre|bm
double vitrage;double-vitrage|double vitrage|bm
escalier escamotable;escalier de meunier|escalier escamotable|bm
rampe d escalier|rampe d'escalier|bm
garde-corps;garde corps|garde-corps|bm
bidet|bidet|bm
colonne de douche|colonne de douche|bm
pommeau de douche|pommeau de douche|bm
cable electrique;fil electrique|câble électrique|bm
tableau electrique|tableau électrique|bm
disjoncteur|disjoncteur|bm
prise electrique|prise électrique|bm
interrupteur|interrupteur|bm
white spirit;white-spirit|white spirit|bm
chromecast|chromecast|mm
apple tv|apple tv|mm
fire tv stick;fire stick|clé fire tv|mm
repeteur wifi;repeteur|répéteur wifi|mm
adaptateur cpl;boitier cpl;cpl|adaptateur cpl|mm
disque ssd;ssd|disque ssd|mm
cassette video;vhs|cassette vidéo|mm
oculus;meta quest|casque de réalité virtuelle|mm
psp|psp|mm
nintendo 64;n64|nintendo 64|mm
super nintendo;snes|super nintendo|mm
antenne parabolique;parabole|antenne parabolique|mm
fax|fax|mm
bracelet connecte|bracelet connecté|mm
microphone|micro|mm
tablette graphique|tablette graphique|mm
jeu de lumiere;lumiere disco|jeu de lumière|mm
karaoke;machine a karaoke|karaoké|mm
baffle|enceinte|mm
planche de snowboard|snowboard|sl
oreiller de camping;oreiller gonflable|oreiller de camping|sl
filtre a cafe|filtres à café|ho
sac isotherme|sac isotherme|ho
housse de coussin|housse de coussin|ho
protege-matelas;protege matelas|protège-matelas|ho
gant de toilette|gant de toilette|ho
mini chaine;micro chaine;micro-chaine|mini-chaîne|mm
tapis de change|matelas à langer|ki
lingette lavable|lingettes lavables|ki
pistolet d arrosage;lance d arrosage|pistolet d'arrosage|gp
sac a vegetaux;sac a dechets verts|sac à déchets verts|gp
balconniere|balconnière|gp
gazon synthetique|gazon synthétique|gp
coupe-herbe;coupe herbe|coupe-bordure|gp
cloueuse|cloueur|dt
baguette de soudure|baguettes de soudure|dt
fer a beton|fer à béton|bm
porte coulissante|porte coulissante|bm
porte de garage|porte de garage|bm
carreau de ciment|carreau de ciment|bm
bardage;lame de bardage|bardage|bm
cimier;etoile de sapin|cimier de sapin|ho
figurine de creche|santon|ho
bassin de lit;bassin hygienique|bassin de lit|ot
ceinture lombaire|ceinture lombaire|ot
distributeur de croquette|distributeur de croquettes|an
lampe chauffante;lampe infrarouge|lampe chauffante|an
electrificateur;electrificateur de cloture|électrificateur de clôture|an
filet a poule;filet pour poule|filet à poules|an
filet de recolte;filet a olives;filet de recolte d olives|filet de récolte|gp
pondoir;nid de ponte|pondoir|an
livre sonore|livre sonore|ki
livre anime;livre pop-up|livre animé|ki
panier de velo;panier velo|panier de vélo|tr
bequille de velo;bequille velo|béquille de vélo|tr
guidon|guidon|tr
sonnette de velo;sonnette velo|sonnette de vélo|tr
retroviseur|rétroviseur|tr
triporteur|triporteur|tr
solex;velosolex|vélosolex|tr
scoot|scooter|tr
top case;top-case|top case|tr
galerie de toit|galerie de toit|tr
enjoliveur|enjoliveur|tr
triangle de signalisation|triangle de signalisation|tr
housse de siege|housse de siège|tr
pare-soleil;pare soleil|pare-soleil|tr
balai d essuie-glace;balai d essuie glace|balai d'essuie-glace|tr
huile moteur|huile moteur|tr
plaque d immatriculation|plaque d'immatriculation|tr
kit anti-crevaison;kit de crevaison|kit anti-crevaison|tr
roue de secours|roue de secours|tr
4x4|4x4|tr
monospace|monospace|tr
berline|berline|tr
cabriolet|cabriolet|tr
mobil-home;mobil home|mobil-home|tr
fourgon amenage;van amenage|fourgon aménagé|tr
planche de bain|planche de bain|ot
siege de baignoire;siege pour baignoire|siège de baignoire|ot
cadre de toilette;cadre de wc|cadre de toilettes|ot
urinal|urinal|ot
pince de prehension;attrape-tout|pince de préhension|ot
canne tripode|canne tripode|ot
scooter pmr;scooter de mobilite|scooter pmr|ot
leve-personne;leve personne|lève-personne|ot
table de lit|table de lit|ot
lecteur de glycemie;glucometre|lecteur de glycémie|ot
concentrateur d oxygene|concentrateur d'oxygène|ot
minerve|minerve|ot
orthese|orthèse|ot
botte orthopedique;botte de marche|botte orthopédique|ot
bas de contention;chaussette de contention|bas de contention|ot
monte-escalier;monte escalier|monte-escalier|ot
loupe de lecture;loupe electronique|loupe de lecture|ot
""";
}
