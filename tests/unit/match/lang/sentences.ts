/**
 * Short news sentences, written for these tests, three per language (four for
 * Serbian: both alphabets). Each language tells the same three stories so
 * that the detector cannot lean on topic words.
 */
import type { Lang } from '../../../../lib/match/lang/languages';

export const SENTENCES: readonly (readonly [Lang, string])[] = [
  [
    'en',
    'The government said on Tuesday that it would send more air defence systems to the region after a series of drone attacks damaged power stations and left thousands of homes without electricity.',
  ],
  [
    'en',
    'Police have arrested two men in connection with the explosion, which investigators believe was caused by a device hidden under the car, according to a statement released late on Friday.',
  ],
  [
    'en',
    'Officials in Brussels warned that the new sanctions package could take weeks to agree, as several member states are still worried about the impact on their own energy prices.',
  ],
  [
    'de',
    'Die Bundesregierung hat am Dienstag angekündigt, weitere Luftabwehrsysteme in die Ukraine zu liefern, nachdem bei russischen Angriffen mehrere Kraftwerke beschädigt worden waren.',
  ],
  [
    'de',
    'Nach Angaben der Polizei wurde der Wagen durch eine Sprengladung zerstört, die unter dem Fahrersitz versteckt war; die Ermittler gehen von einem gezielten Anschlag aus.',
  ],
  [
    'de',
    'Der Kanzler sagte, man werde die Sanktionen so lange aufrechterhalten, bis Moskau seine Truppen aus dem besetzten Gebiet abgezogen habe, und forderte mehr Einigkeit in der EU.',
  ],
  [
    'fr',
    "Le gouvernement a annoncé mardi l'envoi de nouveaux systèmes de défense aérienne en Ukraine, après une série d'attaques de drones qui ont privé des milliers de foyers d'électricité.",
  ],
  [
    'fr',
    "Selon la police, la voiture a été détruite par un engin explosif placé sous le siège du conducteur, et les enquêteurs privilégient la piste d'un attentat ciblé.",
  ],
  [
    'fr',
    "Le président a déclaré que les sanctions resteraient en vigueur tant que les troupes russes n'auraient pas quitté les territoires occupés, tout en appelant à l'unité européenne.",
  ],
  [
    'es',
    'El Gobierno anunció el martes el envío de nuevos sistemas de defensa antiaérea a Ucrania, después de que una serie de ataques con drones dejara sin electricidad a miles de hogares.',
  ],
  [
    'es',
    'Según la policía, el coche fue destruido por un artefacto explosivo colocado bajo el asiento del conductor, y los investigadores creen que se trató de un atentado dirigido.',
  ],
  [
    'es',
    'El presidente afirmó que las sanciones seguirán vigentes mientras las tropas rusas no se retiren de los territorios ocupados, y pidió más unidad a los socios europeos.',
  ],
  [
    'it',
    "Il governo ha annunciato martedì l'invio di nuovi sistemi di difesa aerea in Ucraina, dopo che una serie di attacchi con droni ha lasciato migliaia di famiglie senza elettricità.",
  ],
  [
    'it',
    "Secondo la polizia, l'auto è stata distrutta da un ordigno esplosivo nascosto sotto il sedile del conducente, e gli investigatori ritengono che si sia trattato di un attentato mirato.",
  ],
  [
    'it',
    'Il presidente ha detto che le sanzioni resteranno in vigore finché le truppe russe non si saranno ritirate dai territori occupati, chiedendo più unità ai partner europei.',
  ],
  [
    'pt',
    'O governo anunciou na terça-feira o envio de novos sistemas de defesa aérea para a Ucrânia, depois de uma série de ataques com drones ter deixado milhares de casas sem eletricidade.',
  ],
  [
    'pt',
    'Segundo a polícia, o carro foi destruído por um engenho explosivo escondido debaixo do banco do condutor, e os investigadores acreditam que se tratou de um atentado dirigido.',
  ],
  [
    'pt',
    'O presidente afirmou que as sanções vão continuar em vigor enquanto as tropas russas não se retirarem dos territórios ocupados, e pediu mais união aos parceiros europeus.',
  ],
  [
    'ro',
    'Guvernul a anunțat marți că va trimite noi sisteme de apărare antiaeriană în Ucraina, după ce o serie de atacuri cu drone au lăsat mii de locuințe fără electricitate.',
  ],
  [
    'ro',
    'Potrivit poliției, mașina a fost distrusă de un dispozitiv exploziv ascuns sub scaunul șoferului, iar anchetatorii cred că a fost vorba de un atentat țintit.',
  ],
  [
    'ro',
    'Președintele a declarat că sancțiunile vor rămâne în vigoare până când trupele ruse se vor retrage din teritoriile ocupate și a cerut mai multă unitate partenerilor europeni.',
  ],
  [
    'pl',
    'Rząd ogłosił we wtorek, że wyśle na Ukrainę kolejne systemy obrony przeciwlotniczej, po tym jak seria ataków dronów pozbawiła prądu tysiące domów.',
  ],
  [
    'pl',
    'Według policji samochód został zniszczony przez ładunek wybuchowy ukryty pod siedzeniem kierowcy, a śledczy uważają, że był to zamach wymierzony w konkretną osobę.',
  ],
  [
    'pl',
    'Prezydent powiedział, że sankcje pozostaną w mocy, dopóki rosyjskie wojska nie wycofają się z okupowanych terytoriów, i zaapelował o jedność partnerów europejskich.',
  ],
  [
    'nl',
    'De regering heeft dinsdag aangekondigd dat ze nieuwe luchtafweersystemen naar Oekraïne stuurt, nadat een reeks drone-aanvallen duizenden huishoudens zonder stroom had gezet.',
  ],
  [
    'nl',
    'Volgens de politie werd de auto vernietigd door een explosief dat onder de bestuurdersstoel was verstopt, en de onderzoekers gaan uit van een gerichte aanslag.',
  ],
  [
    'nl',
    'De president zei dat de sancties van kracht blijven zolang de Russische troepen zich niet uit de bezette gebieden hebben teruggetrokken, en riep op tot meer Europese eenheid.',
  ],
  [
    'hu',
    'A kormány kedden bejelentette, hogy újabb légvédelmi rendszereket küld Ukrajnába, miután egy sor dróntámadás több ezer háztartást hagyott áram nélkül.',
  ],
  [
    'hu',
    'A rendőrség szerint az autót a vezetőülés alá rejtett robbanószerkezet semmisítette meg, és a nyomozók egy ismert üzletember elleni célzott merényletre gyanakszanak.',
  ],
  [
    'hu',
    'Az elnök azt mondta, hogy a szankciók addig maradnak érvényben, amíg az orosz csapatok ki nem vonulnak a megszállt területekről, és nagyobb európai egységet sürgetett.',
  ],
  [
    'fi',
    'Hallitus ilmoitti tiistaina lähettävänsä Ukrainaan uusia ilmatorjuntajärjestelmiä, sen jälkeen kun sarja drooni-iskuja jätti tuhannet kodit ilman sähköä useiksi päiviksi viime viikolla.',
  ],
  [
    'fi',
    'Poliisin mukaan auto tuhoutui kuljettajan istuimen alle piilotetun räjähteen vuoksi, ja tutkijat uskovat, että kyseessä oli kohdennettu isku yhtä tiettyä henkilöä vastaan.',
  ],
  [
    'fi',
    'Presidentti sanoi, että pakotteet pysyvät voimassa niin kauan kuin venäläiset joukot eivät ole vetäytyneet miehitetyiltä alueilta, ja hän vaati Euroopalta enemmän yhtenäisyyttä.',
  ],
  [
    'cs',
    'Vláda v úterý oznámila, že na Ukrajinu pošle další systémy protivzdušné obrany poté, co série útoků drony připravila o elektřinu tisíce domácností.',
  ],
  [
    'cs',
    'Podle policie bylo auto zničeno výbušninou ukrytou pod sedadlem řidiče a vyšetřovatelé se domnívají, že šlo o cílený útok na konkrétní osobu.',
  ],
  [
    'cs',
    'Prezident uvedl, že sankce zůstanou v platnosti, dokud se ruská vojska nestáhnou z okupovaných území, a vyzval evropské partnery k větší jednotě.',
  ],
  [
    'sr',
    'Vlada je u utorak saopštila da će poslati nove sisteme protivvazdušne odbrane u Ukrajinu, nakon što je serija napada dronovima ostavila hiljade domaćinstava bez struje.',
  ],
  [
    'sr',
    'Prema navodima policije, automobil je uništen eksplozivnom napravom koja je bila skrivena ispod sedišta vozača, a istražitelji veruju da je reč o ciljanom napadu.',
  ],
  [
    'sr',
    'Председник је рекао да ће санкције остати на снази све док руске трупе не напусте окупиране територије, и позвао је европске партнере на веће јединство.',
  ],
  [
    'sr',
    'Према наводима полиције, аутомобил је уништен експлозивном направом која је била сакривена испод седишта возача, а истражитељи верују да је реч о циљаном нападу.',
  ],
  [
    'ru',
    'Правительство во вторник объявило, что направит на Украину новые системы противовоздушной обороны, после того как серия атак беспилотников оставила тысячи домов без электричества.',
  ],
  [
    'ru',
    'По данным полиции, автомобиль был уничтожен взрывным устройством, спрятанным под сиденьем водителя, и следователи считают, что это было спланированное покушение.',
  ],
  [
    'ru',
    'Президент заявил, что санкции останутся в силе до тех пор, пока российские войска не покинут оккупированные территории, и призвал европейских партнёров к большему единству.',
  ],
  [
    'uk',
    'Уряд у вівторок оголосив, що надішле в Україну нові системи протиповітряної оборони, після того як серія атак дронів залишила тисячі будинків без електрики.',
  ],
  [
    'uk',
    'За даними поліції, автомобіль було знищено вибуховим пристроєм, захованим під сидінням водія, і слідчі вважають, що це був спланований замах.',
  ],
  [
    'uk',
    'Президент заявив, що санкції залишатимуться в силі, доки російські війська не залишать окуповані території, і закликав європейських партнерів до більшої єдності.',
  ],
  [
    'hr',
    'Vlada je u utorak priopćila da će poslati nove sustave protuzračne obrane u Ukrajinu, nakon što je niz napada dronovima ostavio tisuće kućanstava bez struje.',
  ],
  [
    'hr',
    'Prema navodima policije, automobil je uništen eksplozivnom napravom koja je bila skrivena ispod vozačeva sjedala, a istražitelji vjeruju da je riječ o ciljanom napadu.',
  ],
  [
    'hr',
    'Predsjednik je rekao da će sankcije ostati na snazi sve dok se ruske postrojbe ne povuku s okupiranih područja, te je pozvao europske partnere na veće jedinstvo.',
  ],
  [
    'bs',
    'Vlada je u utorak saopćila da će poslati nove sisteme protivzračne odbrane u Ukrajinu, nakon što je niz napada dronovima ostavio hiljade domaćinstava bez struje.',
  ],
  [
    'bs',
    'Prema navodima policije, automobil je uništen eksplozivnom napravom skrivenom ispod sjedišta vozača, a istražitelji vjeruju da je riječ o ciljanom napadu, saopćeno je iz tužilaštva.',
  ],
  [
    'bs',
    'Predsjednik je rekao da će sankcije ostati na snazi sve dok ruske trupe ne napuste okupirane teritorije, te je pozvao evropske partnere na veće jedinstvo.',
  ],
  [
    'sk',
    'Vláda v utorok oznámila, že na Ukrajinu pošle ďalšie systémy protivzdušnej obrany po tom, čo séria útokov dronov pripravila o elektrinu tisíce domácností.',
  ],
  [
    'sk',
    'Podľa polície bolo auto zničené výbušninou ukrytou pod sedadlom vodiča a vyšetrovatelia sa domnievajú, že išlo o cielený útok na konkrétnu osobu.',
  ],
  [
    'sk',
    'Prezident uviedol, že sankcie zostanú v platnosti, kým sa ruské vojská nestiahnu z okupovaných území, a vyzval európskych partnerov na väčšiu jednotu.',
  ],
  [
    'sl',
    'Vlada je v torek sporočila, da bo v Ukrajino poslala nove sisteme protizračne obrambe, potem ko je serija napadov z droni pustila tisoče gospodinjstev brez elektrike.',
  ],
  [
    'sl',
    'Po navedbah policije je avtomobil uničila eksplozivna naprava, ki je bila skrita pod voznikovim sedežem, preiskovalci pa menijo, da je šlo za ciljni napad.',
  ],
  [
    'sl',
    'Predsednik je dejal, da bodo sankcije ostale v veljavi, dokler se ruske enote ne umaknejo z zasedenih ozemelj, in je evropske partnerje pozval k večji enotnosti.',
  ],
  [
    'da',
    'Ministeren sagde torsdag, at regeringen vil forbyde russiske turister at rejse ind i landet, fordi antallet af ansøgninger er steget kraftigt efter mobiliseringen.',
  ],
  [
    'da',
    'Ifølge efterretningstjenesten har flere soldater nægtet at kæmpe, og de bliver nu holdt i en kælder af deres egne officerer.',
  ],
  [
    'da',
    'Det er ikke første gang, at myndighederne lukker grænsen, men beslutningen blev taget efter et møde med udenrigsministeren.',
  ],
  [
    'no',
    'Ministeren sier at regjeringen vil stenge grensen for russiske turister etter at antallet søknader har økt kraftig de siste ukene.',
  ],
  [
    'no',
    'Ifølge etterretningstjenesten har flere soldater nektet å kjempe, og de blir nå holdt i en kjeller av sine egne offiserer.',
  ],
  [
    'no',
    'Det er ikke første gang myndighetene stenger grensen, men beslutningen ble tatt etter et møte med utenriksministeren i går.',
  ],
  [
    'sv',
    'Ministern säger att regeringen vill stänga gränsen för ryska turister efter att antalet ansökningar har ökat kraftigt de senaste veckorna.',
  ],
  [
    'sv',
    'Enligt underrättelsetjänsten har flera soldater vägrat att strida, och de hålls nu i en källare av sina egna officerare.',
  ],
  [
    'sv',
    'Det är inte första gången som myndigheterna stänger gränsen, men beslutet fattades efter ett möte med utrikesministern i går.',
  ],
];
