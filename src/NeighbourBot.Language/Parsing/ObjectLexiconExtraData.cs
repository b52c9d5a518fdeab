namespace NeighbourBot.Language.Parsing;

/// <summary>
/// More everyday objects (kitchen, garden, food, animals, sport, baby, mobility), same format as <see cref="ObjectLexiconData"/>:
/// written from general French vocabulary, not from the corpus lines.
/// </summary>
internal static class ObjectLexiconExtraData
{
    public const string Lines = """
fringue;fringues|vêtement|cl
fringues de grossesse;fringue de grossesse|vêtement de grossesse|cl
cheval a bascule|cheval à bascule|ki
mobile musical;mobile bebe|mobile musical|ki
carte graphique|carte graphique|mm
tour de pc;tour d ordinateur;unite centrale|tour de pc|mm
micro-casque;casque micro|micro-casque|mm
seche-serviette;seche-serviettes|sèche-serviettes|ap
mini-cuisine;kitchenette|mini-cuisine|ap
methode de guitare;methode de piano;methode de solfege|méthode de musique|bc
abonnement de cinema;carte de cinema|abonnement de cinéma|bc
decapeuse thermique;decapeur thermique|décapeur thermique|dt
marteau-piqueur;marteau piqueur|marteau-piqueur|dt
detecteur de cable;detecteur de cables|détecteur de câbles|dt
motoculteuse|motoculteur|gp
houe|houe|gp
souris blanche|souris|an
chatiere|chatière|an
punching-ball;punching ball;sac de frappe|sac de frappe|sl
filet de volley;filet de badminton;filet de tennis|filet de volley|sl
balle de tennis|balle de tennis|sl
fusil de paintball;lanceur de paintball|matériel de paintball|sl
crepi;enduit|enduit|bm
rail;montant;rail placo|rail de placo|bm
latte;lattes de parquet|latte|bm
velux;fenetre de toit|fenêtre de toit|bm
cabine de douche;bac a douche;receveur de douche|cabine de douche|bm
essuie-glace;essuie-glaces|essuie-glace|tr
voiturette;voiture sans permis|voiturette|tr
bottine|bottine|cl
mocassin|mocassin|cl
kimono|kimono|cl
sac de voyage|sac de voyage|cl
poste de television;poste de tele;televiseur cathodique|télé|mm
orgue;orgue electronique;orgue electrique|orgue|bc
pese-bebe;pese bebe|pèse-bébé|ki
pese-personne;pese personne|pèse-personne|ho
moule a gaufre|moule à gaufres|ho
cithare|cithare|bc
banjo|banjo|bc
machine a fumee|machine à fumée|mm
detecteur de metaux|détecteur de métaux|sl
ble d inde|blé d'inde|fo
minou;minet|chat|an
portant a vetements;portant|portant à vêtements|fu
colonne de rangement|colonne de rangement|fu
chalumeau|chalumeau|dt
corbeille|corbeille|ho
congelateur armoire|congélateur armoire|ap
verre a vin|verre à vin|ho
verre a eau|verre à eau|ho
cle de voiture;cle de la voiture;cle voiture|clé de voiture|ot
billet de match;billet pour le match|billet de match|bc
place de match;place pour le match|place de match|bc
place de spectacle;place pour le spectacle|place de spectacle|bc
billet de spectacle;billet pour le spectacle|billet de spectacle|bc
place de theatre;place pour le theatre|place de théâtre|bc
billet de theatre;billet pour le theatre|billet de théâtre|bc
billet pour le concert|billet de concert|bc
place pour le concert|place de concert|bc
billet de festival;billet pour le festival;pass festival|billet de festival|bc
place de festival;place pour le festival|place de festival|bc
botte de pluie;botte en caoutchouc|botte de pluie|cl
papier peint|papier peint|bm
rouleau de papier peint|rouleau de papier peint|bm
tomette;tommette|tomette|bm
tuteur;tuteur en bambou|tuteur|gp
doudou ours|doudou ours|ki
doudou chat|doudou chat|ki
doudou chien|doudou chien|ki
pot de yaourt en verre;pot de yaourt vide|pot de yaourt en verre|ho
meridienne|méridienne|fu
outils de bricolage;outillage|outil de bricolage|dt
outils de jardin;outils de jardinage;outil de jardin|outil de jardin|gp
banc coffre|banc coffre|fu
banc tv|meuble tv|fu
lit escamotable|lit escamotable|fu
robot de cuisine|robot de cuisine|ap
pierrade|pierrade|ap
tourne-disque|platine vinyle|mm
poste de radio|radio|mm
box tv|décodeur|mm
gameboy|console de jeux|mm
porte carte|porte-cartes|ot
landau|landau|ki
parc a bebe|parc bébé|ki
livres jeunesse|livre jeunesse|ki
flute traversiere|flûte traversière|bc
ticket de cinema;billet de cinema;place de cinema|ticket de cinéma|bc
decolleuse|décolleuse à papier peint|dt
coupe-carrelage|coupe-carrelage|dt
tuyau arrosage|tuyau d'arrosage|gp
semences|graine|gp
piscine hors-sol|piscine gonflable|gp
canisse;brise-vue|brise-vue|gp
ruche|ruche|an
carrior|remorque vélo|tr
cagette en bois;cagettes en bois|cagette|ho
caisse en bois|caisse en bois|ho
coffre a jouets|coffre à jouets|ki
fauteuil voltaire|fauteuil voltaire|fu
fauteuil crapaud|fauteuil crapaud|fu
chaise bistrot;chaises bistrot|chaise bistrot|fu
banquette lit|banquette-lit|fu
thermometre|thermomètre|ho
machine a glacons|machine à glaçons|ap
crepiere;billig|crêpière|ap
mandoline|mandoline|ho
boite a pain|boîte à pain|ho
porte-parapluie|porte-parapluie|ho
ventilateur de plafond|ventilateur de plafond|ap
rafraichisseur d air;rafraichisseur;air cooler|rafraîchisseur d'air|ap
brumisateur|brumisateur|ho
serpilliere;balai vapeur|balai vapeur|ho
pied de biche|pied de biche|dt
fendeuse|fendeuse de bûches|gp
fendeur de buches;fendeur de bois|fendeur de bûches|gp
scie a buches|scie à bûches|gp
epandeur|épandeur|gp
houe;grelinette;aerobeche|grelinette|gp
chariot de jardin|chariot de jardin|gp
plants d aromatiques;plant d aromatiques;plants aromatiques|plant d'aromatique|gp
pieds de tomates|plant de tomate|gp
fleurs coupees;bouquet de fleurs|bouquet de fleurs|gp
foin de prairie;paille|paille|an
grain pour poules;graines pour poules|grain pour poules|an
mangeoire|mangeoire|an
manteau pour chien|manteau pour chien|an
jouets pour chat;jouet pour chat|jouet pour chat|an
rat domestique|rat|an|a
escargot;escargots|escargot|an|a
herisson|hérisson|an|a
poireaux|poireau|fo
feves|fève|fo
agrumes;oranges|orange|fo
pate a tartiner|pâte à tartiner|fo
sauce tomate;coulis|sauce tomate|fo
cartes routieres|carte routière|bc
casque vr;casque de realite virtuelle|casque vr|mm
talkie-walkie|talkie-walkie|mm
calculatrice|calculatrice|mm
chargeur d ordinateur;chargeur d ordi;chargeur pc|chargeur d'ordinateur portable|mm
boite aux lettres|boîte aux lettres|ho
chanceliere|chancelière|ki
habit de neige;habits de neige|combinaison de ski enfant|ki
tenue de ski|combinaison de ski|sl
blouse|blouse|cl
gants de jardinage;gants de jardin|gants de jardinage|gp
cuissardes|cuissarde|sl
lunettes de natation|lunettes de natation|sl
stepper|stepper|sl
tapis de gym|tapis de yoga|sl
club de golf;clubs de golf|club de golf|sl
sac de golf|sac de golf|sl
crosse de hockey|crosse de hockey|sl
casque de ski|casque de ski|sl
luge en bois|luge|sl
metier a tisser|métier à tisser|sl
pinceaux|pinceau|sl
argile;pate a modeler|pâte à modeler|ki
sac de couchage enfant|sac de couchage|sl
jeux d eveil|jeu d'éveil|ki
livres bebe|livre bébé|ki
rollers enfant|roller enfant|ki
trottinette electrique enfant|trottinette électrique|tr
gilet jaune|gilet jaune|tr
moto-cross|moto|tr
cabas;caddie;chariot de courses|chariot de courses|ho
aerosol;nebuliseur|nébuliseur|ot
appareil auditif|appareil auditif|ot
dentier|dentier|ot
doudou girafe|doudou girafe|ki
tassimo|machine à café|ap
kway;k way|imperméable|cl
rocking chair|fauteuil à bascule|fu
toaster|grille-pain|ap
slackline|slackline|sl
babycook;robot bebe|robot cuiseur bébé|ki
router;routeur wifi|routeur|mm
dashcam;dash cam;camera embarquee|caméra embarquée|mm
coffee table|table basse|fu
tripp trapp|chaise haute|ki
samoussa;samosa|samoussa|fo
nems|nem|fo
accras|accra|fo
tintin;asterix|bd|bc
converse|baskets|cl
crocs|crocs|cl
kids bike;kid bike|vélo enfant|ki
pot en terre|pot en terre|gp
gobelet|gobelet|ho
cupcake|cupcake|fo
sac congelation;sac de congelation|sac congélation|ho
tire-bouchon;tire bouchon;tire-bouchons|tire-bouchon|ho
kit mains libres;kit main libre|kit mains libres|mm
fouet;fouet de cuisine|fouet|ho
louche|louche|ho
huitre|huître|fo
boots|bottine|cl
bomber|blouson|cl
jogging;bas de jogging;pantalon de jogging|jogging|cl
freebox;livebox;bbox|box internet|mm
power bank|batterie externe|mm
cooker|cuisinière|ap
mixer plongeant|mixeur|ap
chaise bercante|fauteuil à bascule|fu
machine laver|machine à laver|ap
machine coudre|machine à coudre|ap
affaires de bebe;affaires bebe;affaires pour bebe|affaires de bébé|ki
affaires scolaires;affaires de classe;affaires d ecole|fournitures scolaires|ki
crepe|crêpe|fo
beignet|beignet|fo
macaron|macaron|fo
madeleine|madeleine|fo
gaufre|gaufre|fo
chouquette|chouquette|fo
muffin|muffin|fo
attache-tetine;attache tetine|attache-tétine|ki
mouche-bebe;mouche bebe|mouche-bébé|ki
cape de bain|cape de bain|ki
bloque-porte;bloque porte|bloque-porte|ki
cache-prise;cache prise|cache-prise|ki
base isofix;isofix|base isofix|ki
boite a musique|boîte à musique|ki
lolette|tétine|ki
cahier de coloriage;livre de coloriage;coloriage|cahier de coloriage|ki
toupie|toupie|ki
bille|billes|ki
hula hoop;hula-hoop|hula hoop|ki
jouet de plage;jeu de plage|jouet de plage|ki
mille borne;1000 borne|mille bornes|ki
puissance 4;puissance quatre|puissance 4|ki
jenga|jenga|ki
aventuriers du rail;ticket to ride|les aventuriers du rail|ki
bataille navale|bataille navale|ki
rubik s cube;rubik|rubik's cube|ki
pinata|piñata|ki
jeton de poker;mallette de poker|mallette de poker|ki
carte yu-gi-oh;yu-gi-oh;yugioh|cartes yu-gi-oh|ki
avion radiocommande;avion telecommande|avion radiocommandé|ki
helicoptere telecommande;helicoptere radiocommande|hélicoptère télécommandé|ki
bateau telecommande;bateau radiocommande|bateau télécommandé|ki
voiture radiocommandee|voiture radiocommandée|ki
taille-crayon;taille crayon|taille-crayon|ki
gomme|gomme|ki
crayon|crayon|ki
cahier de vacance|cahier de vacances|bc
bescherelle|bescherelle|bc
livre audio|livre audio|bc
livre d art|livre d'art|bc
album de timbre|album de timbres|sl
gravure|gravure|bc
sculpture|sculpture|bc
crayon pastel;pastel sec|pastels|bc
point de croix;kit point de croix|point de croix|sl
fermeture eclair;fermeture a glissiere|fermeture éclair|sl
pellicule photo;pellicule argentique|pellicule photo|mm
detendeur|détendeur|sl
gilet stabilisateur|gilet stabilisateur|sl
ordinateur de plongee|ordinateur de plongée|sl
lampe de plongee|lampe de plongée|sl
ceinture de plomb;ceinture de plongee|ceinture de plomb|sl
bloc de plongee|bouteille de plongée|sl
chausson de plongee|chaussons de plongée|sl
fusil de chasse sous-marine;fusil harpon|fusil de chasse sous-marine|sl
arbalete|arbalète|sl
voilier|voilier|sl
bateau pneumatique;zodiac|bateau pneumatique|sl
aviron|aviron|sl
kitesurf;kite-surf|kitesurf|sl
windsurf|planche à voile|sl
pedalo|pédalo|sl
ski nautique|ski nautique|sl
jet ski;jet-ski|jet-ski|sl
moteur de bateau;moteur hors-bord;moteur hors bord;hors-bord|moteur hors-bord|sl
remorque bateau;remorque a bateau|remorque à bateau|tr
fixation de ski;fixation de snowboard|fixation de ski|sl
ski de randonnee;ski de rando|ski de randonnée|sl
traineau|traîneau|sl
piolet|piolet|sl
porte-ski;porte ski|porte-skis|tr
couteau suisse|couteau suisse|sl
opinel|couteau opinel|sl
cartouche de gaz;cartouche gaz|cartouche de gaz|sl
camping-gaz;camping gaz;campingaz|réchaud camping-gaz|sl
douche solaire|douche solaire|sl
wc chimique;toilette chimique|wc chimique|tr
tente de toit|tente de toit|tr
elastique de musculation;bande elastique|élastique de musculation|sl
station de musculation;appareil de musculation|station de musculation|sl
casque de boxe|casque de boxe|sl
tatami|tatami|sl
arc a poulie;arc de tir|arc|sl
frisbee|frisbee|sl
longue-vue;longue vue|longue-vue|sl
leurre|leurre|sl
raquette de padel|raquette de padel|sl
flipper|flipper|sl
cuissard|cuissard|cl
guitare basse|guitare basse|bc
guitare acoustique|guitare acoustique|bc
hautbois|hautbois|bc
basson|basson|bc
flute de pan|flûte de pan|bc
tambour|tambour|bc
maraca|maracas|bc
cymbale|cymbale|bc
caisse claire|caisse claire|bc
bongo|bongos|bc
darbouka;derbouka|darbouka|bc
cornemuse|cornemuse|bc
piano a queue|piano à queue|bc
corde de guitare|cordes de guitare|bc
archet|archet|bc
lumignon;photophore|lumignon|ho
bugne|bugne|fo
quenelle|quenelle|fo
gratin|gratin|fo
support mural;support tv;support de tele;support de television;support d ecran|support mural|mm
planche de paddle;planche paddle;paddle gonflable|paddle|sl
combi de plongee;combi plongee;combinaison de plongee|combinaison de plongée|sl
""";
}
