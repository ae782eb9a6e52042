/**
 * Evidence for the language detector: for each language, very frequent
 * function words and the letters its alphabet has and its neighbours lack.
 * Written in the original spelling, lower case, since detection reads the
 * page text before folding. A word or letter listed for several languages
 * counts for each of them in proportion (see detect.ts).
 */
import type { LANGS } from './languages';

type Supported = (typeof LANGS)[number];

/**
 * Croatian and Bosnian share Serbian's function words: the vote reads the
 * three as Serbian, and DIALECT_WORDS then tells them apart.
 */
export type Voter = Exclude<Supported, 'hr' | 'bs'>;

/** Function words per language, space-separated. */
export const FUNCTION_WORDS: Readonly<Record<Voter, string>> = {
  en:
    'the of and to in a is that for it as was with be by on not he this are or his from at which but have an ' +
    'they had were has been their its said after who will would more than also into over she her we there when ' +
    'about against during since some could other',
  de:
    'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei ' +
    'sind nach wird einer um am noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch ' +
    'man sie wurde wurden seit gegen dass wir ich soll hatte werden kann sei keine unter damit ihre seine worden',
  nl:
    'de het een en van in is dat op te zijn met voor niet aan er die ook om maar bij als door was worden wordt ' +
    'werd naar nog uit over dan heeft hij ze zij tot kan wel geen na deze tegen volgens hun al meer twee hebben ' +
    'had waren zou omdat toen tijdens onder jaar sinds nu daar dit hem haar zich',
  fr:
    'de la le et les des en un une du est que pour dans qui au il pas sur par plus ne se avec a ce sont ont aux ' +
    'été elle mais ou leur cette lors selon après entre aussi nous vous ils deux même tout d l qu n s c j y était ' +
    'avait sa son ses ces comme contre depuis où lui',
  es:
    'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este porque ' +
    'esta entre cuando muy sin sobre también hasta hay donde desde todo durante todos uno les ni contra otros ese ' +
    'eso ante ellos e esto fue ha han está son según tras había después dijo era sido año cual hace',
  it:
    'di e il la che a per un in è del della non una sono le si con i da al lo gli ha dei alla come più ma nel ' +
    'anche questo dal ci nella delle degli se suo sua hanno stato tra dopo già essere quando cui secondo ancora ' +
    'sul sulla nei negli ad ed fa fra quella quello questa dell nell all sull dalla stati stata contro perché mentre',
  pt:
    'de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou ' +
    'quando muito nos já também só pelo pela até isso ela entre depois sem mesmo aos foi são está foram pelos ' +
    'pelas segundo disse ainda num numa nas essa esse este esta havia após contra têm tem será às',
  ro:
    'și în de la cu pe a din că nu este fost care mai sunt pentru au o un să se ce ca după dar sau acest ' +
    'această lui fi între prin iar avea fiind una unei unui spre despre până când cum doar le ei el ea lor ' +
    'acestea aceasta acum anul ani potrivit către împotriva însă',
  pl:
    'się nie że na w z do jest to jak od po przez dla czy ale oraz przy już tak jego które który która był ' +
    'była było są i a o u we ze co tym jednak także jej ich podczas według wobec przeciwko tylko może został ' +
    'została zostały roku lat będzie gdy jako tego',
  cs:
    'se je že na v a s z do to jsou byl byla bylo jako který která které ale pro po od ve při už také by jeho ' +
    'podle není nebo aby tak jak jsem má mezi proti však roku své jejich všech jen kde ze i o k u za bude když',
  sr:
    'je i u da na se za od su sa koji koja koje kojem što kao ali iz to nije bio bila biti će ili jer prema ' +
    'posle nakon tokom kod još samo ovo ova ovaj taj zbog kada već oko ga ih mu joj bi do po o a sve godine ' +
    'rekao kako njegov između protiv takođe',
  sk:
    'sa je na v a že to ako sú bol bola bolo boli ktorý ktorá ktoré ktorí ktorého ktorej ale pre po od vo pri ' +
    'už aj by jeho podľa nie alebo aby tak jej ich medzi proti však roku svoje len iba kde zo i o k u za bude ' +
    'keď čo ešte tiež uviedol povedal sme som',
  sl:
    'je in v na da se za so ki z s pa tudi ne bi po od iz o k pri kot še že ga jih smo sta bo bodo bil bila ' +
    'bilo bili lahko zaradi med ter vendar kjer ko le proti ob naj več leta dejal dejala glede tako ta tega ' +
    'tem ni niso saj',
  hu:
    'a az és hogy nem is egy meg el ki van volt de már csak mint még ez azt után között szerint pedig ezt ' +
    'akkor lesz kell vagy így amely amelyet mert sem ha fel be le által óta alatt miatt ellen két több most ' +
    'nincs voltak lett ami aki akik amit mely arra erre ezért majd valamint illetve',
  fi:
    'ja on ei että se hän oli ovat mutta kun tai myös jo vain joka jotka sen niin kuin nyt ole mukaan tämä ' +
    'hänen kanssa olla vielä sitä sekä koska jos voi ollut olivat eli noin jälkeen aikana vuonna ne he me mitä ' +
    'mikä joita jossa siitä tänään eivät olisi kaksi yli vuoden vastaan',
  da:
    'og i at det en er til på som med de af for den ikke har et var fra han der om men kan skal også efter blev ' +
    'ved eller jeg vi være sig har hun da når mod over under have blive bliver end alle nu hvor hvis sagde ifølge',
  no:
    'og i er det som på til en av for med at har ikke de den et var fra han om men kan skal også etter ble ved ' +
    'eller jeg vi være seg hun da når mot over under ha blir enn alle nå hvor hvis sier ifølge ikkje eg dei ' +
    'frå',
  sv:
    'och i att det som en på är av för med till den har de inte om ett var han men jag vi från så kan hon ' +
    'efter när eller sig skulle också vid under mot över alla nu där bli blev sedan enligt säger sade hade än',
  ru:
    'и в не на что с по это как для он из от к о а но за у же его так было был была были они она еще ещё ' +
    'уже только при после также когда если который которые которая может чтобы бы до об их ее её или со между ' +
    'против том этом года заявил сообщил более во',
  uk:
    'і й та в у не на що з із по це як для він від до о а але за же його так було був була були вони вона ' +
    'ще вже тільки при після також коли якщо який які яка може щоб би про їх її або зі між проти цьому року ' +
    'заявив повідомив більше через має мають ми під над',
};

/** Serbian in Cyrillic: the Latin list above, transliterated. */
export const SERBIAN_CYRILLIC_WORDS =
  'је и у да на се за од су са који која које што као али из то није био била бити ће или јер према после ' +
  'након током код још само ово ова овај тај због када већ око га их му јој би до по о а све године рекао ' +
  'како његов између против такође';

/**
 * Words that tell Serbian, Croatian and Bosnian apart once the vote has read
 * a Latin text as one of them: Serbian writes e where the other two write ije
 * or je (posle, poslije; gde, gdje), Croatian has words of its own (tko,
 * tisuća, tjedan, tijekom, europski), and Bosnian shares some with Serbian
 * (hiljada, tokom, evropski) and others with Croatian (također, vanjski).
 * A word listed for two of them counts half for each.
 */
const IJEKAVIAN =
  'prije poslije gdje dvije vrijeme vremena vijesti vijest mjesec mjeseca mjesta mjesto mjestu svijet svijeta ' +
  'svijetu vijeće vijeća cijena cijene cijeli cijelu cijelog rijeka rijeke prijetnja prijetnje tijelo tijela ' +
  'dijete djeca djece sjever sjeverno sjeverni uvijek smjer mjera mjere mjeru lijevo bijeli pobjeda pobjede ' +
  'pobjedu posljednji posljednjih predsjednik predsjednika predsjedniku predsjednica vrijednost vjera vjeruju ' +
  'izvijestio izvijestila riječ riječi nedjelja nedjelje nedjelju ponedjeljak ponedjeljka ';
const SERBIAN_WITH_BOSNIAN =
  'hiljada hiljade hiljadu tokom ko šta odsto juče evropski evropske evropskih evropska evropsku evropa evrope ' +
  'evropi ambasador ambasadora komandant komandanta oficir oficira oficiri porodica porodice univerzitet ' +
  'opština opštine hemijsko tužilaštvo tužilaštva tužilaštvu januar januara februar februara mart marta ' +
  'april aprila maj maja jun juna jul jula avgust avgusta august augusta septembar septembra oktobar oktobra ' +
  'novembar novembra decembar decembra';
const CROATIAN_WITH_BOSNIAN =
  'također vanjski vanjske vanjskih vanjskim sigurnost sigurnosti općina općine posto izvještaj izvještaja';

export const DIALECT_WORDS: Readonly<Record<'sr' | 'hr' | 'bs', string>> = {
  sr:
    'pre posle gde dve vreme vremena vesti vest mesec meseca mesta mesto mestu svet sveta svetu cena cene ceo ' +
    'celu celog reka reke pretnja pretnje telo tela dete deca dece sever severno severni uvek smer mera mere ' +
    'meru levo beli pobeda pobede pobedu poslednji poslednjih predsednik predsednika predsedniku predsednica ' +
    'vrednost vera veruju takođe istorija istorije istoriji spoljni spoljnih bezbednost bezbednosti saopštio ' +
    'saopštila saopštenje izveštaj izveštaja nedelja nedelje nedelju ponedeljak ponedeljka ubeđen reč reči ' +
    'verovatno ' +
    SERBIAN_WITH_BOSNIAN,
  hr:
    IJEKAVIAN +
    CROATIAN_WITH_BOSNIAN +
    ' tko tisuća tisuće tisuću tjedan tjedna tjednu tijekom povijest povijesti glede izvješće izvješća ' +
    'priopćio priopćila priopćenje priopćenju jučer sveučilište zrakoplov zrakoplova vlak obitelj obitelji ' +
    'veleposlanik veleposlanika glasnogovornik glasnogovornica dužnosnik dužnosnici dužnosnika europski ' +
    'europske europskih europska europsku europa europe europi postrojba postrojbe postrojbi bojišnica ' +
    'bojišnici časnik časnika časnici zapovjednik zapovjednika nogomet tvrtka tvrtke kazao kazala stoga točno ' +
    'tužiteljstvo tužiteljstva odvjetništvo odvjetništva vjerojatno ' +
    'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
  bs:
    IJEKAVIAN +
    CROATIAN_WITH_BOSNIAN +
    ' ' +
    SERBIAN_WITH_BOSNIAN +
    ' sedmica sedmice sedmicu historija historije historiji historijski lahko saopćio saopćila saopćenje saopćeno vjerovatno',
};

/** Letters that point to a language, per language. */
export const LETTERS: Readonly<Partial<Record<Supported, string>>> = {
  pl: 'łąęśźżńć',
  cs: 'řěůťďňčšž',
  sk: 'ľĺŕôäťďňčšž',
  sl: 'čšž',
  sr: 'đćčšžђјљњћџ',
  hu: 'őűöü',
  ro: 'șțăâî',
  pt: 'ãõçâêô',
  fr: 'çœèêëîôùû',
  es: 'ñ¿¡',
  it: 'ìò',
  de: 'ßäöü',
  fi: 'äö',
  nl: 'ë',
  da: 'æøå',
  no: 'æøå',
  sv: 'åäö',
  uk: 'іїєґ',
  ru: 'ыэъё',
};
