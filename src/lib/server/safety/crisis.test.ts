import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectByRules, detectCrisis, normaliseForCrisis, prepareForCrisis } from './crisis';
import { conceptCrisis, lemmatise } from './crisis-concepts';
import { modelCrisis, modelFeatures, modelScore, modelWindows } from './crisis-model';

type Phrasing = {
	split: 'locked' | 'fresh' | 'blind5' | 'blind6' | 'tuning';
	lang: string;
	crisis: boolean;
	text: string;
};
const { phrasings } = JSON.parse(
	readFileSync(new URL('../../../../tests/fixtures/crisis-phrasings.json', import.meta.url), 'utf8')
) as { phrasings: Phrasing[] };

describe('detectCrisis', () => {
	it('recognises the phrasings named in the issue, in any casing', () => {
		for (const text of [
			'ik zie het niet meer zitten',
			'Ik wil er niet meer zijn',
			'er een eind aan maken',
			'no reason to live',
			'I want to disappear',
			'ik ben bang dat ik mezelf iets aandoe',
			'ik ben weer gaan snijden',
			'ik ben pillen aan het sparen',
			'I want to KILL MYSELF',
			'end it all'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
	});

	it('does not fire on false friends', () => {
		for (const text of [
			'ik ga dood van het lachen',
			'doodmoe',
			'killing it at work',
			'dit werk maakt me kapot',
			'ik zie het niet zitten om te verhuizen',
			'de plant gaat dood'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	it('copes with accents, spacing, typos and chat spelling', () => {
		expect(detectCrisis('suïcidaal').crisis).toBe(true);
		expect(detectCrisis('ik denk aan zelfmoort').crisis).toBe(true);
		expect(detectCrisis('zelf-moord').crisis).toBe(true);
		expect(detectCrisis('ik   zie  t nie meer zitte').crisis).toBe(true);
		expect(detectCrisis('i wanna die').crisis).toBe(true);
		expect(detectCrisis("I don't want to be alive").crisis).toBe(true);
		expect(detectCrisis('self-harm').crisis).toBe(true);
	});

	// Written after the first version, to widen the rules; kept out of the fixture so that the
	// locked split stays at least 40 % of it.
	it('recognises more indirect and misspelt forms', () => {
		for (const text of [
			'soms denk ik dat het beter is als ik er niet meer ben',
			'ik wou dat ik nooit geboren was, ik wil gewoon weg uit dit leven',
			'ik overweeg zelfdoding',
			'ik heb mezelf weer beschadigd',
			'ik krab mijn armen open als het te veel wordt',
			'k wil nie meer leve',
			'ik heb het gevoel dat ik er beter niet kan zijn',
			'ik denk aan de dood als uitweg',
			'ik wil niet meer wakker worden',
			'ik wil mijn leven niet meer',
			'mijn vriendin heeft gezegd dat ze zelfmoord wil plegen',
			"i'm thinking of suicide",
			'i want to die in my sleep',
			"I'm going to end it tonight",
			"I've been thinking everyone would be happier if I was gone",
			'i have a plan to kill my self',
			"I don't see the point in living anymore",
			'I want to stop existing',
			'i keep cutting'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'ik wil niet meer naar die kookgroep, te druk',
			'ik ben bang voor de dood van mijn moeder',
			'I want to stop smoking and need support',
			"I'm scared of losing my job, it would kill my family financially"
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Written from language knowledge (Dutch word order in subordinate clauses, third persons,
	// slang, censored spellings, acute danger at home), never from the locked split.
	it('generalises: word order, third persons, slang, censored spellings, danger at home', () => {
		for (const text of [
			'omdat ik het niet meer zie zitten',
			'mijn zoon zegt dat hij er niet meer wil zijn',
			'dat ik niet meer wakker wil worden',
			'ik wil mezelf dood maken',
			'ik wil mezelf vermoorden',
			'ik denk erover om mezelf van het leven te beroven',
			'ik heb zelfmoordneigingen',
			'ik wil uit het leven stappen',
			'ik ben het leven zat',
			'niemand zal me missen als ik er niet meer ben',
			'het hoeft voor mij allemaal niet meer',
			'ik wil niet meer.',
			'ik heb een hele strip pillen genomen',
			'ik wil mijn polsen doorsnijden',
			'ik beschadig mezelf',
			'mijn dochter van 14 snijdt zichzelf',
			'ik ben bang dat ik iets doms ga doen',
			'ik wil d00d',
			'ik wil doooood',
			'mijn man slaat me',
			'ik voel me niet veilig thuis',
			'hij dreigt me te vermoorden',
			'i want 2 die',
			'su1c1de',
			'k!ll myself',
			'i want to unalive myself',
			'she doesnt want to live anymore',
			'my daughter says she wants to die',
			'nobody would miss me if i was gone',
			"i'm a burden to everyone",
			'i took all my pills',
			'i want to slit my wrists',
			"i can't go on like this anymore",
			'I wish I could disappear',
			'everyone would be happier without me',
			'he threatened to kill me',
			'I am not safe at home',
			'ik heb geen levenslust meer',
			'ik hoop dat ik vannacht sterf',
			'i hope i die in my sleep'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'ik schaam me dood',
			'ik verveel me dood',
			'ik wil niet meer alleen wonen',
			'ik wil zo niet meer verder met deze baan',
			'ik ben klaar met mijn ex',
			'mijn zus heeft zichzelf van het leven beroofd, ik zoek lotgenoten',
			'mijn zoon heeft een einde aan zijn leven gemaakt, ik zoek lotgenoten',
			'ik ben bang dat mijn vader dood gaat',
			'ik voel me een last voor mijn kinderen sinds mijn beroerte',
			'ik kan mezelf wel voor de kop slaan',
			"I'm not suicidal, just lonely",
			'this heat is killing me',
			"I'm dying to meet other parents",
			'i want to end my debts',
			'I want to top myself up with phone credit',
			'in 2024 ben ik 3 keer verhuisd',
			'ik hoop dat ik niet doodga aan kanker',
			'ik hoop dat ik een baan vind'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Written for the cue layer (crisis-cues.ts) while tuning it; kept out of the fixture so the
	// locked splits stay at least 40 % of it. Each text exercises a combination of cues, a
	// spelling, or a false friend the cues must not fire on.
	it('combines cues: a wish, finality, a burden or a method with dying or disappearing', () => {
		for (const text of [
			'ik wil er gewoon niet meer zijn, snap je',
			'Ik zou het liefst willen sterven.',
			'Ik wou dat ik dood was.',
			'Alles is zinloos, ik wil niet meer verder leven.',
			'Ik wil stoppen met ademen.',
			'Soms denk ik: als ik nou gewoon niet meer wakker word.',
			'Ik heb een mes gepakt en in mijn been gesneden.',
			'I feel like everyone would be happier if I just disappeared.',
			"I've been hurting myself again.",
			"I don't wanna be here anymore.",
			'i want to sleep forever',
			'honestly just want to not exist',
			'ik snap niet waarom ik nog leef, ik wil dood',
			'Wat als ik gewoon voor altijd ga slapen?',
			'Ik heb gisteren pillen geslikt om dood te gaan maar het lukte niet.',
			'ik word liever niet meer wakker',
			'Ik hoop dat er een ongeluk gebeurt en dat ik dan dood ben.',
			'kwil dood',
			'wil dood!!!',
			'ik wil niet meer bestaan',
			'I want it all to be over.',
			'zelfmoord lijkt me een opluchting',
			'I want to go to sleep and not wake up.',
			"Ik voel me zo'n last, ik ben er liever niet meer.",
			'Ik verlang naar de dood.',
			'mn leven is klaar, ik stop ermee. voorgoed.',
			'ik wil echt ni meer leven man',
			'Heb vannacht weer gekrast, niemand weet het.',
			'I wanna end it all',
			'nobody would even notice if i disappeared forever'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Mijn oma wil thuis sterven, hoe regelen we de zorg?',
			'My grandmother wants to die at home; who can help with care?',
			'Ik wil hier niet meer zijn, ik wil verhuizen naar een rustigere buurt.',
			'Ik ga voorgoed weg uit Rotterdam, wie helpt met verhuizen?',
			'Sinds de dood van mijn man wil ik niemand meer zien.',
			'Mijn kat is dood en ik wil een nieuwe kitten.',
			'Ik wil verdwijnen in een goed boek, leesclub iemand?',
			'Mijn vader ligt op sterven en ik wil bij hem zijn.',
			'niemand zou merken als ik een keer niet kom',
			'sorry for everything I said yesterday, I was tired',
			'sorry voor alles wat ik gisteren zei, ik was moe',
			'ik ben alleen hier, geen familie, ik zoek vrienden',
			'please help my brother find a job',
			'mijn vader is 90 en vraagt elke dag aan de dokter om een griepprik',
			"oma zegt steeds 'ik hoef niet meer zoveel te eten'",
			'mijn man heeft zijn jachtgeweer verkocht, hij jaagt niet meer',
			'mijn zoon heeft gegoogeld hoe hoog de Eiffeltoren is',
			"my mate hasn't been answering, he's probably at the football",
			'i think my mom took too many vitamins, is that bad?',
			'ik ben bang dat mijn man iets doms zegt op het feest',
			"I've been looking at the train times to visit my mum",
			'I look after my elderly mother, her medication and my own job leave me no time',
			"ze appte 'sorry!' en nu neemt ze niet op, ik denk dat ze boos is",
			'I stood on the bridge and watched the sunset',
			'sometimes on the motorway I think about just turning around and going home',
			'ik denk aan de trein van morgen, hopelijk is hij op tijd',
			'ik heb mijn naam in een boom gekerfd toen ik jong was',
			'ik prik mezelf elke dag met insuline, diabetes',
			'mijn vriend praat steeds over zijn ex',
			'we nemen de kinderen mee naar de dierentuin',
			'ik wil naar de hemel op aarde: Bali!',
			'we checken uit bij het hotel om 11 uur',
			'game over voor mijn oude laptop',
			'I want to rope in some volunteers for the fair',
			'mijn broer zet een punt achter zijn voetbalcarrière',
			'I keep writing texts to my ex and deleting them',
			'ik heb een afscheidsvideo gemaakt voor mijn collega die vertrekt',
			'ik lig in bad met een boek',
			'the gas was left on by accident, we opened the windows',
			'my dad has an old gun from the army in the attic, is that legal?',
			'mijn oma heeft euthanasie gekregen, ze was ernstig ziek',
			'hoeveel slaappillen mag je per dag nemen?',
			'ik heb al mijn oude kleding weggegeven, lekker opgeruimd',
			'I hurt myself on the trampoline again, clumsy me',
			'ik ben so done met deze week, echt',
			'mijn zoon heeft een lijstje gemaakt wie hij uitnodigt voor zijn feestje',
			'mijn vader rijdt de auto altijd tegen de stoeprand aan, ik word er gek van',
			'my teen son searched how much paracetamol is safe for a headache',
			"I've already picked out the songs for our wedding",
			"I found a note in my daughter's room saying sorry for the mess",
			"I can't see myself living in this city at 30",
			'ik ben gister op de spoorbrug geweest om treinen te spotten',
			'als het morgen weer misgaat stop ik ermee, met die cursus',
			"ik ben al dagen aan het afscheid nemen van mijn collega's, ik ga met pensioen",
			'ik heb mijn pillen al een maand niet genomen, ik voel me beter zonder',
			'mijn vriendin heeft haar pols gebroken, ze ligt in het ziekenhuis',
			'ik ben moe van het leven in deze drukke stad',
			'mijn oma is overleden en ik wil bij haar graf zijn',
			'ik zat uren op de bank bij het kanaal te lezen',
			'I sat by the canal for hours reading, so peaceful',
			'I took all my pills this morning like the doctor said',
			'I cut myself shaving this morning, ouch',
			'ik zie het niet meer zitten met die verbouwing, duurt maanden',
			"i can't do this anymore, my kids are driving me crazy lol",
			'honestly I could sleep forever after that party',
			'mijn hart stopte bijna toen ik de rekening zag',
			'ik heb een mes gekocht voor de keuken, iemand tips voor slijpen?',
			'mijn moeder heeft haar uitvaart al geregeld, ze is 91 en heel nuchter',
			'ik heb mezelf buitengesloten, sleutels vergeten',
			"I told my boss I'm fine but honestly I'm exhausted",
			'my dad is dying of cancer and wants to be at home',
			'my son punched a wall in anger, should I worry about his temper?',
			'I keep a knife in my bag for fruit',
			'Ik ben een last voor mijn kinderen, ik wil naar een verzorgingshuis.',
			'Ik wil er voorgoed mee stoppen, met drinken.',
			"I'm dying of boredom here",
			'Ik ben niet bang voor de dood, maar wel voor pijn.',
			'De dokter zegt dat ik dood kan gaan als ik blijf roken, ik wil stoppen.',
			'Ik kan niet meer slapen door de buren, ik ben op.',
			"Ik wil nooit meer zo'n baas.",
			'Ik heb geen zin meer in die ruzies, ik wil weg bij mijn man.',
			"I'm sick of my job, I want to quit.",
			'Onze hond moest dood, we willen een herdenking.',
			'Ik heb voor altijd afscheid moeten nemen van mijn moeder.',
			'Mijn broer is dood gegaan op het spoor, ik wil lotgenoten spreken.',
			'Ik wil een poging doen om mijn diploma te halen.',
			'We gaan van de duikplank springen in het zwembad.',
			'Ik heb me gebrand aan de oven.',
			'Ik wil stoppen met mijn studie, alles is te zwaar.',
			'Ik ben kapot, ik wil alleen nog maar slapen.',
			'Ik wil even helemaal niets, alleen rust.',
			'Mijn moeder is vorige week overleden, ik wil graag praten met lotgenoten.',
			'Ik wil dat mijn vader niet meer lijdt, hij is heel ziek.',
			'I never want to see that man again.',
			'Ik wil weg uit deze relatie, maar ik heb geen geld.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Written from language knowledge (not from any split): indirect and passive wishes, means,
	// a last message, Flemish and non-native forms, and look-alikes that must stay quiet.
	it('recognises indirect wishes, means and last messages; not their look-alikes', () => {
		for (const text of [
			'ik heb selfmoordneigingen',
			'Waarom leef ik eigenlijk nog?',
			'why am i even alive',
			'Ik hoop dat ik morgen aangereden word.',
			'I hope I get hit by a bus tomorrow',
			'Ik hoop dat God me snel komt halen.',
			'Ik vind mijn leven voltooid.',
			'Welke hoeveelheid paracetamol is dodelijk?',
			'what is a lethal dose of insulin',
			'Ik wil voor een auto springen.',
			'ik ga me dood zuipen',
			'ik wil stop mijn leven',
			'Dit is mijn laatste bericht. Bedankt voor alles.',
			'Sorry voor alles. Ik hou van jullie.',
			'Ik ben beter af dood.',
			'Er is geen plek voor mij op deze wereld, ik wil weg.',
			'ik wil der ni meer zijn',
			"what's the point anymore",
			'I just want to rest forever',
			'ik voel me zo hopeless, ik wil dat het stopt',
			'ik wil verdwijne',
			'wiiil dood'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Waarom leef ik nog in deze dure stad?',
			'Ik hoop dat niemand een ongeluk krijgt op dat kruispunt.',
			'De wet voltooid leven, wat vinden jullie?',
			'Mag ik mijn laatste bericht nog aanpassen?',
			'Sorry voor alles wat ik gisteren zei, ik hou van je',
			'Dag allemaal, bedankt voor alles! Ik verhuis naar Utrecht.',
			'Ik wil stoppen met mijn leven als student en gaan werken.',
			'Ik wil mijn leven weer in eigen hand nemen.',
			'Ik ben beter af in een kleiner huis.',
			'Ik zou het liefst voor altijd op vakantie gaan.',
			'Ik wil weg, ik voel me hier niet meer thuis.',
			'Ik wil dat het lawaai stopt, ik kan niet meer.',
			'I want it to end, this meeting is so long'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Longer texts as residents write them in a question or a letter (written from language
	// knowledge): the signal sits inside a story, and stories of illness, grief and burnout
	// must stay quiet. "Ik wil niet meer leven zoals nu" fires on purpose: it may mean a
	// change of life, but "niet meer leven" is too close to call.
	it('finds the signal inside longer texts, and leaves stories of grief and tiredness alone', () => {
		for (const text of [
			'Sinds mijn scheiding gaat het slecht. Ik slaap niet, eet niet, en soms denk ik dat het voor iedereen beter is als ik er niet meer ben.',
			'Ik ben 67 en sinds mijn vrouw er niet meer is, zie ik het nut van doorgaan niet meer in. De kinderen hebben hun eigen leven.',
			'Hoi, ik ben 16 en ik weet niet meer wat ik moet doen. Op school word ik gepest en thuis is het ook niks. Ik heb al een paar keer aan zelfmoord gedacht.',
			'Ik heb schulden, mijn vrouw is weg, ik ben mijn baan kwijt. Ik zie echt geen uitweg meer en denk erover om er een eind aan te maken.',
			'Ik durf het niemand te vertellen maar ik doe mezelf al maanden pijn. Mijn armen zitten vol littekens.',
			'Mijn psycholoog heeft een wachtlijst van 6 maanden en ik weet niet of ik het zo lang volhoud. Elke dag denk ik aan de dood.',
			"I'm 24 and I've been struggling for years. Lately I keep thinking everyone would be fine if I wasn't around.",
			"My husband left, I lost my job, and honestly I don't know why I keep going. Some nights I think about just not being here anymore.",
			"I have a plan and a date. I'm only writing this because I promised my sister I would reach out once.",
			'Ik ben het zo zat. Elke dag hetzelfde. Ik wil gewoon slapen en niet meer wakker worden, dan hoef ik nergens meer aan te denken.',
			'Ik heb een doos met pillen in de kast gezet voor als het niet meer gaat.',
			'Ik ben er klaar mee. Met alles. Ik wil er een punt achter zetten.',
			'ik snap niet waarom iedereen zegt dat het beter wordt want het wordt nooit beter ik wil gewoon niet meer',
			'Mijn gedachten worden steeds donkerder, ik heb al opgezocht hoe ik het zou kunnen doen.',
			'Ik ben bang voor mezelf, ik weet niet wat ik ga doen als ik vanavond alleen ben.',
			'i keep thinking about driving my car into a wall',
			'sometimes i stand at the train platform and think about stepping off'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Mijn moeder is vorig jaar aan kanker overleden. Ik mis haar nog elke dag en ik weet niet hoe ik verder moet met de rouw. Is er een groep?',
			'Ik ben mantelzorger voor mijn man met Parkinson. Ik ben doodmoe en kan soms wel janken, maar ik wil hem niet in een verpleeghuis.',
			'Mijn zoon (19) blowt veel en zit de hele dag op zijn kamer. Ik ben bang dat hij depressief is. Hoe praat ik met hem?',
			'Onze buurman is vorige week dood gevonden in zijn huis, niemand had hem gemist. Ik wil dat dit niet meer gebeurt in onze straat, kunnen we iets organiseren?',
			'Ik werk in de zorg en die diensten maken me echt kapot. Ik wil niet meer zoveel uren werken, wie herkent dit?',
			"I've been feeling really low since the winter started. No energy, no motivation. Is there a walking group nearby?",
			'Mijn vader wil euthanasie, hij is terminaal ziek. Hoe gaan andere families daarmee om?',
			'Ik heb de film over zelfmoord op Netflix gezien en wil erover praten met andere ouders.',
			'Ik ben mijn baan kwijt en heb geen idee hoe ik de huur moet betalen. Ik slaap er slecht van.',
			'Ik lag dubbel om die grap, echt dood ging ik.',
			'Deze files maken me kapot, elke dag twee uur in de auto.',
			"I'm killing it at work but my social life is dead. Any board game nights?",
			'Ik wil voorgoed van mijn verslaving af, wie helpt?',
			'Mijn dochter heeft een eetstoornis en ik weet me geen raad meer.',
			"Ik wil verdwijnen naar een eiland, zo'n week heb ik gehad.",
			'Ik ben zo eenzaam dat ik soms dagen met niemand praat. Ik wil gewoon mensen ontmoeten.',
			'We hebben afscheid genomen van onze hond, hij was 14. Het huis is zo leeg.',
			'Ik wil nooit meer naar die huisarts, hij luistert niet.',
			'De dokter zegt dat ik nog maar een jaar te leven heb. Ik wil mijn laatste tijd goed gebruiken.',
			'Ik ben bang dat ik doodga als ik in mijn eentje val, ik woon alleen.',
			"Ik ben zo'n last voor mijn dochter sinds mijn heup gebroken is, ik wil hulp van buren.",
			"I'm so tired of everything at work, I just want the week to end.",
			'Mijn leven staat op zijn kop sinds de verhuizing.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Chat style, non-native and misspelt forms, and the everyday sentences that share their
	// words (written from language knowledge). Someone worried about a friend counts: the
	// writer needs the help lines too (see the decisions in crisis.ts).
	it('generalises to chat style and non-native forms, not to their everyday twins', () => {
		for (const text of [
			'honestly i dont see myself making it to christmas',
			"I'm tired of being alive",
			'i just wanna go to sleep and not wake up tbh',
			'Everyone would be better if I was not here.',
			'I feel like giving up on life',
			'cant stop thinking about killing myself',
			'I want to end everything',
			"there's nothing left for me here, i want out",
			"I don't think I can keep living like this, I want to die",
			'Me life is no good, I want finish it.',
			'i relapsed and cut again last night',
			'Ik ben het zat om te leven',
			'Ik heb geen zin meer om te leven',
			'ik wil gewoon dood man echt',
			'Mijn leven is niks waard, ik wil er vanaf',
			'Ik wil niet meer leven, ik heb genoeg geleden',
			'Het is beter dat ik verdwijn',
			'Ik wil ermee ophouden, met het leven',
			'ik wil sterfen',
			'ik wil mijn zelf dood maken',
			'Ik denk dat ik mezelf ga vermoorden',
			'Mijn leven is een hel, ik wil het beëindigen',
			'ik ben zo moe, ik wil voor eeuwig slapen',
			'ik heb mn polsen opengesneden',
			'ik heb weer in mn arm gekrast',
			'Ik hoop dat ik gewoon niet meer wakker word morgen',
			'Soms wil ik van de flat afspringen',
			'Ik wil mij ophangen, ik kan niet meer',
			'ik wil niet meer, ik kan niet meer, ik wil dood',
			'Heb vanavond een hele strip paracetamol genomen',
			'ik wil me laten overrijden door een trein',
			'ik zou mezelf het liefst opheffen',
			'ik ben klaar met dit leven',
			'niemand geeft om mij, als ik dood ga merkt niemand het',
			'ik ben er echt klaar mee, ik wil niet meer leven',
			'k ben het leven beu',
			'Ik overweeg om uit het leven te stappen.',
			'iedereen zou beter af zijn als ik er niet was',
			'I wanna unalive myself lol not joking',
			'How do I support a friend who talks about suicide?',
			'Hoe help ik mijn vriendin die zichzelf snijdt?'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			"I'm tired of being alone all the time",
			'i just wanna go to sleep, long day',
			'I feel like giving up on my diet',
			"I'm going to do it tonight: finally cleaning the garage",
			"there's nothing left for me here, I want to move to Amsterdam",
			'I want to end my contract with the gym',
			"I'm dead inside after that meeting lol",
			'this traffic is killing me',
			'Ik ben het zat om te wachten op de bus',
			'Ik heb geen zin meer om te koken',
			'Ik wil er vanaf, van die oude bank, wie wil hem?',
			'Het is beter dat ik verhuis',
			'Ik wil ermee ophouden, met roken',
			'Ik ben zo moe, ik wil een weekend slapen',
			'ik heb mijn vinger opengehaald aan een blikje',
			'Ik hoop dat ik morgen op tijd wakker word',
			'Ik wil van de duikplank springen bij het zwemmen',
			'ik kan niet meer, die kinderen maken me gek haha',
			'Ik ben klaar met dit gezeur over parkeren',
			'niemand geeft om onze buurt, de gemeente doet niks',
			'Ik ben er echt klaar mee, ik wil een andere baan',
			'k ben die regen beu',
			'Ik overweeg om uit de vereniging te stappen.',
			'Mijn opa is overleden en ik ben er kapot van',
			'Mijn vriendin is vorige maand gestorven, ik voel me zo leeg',
			'Ik ben op, de mantelzorg is te zwaar, wie neemt het even over?',
			'Ik wil nooit meer zo eenzaam zijn',
			'Ik voel me waardeloos sinds ik werkloos ben, hoe vind ik zin?',
			"I hate my life right now, my landlord won't fix the heating",
			'My mum is dying of cancer and I want to be with her',
			'Ik wil dat de pijn in mijn rug eindelijk stopt',
			'ik ben bang dat mijn moeder doodgaat',
			'Ik wil de wereld verbeteren, begin bij de buurt',
			'Ik wil weg uit dit huis, de schimmel maakt me ziek',
			'Ik wil stoppen met mijn werk, ik ben op',
			'Mijn leven is saai geworden sinds mijn pensioen',
			'ik wil een eind maken aan de eenzaamheid van ouderen in onze wijk'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Paired on purpose (written from language knowledge): each signal beside an everyday
	// sentence with the same words ("ik sta nu op de brug" / "ik sta nu op de markt").
	it('tells signals from everyday sentences that share their words', () => {
		for (const text of [
			'Ik weet niet hoe lang ik dit nog volhoud. Soms lijkt doodgaan me een opluchting.',
			'Ik heb het gevoel dat ik in de weg loop, het zou voor iedereen makkelijker zijn zonder mij',
			'Elke ochtend baal ik dat ik weer wakker ben geworden',
			'Ik heb mijn testament geregeld en afscheidsbrieven geschreven',
			'ik wil dat het ophoudt. alles. voor altijd.',
			'mn moeder zegt dat ze niet meer wil leven, wat moet ik doen?',
			'Ik sta nu op de brug.',
			'ik heb een mes op mijn pols gezet',
			'Ik wil er een einde aan maken maar ik durf niet',
			'Ik heb zoveel pillen genomen, ik voel me raar',
			'Ik wil mezelf verdrinken in de gracht',
			'Ik heb al een keer geprobeerd om dood te gaan',
			'Zelfs mijn kinderen hebben me niet meer nodig. Ik ben overbodig, het mag ophouden.',
			'Ik tel de dagen af tot ik er niet meer ben.',
			'Ik denk vaak: als ik nou eens niet meer besta, wie mist me dan?',
			'Mijn vriend zegt steeds dat hij zichzelf van kant wil maken.',
			'ik wil dood ik wil dood ik wil dood',
			'Ik voel niks meer, alleen pijn als ik snij',
			'Ik heb er geen vertrouwen meer in dat het ooit beter wordt, ik wil slapen voor altijd',
			'ik zie het leven niet meer zitten',
			'I keep fantasizing about my own funeral and who would come.',
			'Soms lig ik in bed en stel ik me voor hoe mijn begrafenis eruitziet. Dat klinkt als rust.',
			"Our daughter left a note saying she's sorry for being trouble and that we'll be happier now.",
			"my grandad says he's just waiting for a chance to go and he's stopped eating on purpose",
			'ik heb een meltdown, ik bijt in mijn hand tot bloedens toe.',
			'hoe lang moet je buiten in de kou blijven liggen voordat je doodvriest',
			'Nog één keer iets posten. Bedankt aan de wandelgroep. Jullie waren lief. Ik ben op.',
			'Sometimes I lie awake picturing my funeral and who would cry.',
			"I've started giving my stuff away because I won't need it.",
			'My teenage son said he wishes he was dead. What do I do?',
			"I'm standing on the roof right now",
			"I've taken a lot of pills",
			"I can't see a future for myself anymore, I just want to be gone",
			'Some days I think about walking into the sea and not coming back.',
			"I'd rather not wake up tomorrow.",
			'everything hurts, i want to stop existing',
			'my brain keeps telling me to kill myself',
			'cutting is the only thing that helps',
			'i have been starving myself on purpose to punish myself',
			'I hate my life and I hate myself, I want it over',
			'Ik zou liever niet meer bestaan.',
			'ik wil voor altijd weg van hier, van alles, van mezelf',
			'Ik ga mezelf iets aandoen als niemand helpt',
			'Ik heb het gehad met het leven',
			'ik wil niet meer verder.',
			'Ik kan dit leven niet meer aan, ik wil stoppen.',
			'Help, ik heb een overdosis genomen'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Mijn moeder wil niet meer naar de dagbesteding, wat nu?',
			'Ik sta nu op de markt, wie komt koffie drinken?',
			'Ik heb een mes gekocht voor de keuken, goede tips?',
			'Ik wil er een einde aan maken, aan al dat papierwerk',
			'Ik heb zoveel boeken gelezen deze zomer',
			'Ik wil leren zwemmen in de gracht bij de zwemclub',
			'Ik heb al een keer geprobeerd om te stoppen met roken',
			'Mijn kinderen hebben me niet meer nodig sinds ze studeren, ik zoek vrijwilligerswerk',
			'Ik tel de dagen af tot de vakantie.',
			'Mijn vriend zegt steeds dat hij zijn baan wil opzeggen.',
			'Ik voel niks meer in mijn vingers door de kou',
			'Ik heb er geen vertrouwen meer in dat de gemeente iets doet',
			"I keep thinking about my dad's funeral, it was so beautiful.",
			'Ik stel me voor hoe de begrafenis van mijn vader eruit moet zien, hij wil muziek.',
			'Ik stel me voor hoe mijn uitvaartverzekering werkt, wie legt het uit?',
			"I can't picture my mum's funeral without crying.",
			'My son wrote us a letter that he is happier living with his father.',
			'He stopped eating sugar on purpose to lose weight.',
			'Hoe lang duurt het voordat je rijbewijs binnen is?',
			'Jullie waren lief voor mijn moeder in het verpleeghuis, bedankt!',
			'Nog één keer iets posten over de rommelmarkt. Bedankt allemaal!',
			"I've started giving my old clothes away to the charity shop.",
			'My teenage son said he wishes he had a dog.',
			"I'm standing on the roof terrace with a drink, lovely evening",
			"I've taken a lot of photos of the neighbourhood garden",
			"I can't see a future for this community centre if funding stops",
			'Some days I think about walking to the sea, it is so calm there.',
			"I'd rather not go to the party tomorrow.",
			'everything hurts after the gym, any stretching tips?',
			'my brain keeps telling me to eat chocolate',
			'cutting down on sugar is the only thing that helps',
			'I hate my job and my boss, I want it over with',
			'Ik wil voor altijd in deze wijk blijven wonen',
			'Ik ga de buren iets aandoen als die muziek niet stopt haha',
			'Ik heb het gehad met die lekkende kraan',
			'ik wil niet meer verder met die cursus',
			'Ik kan dit tempo niet meer aan, ik wil minder werken.',
			'Help, ik heb te veel gegeten op het buurtfeest',
			'Mijn zus heeft zich vorig jaar van het leven beroofd, ik zoek lotgenoten.',
			'Hoe kan ik sterven in waardigheid, ik heb ALS en wil euthanasie bespreken met mijn arts?',
			'De dood van mijn zoon heeft mijn leven kapot gemaakt, ik wil met andere ouders praten.',
			'Ik zit in de rouw en weet niet hoe ik verder moet',
			'Ik ben zo boos dat ik iemand wel kan vermoorden lol',
			'Ik ben depressief en zoek een praatgroep',
			'Ik voel me vaak somber en leeg, is er een groep voor mij?'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// A further paired set (written from language knowledge, measured before the rules were
	// widened for it: 26 of 40 found, 2 of 40 false alarms): letters, slang, questions about
	// means, metaphors, and their everyday twins.
	it('covers letters, slang, questions about means and metaphors; not their twins', () => {
		for (const text of [
			'wil gwn dood',
			'ik trek het nie meer, echt klaar met alles en iedereen, wil er gwn nie meer zijn',
			'hoe lang duurt het voor je dood bent als je van een hoogte springt',
			'Mijn hoofd is zo vol. Ik wil alleen nog maar dat het stil wordt, voor altijd.',
			'Ik wil niet meer wakker worden, ik wil dat het ophoudt',
			'Beste mensen, ik schrijf dit omdat ik niet meer weet wat ik moet. Ik denk steeds vaker dat mijn gezin beter af is zonder mij.',
			'Ik ben 82 en ik ben op. Ik hoop elke avond dat ik niet meer wakker word.',
			'Ik heb vannacht op het dak gestaan en wilde springen.',
			'Sinds het ontslag denk ik erover om een eind aan mijn leven te maken.',
			'Ik heb zin om mezelf te snijden',
			'mijn vriendin heeft pillen gespaard en zegt dat ze het gaat doen',
			'Ik ben een mislukking en wil niet meer leven.',
			'Ik snap niet waarom ik nog hier ben. Niemand heeft iets aan me.',
			'Ik heb gisteren geprobeerd me op te hangen.',
			'Het voelt alsof de enige uitweg de dood is.',
			'ik wil mezelf pijn doen',
			'Ik wil niet meer, ik wil niet meer, ik wil niet meer.',
			'Mijn zus praat over zelfdoding, wat kan ik doen?',
			'Ik denk erover om te stoppen met eten tot ik er niet meer ben.',
			'Ik wou dat ik er gewoon niet was.',
			'I just want to go to sleep forever',
			"I'm so tired of everything. I don't want to do this anymore. I want to die.",
			'Is it normal to think about suicide every day?',
			"I feel like I'm drowning and I don't want to come up anymore",
			"Dear whoever reads this, I don't think I'll be around much longer. I've made my peace.",
			'I punched the wall until my hand bled, I wanted to feel something',
			'I googled how many pills it takes',
			"my friend said she's going to kill herself tonight",
			"ever since the divorce i've been wishing i would just die in my sleep",
			"i honestly don't care if i live or die anymore",
			"I'm worthless and everyone hates me, I should just end it",
			"there's no way out except death",
			'Everyone keeps saying it gets better but I want to be dead',
			"I wrote a letter to my kids in case I don't make it",
			"yo i'm bout to end it all fr",
			'Ik ben zo moe van vechten, ik wil gewoon opgeven, voorgoed',
			'ik heb zelfmoordgedachtes',
			'Ik heb geen zin om nog verder te leven.',
			'Ik wil mijn leven beëindigen.',
			'Ik ben bang dat ik mezelf iets aan ga doen.'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'wil gwn slapen, moe',
			'ik trek het nie meer met die buren, wie heeft tips?',
			'hoe lang duurt het voor je pensioen ingaat als je 66 bent',
			'Mijn hoofd is zo vol van alle afspraken, wie helpt met plannen?',
			'Ik wil niet meer elke dag vroeg wakker worden voor werk.',
			'Beste mensen, ik zoek een oppas voor mijn kinderen op dinsdag.',
			'Ik ben 82 en ik wil graag nieuwe mensen leren kennen.',
			'Ik heb vannacht op het dak gestaan om de sterren te kijken.',
			'Sinds het ontslag denk ik erover om voor mezelf te beginnen.',
			'Ik heb zin om taart te bakken voor de buren',
			'mijn vriendin heeft geld gespaard voor een reis',
			'Ik ben een mislukking in de keuken haha',
			'Niemand heeft iets aan die nieuwe regels.',
			'Ik heb gisteren geprobeerd de lamp op te hangen.',
			'De enige uitweg uit de schulden is een schuldhulpmaatje, denk ik.',
			'ik wil mezelf verbeteren in Nederlands spreken',
			'Mijn zus praat over scheiden, wat kan ik doen?',
			'Ik denk erover om te stoppen met vlees eten.',
			'Ik wou dat ik er gewoon bij kon zijn op het buurtfeest.',
			'I just want to go to sleep early tonight',
			"I'm so tired of everything at work. I don't want to do this job anymore.",
			'Is it normal to think about my ex every day?',
			"I feel like I'm drowning in paperwork",
			'I punched the air when we won the match',
			'I googled how many calories a pizza has',
			"my friend said she's going to kill it at the talent show tonight",
			"I'm worthless at cooking, can someone teach me?",
			"there's no way out of this contract",
			"I wrote a letter to my kids' school about bullying",
			'yo that party was lit fr',
			'Ik ben zo moe van vechten met de verzekering',
			'Ik heb geen zin om nog verder te fietsen, het regent',
			'Ik wil mijn abonnement beëindigen.',
			'Ik ben bang dat ik mijn baan kwijtraak.',
			'Mijn vader is overleden door zelfdoding, zijn er lotgenoten?',
			'Mijn man heeft kanker en wil niet meer behandeld worden, hoe ga ik daarmee om?',
			'Deze hitte is niet te doen, ik ga dood 😅',
			"Bruh I'm dead 💀💀",
			'ik ben helemaal kapot, maar wel trots, marathon gelopen!'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// One more paired set (written from language knowledge, measured before the rules were
	// widened for it: 21 of 40 found, 2 of 40 false alarms). Left out on purpose: "ik heb
	// alles geregeld voor na mijn dood" (older residents arrange their funeral too).
	it('covers plans, means at hand and quiet goodbyes; not their twins', () => {
		for (const text of [
			'Ik kan niet meer. Ik wil gewoon weg, nooit meer terug.',
			'Ik denk dat het beter is als ik er een eind aan maak, dan hebben mijn ouders geen zorgen meer.',
			'Ik heb een fles wodka en al mijn slaappillen klaar staan.',
			'ik kras al jaren, nu ook in mijn gezicht',
			'Ik weet hoe ik het ga doen en wanneer.',
			'Mijn leven is één grote mislukking, ik wil er niet meer bij zijn',
			'Soms rijd ik hard op de snelweg en hoop ik dat het misgaat.',
			'Ik heb geen reden meer om op te staan, alles is grijs, ik wil verdwijnen',
			'Iedereen is beter af als ik weg ben.',
			'Ik droom ervan om dood te zijn.',
			'ik heb een mesje onder mn matras voor als het weer erg wordt',
			'mijn broertje van 12 zegt dat hij dood wil',
			'ik denk er serieus over om te springen',
			'Ik zou willen dat ik kon verdwijnen zonder dat iemand het merkt.',
			'Ik hoef niet meer te leven.',
			'Ik wil rust in mijn hoofd, en de enige manier is dood gaan',
			'De wereld draait wel door zonder mij.',
			'ik ben een last. punt.',
			'Hoe kan ik mezelf het beste van kant maken?',
			'ik hou het niet meer vol en wil er een eind aan maken',
			'No one would even care if I killed myself.',
			"I'm just so exhausted, I want to lie down and never get up.",
			"i've been thinking a lot about death lately, like my own",
			"I've decided this weekend will be my last.",
			"I'm going to overdose on my meds tonight.",
			'I wish I had never been born, I want out',
			'My girlfriend keeps saying she wants to end her life',
			"I've been hitting myself when I get angry at myself",
			'im a waste of space, the world would be better without me',
			'I want to jump in front of a bus',
			"I can't see any reason to stay alive.",
			'my life is pointless and i want to die',
			"I've been researching painless ways to go",
			'I stopped taking my meds so I can die',
			"There's a bridge near my house and I think about it every day.",
			'I wrote my goodbye notes last night',
			"I can't stop thinking about ending things",
			'Ik wil slapen voor eeuwig',
			'ik wil nie meer leve echt nie'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik kan niet meer lopen sinds mijn val, wie helpt met boodschappen?',
			'Ik denk dat het beter is als ik mijn baan opzeg.',
			'Ik heb een fles wijn gekocht voor het buurtfeest.',
			'ik kras de oude verf van de deur, tips voor een schuurmachine?',
			'Ik weet hoe ik het ga doen: eerst de vloer, dan de muren.',
			'Mijn leven is één grote chaos, wie helpt met plannen?',
			'Soms rijd ik hard op de snelweg, is dat gevaarlijk?',
			'Ik heb geen zin om op te staan op maandag haha',
			'Iedereen is beter af als de gemeente eindelijk luistert.',
			'Ik droom ervan om een eigen zaak te beginnen.',
			'mijn broertje van 12 wil een hond',
			'ik denk er serieus over om te verhuizen',
			'Ik zou willen dat ik kon verdwijnen uit die drukke WhatsApp-groep.',
			'Ik hoef niet meer te werken, ik ben met pensioen!',
			'Ik heb alles geregeld voor mijn verhuizing.',
			'Ik wil rust in mijn hoofd, heeft iemand tips voor meditatie?',
			'De wereld draait door, ook zonder mijn moeder, dat is raar.',
			'ik ben een beetje moe vandaag',
			'Hoe kan ik mezelf het beste voorbereiden op een sollicitatie?',
			'No one would even care if I left the choir, honestly.',
			"I'm just so exhausted after moving house.",
			"i've been thinking a lot about death lately, since my grandad passed",
			"I've decided this weekend will be my last weekend working there.",
			"I'm going to stop my meds, the doctor said it's fine.",
			'I wish I had never bought that car.',
			'My girlfriend keeps saying she wants to end our lease early.',
			"I've been hitting the gym when I get angry.",
			'the world would be better without plastic',
			"I want to jump in the lake this summer, who's in?",
			"I can't see any reason to stay in this job.",
			'my job is pointless and boring',
			"I've been researching painless ways to remove a splinter",
			"There's a bridge near my house where we feed the ducks.",
			"I wrote my goodbye card for my colleague's retirement",
			"I can't stop thinking about my ex",
			'Ik wil slapen tot twaalf uur zondag',
			'ik wil nie meer werken op zaterdag',
			'Het kan me niet schelen of ik win of verlies.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// A last paired set with more everyday letters (written from language knowledge, measured
	// before the rules were widened for it: 24 of 40 found, 3 of 60 false alarms).
	it('covers goodbyes, pills counted, the night ahead; not letters about care, grief or anger', () => {
		for (const text of [
			'Ik heb een plan gemaakt om er vrijdag een eind aan te maken.',
			'ik wil echt niet meer, elke dag is een hel en niemand snapt het',
			'Ik denk dat ik het beste maar kan verdwijnen, voor iedereen.',
			'Ik lig in bed en denk alleen maar aan dood gaan.',
			'ik heb zin om voor een trein te stappen',
			'Mijn dochter heeft gisteren een overdosis genomen en zegt dat ze het weer gaat doen.',
			'Waarom zou ik nog verder gaan? Niemand heeft me nodig.',
			'ik ben zo klaar met dit kut leven',
			'Ik heb het gevoel dat ik niet meer wil bestaan.',
			'Ik zit op het randje, ik weet niet of ik de nacht haal.',
			'Ik heb een touw in de schuur gehangen.',
			'Ik wil slapen en nooit meer opstaan',
			'Na de dood van mijn vrouw wil ik zelf ook niet meer leven.',
			'Ik krijg steeds gedachten dat ik mezelf wil doden.',
			'Ik heb mijn armen opengekrast',
			'Ik wil er niet meer tegen vechten, ik geef op, ik wil dood.',
			'Mijn vriend heeft een afscheidsbericht gestuurd en neemt niet op!',
			'Het liefst zou ik in slaap vallen en niet meer wakker worden.',
			'Ik wil gewoon niet meer leven, punt.',
			'Het leven is te zwaar, ik wil eruit.',
			"I'm ready to go. I've said my goodbyes.",
			"I'm scared I'm going to kill myself",
			'i want to die so bad rn',
			'I just took 20 sleeping pills',
			'I think my family would be relieved if I died.',
			'I keep thinking the world would be a better place without me in it.',
			'I want to hang myself',
			"Life has no meaning anymore, I'm done.",
			"I don't want to live in this world anymore",
			"I feel like I'm a burden and I want to die",
			"i'm going to jump off my balcony",
			"What's the easiest way to kill yourself?",
			'im tired of living tbh',
			'i have thoughts of self harm every night',
			"I'm cutting again, deeper this time",
			"I'm planning my suicide",
			'I want my life to end',
			"sometimes I hope I just don't wake up",
			'honestly the only thing keeping me alive is my cat',
			"I'm saying goodbye to everyone tonight."
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik heb een plan gemaakt om vrijdag de tuin op te ruimen.',
			'ik wil echt niet meer elke dag koken, wie wil samen eten?',
			'Ik denk dat ik het beste maar kan verhuizen, voor iedereen.',
			'Ik lig in bed met griep en denk alleen maar aan soep.',
			'ik heb zin om naar het strand te gaan',
			'Mijn dochter heeft gisteren een ongeluk gehad met de fiets, ze is oké.',
			'Waarom zou ik nog naar die vergadering gaan? Niemand luistert.',
			'ik ben zo klaar met dit kut weer',
			'Ik heb het gevoel dat ik niet meer bij de groep hoor.',
			'Ik zit op het randje van een burn-out, wie herkent dat?',
			'Ik heb een touw gespannen voor de was.',
			'Ik wil slapen en morgen vroeg opstaan voor de markt',
			'Na de dood van mijn vrouw wil ik nieuwe mensen leren kennen.',
			'Ik krijg steeds gedachten over mijn ex, hoe stop ik dat?',
			'Ik heb mijn knieën opengehaald bij het voetballen',
			'Ik wil er niet meer tegen vechten, ik accepteer mijn ziekte.',
			'Mijn vriend heeft een afscheidsfeest en ik ga erheen!',
			'Het liefst zou ik in slaap vallen op de bank na het eten.',
			'Ik wil gewoon niet meer werken op zondag, punt.',
			'Het leven is te duur, ik wil een goedkopere woning.',
			"I'm ready to go to the party. I've said my goodbyes to the kids.",
			"I'm scared I'm going to fail my exam",
			'i want to sleep so bad rn',
			'I just took 2 paracetamol for my headache',
			'I think my family would be relieved if I got a job.',
			'I keep thinking the world would be a better place with more gardens.',
			'I want to hang my paintings in the community centre',
			"My job has no meaning anymore, I'm done with it.",
			"I don't want to live in this neighbourhood anymore",
			"I feel like I'm a burden to my daughter since my fall, is there help at home?",
			"i'm going to jump into the pool with the kids",
			"What's the easiest way to meet people here?",
			'im tired of working tbh',
			'i have thoughts of quitting my job every night',
			"I'm cutting again, my hair, this time really short",
			"I'm planning my holiday",
			'I want my contract to end',
			'sometimes I hope I just win the lottery',
			'honestly the only thing keeping me sane is my cat',
			"I'm saying goodbye to everyone at work tonight, new job!",
			'Mijn moeder is dement en ik ben doodop. Ik wil niet dat ze naar een verpleeghuis moet.',
			'Ik ben weduwe en sinds mijn man dood is voel ik me alleen. Ik zoek een wandelgroep.',
			'Mijn zoon is verslaafd en ik weet niet meer hoe ik hem kan helpen. Ik ben ten einde raad.',
			'Ik heb schulden en de deurwaarder staat voor de deur. Ik slaap niet meer.',
			'Ik ben zo boos op de woningcorporatie, al drie maanden schimmel!',
			'Sinds de dood van onze baby is mijn leven veranderd. Ik zoek ouders die dit kennen.',
			'Mijn vader heeft een hartaanval gehad en ligt op de IC. Ik ben zo bang dat hij doodgaat.',
			'Ik voel me zo leeg sinds mijn kinderen het huis uit zijn.',
			'Ik wil mijn leven weer oppakken na de scheiding. Waar begin ik?',
			'Ik ben chronisch ziek en heb elke dag pijn. Ik zoek lotgenoten.',
			'Ik ben mijn baan kwijt, mijn huis en mijn vrienden. Alles is weg. Hoe begin ik opnieuw?',
			'Mijn beste vriend is vorige week overleden. Ik kan het niet geloven.',
			'Ik voel me depressief en heb nergens zin in. Kan ik ergens over praten?',
			'Ik ben 90 en klaar om te gaan, maar ik wil eerst mijn achterkleinkind zien.',
			'Mijn hond is dood en ik mis hem zo erg dat ik niet kan slapen.',
			'Ik kan er niet meer tegen dat de buren elke nacht feesten.',
			'Wie heeft er ervaring met rouwverwerking na een zelfmoord in de familie?',
			'My wife died last year and I still talk to her every day.',
			"I'm so angry at my ex, he makes my life hell.",
			'I feel hopeless about finding a job, any advice?'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// It runs on every chat message: everyday chat about leaving, being tired or done, jumping
	// into the canal on a hot day, must stay quiet (written from language knowledge).
	it('stays quiet on everyday chat messages', () => {
		for (const text of [
			'Sorry, ik ben er straks niet meer, moet weg',
			'ik ben er vanavond niet bij, moet werken',
			'Nee dank je, ik wil niet meer, zit vol',
			'haha ik ga dood 😂',
			'ben kapot na vandaag, ga slapen',
			'wie gaat er mee naar de markt?',
			'Ik kan er niet meer tegen, die herrie',
			'ik moet weg, tot morgen!',
			'ik ben weg, doei',
			'ik ga ervandoor, fijne avond allemaal',
			'Dag allemaal, ik stop met de groep, bedankt voor alles!',
			'Ik ben er klaar mee, ik ga naar huis',
			'Mijn telefoon gaat dood, later meer',
			'ik sterf van de honger, wanneer eten we',
			'ik wil voor altijd in bed blijven liggen op zondag haha',
			'Ik hoop dat het morgen niet regent',
			'Het is voorbij, de wedstrijd is afgelopen',
			'niemand komt vanavond? dan ga ik ook weg',
			'ik wil hier weg, het is zo koud in dit zaaltje',
			'Ik heb geen zin meer, ik ga naar huis',
			'Dit is mijn laatste bericht vandaag, welterusten!',
			'Ik ben op, welterusten allemaal',
			'Ik wil dat het stopt met regenen',
			'Wie wil er mee stoppen met roken? Ik wil het voorgoed.',
			'Ik verdwijn even, zo terug',
			'Ik ben ff weg',
			'Laatste keer dat ik kom, ik verhuis naar Groningen. Bedankt voor alles!',
			'Ik mis mijn moeder, ze is vorig jaar gestorven',
			'Wanneer is de volgende bijeenkomst? Ik wil er graag bij zijn.',
			'Ik ga er een punt achter zetten, met die ruzie in de groep',
			'het is klaar, de taart is op',
			'Ik ben moe van het wachten op de bus',
			'Ik ben dood op, tot volgende week',
			'Kan iemand me ophalen? Ik ben op het station.',
			'Zullen we van de brug springen in het kanaal? Het is 30 graden!',
			'Ik heb geen toekomst bij dit bedrijf, ik zoek iets anders',
			'Niemand zou merken als ik niet kom, toch?',
			'Is het erg als ik er niet meer bij ben volgende keer?',
			"I'm out, see you all next week",
			"I'm dead, that joke 😂",
			"I'm done for today, bye all",
			'gonna disappear for a bit, exams',
			'I wish I could stay longer but I have to go',
			'kill me now, this meeting is endless lol'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Letters as people post them on forums and to advice columns (written from language
	// knowledge, measured before the rules were widened for it: 28 of 30 found, 2 of 30 false
	// alarms: "ik wil dood graag naar Parijs", "I don't want to wake up early").
	it('recognises forum letters and leaves their everyday twins alone', () => {
		for (const text of [
			'Hallo, ik ben een vrouw van 45 en ik heb al twee jaar een depressie. De laatste tijd denk ik steeds vaker aan zelfmoord. Ik durf het niet tegen mijn man te zeggen.',
			'Ik ben 17 en mijn ouders snappen me niet. Ik snij mezelf soms om de pijn te voelen. Hoe stop ik?',
			'Na mijn ontslag en de scheiding zie ik het echt niet meer zitten. Ik heb al eens pillen verzameld.',
			'Mijn leven is een puinhoop. Ik wil er gewoon niet meer zijn.',
			'Ik ben zo moe van alles. Ik wil slapen en nooit meer wakker worden. Is dat raar?',
			'Beste, ik ben een man van 58. Sinds mijn vrouw is overleden heeft het leven voor mij geen zin meer. Ik wil bij haar zijn.',
			'Ik voel me waardeloos en denk dat mijn kinderen beter af zijn zonder mij.',
			'Ik heb vorige week een zelfmoordpoging gedaan en lig nu in het ziekenhuis. Ik weet niet hoe ik verder moet.',
			'Mijn man zegt dat hij er een eind aan wil maken als ik bij hem weg ga.',
			'Soms denk ik erover om gewoon met de auto tegen een boom te rijden.',
			'Ik heb geen zin meer in het leven, alles is grijs en zwaar.',
			'Ik wil dood. Ik meen het.',
			'Mijn dochter van 15 heeft sneden op haar armen, ik schrik me kapot. Wat moet ik doen?',
			'ik heb niemand meer, iedereen is weg, ik wil ook weg, voorgoed',
			'Ik ben bang dat ik mezelf iets aandoe als ik alleen thuis ben.',
			"I'm 30 and I've been depressed for years. Lately I've been thinking about ending my life.",
			"My son (16) told me he wants to die. I'm terrified.",
			"I've been self-harming since I was 14 and I'm now 22. I want to stop but I can't.",
			'Since my wife died I have no reason to live. I just want to be with her.',
			"I feel like a burden to everyone and sometimes I think they'd be better off without me.",
			"Dear advice column, I have been having suicidal thoughts and I don't know who to tell.",
			"I'm tired of life. Every day is the same pain.",
			"I don't want to wake up tomorrow.",
			"My friend texted me that she's going to end it tonight, what do I do?",
			"I can't cope anymore, I keep thinking about jumping in front of a train.",
			'i hate myself so much i want to die',
			"I sometimes wish I'd never been born.",
			"I've been collecting pills for months.",
			'Ik zie geen toekomst meer, ik wil dat het ophoudt.',
			'Ik wil mijn leven beëindigen, ik heb er echt over nagedacht.'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Hallo, ik ben een vrouw van 45 en ik ben al twee jaar mantelzorger voor mijn moeder. Ik ben moe en zoek lotgenoten.',
			'Ik ben 17 en mijn ouders snappen me niet. Ik wil op mezelf wonen. Hoe begin ik?',
			'Na mijn ontslag zie ik het niet zitten om te solliciteren. Wie helpt met mijn cv?',
			'Mijn huis is een puinhoop sinds de verbouwing, wie kan helpen?',
			'Ik ben zo moe van alles, ik slaap slecht door de overgang. Tips?',
			'Beste, ik ben een man van 58. Sinds mijn vrouw is overleden kook ik slecht. Is er een kookclub?',
			'Ik voel me waardeloos op mijn werk sinds de reorganisatie, hoe krijg ik mijn zelfvertrouwen terug?',
			'Mijn vader lag vorige week in het ziekenhuis na een val. Hoe regel ik thuiszorg?',
			'Mijn man zegt dat hij een eind wil maken aan onze ruzies, hoe pakken we dat aan?',
			'Soms denk ik erover om de auto te verkopen en alleen te fietsen.',
			'Ik heb geen zin meer in de sportschool, alles is grijs en zwaar in de winter.',
			'Ik wil dood graag een keer naar Parijs.',
			'Mijn dochter van 15 heeft een snee in haar arm van de glasbak, moet dat gehecht?',
			'ik heb niemand meer om mee te wandelen sinds mijn buurvrouw verhuisd is',
			'Ik ben bang dat ik iets vergeet als ik alleen thuis ben met de kleinkinderen.',
			"I'm 30 and I've been single for years. Where do people meet here?",
			"My son (16) told me he wants to drop out of school. I'm terrified.",
			"I've been volunteering since I was 14 and I'm now 22. Where can I help?",
			'Since my wife died I cook for one. Any community dinners?',
			'I feel like a burden to my kids since my stroke, is there home care nearby?',
			"Dear advice column, I have been having money troubles and I don't know who to tell.",
			"I'm tired of the noise in my street. Every day the same trucks.",
			"I don't want to wake up early tomorrow, it's Sunday.",
			"My friend texted me that she's going to end her relationship tonight, what do I say?",
			"I can't cope with the stress at work, any support groups?",
			'i hate my job so much i want to quit',
			"I sometimes wish I'd studied something else.",
			"I've been collecting stamps for months.",
			'Ik zie geen toekomst meer in deze buurt, de winkels sluiten allemaal.',
			'Ik wil mijn contract beëindigen, heeft iemand ervaring met de huurcommissie?'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Non-native and Flemish Dutch, short English (written from language knowledge, measured
	// before the rules were widened for it: 25 of 30 found, 3 of 30 false alarms). Left out:
	// "k zie het feestje nie meer zitten" still fires; "ik zie het sinds mijn ontslag niet meer
	// zitten" must, and the two differ only in the noun.
	it('understands non-native and Flemish Dutch and short English; not their twins', () => {
		for (const text of [
			'Ik heb geen zin leven meer. Alles is moeilijk.',
			'Ik wil niet meer op deze wereld.',
			'Mijn hoofd zegt: maak dood jezelf.',
			'Ik ben alleen in Nederland, geen familie, ik denk ik wil sterven.',
			'Ik wil leven stoppen.',
			'Ik ben moe van mijn leven, ik wil niet meer wakker.',
			'Waarom ik leef? Beter ik ben dood.',
			'ik wil weg van deze leven',
			'Ik heb gedachte om mij te doden.',
			'ik ben kapot van binnen en wil gewoon niet meer bestaan',
			'Ik zie het nie meer zitten, echt nie, ik wil er vanaf zijn',
			'Amai, ik trek het nie meer, ik wil dood zijn',
			'k zie het leven nie meer zitten',
			'ik wil er nen einde aan maken',
			'Ik ga er een einde aan stellen.',
			'Ik zou er het liefst mee stoppen, met alles, met mijn leven.',
			'ik wil uit het raam springen',
			'Ik wil van de zesde verdieping springen.',
			'ik doe mezelf iets aan',
			'zelfmoord is de enige optie die ik nog zie',
			"I'm done. I can't do it anymore. Goodbye.",
			'feel like ending it tbh',
			"i'm gonna top myself",
			'wanna die',
			"i'd be better off dead",
			'i want to go to sleep and never wake up again',
			"I'm so low I've been thinking of taking all my tablets",
			'Every day I think about how to end my life',
			'i want to kill my self',
			'i self harm to cope'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik heb geen zin in koken meer. Alles is duur.',
			'Ik wil niet meer op deze bank slapen, hij is kapot.',
			'Mijn hoofd zegt: ga slapen.',
			'Ik ben alleen in Nederland, geen familie, ik zoek vrienden.',
			'Ik wil roken stoppen.',
			'Ik ben moe van mijn werk, ik wil niet meer vroeg op.',
			'Waarom ik woon hier? Beter ik ga naar Utrecht.',
			'ik wil weg van deze buurt',
			'Ik heb gedachte om een cursus te doen.',
			'ik ben kapot van het sporten en wil gewoon slapen',
			'Ik zie het nie zitten om te gaan, echt nie',
			'Amai, ik trek het nie meer met die lawaai',
			'ik wil er nen einde aan maken, aan die ruzie met de buren',
			'Ik ga er een einde aan stellen, aan die overlast.',
			'Ik zou er het liefst mee stoppen, met die studie.',
			'ik wil uit het raam kijken naar de zee',
			'Ik woon op de zesde verdieping, is er een lift?',
			'ik doe mezelf tekort als ik niet ga',
			'zelfstandig wonen is de enige optie die ik nog zie',
			"I'm done. I can't do this homework anymore. Goodbye maths!",
			'feel like eating pizza tbh',
			"i'm gonna top up my phone",
			'wanna dance',
			"i'd be better off taking the bus",
			'i want to go to sleep and never wake up before ten again',
			"I'm so low on energy I've been thinking of taking vitamins",
			'Every day I think about how to improve my life',
			'i want to kill my boss lol',
			'i meditate to cope'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// The guards against everyday look-alikes must not swallow real signals.
	it('keeps firing where a guard for look-alikes comes close', () => {
		for (const text of [
			'Iedereen zou beter af zijn.',
			"I don't want to live in pain anymore",
			"I don't want to live like this anymore",
			'ik wil niet meer leven met deze pijn',
			'Ik wil niet meer leven op deze manier',
			'soms wil ik verdwijnen',
			'Waarom leef ik nog hier op aarde?',
			'zullen we samen van de brug springen',
			'ik zie het sinds mijn ontslag niet meer zitten',
			'ik wil verdwijnen uit deze wereld'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'ik wil niet meer leven in dit huis',
			"I don't want to live in this house anymore",
			'ik wil even verdwijnen, zo terug'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// English letters (written from language knowledge, measured before the rules were widened
	// for it: 10 of 20 found, 2 of 20 false alarms): indirect wording is where English was weakest.
	it('reads indirect English letters; not their everyday twins', () => {
		for (const text of [
			"I'm a 40-year-old dad and lately I can't see the point of anything. I've started thinking my kids would be better off with the life insurance money.",
			"Every night I lie awake wishing I could just stop existing. I don't want to die exactly, I just don't want to be here.",
			"After years of abuse I feel empty. Sometimes I take more of my medication than I should, hoping I won't wake up.",
			"I've been on the waiting list for therapy for 8 months and I honestly don't know if I'll still be here when my turn comes.",
			'My partner found my razor blades and the cuts on my thighs. Now she wants me to get help.',
			'I keep driving past the bridge on my way to work and imagining letting go of the wheel.',
			"I have nothing left. My family is gone, my job is gone, and I'm ready to be gone too.",
			'Is it selfish to want to die when you have children?',
			"I don't see how I can go on after this. I've written letters to everyone.",
			"I'm 19 and I've attempted twice. I feel it coming again.",
			'My mind keeps telling me that the only way to stop the pain is to stop living.',
			"I'm writing this from my car, I have the hose and the tape.",
			"I can't take this anymore, tonight I'm going to end it.",
			"I'm so tired. I'd like to go to sleep for a very long time. Forever would be fine.",
			"What would happen to my cat if I wasn't around anymore? I need to arrange things.",
			'I think about death every single day. Not in a scared way, more like longing.',
			"Lately I've been looking up how many of my pills it would take.",
			'I started burning myself with a lighter again.',
			"Nobody would notice if I just vanished. Maybe it's better that way.",
			"I don't want to be alive anymore but I'm too scared to do anything."
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			"I'm a 40-year-old dad and lately I can't see the point of my job. Should I switch careers?",
			"Every night I lie awake because of the neighbour's dog. What can I do?",
			'After years of renting I feel ready to buy. Any advice on mortgages?',
			"I've been on the waiting list for social housing for 8 years and I don't know if it will ever happen.",
			"My partner found my old love letters and now she's jealous.",
			'I keep driving past the new bakery on my way to work, has anyone tried it?',
			'I have nothing left in my bank account at the end of the month, any budgeting help?',
			'Is it selfish to want some time alone when you have children?',
			"I don't see how I can afford the energy bill after this winter.",
			"I'm 19 and I've applied for jobs twice a week, no luck.",
			'My mind keeps telling me that I forgot to lock the door.',
			"I'm writing this from my car, waiting for my daughter's football practice to finish.",
			"I can't take this noise anymore, tonight I'm going to talk to the neighbours.",
			"I'm so tired. I'd like to go to sleep early tonight.",
			'What would happen to my cat if I went into hospital for a week? Who could feed her?',
			'I think about my late mother every single day. I miss her.',
			"Lately I've been looking up how many calories are in beer.",
			'I burned myself on the oven again, clumsy me.',
			'Nobody would notice if I just left the meeting early, right?',
			"I'm scared of heights, is the tower tour worth it?"
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Everyday twins of the newer rules (written from language knowledge; 13 of 40 fired before
	// the rules were narrowed). Still firing on purpose: "I'd rather be dead than listen to that
	// song again lol" (hyperbole, but "liever dood" is too close to call).
	it('keeps the newer rules away from their everyday twins', () => {
		for (const text of [
			'I attempted twice to call the council, no answer.',
			'I have nothing left to say about this.',
			'I have nothing left in the fridge, anyone want to share dinner?',
			'I bought a garden hose and some tape to fix the leak.',
			"We're ready to be gone on holiday tomorrow!",
			"I don't know if I'll still be here in August, we might move.",
			'Weet niet of ik nog hier ben in de zomer, misschien verhuizen we.',
			'My head says go to bed, my heart says one more episode',
			'Mijn hoofd zegt: ga naar bed!',
			'Beter ik ben dood moe dan dat ik niks doe haha',
			'Ik wil leven zoals mijn oma: rustig en gezond.',
			'Ik heb alles klaarliggen voor het buurtfeest morgen.',
			'Ik heb al mijn pillen klaargezet voor de week.',
			'Ik heb mijn pillen klaargelegd voor vanavond.',
			'Die brug bij mijn huis, daar denk ik elke dag aan want hij is zo mooi.',
			"Ik heb een afscheidsbericht gestuurd naar mijn collega's, nu met pensioen.",
			'Ik ga voor altijd van deze stad houden.',
			"I'd like to sleep for a very long time after this week, haha.",
			"My grandmother is ready to go, she says, she's 98 and at peace.",
			'Ik kan niet meer, ik lig dubbel van het lachen',
			'Ik wil dat het ophoudt met regenen, voor altijd',
			'Ik ben er klaar mee. Ik stop met die club, voorgoed.',
			'Het leven is te duur, ik wil eruit, uit deze stad.',
			'Niemand heeft iets aan die app, ik wil hem weg.',
			"I'm done with this app, goodbye!",
			'ik ben een last-minute persoon',
			'Ik heb een mes gekocht, het oude was bot.',
			'Ik heb een touw gekocht voor de schommel.',
			'Ik wil van mijn schulden af, voorgoed!',
			'Ik wil dat de pijn in mijn knie voor altijd weggaat.',
			'Ik droom ervan om ooit in Spanje te wonen.',
			'Ik wil rust, eindelijk rust, na die verbouwing.',
			'Ik wil slapen, ik ben op.',
			'Elke ochtend baal ik dat de wekker gaat.',
			'I keep thinking about my own wedding, so excited!',
			'Het zou voor iedereen makkelijker zijn zonder mijn auto in de straat.',
			'cutting is the only thing that helps my roses grow',
			'Ik kras de dagen af op de kalender tot de vakantie.',
			"My life is a mess but I'm working on it, any tips for planning?"
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// The last paired set (written from language knowledge, measured before the rules were
	// widened for it: 20 of 30 found, 1 of 30 false alarms).
	it('covers secret goodbyes, not deserving to live, bleeding, the edge of a roof; not their twins', () => {
		for (const text of [
			'Ik kan het leven niet meer aan en denk aan zelfdoding.',
			'Soms wens ik dat ik gewoon dood neerval.',
			'Mijn leven is voorbij, ik zie geen reden meer om door te gaan.',
			'Ik heb een mes gepakt om mezelf te snijden maar ben gestopt.',
			"Ik voel me zo'n blok aan het been, het is beter als ik er niet meer ben.",
			'ik wil gwn niet meer leven',
			'Ik wil niet meer bestaan, ik wil gewoon weg zijn.',
			'Ik heb vaak de neiging om voor een bus te springen.',
			'Het liefst ga ik slapen en word ik nooit meer wakker.',
			'Ik heb al afscheid genomen van mijn kinderen, ze weten het niet.',
			'Ik ben niets waard en iedereen zou blij zijn als ik dood was.',
			'ik heb gisteravond weer in mijn benen gesneden',
			'Ik sta op het punt om er een einde aan te maken.',
			'Ik zoek manieren om pijnloos te sterven.',
			'mijn moeder zegt steeds dat ze dood wil, ik weet niet wat ik moet doen',
			"I don't see any way out other than ending my life.",
			"I'm thinking of taking an overdose tonight.",
			'I want everything to stop. Permanently.',
			"I've been scratching my arms until they bleed.",
			"I feel like I don't deserve to live.",
			"i'm going to kill myself, i've made up my mind",
			"My dad keeps saying he'd be better off dead.",
			"I've had enough of living.",
			'There is no point in me being alive.',
			'I just want to disappear and never come back.',
			'Ik hoop dat ik morgen niet meer leef.',
			'Ik wil zelfmoord plegen maar ik ben bang.',
			"I'm saying goodbye, I can't do this anymore.",
			'Ik wil dat iemand me komt halen voordat ik iets doms doe.',
			"I'm sitting on the edge of the roof."
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik kan het werk niet meer aan en denk aan ontslag nemen.',
			'Soms wens ik dat ik gewoon een week vrij had.',
			'Mijn vakantie is voorbij, ik zie er tegenop om weer te gaan werken.',
			'Ik heb een mes gepakt om de taart te snijden.',
			"Ik voel me zo'n blok aan het been voor mijn vrienden sinds ik in een rolstoel zit.",
			'ik wil gwn niet meer werken op zondag',
			'Ik wil niet meer betalen voor die dure sportschool.',
			'Ik heb vaak de neiging om te veel te eten.',
			'Het liefst ga ik vroeg slapen op zondag.',
			"Ik heb al afscheid genomen van mijn collega's, morgen begin ik ergens anders.",
			'Ik ben niet goed in koken maar iedereen zou blij zijn als ik meedoe.',
			'ik heb gisteravond weer te veel gesnoept',
			'Ik sta op het punt om te verhuizen.',
			'Ik zoek manieren om goedkoop te koken.',
			'mijn moeder zegt steeds dat ze naar huis wil, ze heeft dementie',
			"I don't see any way out of this debt without help.",
			"I'm thinking of taking a course tonight.",
			'I want the construction noise to stop. Permanently.',
			"I've been scratching my head over this form.",
			"I feel like I don't deserve this promotion.",
			"i'm going to kill it at the quiz tonight",
			"My dad keeps saying he'd be better off retired.",
			"I've had enough of this weather.",
			'There is no point in me going to that meeting.',
			'I just want to disappear into a good book this weekend.',
			'Ik hoop dat ik morgen niet meer ziek ben.',
			'Ik wil een zelfmoordpreventie training volgen.',
			"I'm saying goodbye to my old car today.",
			'Ik wil dat iemand me komt halen van het station.',
			"I'm sitting on the edge of my seat watching this match."
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Forum shorthand and wording (SI, SH, "waarom zou ik nog", goodbye world), from language
	// knowledge, with twins.
	it('knows forum shorthand; not its twins', () => {
		for (const text of [
			'Ik denk veel na over de dood de laatste tijd.',
			'Soms denk ik: waarom zou ik nog.',
			'my SI is really bad today',
			'relapsed on sh last night after 3 months clean',
			"I'm a burden.",
			'I hate being alive.',
			"I wish I wasn't alive",
			'Goodbye cruel world',
			'Ik wil bij mijn overleden man zijn.',
			"I'm not going to be here much longer."
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik denk veel na over de dood van mijn vader, hij overleed vorig jaar. Zijn er lotgenoten?',
			'Waarom zou ik nog naar die dure kapper gaan?',
			'Si, claro, ik spreek ook Spaans.',
			"I'm a burden on the group chat with all my memes lol",
			'I hate being late.',
			"I wish I wasn't so shy",
			'Goodbye world cup, see you in four years',
			'Ik wil bij mijn vriendin zijn vanavond.',
			"I'm not going to be here next week, holiday!",
			'sh, be quiet, the baby is asleep'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Youth and social-media spelling with emoji (written from language knowledge, measured
	// before the rules were widened for it: 15 of 20 found, 2 of 20 false alarms). Still firing
	// on purpose: "cant do this anymore, my wifi keeps dropping" ("I can't do this anymore" is
	// a signal on its own).
	it('reads youth spelling and emoji; not its everyday twins', () => {
		for (const text of [
			'ik wil dood gaan srsly 😭',
			'wil nie meer leven fr 💀 geen grap',
			'ik ben zo klaar met alles ik wil gwn verdwijnen 🥀',
			'idk man ik denk dat ik mezelf ga ophangen',
			'ik heb weer gesneden 🩸',
			'zelfmooord gedachten weer...',
			'ik wil mezelf van het leven berofen',
			'ik wil nie meer leefen',
			'ik zie het nie meer zitte nie meer',
			'wil der nie meer zijn',
			'ik wil sterfen, echt',
			'zelfmoort plegen is het enigste wat ik nog wil',
			'i wanna dieee',
			'i want to kil myself',
			'im so done w life',
			'lowkey want to die',
			"ngl i've been thinking abt ending it",
			'i rly dont wanna be alive anymore',
			'cant do this anymore i want out of life',
			'suicidel thoughts again 😞'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'ik ga dood van het lachen 😂😂',
			'wil nie meer naar school fr',
			'ik ben zo klaar met die leraar 🙄',
			'idk man ik denk dat ik ga stoppen met voetbal',
			'ik heb weer mn haar geknipt ✂️',
			'weer die gedachten aan pizza haha',
			'ik wil mezelf verbeteren dit jaar',
			'ik wil nie meer zo vroeg op',
			'ik zie het feest nie zitten',
			'wil der nie bij zijn vanavond sorry',
			'ik sterf van de honger',
			'ik wil mn telefoon kapot gooien lol',
			"i'm dyinggg 😂 this meme",
			'i want to kill this exam',
			'im so done w this week',
			'lowkey want to sleep all day',
			"ngl i've been thinking abt dyeing my hair",
			'i rly dont wanna go to work',
			'suicide squad was a bad movie tbh'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Older residents (written from language knowledge, measured before the rules were widened
	// for it: 10 of 15 found, 0 of 15 false alarms): euphemisms, sleeping tablets saved, stopping
	// eating and drinking, doing it oneself when euthanasia is refused.
	it('hears how older residents say it; not their questions about care', () => {
		for (const text of [
			'Ik ben 79. Mijn man is dood, mijn vrienden zijn dood. Ik wil ook dood.',
			'Ik ben oud en alleen. Ik hoop dat ik snel mag gaan.',
			'Voor mij hoeft het niet meer. Ik heb mijn tijd gehad.',
			'Ik wil niet meer eten en niet meer drinken, dan is het snel voorbij.',
			'Ik spaar mijn slaaptabletten. Niemand weet het.',
			'Elke avond bid ik dat ik niet meer wakker word.',
			'Ik ben mijn kinderen alleen maar tot last. Ik wil er een eind aan maken.',
			'Ik ben op. Ik wil naar mijn vrouw in de hemel.',
			'De dokter wil niet helpen met euthanasie, dan doe ik het zelf.',
			'Ik heb er genoeg van, ik wil niet meer verder leven.',
			'Ik zit alleen in mijn flat op 10 hoog en denk erover om te springen.',
			'Mijn leven is op, ik wil slapen en niet meer wakker worden.',
			'Ik wil dood, het leven heeft geen zin meer zonder mijn man.',
			'Ik ben zo moe van de pijn, ik wil er niet meer zijn.',
			'Ik weet niet meer waarom ik nog leef.'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Ik ben 79. Mijn man is dood, mijn vrienden zijn dood. Ik wil nieuwe mensen leren kennen.',
			'Ik ben oud en alleen. Ik hoop dat er iemand langs wil komen voor koffie.',
			'Voor mij hoeft het niet zo duur. Een simpele maaltijd is goed.',
			'Ik wil niet meer koken en niet meer boodschappen doen, is er maaltijdservice?',
			'Ik spaar voor een scootmobiel. Wie weet een goede winkel?',
			'Elke avond bid ik voor mijn kleinkinderen.',
			'Ik ben mijn kinderen tot last sinds mijn val. Is er hulp in huis?',
			'Ik ben op na de fysiotherapie, maar het gaat beter.',
			'De dokter wil niet helpen met mijn rugpijn, wie weet een andere dokter?',
			'Ik heb er genoeg van, die trappen. Ik wil een woning met lift.',
			'Ik zit alleen in mijn flat op 10 hoog en de lift is kapot.',
			'Mijn spaargeld is op, hoe vraag ik bijzondere bijstand aan?',
			'Ik wil dood graag weer dansen, is er een seniorenclub?',
			'Ik ben zo moe van de pijn in mijn heup, wie kent een goede fysio?',
			'Ik weet niet meer waar ik mijn bril heb gelaten.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Newcomers writing English or Dutch as a second language (written from language
	// knowledge, measured before the rules were widened for it: 5 of 15 found, 0 of 15 false
	// alarms; the weakest register found).
	it('understands newcomers writing English or Dutch as a second language; not their questions', () => {
		for (const text of [
			'I am new in Netherlands, no friends, no job, I think to finish my life.',
			'Please help, I want to die, I cannot live like this more.',
			'My husband hit me and say he will kill me.',
			'I not want to wake up anymore, everything is black.',
			'Ik woon hier 2 jaar, I feel so alone, ik wil dood.',
			'Life no sense for me anymore, I want to go away from this world.',
			'I am thinking to jump from my balcony.',
			'Sorry my english, I have many pills and I think to take all.',
			'Mijn Nederlands is niet goed. Ik wil mijn leven stop. Help.',
			'I cut my arm when I feel bad, is this normal?',
			'Nobody need me here, better I die.',
			'I want to make end of my life.',
			'I drink and take pills to not feel, maybe one day I take too many on purpose.',
			'I am tired to live.',
			'Ik wil niet meer leven, ik heb geen papieren en geen hoop.'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'I am new in Netherlands, no friends, I want to find a language café.',
			'Please help, I cannot find a doctor, I live here one month.',
			'My husband say he will visit the doctor tomorrow.',
			'I not want to wake up early on Saturday, is the market also on Sunday?',
			'Ik woon hier 2 jaar, I feel so alone, waar kan ik mensen ontmoeten?',
			'Life is expensive in Amsterdam, I want to go away from this city.',
			'I am thinking to move to my balcony garden, any plant tips?',
			'Sorry my english, I have many questions about the tax.',
			'Mijn Nederlands is niet goed. Ik wil een cursus. Help.',
			'I cut my finger when I cook, is it normal to bleed long?',
			'Nobody need me at work, I want a new job.',
			'I want to make end of my contract.',
			'I drink too much coffee, maybe I stop on purpose.',
			'I am tired to work every weekend.',
			'Ik wil niet meer wachten, ik heb geen papieren en ik wil werken.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// Quiet hints (written from language knowledge, measured before the rules were widened for
	// it: 8 of 20 found, 0 of 20 false alarms): soon no burden, "het is mooi geweest", hoping
	// for a deadly illness, stockpiling, staring at the tracks, a windowsill.
	it('hears quiet hints; not their everyday twins', () => {
		for (const text of [
			'Binnenkort ben ik er niet meer, dan hebben jullie rust.',
			'Straks ben ik niemand meer tot last.',
			'Ik heb mijn hond bij mijn zus gebracht, zodat ze goed verzorgd wordt als ik er niet meer ben.',
			'Ik heb zoveel gedachten over zelfmoord dat ik bang ben dat ik het ga doen.',
			'Ik zou er graag tussenuit knijpen, voorgoed.',
			'Het is mooi geweest, ik stop ermee. Dag iedereen.',
			'Ik wil het leven uit, ik kan niet meer.',
			'Ik hoop dat ik een dodelijke ziekte krijg.',
			'Ik heb geen energie meer om te leven.',
			'Ik ben een mislukking, het is beter als ik verdwijn.',
			"i'm so tired of existing",
			'i just want it all to end',
			"i can't keep living like this",
			"what's the point of living if it's always like this",
			"i don't see a future for me at all, i'd rather be dead",
			"I've been stockpiling my antidepressants",
			'I want to go to sleep forever and not feel anything',
			"I'm seriously thinking about suicide and I have a plan",
			"I've been looking at the train tracks a lot lately",
			'some nights I sit on the windowsill and think about letting go'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Binnenkort ben ik er niet, ik ga op vakantie.',
			'Straks ben ik mijn huis kwijt als ik de huur niet betaal.',
			'Ik heb mijn hond bij mijn zus gebracht, ik ga op vakantie.',
			'Ik heb zoveel gedachten over mijn ex dat ik niet kan slapen.',
			'Ik zou er graag even tussenuit knijpen, een weekendje Texel.',
			'Het is mooi geweest, de zomer is voorbij. Dag iedereen, tot volgend jaar!',
			'Ik wil het huis uit, ik kan niet meer met mijn ouders.',
			'Ik hoop dat ik geen ernstige ziekte heb, ik moet naar de dokter.',
			'Ik heb geen energie meer om te sporten.',
			'Ik ben een mislukking in tekenen, wie geeft les?',
			"i'm so tired of winter",
			'i just want this week to end',
			"i can't keep living like this, with the mould in my flat",
			"what's the point of voting if nothing changes",
			"i don't see a future for this shop, i'd rather close it",
			"I've been stockpiling toilet paper",
			'I want to go to sleep early and not feel so tired',
			"I'm seriously thinking about moving and I have a plan",
			"I've been looking at the train timetable a lot lately",
			'some nights I sit on the windowsill and watch the stars'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	// More quiet hints (written from language knowledge, measured before the rules were widened
	// for it: 11 of 20 found, 0 of 20 false alarms). "Ik kan niet meer" alone stays quiet: carers
	// say it every day.
	it('hears letters for after, nothing that keeps one here, hurting until it shows; not their twins', () => {
		for (const text of [
			"Ik wil er niet meer wakker voor worden, voor nog zo'n dag.",
			'Als ik morgen niet meer wakker word, is dat ook goed.',
			'Het maakt me niet meer uit of ik leef of niet.',
			'Ik heb al een brief voor mijn moeder klaargelegd, ze mag hem lezen als ik weg ben.',
			'Ik wil weg uit dit leven.',
			'Ik word gek in mijn hoofd en wil dat het voor altijd stil is.',
			'Er is niets meer dat me hier houdt.',
			'Ik heb het gevoel dat ik er niet meer bij hoor en wil er een eind aan maken.',
			'ik heb mezelf geslagen tot ik blauwe plekken had',
			'Ik krab mezelf open als ik stress heb.',
			'Ik wil niet meer verder, ik heb al pillen in huis.',
			'Ik heb geen reden meer om er te zijn.',
			'I feel like the world would be better without me',
			"I'm not scared of dying anymore, I'm more scared of living.",
			"I can't wait for it all to be over",
			"I'm thinking of driving off a cliff",
			'I keep thinking about overdosing',
			'I just want to not be alive',
			'I plan to end it next week when everyone is away',
			'I have nothing to live for'
		]) {
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		}
		for (const text of [
			'Als ik morgen niet op tijd wakker word, mis ik de bus.',
			'Het maakt me niet uit of we binnen of buiten eten.',
			'Ik heb al een brief voor de gemeente klaargelegd over de overlast.',
			'Ik wil weg uit deze baan.',
			'Ik word gek van de buren en wil dat het eens stil is.',
			'Er is niets meer dat me in deze stad houdt, ik ga verhuizen.',
			'Ik heb het gevoel dat ik er niet bij hoor in de buurt, hoe leer ik mensen kennen?',
			'ik heb mezelf gestoten aan de tafel, blauwe plekken overal',
			'Ik krab mezelf open door de eczeem, wat helpt?',
			'Ik wil niet meer verder met deze fysiotherapeut.',
			'Ik heb geen reden meer om naar die club te gaan.',
			'I feel like the world would be better with more kindness',
			"I'm not scared of spiders anymore, therapy helped.",
			"I can't wait for the holidays to be over",
			"I'm thinking of driving to the coast this weekend",
			'I keep thinking about overdoing it at the gym',
			'I just want to not be tired all the time',
			'I plan to end my lease next month',
			'I have nothing to wear to the party',
			'Mijn oma is overleden, ik mis haar zo erg dat het pijn doet.',
			'Ik kan niet meer, mijn moeder met dementie vraagt alles van me.'
		]) {
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		}
	});

	it('names the rule it fired on', () => {
		expect(detectCrisis('ik wil er niet meer zijn').matched).toMatch(/^nl_niet_meer_zijn: /);
		expect(detectCrisis('I want to kill myself').matched).toMatch(/^en_kill_myself: /);
	});

	it('answers empty, huge, emoji-only and other-script input without throwing', () => {
		expect(detectCrisis('')).toEqual({ crisis: false });
		expect(detectCrisis('🙂🙂🙂')).toEqual({ crisis: false });
		expect(detectCrisis('مرحبا كيف حالك')).toEqual({ crisis: false });
		expect(detectCrisis('a '.repeat(50_000)).crisis).toBe(false);
		expect(detectCrisis('https://example.org/kill-myself').crisis).toBe(true);
		// Long texts are read in overlapping parts: a signal anywhere, also across a part's edge.
		const story = 'Ik woon hier al twintig jaar en ken veel buren. '.repeat(100);
		expect(detectCrisis(`${story}Ik wil niet meer leven.`).crisis).toBe(true);
		for (const cut of [1990, 2000, 2010, 3590, 3610]) {
			const text = `${'a'.repeat(cut - 10)} ik wil er een eind aan maken ${'b '.repeat(1000)}`;
			expect(detectCrisis(text).crisis, String(cut)).toBe(true);
		}
		expect(detectCrisis(story).crisis).toBe(false);
	});

	it('normalises to lower case without accents, punctuation as sentence breaks', () => {
		expect(normaliseForCrisis('Ik  ZIE ’t niet méér zitten!')).toBe(
			'ik zie het niet meer zitten .'
		);
	});

	it('meets the target on the tuning split: recall 1.0, false alarms at most 5 %', () => {
		const tuning = phrasings.filter((p) => p.split === 'tuning');
		const missed = tuning.filter((p) => p.crisis && !detectCrisis(p.text).crisis);
		const alarms = tuning.filter((p) => !p.crisis && detectCrisis(p.text).crisis);
		expect(missed.map((p) => p.text)).toEqual([]);
		expect(alarms.length / tuning.filter((p) => !p.crisis).length).toBeLessThanOrEqual(0.05);
	});

	it('does not fire on thoughts said to be absent, hyperbole, idioms or losing someone to suicide', () => {
		for (const text of [
			'Ik ben depressief, maar ik heb geen gedachten om mezelf iets aan te doen.',
			'Ze heeft het nooit over zichzelf iets aandoen gehad, dat vraagt de behandelaar steeds.',
			'We asked him, and so did the GP, whether he has had thoughts of hurting himself, and he said no.',
			'ugh I want to die of embarrassment, I called my boss mum',
			'I would rather die than sing karaoke in front of everyone',
			'gonna jump off the deep end and sign up for the marathon',
			'Ik zoek een kring voor mensen die iemand verloren hebben door zelfdoding.',
			'a documentary with people who lost a brother to suicide',
			'ik snij mezelf steeds in mijn vingers bij het groente snijden'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		// The same words with a wish or an act of one's own still fire.
		for (const text of [
			'Ik heb gedachten om mezelf iets aan te doen.',
			'I want to die, I cannot take it anymore',
			'ik ben liever dood dan dit nog een jaar',
			'I want to jump off the bridge',
			'ik snij mezelf in mijn armen'
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it('knows methods looked up, means asked about "for me", all of them tonight, a blade used, not waking up would be fine', () => {
		for (const text of [
			"I've been looking up methods. I don't know who else to tell.",
			'ik heb manieren om dood te gaan opgezocht',
			'zou het pijn doen, verdrinken? vraag voor mezelf',
			'is there a bridge high enough in this city? asking for me',
			'gonna take all of them tonight. sorry',
			'i smashed a glass and used it on my arm',
			'de wachtlijst is 9 maanden, zo lang hou ik het niet vol, dan ben ik er niet meer',
			'mijn broer zeggen hij wil springen van gebouw',
			'als ik morgen niet wakker word vind ik het eigenlijk ook best',
			"if I don't wake up tomorrow that would be fine"
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
		for (const text of [
			"I've been looking up methods for learning Dutch faster",
			'I used it on my arm, the new cream, works great',
			'we willen van de brug springen, het is 30 graden',
			'als ik morgen niet wakker word van de wekker is het niet erg, het is zaterdag',
			"if I don't wake up in time that's fine, the meeting is at ten"
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it('has a labelled set of at least 60 phrasings, with locked splits of at least 145', () => {
		expect(phrasings.length).toBeGreaterThanOrEqual(60);
		// Two locked splits: `locked` (before the detector) and `fresh` (written later, blind).
		// They were 45 % of the set until the blind sets, measured once each before any tuning
		// (see the fixture's description), went into the tuning split.
		const locked = phrasings.filter((p) => p.split === 'locked' || p.split === 'fresh');
		expect(locked.length).toBeGreaterThanOrEqual(145);
		expect(phrasings.filter((p) => p.split === 'fresh').length).toBeGreaterThanOrEqual(80);
		// Reported by `npm run eval:crisis`; only a floor here, so the locked splits are not tuned on.
		for (const split of ['locked', 'fresh']) {
			const set = phrasings.filter((p) => p.split === split);
			const hits = set.filter((p) => p.crisis && detectCrisis(p.text).crisis).length;
			expect(hits / set.filter((p) => p.crisis).length, split).toBeGreaterThanOrEqual(0.85);
		}
	});
});

// The concept layer (crisis-concepts.ts) on its own: wordings written for these tests, not
// taken from any fixture, each naming the combination that must fire.
const concept = (text: string) => conceptCrisis(prepareForCrisis(text));

describe('crisis concepts', () => {
	it('brings word forms back to one lemma and drops fillers', () => {
		expect(lemmatise(' ik heb mezelf vandaag weer gesneden ')).toBe(' ik heb mezelf snijden ');
		expect(lemmatise(' sneetjes met een scheermesje ')).toBe(' snijden met een mes ');
		expect(lemmatise(' mezelf vannacht iets aandoe ')).toBe(' mezelf iets aandoen ');
		expect(lemmatise(' she is hurting ')).toBe(' she is hurt ');
		expect(lemmatise(' slaappillen gespaard ')).toBe(' pil sparen ');
		// A knife for bread or cheese is no instrument.
		expect(lemmatise(' broodmes ')).toBe(' broodmes ');
	});

	it('combines a self-harm act with its target, an instrument or blood', () => {
		for (const [text, id] of [
			['ik heb mezelf gisteren weer gesneden met een mesje', 'harm_self'],
			['mijn zoon snijdt zichzelf in zijn armen', 'harm_self'],
			['ik brand mezelf soms met een sigaret', 'harm_self'],
			['ik heb mezelf pijn gedaan vannacht', 'harm_self'],
			['ik ben bang dat ik mezelf wat aandoe als ik alleen ben', 'harm_self'],
			['ze heeft sneetjes op haar bovenbenen en draagt altijd lange mouwen', 'harm_act'],
			["I'm scared I'll hurt myself tonight", 'harm_self'],
			['I burned myself with a lighter last night', 'harm_self']
		])
			expect(concept(text), text).toMatch(new RegExp(`^concept_${id}:`));
	});

	it('recognises ending a life, not being there, a burden and passive wishes', () => {
		for (const [text, id] of [
			['hij wil een eind aan zijn leven maken zegt hij', 'end_life'],
			['ze denkt erover om haar leven te beeindigen', 'end_life'],
			['my dad keeps talking about ending his life', 'end_life'],
			['ik wil gewoon niet meer bestaan', 'not_being'],
			['I just want to stop existing', 'not_being'],
			['als ik er niet meer ben hebben ze eindelijk rust', 'not_being'],
			['iedereen is beter af zonder mij', 'burden_strong'],
			['everyone would be better off if I was gone', 'burden_strong'],
			['ik hoop elke avond dat ik niet meer wakker word', 'passive_wish'],
			['ik zou het niet erg vinden als ik morgen niet meer wakker werd', 'passive_wish'],
			['I hope a car hits me on the way home', 'passive_wish'],
			['ik ben teleurgesteld dat ik weer wakker ben geworden', 'still_alive'],
			["I'm disappointed every morning that I'm still alive", 'still_alive']
		])
			expect(concept(text), text).toMatch(new RegExp(`^concept_${id}:`));
	});

	it('knows a goodbye message, leaning forward at an edge, no future and nothing to live for', () => {
		expect(concept('ik heb een afscheidsbericht getypt voor mijn ouders')).toMatch(
			/^concept_goodbye_letter:/
		);
		expect(
			concept(
				'I stand at the edge of the platform and wonder what it would be like to lean forward'
			)
		).toMatch(/^concept_place_brink:/);
		expect(detectCrisis('ik heb niets meer om voor te leven').crisis).toBe(true);
		expect(detectCrisis('Ik zie geen enkele reden meer om te leven.').crisis).toBe(true);
		// The rule wants nothing left; the model may still weigh a wish for something to live for.
		expect(detectByRules('ik wil weer iets hebben om voor te leven').crisis).toBe(false);
		expect(detectCrisis('ik heb er genoeg van, van alles, van het leven').crisis).toBe(true);
		expect(detectCrisis("I can't see a future for myself").crisis).toBe(true);
		// A way of life or a job, not life itself.
		for (const text of [
			'ik heb genoeg van het leven in de stad, we willen naar het platteland',
			'ik heb genoeg van het leven als mantelzorger, ik wil hulp',
			"I can't see a future for myself in this company"
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it('wants a means and its readiness in one sentence', () => {
		expect(concept('Ik heb de pillen uit de kast gehaald.')).toMatch(/^concept_method_ready:/);
		// Sentences apart: a patient's or a carer's day, not a means at hand.
		expect(
			concept('My life right now is a mess. I have started medication and I try to build routines.')
		).toBeNull();
		expect(
			concept('De babyfoon ligt naast mijn bed. Zijn medicatie geef ik om acht uur.')
		).toBeNull();
	});

	it('recognises means, places, plans, attempts and goodbyes', () => {
		for (const [text, id] of [
			['ik heb al een hele tijd pillen opgespaard', 'method_stored'],
			["I've been stockpiling my meds for weeks", 'method_stored'],
			['er ligt een touw in de schuur en ik kijk er elke dag naar', 'method_ready'],
			['ik stond gisteren op het dak van de flat en wilde springen', 'place_brink'],
			['I stood on the bridge for an hour last night looking down', 'place_brink'],
			['I keep thinking about jumping in front of a train', 'place_brink'],
			['ik heb de trein gezien en dacht: één stap en het is over', 'place_brink'],
			['my husband said he is going to drive his car into a tree', 'crash'],
			['ik weet hoe en wanneer, het is geregeld', 'plan'],
			["I've decided, tonight is the night", 'decision_why'],
			['ik heb mijn besluit genomen, jullie horen niks meer van me', 'decision_why'],
			['mijn broer heeft vorig jaar een poging gedaan en praat er nu weer over', 'attempt'],
			['my friend attempted last month and is talking about it again', 'attempt'],
			['ik heb afscheidsbrieven geschreven voor mijn kinderen', 'goodbye_letter'],
			['I wrote goodbye letters to my kids', 'goodbye_letter'],
			['hoe lang duurt het voordat je doodgaat van paracetamol', 'fall'],
			['ik heb een stanleymes gekocht, niet om te klussen', 'means_not_ordinary'],
			['mijn vader heeft een geweer en zegt dat het voor hemzelf is', 'weapon'],
			['every night I sit with the knife and think about it', 'instrument_about_it'],
			['ik heb het mes al klaarliggen', 'instrument_laid_out'],
			["my wife says she's going to take all her pills if I leave", 'all_pills_take'],
			["He said goodbye to his kids and left with a rope, I can't find him", 'goodbye_method'],
			[
				"dear circle, I don't think I'll be around for the next meeting. thank you for everything.",
				'not_being_goodbye'
			],
			[
				"my best friend texted 'I'm sorry for everything, I love you' and won't answer",
				'goodbye_silence'
			],
			['gisteren stond ik op de brug en heb ik bijna losgelaten', 'place_brink'],
			['ik sta op het balkon op de 10e verdieping en het trekt', 'place_brink'],
			['sinds de scheiding wil ik niet meer, ik zie geen enkele reden', 'not_go_on_inline'],
			['ik ben moe van leven, dokter', 'tired_of_life'],
			['wat is de snelste manier om te sterven', 'how_to'],
			['we hebben hem gevonden met een riem om zijn nek, hij leeft, wat nu', 'neck'],
			["I feel like I'm drowning and I don't want to be rescued anymore", 'no_rescue'],
			['ik heb de afgelopen week 3 keer op de brug gestaan', 'place_lingering'],
			['I drove to the bridge last night and sat there for hours', 'place_lingering'],
			['mn ma zegt steeds dat ze bij papa wil zijn, hij is vorig jaar overleden', 'reunion'],
			['mijn oma (88) wil niet meer eten zodat ze eindelijk naar opa kan', 'reunion'],
			[
				'sinds de ontruiming slaap ik in een portiek en soms denk ik, laat het maar ophouden',
				'let_it_end'
			],
			['soms sla ik mijn hoofd tegen de muur tot ik niks meer voel', 'head_bang'],
			["I told my therapist I'm fine but I've been planning it for weeks", 'planning_hidden'],
			["Honestly I'm just waiting to die at this point", 'waiting_to_die'],
			["I'm going to swallow everything in the medicine cabinet", 'all_pills_take'],
			['ik ben so done met life, echt', 'tired_of_life'],
			['ik ga mezelf ff weg doen denk ik', 'self_remove'],
			[
				'ik word uit mn huis gezet volgende week. nergens heen. ik heb besloten dat ik niet ga slapen onder een brug, dan maar helemaal niet meer',
				'not_at_all'
			],
			[
				'mijn zoon (14) heeft op zijn kamer een lijstje gemaakt met wie hij zijn spullen geeft',
				'will_list'
			],
			[
				"onze dochter zegt dat ze 'er binnenkort niet meer is' en heeft haar telefoon weggegeven",
				'not_being_soon'
			],
			['mijn vader drinkt weer en zegt dat hij de auto tegen een boom gaat zetten', 'crash'],
			[
				"my teen son searched 'how much paracetamol is lethal' on the family laptop",
				'searched_how'
			],
			["I'm 20 and I've already picked out the song for my funeral, just in case", 'funeral_plan'],
			[
				"My partner has stopped taking his antidepressants and keeps saying we'd be fine without him",
				'say_burden'
			],
			["I found a note in my daughter's room saying sorry to everyone", 'goodbye_prep'],
			["sometimes when I'm on the motorway I think about just not turning the wheel", 'crash'],
			['ik heb op internet gezocht hoe je dat het beste kan doen met pillen', 'searched_how'],
			['ik ben gister op de spoorbrug geweest en heb daar lang gestaan', 'place_lingering'],
			['als het morgen weer misgaat stop ik ermee, voorgoed', 'stop_for_good'],
			['ik ben al dagen aan het afscheid nemen zonder dat iemand het doorheeft', 'goodbye_hidden'],
			['ik heb weer gekerfd in mijn arm', 'harm_act'],
			['ik prik mezelf met naalden als het te veel wordt', 'harm_self'],
			[
				'mijn vriend praat steeds over de dood en reageert niet meer op mijn berichten',
				'talks_death'
			],
			[
				'my son has been giving away his games and saying goodbye to his online friends',
				'goodbye_prep'
			],
			['ik neem de kinderen mee, dan zijn we allemaal van de ellende af', 'take_kids'],
			['ik wil naar de hemel, bij mijn moeder', 'heaven'],
			['ik denk erover om uit te checken, voorgoed', 'strong_euphemism'],
			["I'm thinking about checking out permanently", 'strong_euphemism'],
			['game over for me soon i think', 'strong_euphemism'],
			['ik kan nie meer, k ga eraan onderdoor en dan is t gedaan', 'finish_hopeless'],
			['mi wani dede', 'foreign'],
			['ik wil niet meer op de wereld zijn', 'not_being'],
			['i want to rope tbh', 'slang'],
			['im gonna ctb', 'slang'],
			['ik wil niet meer bestaan, ik haat mezelf', 'not_being'],
			['mijn broer zegt dat hij er een punt achter zet', 'point_after'],
			['i keep writing goodbye texts and deleting them', 'goodbye_letter'],
			['ik heb al een afscheidsvideo opgenomen', 'goodbye_letter'],
			["my dad said 'this is the last time you'll see me' and drove off", 'last_time'],
			['ik lig in bad met een scheermes', 'bath_instrument'],
			["i'm on the balcony and my legs are over the railing", 'place_brink'],
			['ik heb de gaskraan opengezet', 'gas'],
			["I've been holding my dad's old gun a lot lately", 'weapon_ready'],
			[
				'ik overweeg euthanasie terwijl ik gezond ben, gewoon omdat ik niet meer wil',
				'euthanasia_healthy'
			],
			['help, mijn moeder heeft een afscheidsbrief achtergelaten en is weg', 'goodbye_letter'],
			[
				'ik heb al mijn social media verwijderd en mijn spullen weggegeven, het is tijd',
				'prep_time'
			],
			['ik ben zo klaar met alles dat ik soms aan de trein denk', 'think_place'],
			["ze appte 'vergeef me' en nu neemt ze niet op", 'goodbye_silence'],
			["I hurt myself on purpose again, it's the only thing that helps", 'harm_self'],
			[
				'mijn vader is 90 en vraagt elke dag aan de dokter om een spuitje, hij is niet ziek alleen oud en moe',
				'euthanasia_healthy'
			],
			['Ik ben 83 en ik bid elke dag dat de Here mij komt halen', 'passive_wish'],
			["oma zegt steeds 'ik hoef niet meer, laat me maar gaan'", 'let_me_go'],
			[
				'mijn man (68) heeft zijn jachtgeweer weer uit de kast gehaald sinds zijn ontslag',
				'weapon_ready'
			],
			['mijn zoon heeft gegoogeld hoe hoog de flat moet zijn', 'fall'],
			[
				"my mate hasn't been answering and his last message was 'look after my dog'",
				'goodbye_silence'
			],
			["mijn puber zegt 'jullie zijn beter af zonder mij' en sluit zich op", 'burden_strong'],
			['ik heb mijn dochter gevonden met sneeën in haar polsen', 'harm_act'],
			["honestly if a bus hit me tomorrow i wouldn't mind", 'passive_wish'],
			["I've been looking at the train times, not to go anywhere", 'place_not_travel'],
			['i have been hurting myself to cope', 'harm_self']
		])
			expect(concept(text), text).toMatch(new RegExp(`^concept_${id}:`));
	});

	it('finds key words misspelt by one letter or two swapped ones, not their neighbours', () => {
		expect(lemmatise(' gesnede slaappilen atempted ophange ')).toBe(
			' snijden pil attempt ophangen '
		);
		// Short and everyday words are never bent into a key word.
		expect(lemmatise(' mensen lezen tables ')).toBe(' mensen lezen tables ');
		for (const text of [
			'ik heb mezelf weer gesnede',
			'ik spaar al weken mijn slaappilen',
			'i keep hurting myslef',
			'mn vriendin zegt dat ze zich wil ophange',
			'my brother atempted last year',
			'ik sta op de brug en wil springe'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
	});

	it('reads the languages newcomers may write in first', () => {
		for (const text of [
			'mi no wan libi moro, alles is te veel',
			'mi no ke biba mas',
			'je ne veux plus vivre',
			'ich will nicht mehr leben',
			'no quiero vivir',
			'nie chcę już żyć',
			'ölmek istiyorum'
		])
			expect(concept(text), text).toMatch(/^concept_foreign:/);
	});

	it('counts two preparations in a short text as a goodbye', () => {
		expect(concept('Paid my bills. Wrote a letter to my sister. Feel calm now.')).toMatch(
			/^concept_preparations:/
		);
		// One preparation is ordinary.
		expect(concept('Paid my bills today, finally.')).toBeNull();
	});

	it('does not fire on the everyday twins of each concept', () => {
		for (const text of [
			'ik heb me gesneden aan een mes bij het koken',
			'mijn kat heeft krassen op mijn armen gemaakt',
			'ik heb me gebrand aan de oven',
			'ik heb me gesneden aan een blikje',
			'als ik er niet ben, kan mijn buurvrouw de sleutel pakken',
			'we gaan verhuizen, dus dit is mijn laatste bericht in deze groep, bedankt voor alles',
			'we zijn met de club van de brug gesprongen, heerlijk in het water',
			"I won't be around next week, I'm on holiday",
			'I wrote a goodbye card for my colleague who is leaving',
			'hoe lang duurt het voordat paracetamol werkt bij koorts',
			'my knuckles bleed from the cold, any cream tips?',
			'ik heb mijn pillen voor de week klaargezet in de doos',
			'ik heb alle pillen van mijn moeder opgeruimd na haar dood',
			'I stood on the platform for an hour, the trains were cancelled',
			'ik heb gisteren 3 keer op de brug gestaan met mijn camera voor de zonsopgang',
			'ik zit in de auto bij het kanaal te vissen',
			'my grandfather is ill and says he is waiting to die, he has cancer',
			'mijn man heeft alzheimer en eet niet meer goed',
			'de snelste manier om te leren fietsen?',
			"I'm drowning in paperwork this week",
			'het doet me pijn dat mijn zoon niet belt',
			'ik sla me er wel doorheen',
			'we hebben een eind gemaakt aan de ruzie',
			'hij heeft een punt gezet achter zijn carrière',
			'ik spaar voor een nieuwe fiets',
			'ik heb mijn pillen in een weekdoos gedaan',
			'Ik heb al mijn pillen klaargezet voor de week.',
			'we gingen op de brug kijken naar de boten, prachtig uitzicht',
			'ik stond op het perron te wachten, de trein had vertraging',
			'we zijn van de steiger gesprongen, lekker gezwommen',
			'ik heb een brief geschreven aan de gemeente over de parkeerplaats',
			'ik geef mijn oude kleren weg aan de kringloop',
			'ik ben beter af zonder die baan',
			'ik hoop dat ik morgen op tijd wakker word',
			'mijn opa is vorig jaar overleden, ik mis hem',
			'ik heb mijn besluit genomen: ik ga verhuizen',
			'ze heeft een poging gedaan om te stoppen met roken',
			'Ik heb gisteren geprobeerd de lamp op te hangen.',
			'Mijn vriend heeft een afscheidsfeest en ik ga erheen!',
			'Ik ben 90 en klaar om te gaan, maar ik wil eerst mijn achterkleinkind zien.',
			'ik wil niet meer verder met die cursus',
			'het hoeft voor mij niet meer zo laat te worden vanavond',
			'my cat scratched my arms when I gave her a bath',
			'I cut my finger slicing onions',
			"I've been scratching my head over this form.",
			'it hurts me to see my son like this',
			"I'm saving up for a holiday",
			'we walked across the bridge and looked down at the river, so pretty',
			"I'd be better off without this job",
			'I attempted to call the GP three times',
			"this is goodbye from me, I'm moving to Utrecht next week, thanks for everything",
			'my grandmother died peacefully in her sleep',
			'I keep my medication in the kitchen drawer',
			'the rope for the swing broke',
			'Die podcast over de brug in Rotterdam waar mensen vanaf sprongen, heftig',
			'this exam is gonna kill me lol',
			'Ik wil van social media verdwijnen. Tips om je accounts te verwijderen?',
			"I'm a volunteer. How do I respond when someone brings up suicide? Is there a course?"
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it('keeps the documented judgement calls', () => {
		// Bereaved by suicide, suicide as a topic, dying at home: not a crisis on their own.
		for (const text of [
			'hij heeft een eind aan zijn leven gemaakt, ik zoek een rouwgroep',
			'mijn broer heeft zelfmoord gepleegd, is er een rouwkring?',
			'Gisteren een docu gezien over zelfdoding onder jongeren.',
			'mijn oma wil thuis sterven',
			'dit werk maakt me kapot'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		// A third person counts: the writer needs 113 too.
		expect(detectCrisis('mijn vriendin wil een einde aan haar leven maken').crisis).toBe(true);
		expect(detectCrisis("I don't want to die or anything, I just need rest").crisis).toBe(false);
	});

	it('finds the one sentence that matters in a long letter, and not its ordinary twin', () => {
		for (const text of [
			"Beste kring, ik ben Ahmed, 34, en sinds de scheiding zie ik mijn kinderen maar één weekend per maand. Ik werk in de nachtdienst en slaap overdag slecht. Mijn huis is leeg. Soms sta ik 's nachts op het balkon en denk ik dat het voor iedereen makkelijker is als ik er gewoon af stap. Dan denk ik aan mijn dochter. Is er een groep voor vaders?",
			'Hallo, ik ben mantelzorger voor mijn zus met schizofrenie. Ze is gestopt met haar medicatie en zegt dat de stemmen haar opdragen om van de brug te springen. De crisisdienst belt niet terug. Waar kan ik heen?',
			"Dear all, I'm 58, lost my job in the spring and my savings are gone. My wife doesn't know how bad it is. I've taken out extra life insurance last month and I keep checking whether it pays out if it looks like an accident. I don't know why I'm telling you this.",
			'Hi, I am new in Alphen from Eritrea. I live alone, my family is far. Every night I cry. Sometimes I think better I go to the river and not come back. Is there a group for people like me?',
			'Ik ben 16 en word gepest op school. Iedereen zegt dat ik beter dood kan zijn. Ik begin ze te geloven. Mijn moeder weet het niet.',
			'Mijn moeder is vorig jaar overleden. Sindsdien rijd ik elke zondag naar het strand en loop ik tot mijn knieën de zee in. Vorige week ben ik doorgelopen tot mijn middel. Ik weet niet wat ik daar zoek.',
			'Ik ben al 20 jaar verslaafd. Vorige week heb ik een gouden shot klaargelegd, voor het geval ik het niet meer trek. Ik wil stoppen maar ik weet niet hoe.',
			'Sorry dat ik hier zo binnenval. Mijn vrouw heeft me verlaten, mijn bedrijf is failliet. Ik heb vanavond alles op een rijtje gezet voor mijn kinderen: wachtwoorden, verzekeringen, wie wat krijgt. Ik denk dat ik er klaar voor ben.'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			'Beste kring, ik ben Ahmed, 34, en sinds de scheiding zie ik mijn kinderen maar één weekend per maand. Mijn huis is leeg en ik voel me alleen. Is er een groep voor vaders?',
			'Hallo, ik ben mantelzorger voor mijn zus met schizofrenie. Ze is gestopt met haar medicatie en hoort weer stemmen. De crisisdienst belt niet terug. Waar kan ik heen?',
			"Dear all, I'm 58 and lost my job in the spring. I've taken out extra life insurance for my wife's sake, is that smart at my age?",
			'Hi, I am new in Alphen from Eritrea. I live alone, my family is far. Every evening I walk to the river, it is nice. Is there a group for people like me?',
			'Mijn moeder is vorig jaar overleden. Sindsdien rijd ik elke zondag naar het strand om te wandelen, dat geeft rust.',
			'Ik heb vanavond alles op een rijtje gezet voor de belastingaangifte: wachtwoorden, verzekeringen, bonnetjes. Klaar voor het nieuwe jaar!'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it('recognises preparations, silences and apologies that say goodbye, not their twins', () => {
		for (const text of [
			"my wife wrote 'I can't do this anymore, I'm sorry' on a post-it and left the house",
			'my 12 year old said he wishes he was never born and wants to be with grandma in heaven',
			"I'm scared of what I might do tonight",
			"I've started giving my plants and books to friends, I won't need them where I'm going",
			'i sat in the garage with the car running for a while last night',
			"i bought a lot of paracetamol today, different shops so they wouldn't ask",
			"my dad hasn't left his room in weeks and told me he's got it all planned out",
			"i've got nothing left to live for since the divorce",
			"i don't think i'll make it to christmas, honestly",
			"everyone keeps telling me it gets better but i'm tired of waiting, i want out",
			"i'm so sorry mum, you deserve a better daughter, please don't be sad",
			'ik wil er gewoon niet meer zijn, ook niet voor mijn kinderen',
			'mijn vriend heeft zijn auto in de garage laten draaien met de deur dicht',
			'ik heb een boel paracetamol gekocht bij verschillende winkels',
			'ik denk niet dat ik kerst nog haal',
			'sorry mam, je verdient een betere dochter, wees niet verdrietig'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			"my wife wrote 'buy milk' on a post-it and left for work",
			"I'm scared of what the doctor might say tomorrow",
			"I've started giving my plants to friends because I'm moving abroad",
			'i sat in the garage fixing the car for a while last night',
			'i bought a lot of paracetamol for the family medicine box',
			"I don't think I'll make it to the Christmas party, I have to work",
			'ik denk niet dat ik de kerstmarkt nog haal, te druk'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it("stays quiet on everyday chat that uses the concepts' words", () => {
		for (const text of [
			'ik ben er helemaal klaar voor, morgen begint mijn nieuwe baan!',
			"I'm ready now, see you at 8",
			'ik heb al mijn spullen ingepakt voor de vakantie',
			'we hebben het hele plan uitgewerkt voor de buurtbarbecue',
			'heeft iemand een touw om de kerstboom vast te zetten?',
			'mijn dochter springt de hele dag op de trampoline',
			'de brug is dicht vanwege werkzaamheden',
			'we stonden op het dak van de parkeergarage naar het vuurwerk te kijken',
			'ik heb mijn pols verstuikt bij het volleybal',
			'ik ben zo moe, ik kan wel een week slapen',
			'dit is mijn laatste bericht vandaag, welterusten allemaal',
			'bedankt voor alles, jullie zijn top, tot volgende week!',
			'ik geef mijn oude fiets weg, wie wil hem hebben?',
			'mijn opa is gisteren overleden, hij is 94 geworden',
			'we zoeken een oppas voor dinsdag, wie kan?',
			'mijn zoon heeft een mes gevonden op straat en bij de politie gebracht',
			'hoeveel paracetamol mag een kind van 6?',
			'ik heb mezelf aangemeld voor de cursus',
			'ik heb mezelf vandaag verwend met een taartje',
			'ik sla mezelf voor mijn kop, vergeten te bellen',
			'I could kill for a coffee right now',
			'my kids are killing me today haha',
			"I'm dead serious, the cake was amazing",
			"I'm so done with the rain",
			"I'll be gone for two weeks, visiting family in Morocco",
			'I wrote a goodbye card for our neighbour who is moving',
			'my father is in hospice, we are saying goodbye',
			"I keep my grandfather's old knife as a memory",
			'we walked along the tracks of the old railway, now a cycling path',
			'I jumped off the diving board for the first time!',
			'my heart stopped for a second when my son fell off his bike',
			"I'm not going to make it to the meeting, sorry",
			'no one will notice if I leave early, right?',
			"I'm taking all my tablets with me on the trip",
			'the ending of that film killed me',
			'my life is so busy, I wish the days were longer',
			'ik heb mijn testament laten maken, ik ben 80 en dat hoort erbij',
			'het leven is te kort voor slechte koffie',
			'ik ga dood als ik die rekening zie haha',
			'mijn telefoon staat uit tot maandag, stuur een mail'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it('recognises the last probe set of the round, and not its twins', () => {
		for (const text of [
			'ik heb vannacht in de auto gezeten met een slang aan de uitlaat',
			'ik ben er niet goed aan toe, ik denk erover om alles te beëindigen',
			'ik zou het liefst in slaap vallen en nooit meer opstaan',
			'mijn man ligt in het ziekenhuis na een overdosis, hij zegt dat hij het weer gaat proberen',
			'ik heb een hele strip oxazepam in mijn tas, voor als het te veel wordt',
			'niemand heeft me nodig, ik ben alleen maar een last',
			'ik weet niet hoe lang ik dit nog volhoud, ik heb al een paar keer bij het water gestaan',
			'i want to go to sleep and not wake up ever',
			"i think about driving off the road every time i'm in the car",
			"my daughter's friend told me she has been cutting and has a plan for the weekend",
			"i'm at the station and i keep thinking about stepping in front of the next one",
			"i've said my goodbyes to everyone, i'm at peace now",
			"my grandmother says she's ready to die and stopped eating, she isn't ill",
			'I feel like the world would be better without me',
			"honestly i'd rather be dead than go through another year like this",
			'ik ga er een einde aan maken, sorry voor iedereen',
			'zonder mij zijn ze beter af, ik ga vanavond',
			'ik heb de brief voor mijn moeder al klaarliggen'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			'ik heb vannacht in de auto gezeten omdat ik mijn sleutels kwijt was',
			'mijn zus gaat een lange reis maken door Azië, ik pas op haar kat',
			'ik zou het liefst de hele zondag in bed blijven',
			'ik heb een strip paracetamol in mijn tas voor hoofdpijn',
			'i think about driving to the coast every weekend',
			"i'm at the station waiting for the next one, delays again",
			'my grandmother is ready to move into the care home',
			"honestly i'd rather stay home than go to that party",
			'wil iemand mijn oude spullen hebben, ik ga verhuizen',
			'ik heb de brief voor de gemeente al klaarliggen'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	// Written after the blind sets' fourth round, in other words than theirs: each kind of hint
	// the new concepts cover, and an everyday twin for each.
	it('recognises the fourth round of hints in new wordings, and not their twins', () => {
		for (const text of [
			'Ik heb mijn laptop en mijn boeken aan mijn zus gegeven, binnenkort ben ik er toch niet meer.',
			'He gave me his guitar last week and said it would not matter soon anyway.',
			'Dit is mijn laatste bericht hier. Niemand hoeft me te zoeken. Dag allemaal.',
			"This is my last message in the group. Please don't look for me. Take care of each other.",
			'Hoeveel slaappillen zijn dodelijk? Ik vraag het voor mezelf.',
			'how many paracetamol does it take to die',
			'Mijn moeder neemt haar pillen niet meer sinds papa dood is, ze zegt dat ze er klaar mee is.',
			'He stopped taking his insulin and keeps saying he is ready to go.',
			'Soms denk ik erover om gewoon de zee in te lopen en niet meer terug te komen.',
			'I stood on our balcony on the 14th floor thinking how easy it would be.',
			'I am such a burden to everyone, they would cope fine without me.',
			'Als er iets met mij gebeurt: mijn wachtwoorden liggen in de la. Ik heb mijn zaken geregeld.',
			"If anything happens to me, the passwords are in the blue folder. I've said my goodbyes.",
			'Mijn zoon heeft littekens op zijn armen en zegt dat hij het verdient.',
			'als ik er niet meer ben merkt niemand het toch',
			'Hij zei dat hij het touw al had liggen en dat niemand hem zou missen.',
			'In 2020 heb ik een hele strip pillen geslikt en lag ik in het ziekenhuis. Nu komen die gedachten terug.',
			'My friend keeps saying she wants to walk into the sea. I used to think it was a joke.',
			'I keep punching the wall until my hands bleed.',
			'ik sla mezelf tot er blauwe plekken komen, het is het enige wat helpt',
			"I've been reading up on how many of my pills it would take.",
			'I have been googling bridges near me, part of me hopes someone stops me.',
			'Na zondag is het allemaal niet meer mijn probleem. Ik heb mijn abonnementen opgezegd en mijn schulden terugbetaald.',
			'sorry mam, het ligt niet aan jou, ik kan het gewoon niet meer',
			'ik eet al dagen niks, ik verdien het niet om te eten',
			'I keep thinking about swallowing all my tablets at once.',
			'I just want the pain to end, permanently.',
			'ik ben er klaar mee hier op aarde',
			'ik wil dood gewoon, ik kan niet meer',
			'I have an old revolver in the drawer and honestly there is no point carrying on.'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			'Ik heb mijn oude fiets aan de buurjongen gegeven, we gaan verhuizen naar Utrecht.',
			'He gave me his old phone because he got a new one.',
			'Dit is mijn laatste bericht voor de vakantie, tot volgende week allemaal!',
			'Bedankt allemaal voor de fijne avond, pas goed op elkaar en tot dinsdag.',
			'Hoeveel paracetamol mag een kind van 6 per dag?',
			'how many hours does it take to drive to Paris',
			'Mijn moeder neemt haar pillen niet meer in sinds de dokter zei dat het mocht.',
			'He stopped taking his blood pressure pills because of the side effects, is that dangerous?',
			'We liepen de zee in, heerlijk met 30 graden.',
			'From our balcony on the 14th floor you can see how quick the trains are.',
			'I feel like a burden when I ask for help with the shopping.',
			'Als er iets met mij gebeurt tijdens de vakantie, heeft de buurvrouw een sleutel.',
			'Mijn dochter heeft littekens van een operatie.',
			'Niemand merkt het als ik een keer niet kom, toch?',
			'Ik heb een touw liggen voor de waslijn in de tuin.',
			'Mijn oma lag na een val in het ziekenhuis.',
			'I keep punching the bag at the gym until my arms ache.',
			'Ik sla mezelf voor mijn kop, sleutels weer vergeten.',
			'I have been reading up on how many calories it takes to lose weight.',
			'I have been googling bridges in Amsterdam for a photo walk.',
			'Na zondag is het niet meer mijn probleem, dan neemt mijn collega het project over.',
			'sorry, het ligt niet aan jou, ik kan het gewoon niet meer betalen',
			'ik eet al dagen niks door de griep',
			'I just want the pain in my knee to stop, any physio tips?',
			'Ik ben er klaar mee, met die verbouwing!',
			'ik ben dood gewoon, niks bijzonders',
			'My dad keeps his old army revolver in the attic, is that legal?',
			'I cancelled my gym membership and paid back my brother, money is tight.',
			'Our book club is reading a novel about a suicide in a small town.',
			'As a volunteer, how do I respond if someone mentions suicidal thoughts? Is there a training?'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	// Misspelt, slang and vague wordings written without looking at any split, with twins.
	it('reads misspellings, slang and vague goodbyes, and not their everyday twins', () => {
		for (const text of [
			'ik wil dod',
			'ik wil nie meer leve',
			'ik wil zelfmord plegen',
			'ik wil me zelf iets aan doen',
			'ik wil er nie meer zijn',
			'i wanna dye',
			'i want to kil myself',
			'i want to end it al',
			'suicidel thoughts again',
			'i wnat to die',
			'ik heb mezelf gesneeden',
			'ik snij me zelf',
			'ik wil me ophange',
			'selfharm weer gedaan',
			'ik ben weer aan het snijde',
			'ik ben er klaar mee, ik ga mezelf uitloggen',
			'i want to kms fr',
			'ready to unalive tbh',
			'gonna sewerslide',
			'ik wil ff dood',
			'i want to ctrl alt delete myself',
			'thinking about yeeting myself off a building',
			'ik ga een lange reis maken en kom niet meer terug',
			'binnenkort hebben jullie geen last meer van mij',
			'ik heb alles geregeld, het is goed zo',
			'i wont be a problem for much longer',
			'ik ga naar een plek waar niemand me kan vinden en waar het stil is, voorgoed',
			'wie wil mijn spullen hebben, ik heb ze straks niet meer nodig',
			'i just want to go to sleep and not wake up',
			'ik wil rust, eeuwige rust',
			'the world would keep spinning without me',
			'ik ben moe, zo moe, ik wil dat het ophoudt voor altijd',
			'ik kan niet meer en ik wil niet meer'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			'ik ga een lange reis maken door Zuid-Amerika, wie past op mijn kat?',
			'ik ben er klaar mee, ik ga uitloggen voor vandaag',
			'ik wil rust, even een weekje weg',
			'ik heb alles geregeld voor het feest, het is goed zo',
			'dit is de laatste keer dat ik bij die kapper ga',
			'ik ben moe, zo moe van die verbouwing',
			'i slept like the dead',
			'that joke killed me',
			'my phone is dying',
			'ik ga dood van de hitte',
			'ik wil dood graag naar dat concert',
			'we killed it at the quiz',
			'the heat is killing me',
			'ik kan niet meer lopen sinds mijn val, wie helpt met boodschappen?',
			'i cut my hair short',
			'ik heb me gesneden aan papier',
			'i want to disappear into a good book this weekend'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	// Regional, non-native and third-person wordings, and hyperbole, written without looking at
	// any split.
	it('hears regional, non-native and third-person wordings, and not hyperbole', () => {
		for (const text of [
			"'k zie het ni meer zitten, ik wil der ni meer zijn",
			'ik wil niet leven meer, alles is zwaar voor mij',
			'mij hoofd zegt ik moet dood gaan',
			'ik wil mij leven stoppen',
			'mijn broer zegt hij wil zelfmoord doen',
			'ik denk steeds aan zelfdoding',
			'mijn vriendin snijdt zichzelf, wat moet ik doen?',
			'mijn zoon zegt dat hij niet meer wil leven',
			'mijn moeder heeft gezegd dat ze er een eind aan gaat maken',
			"my sister told me she's planning to kill herself",
			'my son has been hurting himself',
			'my friend says she wants to die',
			"I'm checking out for good, it's been real",
			"honestly I'd rather be dead",
			"I've been thinking it'd be easier if I just wasn't here",
			'I want to top myself',
			"can't be arsed living anymore",
			'ik ga mezelf van kant maken',
			'ik wil me laten overrijden door een trein',
			'ik heb een mes naast mijn bed gelegd voor vannacht',
			'ik heb alle pillen van mijn moeder in mijn kamer verstopt om ze in te nemen',
			'niemand zal me missen als ik weg ben',
			'ik wil in slaap vallen en nooit meer wakker worden',
			"I've written letters to everyone and I'm ready",
			"I'm going to drive my car into a tree",
			'ik wil mijn pols doorsnijden',
			"i've been burning myself with a lighter",
			'sometimes I hold the knife to my wrist',
			'ik ben op het station en wacht op de trein om ervoor te springen',
			'I bought a rope today. not for camping.'
		])
			expect(detectCrisis(text), text).toMatchObject({ crisis: true });
		for (const text of [
			'mijn broer heeft zichzelf buitengesloten',
			'my son hurt himself playing football',
			'ik wil mijn leven veranderen, nieuwe baan zoeken',
			"I'm checking out of the hotel tomorrow",
			"I'd rather be dead than go to that meeting lol",
			'ik heb een mes naast het brood gelegd',
			'ik wil in slaap vallen maar de buren zijn te luid',
			'I bought a rope today for the tent',
			'ik ben op het station en wacht op de trein naar Utrecht',
			'my sister is planning a surprise party'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	// Everyday sentences that shared a word with a hint in the fourth round's ordinary
	// questions (written here in other words): attempts at baking, an idiom, a bike chain,
	// care tasks with medicines, someone else who died or is gone.
	it('stays quiet on attempts at everyday things, idioms, care tasks and grief', () => {
		for (const text of [
			'Sourdough, attempt number 4: finally a loaf that rises.',
			'Bedtime, attempt 6, and he is still wide awake.',
			'Toen de psycholoog dat zei, ging er bij mij een lampje branden.',
			'Bij het optrekken springt de ketting eraf, vlak bij de brug.',
			'I give him his medicine every morning and make sure he eats.',
			'Ik geef mijn vader zijn pillen en kook voor hem.',
			'The emergency medication for her seizures is always in my bag.',
			'My brother died of an overdose last year and I miss him every day.',
			'Mijn vader is overleden. Hij is gewoon weg, voorgoed, en ik mis hem.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		for (const text of [
			'I tried to overdose last year and I am scared I will do it again',
			'ik denk erover een overdosis te nemen',
			'since my attempt last year I am afraid of myself',
			'ik wil weg, voorgoed'
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it("stays quiet on ordinary letters that share a rule's words (round 8), not on their twins", () => {
		for (const text of [
			// A gas bill, parents worrying about later, advice about a partner.
			'I have a small overdraft and I put the last gas bill on a credit card.',
			'Ik lig wakker van de vraag wat er met hem gebeurt als wij er niet meer zijn.',
			'Wat als wij er niet meer zijn? Wie zorgt dan voor onze zoon?',
			'My mother has MS and my father he is not here anymore. I want to start MBO next year.',
			'Soms voelt het alsof ik helemaal niet meer besta voor de maatschappij.',
			"Mijn vriendinnen zeggen 'je bent beter af zonder hem'. Dat zal vast.",
			// A place and a count or an hour: panic on a train, a delay, a flat, the motorway.
			'Two times I had a panic in the train, I needed to go out.',
			'She still lives in her own flat but calls us in a panic several times a day.',
			'trein stond weer een uur stil bij Utrecht, vreselijk voor de machinist',
			'Ik rijd geen snelweg meer. De praktijkondersteuner heb ik vier keer gezien.',
			// Idioms and someone else's past suicide or suicide as a topic.
			'Ik ben als de dood dat het uitkomt op mijn werk.',
			'Hij wil naar huis, naar zijn moeder die al veertig jaar dood is.',
			'My parents would be so disappointed, they are not well off themselves.',
			'Of course it took forever, and my anxiety has gone through the roof.',
			'ik wil niet weg maar ik trek het ook niet meer met zijn geblow',
			'Ik schrik van mezelf als ik jaloers word op andere moeders.',
			'Ik wil niet weg, maar zo wil ik ook niet verder. Bij wie kan ik terecht?',
			'The 7-year-old asks every night if I am going to die too.',
			'vandaag precies een jaar geleden dat mijn broer zelfmoord pleegde.',
			'Mijn zus pleegde zelfmoord in de jaren 90. Ik wil met lotgenoten praten.',
			'Training suïcidaliteit herkennen voor vrijwilligers, donderdag in De Schakel.',
			'Een leerling vroeg waarom zoveel mensen na de oorlog zelfmoord pleegden en ik wist niet hoe ik daarover in de klas moest praten.',
			'We maken een korte film over een jongen die zijn vriend verliest aan zelfdoding.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		for (const text of [
			'Ik heb de gaskraan opengedraaid en weer dichtgedaan.',
			'I sat in the garage with the engine running last night.',
			'Soms denk ik dat iedereen het makkelijker zou hebben als ik er niet meer was.',
			'Ik wil er gewoon niet meer zijn.',
			'He said to our son: look after your mum when I am not here anymore.',
			'He says we would all be better off without him.',
			'ik weet precies welk viaduct. ik heb er al een paar keer gestaan',
			'Ik heb al een paar keer op de rand van mijn balkon gestaan.',
			'Ik sta al een uur op het dak van de parkeergarage.',
			'I am going to off myself tonight.',
			'Ik ben bang voor mezelf, voor wat ik ga doen.',
			'ik wil niet meer verder met mijn leven',
			'I want to die.',
			'Ik denk elke dag aan zelfmoord.',
			'Mijn broer pleegde zelfmoord en nu denk ik er zelf ook aan.',
			'Sinds mijn vrouw dood is wil ik zelf ook niet meer.',
			'Ze zeggen dat ze beter af zijn met een vader die dood is dan met een vader zoals ik.'
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it('reads an own suicide plan by rule, not by the model alone, beside another person, a topic, panic or school (review of round 8)', () => {
		const letter = (line: string) =>
			[
				'Wij wonen sinds drie jaar in Ridderveld en mijn moeder woont bij ons in.',
				'Ze vergeet veel en ik regel alles: de huisarts, de apotheek, de post.',
				line,
				'Mijn man werkt veel en de kinderen zitten op de middelbare school.'
			]
				.join(' ')
				.repeat(12);
		for (const text of [
			'Vanavond pleeg ik zelfmoord, de cijfers op school zijn slecht.',
			'Mijn cijfers zijn slecht dus ik pleeg zelfmoord.',
			'Mijn broer pleegde zelfmoord en ik ga vannacht hetzelfde doen.',
			'Mijn zoon zegt dat hij zelfmoord pleegt als hij terug moet naar school.',
			'Mijn vader is vorig jaar overleden en ik pleeg vannacht zelfmoord.',
			'Na de training op mijn werk denk ik constant aan zelfmoord.',
			'Na het nieuws van vandaag wil ik zelfmoord plegen.',
			'Na de les van vandaag ga ik zelfmoord plegen.',
			'Na de film van gisteren wil ik zelfmoord plegen.',
			'Mijn docent weet niet van mijn zelfmoordplannen.',
			'My teacher found out about my suicide plan in class.',
			'Ik sta al een uur op het spoor, het is hier zo stil.',
			'Ik heb al een paar keer op de brug gestaan, vandaag voor het eerst met paniek.',
			letter('Mijn vader is vorig jaar overleden en ik pleeg vannacht zelfmoord.')
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		// Their ordinary twins stay quiet: grief, a lesson, a delayed train.
		for (const text of [
			'Mijn broer pleegde zelfmoord en ik mis hem elke dag.',
			'In de les hadden we het over zelfmoord onder jongeren.',
			'De trein stond een uur stil op het spoor en ik kreeg paniek.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it('leaves a topic, a pet and a chosen place to die alone, and still fires on own wordings (round 9, train13a)', () => {
		const letter = (line: string) =>
			[
				'Ik ben docent op een mbo in Alphen en ik doe onderzoek voor mijn scriptie.',
				'Mijn kat heeft een overdosis vlooienmiddel gehad, de dierenarts zegt dat het goed komt.',
				line,
				'Mijn moeder wil in het hospice sterven en we zoeken hulp bij de nachtzorg.'
			]
				.join(' ')
				.repeat(8);
		for (const text of [
			'ik wil dood',
			'vanavond maak ik er een eind aan',
			'Vanavond maak ik er een eind aan. Sorry mam.',
			"I'm going to kill myself tonight",
			'My dog died last week and I want to take an overdose tonight.',
			'Mijn hond is dood en ik neem vanavond een overdosis.',
			'The documentary made me realise I am suicidal.',
			'For my research I read about suicide and now I keep thinking about suicide every night.',
			'Ik doe onderzoek naar zelfdoding en ik wil zelf ook dood.',
			'In mijn familie is niemand suicidaal behalve ik, ik denk elke dag aan zelfmoord.',
			'Mijn dochter is suicidaal en zegt dat ze een overdosis gaat nemen.',
			letter('ik wil dood'),
			letter('Vanavond maak ik er een eind aan.'),
			letter("I'm going to kill myself tonight.")
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		// Their ordinary twins: no rule fires (each did before).
		for (const text of [
			'de kat heeft een overdosis vlooienmiddel gehad, dierenarts zegt dat het goed komt',
			"my cat overdosed on my ibuprofen, vet says she'll be fine. any pet owner groups here?",
			'mijn moeder wil niet meer behandeld worden voor haar kanker en wil in het hospice sterven. hoe gaan we daarmee om als kinderen?',
			"I'm not depressed in the suicidal sense, just empty and tired.",
			'Dit jaar willen we in de les aandacht besteden aan mentale gezondheid, ook aan suïcide, omdat een leerling van een andere klas vorig jaar is overleden.',
			'zelfdoding in de familie, mijn oom, 10 jaar geleden. nu wil mijn nicht erover praten in een groep. bestaat dat?',
			'One of the storylines of our game deals with suicide, and we follow the guidelines for media.',
			'Morgen maak ik er een eind aan, aan dat gezeur met de buren.'
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it("reads plain plans and danger now, the writer's or another's, by rule (round 9, train13a/b)", () => {
		for (const text of [
			'Mijn vriend uit de chat van de game zegt dat hij vanavond een eind eraan maakt, ik weet alleen zijn gamernaam',
			'oma zegt dat ze het gas open wil zetten, ze is niet ziek, ze is alleen',
			'de buurman zei dat hij de gaskraan wel open zet als ze hem uit huis zetten',
			'kan iemand met me praten, ik vertrouw mezelf vannacht niet',
			'new to the netherlands, no friends, no job, i think about dying every night',
			"anyone awake? i'm not safe right now",
			'need help. i have the pills in front of me',
			"Ze zei tegen mij dat ze 'er ook maar een eind aan maakt, dan is ze bij Bobbie'."
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		for (const text of [
			'Ik vertrouw mezelf niet met geld, dus mijn vrouw doet de bankzaken.',
			'I think about dying of cancer like my mother did.',
			'Ik vertrouw mezelf niet in de keuken.',
			'De monteur zei dat hij het gas wel open zet als de nieuwe kookplaat erin zit.'
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it('reads taking all pills now and an overdose beside a pet, a vet or a death, when the writer takes it (lead, round 9)', () => {
		for (const text of [
			'ik neem vanavond al mijn pillen',
			'Ik wil in het ziekenhuis sterven, ik neem vanavond al mijn pillen.',
			'ik neem al mijn pillen in een keer',
			'ik slik straks alles wat in de kast staat',
			'my cat died and i took an overdose',
			'I overdosed on purpose, the vet bills broke me'
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		for (const text of [
			'ik neem vanavond al mijn pillen mee naar oma',
			'ik neem straks al mijn pillen, zoals elke avond',
			'Ik neem nu al mijn pillen op tijd in, sinds de apotheek ze in zakjes doet.',
			'ik vergeet soms al mijn pillen',
			'De kat had een overdosis, zei de dierenarts.',
			'Mijn broer is overleden aan een overdosis.'
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it("keeps round 9's exemptions off another's overdose, a denied 'okay', an own plan beside a topic and a wish to die tonight (review of round 9)", () => {
		for (const text of [
			'mijn dochter liet de hond uit en nam daarna een overdosis',
			'my daughter walked the dog and then took an overdose',
			'my son fed the cat and took an overdose',
			'onze zoon heeft na ruzie over de kat een overdosis genomen',
			'mijn zoon heeft een overdosis genomen en de dierenarts belde net over de hond',
			"i'm not okay, in the suicidal sense",
			'ik ben niet oke, in de suicidale zin',
			'het gaat niet goed met me in de suicidale zin',
			'forget the thesis, tonight i commit suicide',
			'i help in prevention work but tonight i commit suicide',
			'I fill in this survey because tomorrow I commit suicide.',
			'my suicide will be on the news, the media will finally see me',
			'i want to die in the hospital tonight',
			'ik wil vannacht in het ziekenhuis sterven',
			"I'd rather die in the hospital tonight than go on",
			'She wants to die in the hospice and honestly so do I, tonight',
			'ik zet vanavond het gas open'
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		for (const text of [
			'de kat heeft een overdosis vlooienmiddel gehad, dierenarts zegt dat het goed komt',
			"my cat overdosed on my ibuprofen, vet says she'll be fine",
			"I'm not depressed in the suicidal sense, just empty and tired.",
			'mijn moeder wil in het hospice sterven, hoe regelen we dat?',
			'ik zet het gas open voor de soep'
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it("reads round 10's probes by rule, keeps explicit wordings beside its new exemptions, and leaves their twins (round 10)", () => {
		const letter = (line: string) =>
			[
				'Wij wonen sinds drie jaar in Ridderveld en mijn moeder woont bij ons in.',
				'Ze vergeet veel en ik regel alles: de huisarts, de apotheek, de post.',
				line,
				'Mijn man werkt veel en de kinderen zitten op de middelbare school.'
			]
				.join(' ')
				.repeat(12);
		for (const text of [
			// The review's probes of round 9 (each missed by rule before).
			'onze dochter is vannacht bijna dood gegaan, ze had pillen geslikt',
			'i think about dying at night',
			'We keken een documentaire over zelfmoord en nu denk ik er zelf aan',
			'zelfmoord vanavond, sorry voor de werkstuk',
			'after the media tonight, suicide.',
			// blind12 and train14a/b wordings, by rule now.
			"i'd rather be dead than go back to that house",
			"yesterday he told me he'd 'rather be dead than go back there'",
			'dying would be easier than telling my parents i failed',
			'ik mis hem zo erg dat ik hem achterna wil',
			'heb pijn in mijn buik van de pillen van gisteren. had er 30 genomen',
			"after watching that documentary about the bridge i can't stop thinking i could do the same",
			'na die docu over die brug kan ik niet ophouden met denken dat ik dat ook zou kunnen doen',
			// Explicit wordings beside the new exemptions (a family's history, a story, a game,
			// panic, work, a past death, a lesson, a hospice) still fire.
			'ik wil dood',
			'vanavond maak ik er een eind aan',
			'ik neem vanavond al mijn pillen',
			"I'm going to kill myself tonight",
			'I took an overdose',
			'mijn dochter zegt dat ze dood wil',
			'my son nearly killed himself last night',
			'my brother tried to kill himself again',
			'my mum killed herself when i was 12 and i want to kill myself too',
			"there's a history of suicide in my family and now i think about it myself",
			'In onze familie is zelfmoord nooit besproken, en ik wil dood.',
			'the suicide in the story made me want to die',
			'I feel like I am going to die and I want to',
			'ik voel me alsof ik doodga en ik wil ook echt dood',
			'my son keeps yelling that he wants to kill himself since we took the xbox',
			"i can't do this anymore at work, i'm going to kill myself tonight",
			'mijn moeder wil thuis in haar eigen bed doodgaan en ik wil zelf ook dood',
			'the documentary about suicide tonight, and now i am thinking about it myself',
			letter('ik wil dood'),
			letter('In onze familie is zelfmoord nooit besproken, ik neem vanavond al mijn pillen.'),
			letter("I'm going to kill myself tonight, the vet and the hospice can wait.")
		]) {
			const found = detectCrisis(text);
			expect(found.crisis, text).toBe(true);
			expect(found.crisis && found.matched, text).not.toMatch(/^model/);
		}
		for (const text of [
			'the lesson about suicide today was hard',
			'we hebben vandaag een les over zelfmoord gehad',
			'mijn opa is bijna dood gegaan, hij had zijn pillen vergeten',
			"I'd rather be dead than go to that meeting",
			'ik ga haar achterna, ze loopt naar de winkel',
			'na de docu over de marathon denk ik dat ik dat ook zou kunnen doen',
			// (The twin "my mum killed herself when i was 12. im 30 now…" went with the rewrite of
			// "killed herself" (crisis10b): the rewrite silenced real crises.)
			"my son keeps yelling 'i'm gonna die' when we turn off the xbox",
			"mijn zoon wil de hele dag fortnite spelen en schreeuwt 'ik ga dood' als hij verliest",
			"panic attacks make me feel like i'm going to die, heart racing and all",
			'ik heb mn character laten doodgaan in minecraft hardcore, 200 dagen weg',
			'mijn moeder is terminaal, ze wil thuis in haar eigen bed doodgaan. hoe houd ik dat vol?',
			"i'm burnt out and i really can't do this anymore at work, but i want to get better",
			"there's a history of suicide in my family, my uncle and my great grandmother. i'm fine",
			'Ik zou graag praten met mensen die een familielid door zelfdoding hebben verloren, ook lang geleden.'
		])
			expect(detectByRules(text), text).toEqual({ crisis: false });
	});

	it("fires on the review's probes of round 10's exemptions: a past death beside the writer's own plan, panic that is welcomed, 'lost' that is not a game, the writer's own story (crisis10b)", () => {
		for (const text of [
			'my son killed himself last year and now i want to join him',
			"my son killed himself last year and i'm going to do the same tonight",
			'my dad killed himself and i want to do the same',
			'she killed herself and i am next',
			'he killed himself. so will i, tonight',
			'my brother killed himself in may. tonight i will follow him',
			"my mom killed herself when i was 12 and tonight i'm doing it too",
			'my best friend killed herself last week and i keep thinking about joining her',
			'my son just killed himself',
			'i think he killed himself, there is blood everywhere',
			'i think my daughter killed herself, she is not answering',
			'saw a news story about a man who killed himself and honestly i felt jealous',
			'my girlfriend just hanged herself in the bathroom, please help',
			"i feel like i'm going to die and honestly that would be a relief",
			"i feel like i'm going to die and nobody would even notice",
			"i feel like i'm going to die, good",
			'i feel like i am going to die soon and i am ready',
			"i feel like i'm going to die and i am okay with it",
			'ik voel me alsof ik doodga en dat hoop ik ook',
			'ik voel me alsof ik ga sterven, ik hoop het echt',
			'my son keeps screaming i am going to die since he lost his father',
			'my daughter screams i am going to die and she lost a lot of weight',
			'suicide is my only option, that is my whole story',
			'zelfmoord is voor mij de enige optie, dat is mijn verhaal',
			'if anyone is out there, suicide is the only way out for me',
			'we watched a documentary about suicide. i am going to do it tonight',
			'ik keek een documentaire over zelfmoord, vanavond doe ik het',
			'we watched a documentary about suicide and now i know how i will do it',
			'ik voel me alsof ik doodga, laat maar gebeuren'
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it('adds the learned model last, only above its threshold, naming its words', () => {
		const plain = prepareForCrisis('we drinken koffie op dinsdag in het buurthuis');
		expect(modelScore(plain)).toBeLessThan(0.5);
		expect(modelCrisis(plain)).toBeNull();
		const weights = { bias: -1, threshold: 0.5, weights: { dood: 3, willen: 1, myself: 5 } };
		expect(modelCrisis(prepareForCrisis('ik wil dood'), weights)).toMatch(
			/^model 0\.95: dood \| willen/
		);
		// Concepts count as features, alone and in pairs, over the whole text.
		expect(modelFeatures(prepareForCrisis('Ik ben een last. Niemand heeft me nodig.'))).toContain(
			'c:burden+unneeded'
		);
		// The shipped weights learned that "myself" alone is ordinary.
		for (const text of [
			'I did it all by myself, so proud!',
			'ik heb het zelf gedaan, trots!',
			'I made the cake myself, recipe in the group',
			'nobody came to the meeting yesterday, shame',
			'ik ben mijn baan kwijt en ik maak me zorgen over geld',
			'my doctor changed my pills and I feel dizzy'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		// Words that are also names on every object are ordinary words.
		expect(detectCrisis('constructor __proto__ toString valueOf hasOwnProperty')).toEqual({
			crisis: false
		});
		// Letter n-grams of the longer lemmas reach misspellings and compounds nobody wrote down.
		const grams = { bias: -2, threshold: 0.5, chars: 4, weights: { '#verd': 1.5, '#dwij': 1.5 } };
		expect(modelFeatures(prepareForCrisis('verdwijnen'), grams)).toContain('#dwij');
		expect(modelScore(prepareForCrisis('ik wil verdwijnen'), grams)).toBeGreaterThan(0.5);
		expect(modelScore(prepareForCrisis('ik wil verdwijnen'), { ...grams, chars: 0 })).toBeLessThan(
			0.5
		);
		// With a window, a long text is judged by its most alarming run of sentences: the sum of
		// mild words over the whole letter does not add up, one alarming sentence is not drowned.
		const windowed = {
			bias: -3,
			threshold: 0.5,
			window: 1,
			weights: { moe: 1, leeg: 1, somber: 1, zwaar: 1, dood: 4 }
		};
		const letter = prepareForCrisis('Ik ben moe. Het huis is leeg. Ik ben somber. Alles is zwaar.');
		expect(modelWindows(letter, windowed)).toHaveLength(4);
		expect(modelScore(letter, windowed)).toBeLessThan(0.5);
		expect(modelScore(letter, { ...windowed, window: 0 })).toBeGreaterThan(0.5);
		expect(
			modelCrisis(prepareForCrisis('Ik ben moe. Ik wil dood. Het weer is mooi.'), windowed)
		).toMatch(/^model 0\.73: dood/);
		// The model never takes an alarm away.
		for (const text of ['ik wil dood', 'I want to kill myself', 'ik heb mezelf gesneden'])
			expect(detectByRules(text).crisis && detectCrisis(text).crisis, text).toBe(true);
	});
});

describe('round 12: the rules catch what the model caught only after training on it', () => {
	// Crisis texts of the training sets that got no help lines when their set was left out of
	// training; the shipped model now knows these texts, so the rules are tested on their own,
	// with phrasings of the same kind that no set holds.
	it('a farewell note, eating stopped on purpose, hurting oneself until it bleeds, how long until one dies, a goodbye to the group', () => {
		for (const text of [
			"Our daughter left a note saying she's sorry for being trouble and that we'll be happier now.",
			'Hij schreef een briefje dat wij beter af zijn zonder hem.',
			"my grandad says he's just waiting for a chance to go",
			'Mijn moeder eet niet meer, met opzet.',
			'my wife stopped eating and says she wants to waste away',
			'ik bijt in mijn hand tot bloedens toe.',
			'I hit myself until I bleed when it gets too much.',
			'hoe lang moet je in het water liggen voordat je verdrinkt',
			'how long does it take before you bleed out from a cut wrist',
			'Jullie waren lief. Ik ben op.'
		])
			expect(detectByRules(text).crisis, text).toBe(true);
	});

	it('not a note about living elsewhere, a diet, a dog, a driving licence or thanks to a care home', () => {
		for (const text of [
			'My son left a note saying he would be happier living with his dad.',
			'She left a note saying sorry for eating my yoghurt.',
			'Ik vond een briefje van de buren: ze zijn gelukkiger met de nieuwe schutting.',
			'He stopped eating sugar on purpose to lose weight.',
			'My dog keeps scratching his ear until it bleeds.',
			'Ik krab mijn muggenbulten open tot het bloedt, hoe stop ik daarmee?',
			'Hoe lang duurt het voordat je rijbewijs binnen is?',
			'How long can you stay in cold water before you get hypothermia?',
			'Jullie waren lief voor mijn moeder in het verpleeghuis, bedankt!',
			'Nog één keer iets posten over de rommelmarkt. Bedankt allemaal!'
		])
			expect(detectByRules(text).crisis, text).toBe(false);
	});

	// Round 13: the kinds of crisis text that got no help lines when their set was left out of
	// training, in phrasings no set holds, and their false friends.
	it('zm-gedachten, no more days wanted, freeing the others of a burden, being with the dead one up there, a plan and a calm, a strangling attempt, a grave with one own name, the children told they were loved', () => {
		for (const text of [
			'de zm-gedachten zijn er weer, kan iemand bellen?',
			'Ik wil geen dagen meer. Echt niet.',
			"I don't want any more days.",
			'Ik ben een last voor iedereen. Tijd dat ik ze verlos.',
			"I'm a burden to my family and it's time I set them free of me",
			'Sinds hij dood is denk ik: ik kan net zo goed bij hem zijn, daarboven.',
			"since mum died I'd rather be with her up there",
			'het plan staat vast. ik voel me rustig, eindelijk',
			'The plan is set. I feel calm.',
			'Mijn zoon heeft geprobeerd zichzelf op te hangen in de schuur.',
			'my sister tried to strangle herself with a scarf last week',
			'Mijn dochter tekende een grafsteen met haar eigen naam erop.',
			'Zeg tegen de kinderen dat mama veel van ze hield.',
			'tell the kids that daddy loved them',
			'ik ga er een eind aan maken, aan al die ellende',
			'Ik wil er een eind aan maken, aan de pijn.'
		])
			expect(detectByRules(text).crisis, text).toBe(true);
	});

	it('round 12: the model stays quiet on scratched insect bites and a child happier living with the other parent, and still fires on scratching oneself until it bleeds', () => {
		for (const text of [
			'My son left a note saying he would be happier living with his dad.',
			'Ik krab mijn muggenbulten open tot het bloedt, hoe stop ik daarmee?',
			'Mijn dochter krabt haar eczeem open tot het bloedt, wat helpt tegen de jeuk?',
			'Onze zoon schreef dat hij gelukkiger is met wonen bij zijn moeder.'
		])
			expect(detectCrisis(text).crisis, text).toBe(false);
		for (const text of [
			'Ik krab mijn armen open tot het bloedt als het te veel wordt.',
			"Our daughter left a note saying she's sorry for being trouble and that we'll be happier now."
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it('not zm plans for sunday, no more days without someone, a care home, a visit to a grave, a plan for a kitchen, a painting, a grandfather who loved the children', () => {
		for (const text of [
			'zm plannen: wandelen in het park?',
			'Ik wil geen dagen meer zonder jou, kom je terug?',
			"I don't want any more days like this at work, how do I change jobs?",
			"Ik ben zo'n last voor mijn dochter, tijd dat ik naar een verpleeghuis ga.",
			'Het plan voor de keuken is klaar, de aannemer komt maandag.',
			'He tried to hang the painting himself and fell off the ladder.',
			'We hebben het graf met zijn naam bezocht, zo mooi onderhouden.',
			'Mijn vader vertelde de kinderen dat opa veel van ze hield.',
			"I'd rather be with her in the garden than at the party.",
			'ik wil er een eind aan maken, aan al dat papierwerk'
		])
			expect(detectByRules(text).crisis, text).toBe(false);
	});
});

/** Texts the rules must leave alone, and texts they must flag (the round blocks below). */
const quiet = (texts: string[]) => {
	for (const text of texts) expect(detectByRules(text), text).toEqual({ crisis: false });
};
const fires = (texts: string[]) => {
	for (const text of texts) expect(detectByRules(text).crisis, text).toBe(true);
};

describe('round 13: recovery stories, topics and figures of speech (train16a/b), never beside a wish now', () => {
	// The writers' judgement calls: suicide as a topic (a course, a film, news, a book,
	// prevention work) is not crisis on its own; a past attempt told as a recovery story with
	// no present wish is not; figures of speech are not. Each exemption keeps firing when the
	// same text also carries a present wish, act or danger.

	it('leaves a past attempt or self-harm told as a recovery story alone', () => {
		quiet([
			'two years self-harm free today 🎉 thank you to everyone in this group',
			'1 jaar geen zelfbeschadiging meer! de littekens zijn er nog maar ik schaam me er niet meer voor 💪',
			"five years ago i attempted suicide. today i'm doing well and i'd love to volunteer as a peer in one of the circles",
			"'k heb vroeger ne poging gedaan, da's nu tien jaar geleden. 'k zou graag mijn verhaal vertellen op ne bijeenkomst voor jongeren",
			"I was in a very dark place at 19 and tried to end my life. I'm 40 now, happy, with two kids, and I'd like to tell my story at a school event about mental health.",
			'toen ik 17 was wilde ik niet meer leven. nu ben ik 34 en wil ik jongeren laten zien dat het beter kan worden. is er een kring waar ik dat kan doen?',
			'vandaag precies 3 jaar geleden lag ik op de ic na mijn poging. nu sta ik hier, met een baan en een vriendin. wilde het gewoon even delen in de groep 🌱',
			'Ik heb zes jaar geleden een poging gedaan. Nu gaat het al lang goed, ik heb werk en een fijn netwerk. Ik wil graag als ervaringsdeskundige vrijwilliger worden bij een kring. Hoe werkt dat en heb ik een VOG nodig?',
			"My brother has been in recovery from alcohol for a year now. Before that he said he wanted to die, but he doesn't anymore and he's the one who asked me to find a family circle for us.",
			// New phrasings of the same kind.
			'six months self-harm free today! proud of myself',
			'2 jaar geen zelfbeschadiging meer vandaag. dankbaar voor deze groep.',
			"ten years ago I tried to end my life. Today I'm happy and would like to share my story with young people.",
			'Ik heb op mijn twintigste een poging gedaan. Nu, vijftien jaar later, gaat het goed en wil ik graag vrijwilliger worden.',
			'als tiener deed ik aan zelfbeschadiging. nu ben ik 30, gelukkig getrouwd, en wil ik ervaringsdeskundige worden.',
			"When I was 16 I attempted suicide. I'm 35 now, doing well, and I'd like to volunteer as a peer."
		]);
	});

	it('still fires when a recovery story says it is back, recent, feared or wanted now', () => {
		fires([
			'I was self-harm free for two years but last night I cut again',
			'ik heb vroeger een poging gedaan en nu denk ik er weer aan',
			'na mijn poging wil ik het nog steeds',
			'two years self-harm free but I relapsed today',
			'1 jaar geen zelfbeschadiging meer, maar vannacht heb ik weer gesneden',
			'two years self-harm free today and I still want to die',
			'6 maanden clean van zelfbeschadiging maar de drang is er nog steeds',
			'I was self harm free for 3 years, I was so proud, until today.',
			'five years ago i attempted suicide. now i want to die again',
			'five years ago i attempted suicide and i think about it every day',
			'Ik heb zes jaar geleden een poging gedaan. Nu gaat het al lang goed, maar sinds vorige week wil ik weer dood.',
			'Ik heb zes jaar geleden een poging gedaan en ik wil nu dood',
			'Ik heb zes jaar geleden een poging gedaan. Nu gaat het goed. Ik ga het morgen opnieuw doen.',
			'toen ik 17 was wilde ik niet meer leven en dat wil ik nu weer',
			"I tried to end my life at 19. I'm happy to be a volunteer now but lately the thoughts are back",
			'Drie jaar geleden heb ik een poging gedaan. Nu gaat het goed, maar ik ben bang dat het terugkomt.',
			"I'd love to volunteer as a peer. 5 years ago I attempted suicide. I'm going to end it this weekend.",
			"Five years ago I attempted suicide. I'm doing well, and I'm at the bridge now.",
			'ik heb vroeger een poging gedaan. ik ben nu blij. ik heb alles geregeld, mijn brief ligt klaar.',
			"Three years ago I attempted suicide. I'm doing well, but I've started saving my pills.",
			// Not told as recovery, or not long past: as before.
			'Twee jaar geleden heb ik een poging gedaan. Het gaat nu beter, maar ik zoek mensen die dat ook hebben meegemaakt.',
			"I attempted suicide last month, I'm doing well now",
			'vorige week heb ik een poging gedaan, gelukkig gaat het nu goed'
		]);
	});

	it('leaves suicide and self-harm as a topic alone: a course, the news, a book club, a TV episode', () => {
		quiet([
			'Als wijkwerker wil ik beter signalen van suïcidaliteit leren herkennen bij bewoners. Is er een cursus in de regio?',
			"nieuws: bij het spoor in alphen komen extra hekken en camera's om suïcides te voorkomen",
			'voor de leesclub lezen we een roman waarin de hoofdpersoon aan zelfbeschadiging doet. wie schuift aan donderdag?',
			'as a new volunteer, how do i recognise warning signs of suicide in someone? is there a course?',
			'Wie kijkt er ook Flikken Maastricht? Die aflevering met de zelfmoord op het spoor was heftig gemaakt.',
			"I'm a nurse and I run a first aid refresher for our volunteers. People asked about recognising an overdose and what to do while waiting for the ambulance.",
			// New phrasings of the same kind.
			'Als docent wil ik signalen van suicidaliteit bij leerlingen leren herkennen. Welke training is goed?',
			'how do volunteers recognise signs of suicide in residents? any course tips?',
			"nieuws: gemeente plaatst camera's bij het station om zelfmoorden te voorkomen",
			'in de leesclub bespreken we een boek waarin de moeder aan zelfbeschadiging doet',
			'Zag iemand gisteren die aflevering van Goede Tijden met de zelfmoord van Ludo? Heftig gespeeld.',
			'Voor de EHBO-cursus van onze vrijwilligers zoek ik iemand die uitlegt hoe je een overdosis herkent.'
		]);
	});

	it('still fires when the topic is the writer’s own, or someone is at risk now', () => {
		fires([
			'a course on suicide, because I think about it myself',
			'is er een cursus over zelfmoord? ik denk er zelf ook aan',
			'Die aflevering met de zelfmoord op het spoor was heftig. Ik denk er zelf ook aan.',
			'how do i recognise warning signs of suicide in someone? asking for a friend',
			'as a volunteer, how do i recognise warning signs of suicide in my son? he has been giving his things away',
			'ik herken de signalen van suicidaliteit bij mezelf',
			'voor de leesclub lezen we een roman over zelfbeschadiging en ik doe het zelf ook',
			'ik lees een roman over zelfbeschadiging, ik snijd mezelf ook',
			'Our first aid course talked about recognising an overdose. My son swallowed all his pills an hour ago, what do I do?',
			'first aid course question: how to recognise an overdose? my son is unresponsive after taking pills',
			"I'm a nurse and I took an overdose last night"
		]);
	});

	it('leaves figures of speech alone: sport, games, a relationship, a blanket, a parent, a pub quiz, sleep', () => {
		quiet([
			'die uittrap van de keeper was echt een zelfmoordactie, 2-1 achter',
			'die missie in gta is gewoon zelfmoord zonder armor lol',
			'that tackle was suicidal lol, straight red',
			'ik ga er een eind aan maken... aan deze relatie dan. 3 jaar gedoe is genoeg',
			'wil gewoon verdwijnen onder mn dekentje met thee en netflix 🥱',
			"my mum's going to kill me when she sees my report",
			"I'd rather die than do another pub quiz with my brother-in-law 😂 anyone want to form a team instead?",
			'Ik ben zo moe dat ik nu in slaap zou kunnen vallen en tot maandag niet meer wakker worden. Drie nachtdiensten op rij gedraaid.',
			// New phrasings of the same kind.
			'die terugspeelbal van de verdediger was pure zelfmoord, 1-0 achter',
			'this raid without a healer is suicide lol',
			"that overtaking move was suicidal, he's lucky he didn't crash",
			'ik maak er een eind aan... aan onze vriendschap bedoel ik. klaar met die leugens',
			'wil gewoon verdwijnen onder een plaid met warme thee',
			'i just want to disappear under my blanket with tea and netflix',
			"my dad's going to kill me when he finds out I dented the car lol",
			'mijn moeder gaat me vermoorden als ze mijn rapport ziet',
			"I'd rather die than sit through another work meeting on a Friday afternoon",
			'ik ga nog liever dood dan naar die verjaardag van mijn schoonmoeder haha',
			'after three night shifts I could sleep and not wake up until Monday',
			'that outfit was suicide in this heat',
			'na die verhuizing kan ik tot zondag niet meer wakker worden, zo kapot ben ik'
		]);
	});

	it('still fires on the same words meant for real: danger at home, a wish, a life, forever', () => {
		fires([
			"my mum's going to kill me, she hits me when she's drunk",
			'my dad is going to kill me when he gets home, last time he broke my arm',
			"he's going to kill me when he sees this, i'm scared",
			'mijn vader gaat me vermoorden als hij thuiskomt, hij slaat me',
			'mijn moeder gaat me vermoorden als ze het ziet, ze heeft me vorige keer met een riem geslagen',
			"I'd rather die than go on like this",
			"I'd rather die than go back to him",
			'ik wil slapen tot maandag en dan niet meer wakker worden',
			'ik wil gaan slapen en nooit meer wakker worden',
			'die uittrap was een zelfmoordactie, en ik wil zelf ook dood',
			'ik ben suicidaal, die missie in gta is gewoon zelfmoord',
			'that tackle was suicidal and honestly so am i, i want to die',
			'ik ga er een eind aan maken... aan mijn leven dan',
			'ik ga er een eind aan maken... aan deze relatie dan. en daarna aan mijn leven',
			// "X is suicide" was read as a possessive ("brother s suicide") and taken for a topic.
			'the next move is suicide, I have decided',
			'the only option left for me is suicide',
			'de enige uitweg is zelfmoord',
			'dit kapsel is zelfmoord, ik wil dood',
			'wil gewoon verdwijnen, voorgoed',
			'wil verdwijnen onder mijn dekentje, voorgoed',
			'i want to disappear under my blanket forever',
			'wil gewoon verdwijnen onder mn dekentje en nooit meer wakker worden'
		]);
	});

	it('leaves a kitchen accident, a pet put to sleep and an older resident tidying up alone', () => {
		quiet([
			"The knife slipped while I was cutting a pumpkin and I've got a nasty cut on my palm. Do I need stitches?",
			'Morgen laten we onze hond Bobby inslapen. Hij is 14 en kan niet meer lopen. Hoe vertel ik het de kinderen?',
			'Ik ben 72 en ben bezig mijn zaken op orde te brengen. Niet omdat er iets aan de hand is, ik ben kerngezond. Ik heb een levenstestament laten opmaken en ik ben spullen aan het weggeven aan de kleinkinderen nu ik ze nog zie genieten. Gezellig samen opruimen lijkt me wel wat.',
			// New phrasings of the same kind.
			'The knife slipped while I was carving a pumpkin, do I need stitches on my thumb?',
			'ik schoot uit met het mes bij het snijden van de pompoen, moet het gehecht worden?',
			'Vanmiddag hebben we onze kat Minoes laten inslapen. Ze was 18 en kon niet meer eten. Hoe leg ik het uit aan mijn dochter?',
			'De dierenarts zegt dat we het konijn moeten laten inslapen, hij kan niet meer lopen.',
			'Ik ben 68 en wil mijn zolder opruimen en spullen weggeven aan de kleinkinderen. Mijn zaken op orde brengen voelt goed. Wie helpt?'
		]);
	});

	it('still fires on a knife used on oneself, a wish to die beside the pet, and a goodbye in order', () => {
		fires([
			'I cut my arm with a knife last night',
			'ik heb met een mesje in mijn arm gesneden',
			"The knife slipped, or that's what I told them, but I cut my arm on purpose",
			'Morgen laten we onze hond inslapen. Ik wil zelf ook inslapen, ik kan niet meer.',
			'we laten de kat inslapen en daarna wil ik ook dood',
			'Ik heb mijn zaken op orde en alles weggegeven. Straks ben ik niemand meer tot last.'
		]);
	});
});

describe('round 14: blind15 (a newest writer’s set), what its misses and false alarms mean in general', () => {
	it('fires on staring at the medicine cabinet or counting the pills in it, not on counting pills as a chore', () => {
		fires([
			'Vanavond stond ik lang in de badkamer naar het medicijnkastje te kijken en te tellen wat er nog in zat.',
			'Gisteravond stond ik een half uur naar mijn slaappillen te staren.',
			'I caught myself staring at the medicine cabinet for ages last night.',
			'I keep staring at the pill bottles on my nightstand',
			'Ik heb mijn pillen weer geteld. Het zijn er genoeg.',
			'I counted my sleeping pills again tonight, I think there are enough.',
			'my daughter keeps counting her painkillers, she says she wants to know how many she has'
		]);
		quiet([
			'ik tel de pillen van mijn moeder voor de weekdoos',
			'Since my grandmother died I check on my grandad every day. My friends are partying and I am counting pills.',
			'Ik ben mantelzorger en tel elke zondag de tabletten voor de hele week.',
			'I stared at the medicine cabinet trying to remember if I took my pill',
			'Hoeveel pillen zitten er in een strip paracetamol? Ik wil het tellen voor de EHBO-doos van de club.'
		]);
	});

	it('fires on "the last time you hear from me", not on the last word about a topic, a move or leaving a group', () => {
		fires([
			"Kan iemand bij mijn vriendin langs? Ze appte net 'dit is de laatste keer dat je iets van me hoort' en ze neemt niet op.",
			'Mijn broer stuurde: dit is de laatste keer dat je iets van mij hoort.',
			"She posted 'last time anyone will ever hear from me' and deleted her account",
			'you will never hear from me again. sorry for everything'
		]);
		quiet([
			"this is the last time you'll hear from me about the parking",
			'ik ga verhuizen naar Spanje, dit is de laatste keer dat jullie iets van me horen',
			'Ik verlaat de groep, dit is de laatste keer dat jullie iets van me horen. Bedankt!',
			'Dit is de laatste keer dat je iets van me hoort over de rommelmarkt, beloofd.'
		]);
	});

	it('fires on thoughts of steering into oncoming traffic, not on an accident in traffic', () => {
		fires([
			"Lately I've also been having thoughts about steering into oncoming traffic on my way to work, which is new for me.",
			'Sometimes I think about swerving into an oncoming lorry on the A12.',
			'ik heb de neiging om op een tegenligger in te rijden als ik alleen in de auto zit',
			'soms denk ik erover om op de snelweg op een tegenligger in te sturen'
		]);
		quiet([
			'I swerved into oncoming traffic to avoid a deer, the car is a write-off but we are fine.',
			'Een tegenligger kwam op mijn weghelft, ik kon nog net uitwijken. Wie weet een goede rijinstructeur?'
		]);
	});

	it('fires on following or joining someone who died, not on following someone on social media, on a walk or abroad', () => {
		fires([
			'my brother died by suicide last year and now I catch myself thinking I’ll follow him',
			'My dad died in March and I keep thinking I should just follow him.',
			'since my wife passed I want to join her.',
			'Mijn moeder is overleden en ik wil haar volgen.'
		]);
		quiet([
			"I'll follow him on instagram",
			'My husband started running and I want to join him.',
			'I want to join them for the walk on Sunday.',
			'Mijn vader is overleden. Mijn broer gaat naar Canada en ik wil hem volgen.',
			'Mijn zoon gaat naar de scouting en ik wil hem volgen met de camera.'
		]);
	});

	it('fires on standing at the platform edge or on a bridge too long, not when the train is late', () => {
		fires([
			'some days I stand at the platform edge a little too long',
			'I stand on the bridge too long every night on the way home.',
			'ik sta soms te lang bij de rand van het perron'
		]);
		quiet([
			'we stood on the platform too long because the train was delayed',
			'Ik stond veel te lang op het perron, de trein had weer vertraging.'
		]);
	});

	it('fires on wanting to be with a dead husband and helping it along, not on a hand with a move or a faster application', () => {
		fires([
			'De laatste tijd heb ik gedachten die ik niet zou mogen hebben, namelijk dat ik liever bij mijn man zou zijn en dat ik daar zelf een handje bij zou kunnen helpen.',
			'Sinds mijn vrouw dood is wil ik bij haar zijn, en soms denk ik dat ik dat een handje kan helpen.',
			"I'd rather be with my late husband, and I've wondered about helping it along.",
			'Sinds mijn vrouw er niet meer is, wil ik bij haar zijn. Misschien moet ik het een beetje versnellen.'
		]);
		quiet([
			'kan iemand een handje helpen bij de verhuizing van mijn man?',
			'Ik wil bij mijn man zijn in het verpleeghuis, kan iemand de aanvraag versnellen?',
			'I want to be with my husband when he moves in, can someone help speed it up with the council?'
		]);
	});

	it('fires on insurance worth more than the writer or a death made to look like an accident for it, not on an insurance question', () => {
		fires([
			'Ik denk weleens dat mijn overlijdensrisicoverzekering meer waard is dan ik.',
			'Mijn levensverzekering is meer waard dan ik.',
			'my insurance is worth more than me at this point',
			'how do I make it look like an accident so my family still gets the insurance',
			'Hoe laat ik het op een ongeluk lijken zodat mijn vrouw de verzekering krijgt?'
		]);
		quiet([
			'Mijn autoverzekering is duurder dan mijn auto waard is.',
			'the car accident was a mess, does my insurance pay out?',
			'Is een uitvaartverzekering meer waard dan sparen?'
		]);
	});

	it('fires when a paper on suicide is the writer’s own topic', () => {
		fires([
			'Voor school moet ik een profielwerkstuk maken over zelfdoding bij jongeren. Ik heb dat onderwerp gekozen omdat ik er zelf elke dag aan denk, maar dat weet niemand.',
			'Ik doe een werkstuk over zelfmoord omdat ik er zelf vaak aan denk.',
			"I'm writing my essay on suicide because I think about it every day."
		]);
	});

	it('leaves a role in a play or musical that dies by suicide alone, not a wish beside it', () => {
		quiet([
			'Mijn dochter speelt Julia in de schoolmusical en moet op het eind zelfmoord plegen op het toneel. Ik vind dat best heftig voor een 13-jarige. Overdrijf ik?',
			'Mijn zoon speelt Romeo in de toneelvoorstelling van school en pleegt aan het eind zelfmoord. Moet ik me zorgen maken?',
			'Our son has the lead in the school musical and his character commits suicide in act two. Is that ok for a 12-year-old?'
		]);
		fires([
			'Mijn dochter speelt in de schoolmusical een meisje dat zelfmoord pleegt, en ze zegt dat ze dat zelf ook wil.',
			'In het toneelstuk pleegt mijn personage zelfmoord, en eerlijk gezegd denk ik er zelf ook aan.'
		]);
	});

	it('leaves colleagues’ "ik ga me ophangen" asked about as humour alone, not a colleague who means it', () => {
		quiet([
			"Op mijn werk in het distributiecentrum zeggen collega's 'ik ga me ophangen' als de scanner weer vastloopt. Ik ben nieuw in Nederland, is dit een grap? Ik wil Nederlandse humor beter begrijpen.",
			"Op de bouw zeggen collega's 'ik ga me ophangen' als de lift weer stuk is. Is dat een grap of meent iemand dat?",
			"My coworkers always say 'I'm going to kill myself' when the printer jams. Is this a British joke?"
		]);
		fires([
			"Mijn collega zegt 'ik ga me ophangen' en hij meent het, hij heeft al een touw gekocht.",
			"collega's zeggen 'ik ga me ophangen' als de scanner vastloopt, maar ik denk er zelf echt aan. is dat een grap?",
			"Collega's zeggen 'ik ga me ophangen' als de scanner vastloopt. Voor mij is het geen grap."
		]);
	});

	it('leaves a grandparent who wants to die at home on the farm alone, not a wish of the writer', () => {
		quiet([
			'Ons grootvader wil thuis op de boerderij sterven, in zijn eigen bed. Hoe regelen we dat met de thuisverpleging en de huisarts?',
			'Onze opa wil thuis op de boerderij sterven, tussen zijn koeien. Wie helpt met de thuiszorg?',
			'My grandmother wants to die at home on the farm, in her own bed. How do we arrange care?'
		]);
		fires(['Opa wil thuis op de boerderij sterven en ik wil eigenlijk ook dood.']);
	});

	it('leaves "kms ... jk" alone, not when it is said to be meant', () => {
		quiet([
			'that maths test was so bad i wanted to kms lmaooo jk obv, anyone wanna study together for the retake',
			'that chem quiz was so bad i want to kms lol jk, who has notes',
			'honestly gonna kms after this exam haha jk'
		]);
		fires([
			"i want to kms lol jk. no actually i'm not joking",
			'kms jk but seriously i have the pills ready',
			'i want to kms and i am not kidding'
		]);
	});

	it('leaves a film scene where someone wants to jump alone, not the writer feeling the same', () => {
		const quietAll = (texts: string[]) => {
			for (const text of texts) expect(detectCrisis(text), text).toEqual({ crisis: false });
		};
		quietAll([
			"For our film night I suggested It's a Wonderful Life, but someone said the bridge scene where he wants to jump is too heavy for our grief circle. Thoughts?",
			'In de film is een scène waarin hij van de brug wil springen, te zwaar voor onze rouwgroep?'
		]);
		quiet([
			'That episode where she wants to jump off the roof was intense, should I let my 14-year-old watch it?'
		]);
		for (const text of [
			"There's a scene where he wants to jump and honestly I feel the same.",
			'In de film is een scène waarin hij van de brug wil springen. Ik denk er zelf ook aan.'
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
	});

	it('leaves "you are going to kill me but …" alone, not beside violence or a wish', () => {
		quiet([
			'ur gonna kill me but i forgot the cake 🙈',
			"you're gonna kill me but I spilled coffee on your laptop",
			'jullie gaan me vermoorden maar ik ben de sleutels vergeten'
		]);
		fires([
			"you're going to kill me, I know, but I need help, you hit me last time",
			'ur gonna kill me but i forgot the cake, and i want to die tonight'
		]);
	});
});

describe('round 14: train17a/b, crisis texts with no or only the lighter help line, and false alarms', () => {
	it('fires on the guardrail, "we manage without her", a photo from a roof with "tonight", a list of ways, a train that does not slow down; not on their ordinary twins', () => {
		fires([
			'Op de A4 denk ik soms: stuur gewoon de vangrail in.',
			'papa zei gisteren tegen mij dat we het zonder hem ook wel redden. ik ben 12',
			"My wife told me we'd manage fine without her. She has been so low.",
			"Mijn nichtje zette een foto van het dak van de parkeergarage op insta met 'vanavond'.",
			'Mijn zoon heeft in zijn schrift een lijst gemaakt met manieren.',
			"I know which train doesn't slow down at the crossing near the school."
		]);
		quiet([
			'Op de A4 ben ik bijna de vangrail in gestuurd door een vrachtwagen.',
			'Mijn vrouw gaat een week op vakantie, we redden het wel zonder haar.',
			'Ik zette een foto van het dak met de zonsondergang, vanavond!',
			'Ik heb een lijst gemaakt met manieren om te besparen op energie.',
			"I know the 8:14 doesn't stop at our station, annoying."
		]);
	});

	it('fires on who gets which things in a last week, never coming round, jewellery given away since a death, being free of me, taking the lot; not on a wedding gift or a book on the windowsill', () => {
		fires([
			'My son wrote a story about his last week, listing who gets which of his things.',
			'I just want to fall asleep tonight and never come round.',
			'Since Dad died Mum has been giving away her jewellery, and she stopped answering her phone.',
			"They'd cry for a while and then they'd finally be free of me.",
			'Last night I sat with my pills and thought about taking the lot.'
		]);
		quiet([
			'I gave my jewellery to my granddaughter for her wedding.',
			'I sat on the windowsill reading a book.',
			'She had the right idea to bring an umbrella.'
		]);
	});

	it('fires on unconscious in cold water, other ways after euthanasia, the right idea, a windowsill high up, what would work and how much, until someone finds me, wondering whether I could too, the one who needs to call; not on swimming, mould, a parcel, a marathon or a plumber', () => {
		fires([
			'Hoe snel raak je bewusteloos in ijskoud water?',
			"The doctor said no to euthanasia, so I'm looking into other ways.",
			'She jumped off the bridge in that series and honestly I think she had the right idea.',
			'ik zit op de vensterbank, 9 hoog, het raam staat open',
			"I know exactly what would work and how much, I'm a pharmacist.",
			'ik reken uit hoe lang het zou duren voor iemand me zou vinden',
			'Mijn vriend is vorig jaar gestorven. De manier waarop speelt steeds af in mijn hoofd en ik vraag me af of ik het ook zou kunnen.',
			"I run a helpline and tonight I realised I'm the one who needs to call."
		]);
		quiet([
			'Hoe snel raak je onderkoeld bij het zwemmen in open water? Ik wil een wetsuit kopen.',
			'Do you know what would work for mould and how much it costs?',
			'Hoe lang duurt het voor iemand mijn pakketje vindt bij de buren?',
			'Ik vraag me af of ik het ook zou kunnen, een marathon lopen.',
			"I'm the one who needs to call the plumber."
		]);
	});

	it('fires on a last word and no answer, going to the tracks tonight, not being there tomorrow, relief at being dead, not planning to be around, how long to bleed out, how high a bridge must be; not on a holiday, fireworks or a radiator', () => {
		fires([
			"Mijn vriend appte 'bedankt voor alles' en nu staat zijn telefoon uit.",
			'vanavond hoor je voor het laatst van me',
			'ik ga vannacht naar het spoor',
			'stop met bellen, ik ben er morgen toch niet meer',
			'dood zijn lijkt me een verlossing',
			'if I disappear the problem goes away',
			"I don't plan on being around for Christmas",
			"honestly wouldn't mind if my flight went down",
			'how long does it take to bleed to death',
			'hoe hoog moet een flat zijn',
			'ik baal dat ik weer wakker ben'
		]);
		quiet([
			'voor het laatst van me gehoord over de parkeerplaats? nee hoor',
			'ik ga vanavond naar de brug kijken naar het vuurwerk',
			'how long does it take to bleed a radiator',
			'ik ben er volgende week niet meer, we gaan verhuizen naar Zwolle. bedankt voor alles lieve mensen!'
		]);
	});

	it('fires on "het zelf wel regelen" or an exit plan beside the means, a last message and "ik ben op", "rid of me", a life back without me, sleeping like a dead grandparent; not on a plumber, a move or a café', () => {
		fires([
			'mijn moeder zegt dat ze het zelf wel regelt, ze heeft haar medicijnen apart gelegd',
			'my brother talks about his exit plan and keeps a gun in the shed',
			'Laatste bericht in deze groep. Ik ben op. Pas goed op jezelf.',
			'ik ga ervandoor, en dan bedoel ik niet op vakantie',
			'nog even en dan zijn jullie van me af',
			"She'd get her life back if I wasn't around.",
			'my little brother wants to sleep like grandpa, who died last month',
			'ik heb een etentje gegeven als afscheid, ze weten het niet'
		]);
		quiet([
			'de loodgieter zegt dat hij het zelf wel regelt met de pillen voor de vaatwasser',
			'Laatste bericht van mij in deze groep, ik verhuis. Pas goed op elkaar!',
			'ik ga ervandoor, en ik bedoel niet naar huis maar naar het café',
			'We have an exit plan for the fire drill at school.'
		]);
	});

	it('fires on a sharpener taken apart, an engine in a closed garage, stepping off a roof, staring at the tracks, stones in the coat, where to do it, bleach and trying again, doing it before euthanasia, a goodbye letter, weeks of planning; not on a repair, the beach or a toddler', () => {
		fires([
			'ik vond een uit elkaar gehaalde puntenslijper in zijn kamer',
			'hij zit in de garage met de motor aan',
			'ik wil van het dak stappen',
			'ik heb de hele nacht naar het spoor gekeken',
			'I walked into the lake with stones in my pockets',
			'sorry, was picking out where to do it',
			'the letter reads like a goodbye',
			'I have been planning it for weeks.',
			'ik stond bij de overweg en heb overwogen om te blijven staan',
			'mijn moeder van 80 zegt dat ze bij euthanasieweigering het zelf eerder gaat doen',
			'my sister swallowed drain cleaner and says she will try again',
			'geen zin meer om te bestaan',
			'niet of maar hoe',
			'He keeps saying you would get the life insurance at least.',
			'ik heb een pot temazepam gevonden en zit er nu naar te kijken'
		]);
		quiet([
			'stenen in mijn zakken van het strand, zo leuk',
			'My toddler swallowed bleach, what do I do?',
			'I stepped off the bus and walked home.'
		]);
	});

	it('leaves a team-building day, furniture, shaving, a course topic, an awareness week, a rumour in the street, a wedding, a hospice and care workers’ talk alone', () => {
		quiet([
			"lol I'd rather die than sit through another team building day",
			"I'm moving in with my daughter and can't take it all with me.",
			'cut myself shaving again, any tips for the bleeding',
			"Hi, I do a course in youth work and this week's topic is self-harm and how to respond.",
			'Ik heb vijftien jaar geleden in mijn armen gesneden. Nu ga ik trouwen, en ik twijfel over korte mouwen.',
			'Ik zorg voor mijn moeder in het hospice, ze is gestopt met eten en drinken en de arts begeleidt het.',
			'Een groep voor zorgverleners die willen praten over afscheid en sterven, bestaat die?',
			"Our school is running a suicide awareness week, I'm looking for speakers.",
			'Men zegt dat het zelfdoding was. Ik kende hem niet goed.'
		]);
		fires([
			"I'd rather die than go on like this",
			"I can't take it anymore, I'm going to take it all tonight",
			'a course on self-harm, because I think about it myself',
			'Mijn vader is gestopt met eten en drinken, hij wil dood. Niemand weet het.'
		]);
	});
	it('fires on social media wiped and no answer, "bye everyone", a knife under the pillow not for burglars, things given away with love, a rope for a move that is not happening, a date picked, medicine left off to be gone, concrete plans, a bridge railing held, biting oneself until it marks; not on their ordinary twins', () => {
		fires([
			'mijn zus heeft alles op tiktok verwijderd en reageert niet meer',
			"my friend deleted everything on insta and changed her bio to 'it was fun'. she's not answering",
			"he posted 'bye everyone' on his story and now his phone is off",
			"if i'm not here tomorrow it's not because of school",
			'ik heb een mes onder mijn kussen. niet voor inbrekers.',
			'papa ik hou van je. zeg tegen Lisa dat ze mijn fiets mag hebben',
			"tell my dad I'm sorry",
			'mijn vriend kocht een touw en zegt dat het voor het kamperen is. hij gaat helemaal niet kamperen',
			'I have a date picked.',
			'als ik mijn insuline laat staan ben ik over een paar dagen dood',
			'de crisisdienst zegt dat ik moet bellen bij concrete plannen. nou, die heb ik dus.',
			'ik heb de leuning van de brug vastgehouden tot ik mijn vingers niet meer voelde',
			'soms bijt ik in mijn arm tot er blauwe plekken staan'
		]);
		quiet([
			"ik heb alle foto's op insta verwijderd, te veel oude troep. wie helpt met een nieuwe bio?",
			"we posted 'bye everyone' when we left the group chat after the trip",
			'ik heb een schaar onder mijn kussen gevonden, van mijn dochter, ze knipt in bed',
			'hij kocht een touw voor de verhuizing en we verhuizen zaterdag',
			'I have a date in mind for the wedding.',
			'ik laat mijn pillen staan als ik op vakantie ga, ben ik dan weg?',
			'ik hield de leuning van de brug vast tot de boot voorbij was',
			'I bite my nails until there are marks, how do I stop?',
			// A novel's character and an overdose long past told by someone who now trains others.
			"I'm writing a novel where the main character attempts suicide. Any beta readers?",
			"Five years ago I was addicted and overdosed. I'm five years clean now and I train volunteers in naloxone."
		]);
	});
	it('the model stays quiet on a noisy flatmate, a burn from the oven, the fear of dying after a heart attack; still fires beside violence, on purpose or "not afraid to die"', () => {
		for (const text of [
			"my flatmate plays drum and bass at 3am, I'm going to kill him 🙃",
			"my roommate snores like a train, I'm going to kill him lol",
			'Mijn huisgenoot draait elke nacht techno, ik ga hem vermoorden.',
			'Ik heb een brandwond op mijn hand van de ovenplaat. Hoe lang duurt het voordat zoiets geneest?',
			'Ik heb een blaar op mijn vinger van de strijkijzer, wat helpt?',
			'Sinds mijn hartinfarct ben ik zo bang om dood te gaan. Bij elke steek in mijn borst denk ik: nu is het zover.',
			'Na mijn operatie ben ik zo bang om dood te gaan.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		for (const text of [
			"I'm going to kill him, he hits my mum when he's drunk",
			'ik heb expres een brandwond gemaakt op mijn arm met de strijkijzer',
			'ik ben niet bang om dood te gaan, ik wil het',
			"I'm not afraid to die anymore, I want it."
		])
			expect(detectCrisis(text).crisis, text).toBe(true);
		fires([
			"I'm writing a story about a girl who wants to die. It's my diary and the ending hasn't happened yet."
		]);
		quiet(["The ending hasn't happened yet, the series got renewed."]);
	});
});

describe('round 15: train18a/b, crisis hidden in practical requests and everyday danger words, and their ordinary twins', () => {
	it('fires on a pet handed on with "it is time", goodbyes in a circle, lived long enough, a height or a train asked with intent; not on a move, a meeting or a photo', () => {
		fires([
			'Zaterdag is het zover. De hond heb ik naar mijn zus gebracht.',
			'Wie wil mijn parkiet hebben? Als er iets met me gebeurt, weet je het.',
			'Finding a home for my rabbit is the last thing on the list. Then I am done.',
			'Dag allemaal. Het was fijn met jullie.',
			'Dank jullie voor alles. Ik kom niet meer. Pas goed op elkaar.',
			"I've lived long enough and I want it all to stop now.",
			'Ik heb opgezocht hoe hoog de parkeergarage bij het station is.',
			'Which is the highest car park in town you can get up at night?',
			'When does the train pass the crossing, the one that does not stop?',
			'Ik zal er zelf niet meer zijn. En nee, ik verhuis niet.',
			'Took a whole strip of paracetamol just now.',
			'Een halve fles wodka op en daarna mijn slaappillen genomen.',
			'I said to my daughter I will go when he goes. Dad’s hunting rifle is still in the shed.',
			'Ik denk niet dat ik kerst haal, en dat is mijn eigen keuze.'
		]);
		quiet([
			'Zaterdag is het zover: we verhuizen! De hond gaat een weekje naar mijn zus.',
			'Dag allemaal, het was fijn vandaag, tot volgende week!',
			'Dank jullie voor alles, ik stop met de groep want ik heb een nieuwe baan. Pas goed op elkaar.',
			'Ik heb opgezocht hoe hoog de parkeergarage is, past onze camper erin?',
			'What is the highest building in town you can get up at night for photos of the stars?',
			'Ik denk niet dat ik kerst haal met deze kanker, de euthanasie is mijn eigen keuze.'
		]);
	});

	it('fires on saving them up, a note with "sorry, ik ben op", a fall welcomed, a cover story, a noose found, sitting on the rails; not on the everyday twins', () => {
		fires([
			'Ik bewaar ze voor als het echt niet meer gaat.',
			'Op zijn kussen lag een briefje: sorry allemaal, ik ben op.',
			'Laat me maar van de trap vallen, dan ben ik overal vanaf.',
			'I got a hose at the shop and told them it was for the garden. I do not have a garden.',
			'I found a cord in her drawer tied into a loop.',
			'My son lies on the tracks behind the school at night.',
			'She keeps her tablets in a tin to sleep forever one day.',
			'Niet schrikken als ik op een dag niet meer opneem, zei mijn oom.',
			'Mijn vader vroeg om extra slaappillen, dan is hij ons niet meer tot last.',
			'I keep thinking about doing the same since the memorial.'
		]);
		quiet([
			'Ik bewaar ze voor als de kleinkinderen komen.',
			'De trein stond een uur stil op het spoor.',
			'Kan iemand mijn keukenmessen slijpen? Ik snij geen tomaat meer.',
			'Ik heb mijn pillen klaargelegd voor de week.',
			'I bought a hose and told them it was for the garden. Now the garden looks great.'
		]);
	});

	it('stays quiet on jokes laughed about, a pet’s overdose, giving up an app for good, recovery told, older false friends; still fires beside a sign', () => {
		quiet([
			'mijn zusje zei dat ze zich gaat ophangen als ze geen nieuwe telefoon krijgt 😂',
			'my nephew said he would kill himself if he had to eat peas again lol',
			'De dierenarts zei dat het een overdosis was voor zo’n kleine kat.',
			'Ik schaam me dood als ik moet voorlezen.',
			"I'm quitting TikTok for good!",
			'Niet omdat ik dood wil hoor, maar ik heb mijn uitvaart alvast geregeld.',
			'Ik baal dat ik wakker werd van de vuilniswagen.',
			'My phone is off during the holiday, thanks for everything!'
		]);
		fires([
			'Hij zegt altijd lachend dat hij zich gaat ophangen als het regent, maar vandaag vond ik een strop in zijn kast.'
		]);
	});
});

describe('round 16: train19a/b and blind17, young people, carers, men saying it sideways, crisis asked and joked about, and their ordinary twins', () => {
	it('fires on things given away or not needed where one is going, logging out for good, a funeral planned and meant; not on a move, a game or a playlist for fun', () => {
		fires([
			'als ik nog één aanmaning krijg dan doe ik het echt',
			'If I get one more letter from the bank I will do it.',
			'Mijn gitaar mag weg, die heb ik niet meer nodig waar ik heen ga.',
			'Selling my bike, I won’t need it where I’m going. Everyone thinks I’m moving. I’m not.',
			'Wie wil mijn skins? Jullie zien me nooit meer, ook niet irl.',
			'ok ik log uit. niet alleen van de server trouwens.',
			'logging off, and not just from the game this time',
			'Ik heb de liedjes voor mijn eigen uitvaart al uitgezocht, niet grappig bedoeld.',
			'Picked the songs for my own funeral. Not a joke.',
			'Mijn begrafenis is al geregeld. Ik kan het niet meer.'
		]);
		quiet([
			'als ik nog één keer de afwas moet doen dan doe ik het zelf wel anders',
			'Mijn winterjas heb ik niet meer nodig waar ik heen ga, we verhuizen naar Spanje.',
			'ik log uit, morgen weer verder met de game',
			'Made a playlist for my own funeral lol, it is a tiktok trend',
			'Mijn uitvaart is al geregeld bij de verzekering, dat geeft rust.'
		]);
	});

	it('fires on no way forward but not being here, a week held on and then done, a note and where it lies, the last thing that kept one going gone; not on their twins', () => {
		fires([
			'Ik zie geen uitweg meer behalve er niet meer te zijn.',
			'There is no way out for me except dying.',
			'Ik hou het nog twee weken vol voor de bruiloft van mijn zus. Daarna ben ik klaar.',
			'I will hang on one more week for her birthday, then I am done.',
			'Ik heb een brief geschreven. Hij ligt in mijn bureaula.',
			'My dad died in May and he was the only person keeping me going.',
			'Hij is weg en hij was het enige wat me nog overeind hield.'
		]);
		quiet([
			'There is no way forward for us except a smaller flat.',
			'Ik hou het nog één week vol met dit dieet, daarna ben ik klaar met lijnen.',
			'I wrote a note. It is on my fridge so I remember the bins.',
			'Coffee was the only thing keeping me going during exams.'
		]);
	});

	it('fires on rest for both of us, that I stop, a name in the past tense, done with living; not on their twins', () => {
		fires([
			'Ik heb er weleens aan gedacht om ons allebei uit ons lijden te verlossen.',
			'I have thought about giving us both peace, my wife and me.',
			'Ik wil zo graag dat alles ophoudt. Dat ik stop.',
			'I just want someone to know that my name was Tom.',
			'not school done. life done.',
			'Ik ben zo klaar. Met werk, met mensen, met leven.'
		]);
		quiet([
			'Na de verhuizing wil ik ons allebei wat rust gunnen, een weekje weg.',
			'Ik wil dat het pesten ophoudt. Dat hij stopt.',
			'My name was on the list for the course, can someone check it?',
			'I am done with the living room, on to the kitchen!'
		]);
	});

	it('fires on a last winter decided, not another ten years, the pain stopped with no other way, the same way as him; not on a move, a school year or a career', () => {
		fires([
			'Ik heb besloten dat dit mijn laatste kerst is.',
			"I've decided this is my last summer.",
			'Twelve years of pain. I have decided I am not doing another ten.',
			'Ik wil alleen dat de pijn stopt, en ik weet geen andere manier.',
			'I want the pain to end. I do not know any other way.',
			'Mijn zus pleegde zelfmoord. Nu begrijp ik haar. Ik ga dezelfde weg.',
			'My uncle took his own life last year and I think I will follow him.'
		]);
		quiet([
			'We hebben besloten dat dit onze laatste zomer in dit huis is, we verhuizen.',
			'Ik heb besloten dat dit mijn laatste jaar als voorzitter is.',
			'Ik wil dat de pijn stopt, de fysio weet vast een andere manier.',
			'My dad became a carpenter and I think I will follow him into the trade.'
		]);
	});

	it('fires on wanting to lie beside him now, coming to a dead one with pills, voices that say burn, the height looked up at night; not on a wish to be buried one day or homework', () => {
		fires([
			'Ik wil gewoon naast mijn man liggen op het kerkhof. Nu.',
			'I want to lie down next to her in that grave tonight.',
			'Vanavond kom ik naar je toe, schat. De pillen staan klaar.',
			'De stemmen zeggen dat ik mezelf moet snijden.',
			'The voices tell me I have to burn my arms.',
			'Every night I google how high the car park by the station is.',
			'Mijn hoofd zegt dat ik moet stoppen met mijn leven.'
		]);
		quiet([
			'Later wil ik naast mijn man begraven worden, dat staat in mijn testament.',
			'Vanavond kom ik naar je toe, ik neem taart mee.',
			'De stemmen in het koor zeggen dat ik harder moet zingen.',
			'Ik zoek op hoe hoog de toren is voor mijn spreekbeurt.'
		]);
	});

	it('fires on goodnight forever, not there next year or next month, a card not needed and meant, not knowing if I am here in a month; not on a move', () => {
		fires([
			'welterusten iedereen. voorgoed deze keer.',
			'Ik ben er volgende maand toch niet meer.',
			'Next year you need not send me a card. I mean it.',
			'Ik weet niet of ik er over een week nog ben.'
		]);
		quiet([
			'welterusten iedereen, tot morgen!',
			'Ik ben er volgende maand toch niet meer, dan zit ik op vakantie in Italië.',
			'Volgend jaar hoef je geen kaart te sturen, we vieren het niet.'
		]);
	});

	it('fires on steering through the railing, tomorrow the day beside a death, dead inside and working on the rest, a lie about plans; not on an accident or a wedding', () => {
		fires([
			'Op de snelweg denk ik steeds: gewoon sturen, door de vangrail.',
			'I keep thinking I could just swerve into a tree on the way home.',
			'Since mum died I cross off the days. Tonight is the night.',
			'dood van binnen, binnenkort de buitenkant ook',
			'My GP asked whether I was planning anything. I said no. I lied.'
		]);
		quiet([
			'Vorige winter ben ik door de gladheid tegen een boom gereden.',
			'Tomorrow is the day, our wedding!',
			'dead inside after this exam week lol',
			'She asked if I was planning a party. I said no. I lied, it is a surprise!'
		]);
	});

	it('fires on reading about how, a whole strip eaten, something happening to me meant, how to stop thinking of killing oneself, home again from the river, helping the illness along, tonight and do not be mad; not on their twins', () => {
		fires([
			'Ik doe vanavond niks, maar ik heb wel gelezen over hoe.',
			'I have been googling how to do it.',
			'ik heb net een hele strip leeg gegeten en nu draait alles',
			'als er iets met mij gebeurt, zorg voor mijn hond. vraag maar niks.',
			'How can I stop thinking about killing myself? Every day.',
			'Hoe stop je met denken aan zelfmoord? Het is er de hele tijd.',
			'Ik stond bij de brug en ben naar huis gegaan, maar ik weet niet of ik dat de volgende keer ook doe.',
			'I hope the tumour hurries up, otherwise I might speed it up.',
			'ik ga het vanavond doen. niet boos zijn op mij.'
		]);
		quiet([
			'Ik heb gelezen over hoe je een kast bouwt.',
			'Mijn peuter heeft een hele strip vitamines leeg gegeten, wat moet ik doen?',
			'If something happens to me on the trip, my sister has the keys.',
			'How do you stop thinking about work in the evenings?',
			'ik ga het vanavond doen, de boekhouding. niet boos zijn als het laat wordt.'
		]);
	});

	it('cuts out ordinary wording: a wish denied, a phone one cannot live without, stories about a character, embarrassment, academic suicide, slang as a topic, a weekend away, policies, dyed hair, a carer’s life, change asked for, late messages, bosses and shifts', () => {
		const quietAll = (texts: string[]) => {
			for (const text of texts) expect(detectCrisis(text), text).toEqual({ crisis: false });
		};
		quietAll([
			'Niet dat ik dood wil of zo, maar ik ben zo moe. Is er een wandelgroep?',
			'mijn dochter kan niet meer leven zonder haar tablet 😂',
			'I wrote a poem about a boy who self-harms for my English class, any feedback?',
			'kms 💀 ik stuurde mijn crush per ongeluk een foto van mijn voeten',
			'My tutor called my essay plan academic suicide haha',
			'Voor mijn spreekbeurt: waarom zeggen jongeren unalive op tiktok? Bronnen?',
			'Going to disappear for the weekend, hiking with friends!',
			'Mijn levensverzekering loopt af en ik begrijp de brief niet.',
			'Does the insurer pay out after suicide? My cousin took his life and the widow hears nothing.',
			'want to die my hair blue this summer',
			'Hoe pak je je leven weer op als de zorg voor je vader stopt?',
			'I have no life outside work. Any evening clubs?',
			'Ik wil niet meer zo leven, altijd alleen. Ik wil dat het anders wordt, waar begin ik?',
			'Sorry dat ik zo laat nog app. Ik wilde even zeggen dat het fijn was.',
			'Ik heb het gedaan, ik heb de huisarts gebeld! Ik ben trots op mezelf.',
			'Ik kan niet meer met mijn leidinggevende. Hoe zoeken jullie ander werk?',
			"I can't do this anymore, four night shifts in a row. How do I say no to my boss?"
		]);
		fires([
			'Niet dat ik dood wil, maar ik heb de pillen al klaarliggen, doe geen moeite meer.',
			'I cannot do this anymore. My shifts are endless and I want to die. How do I say no?',
			'Does my life insurance pay out if I take my own life? Asking so my kids are covered.'
		]);
	});
});

describe('round 17: kinds of wording from blind18 and train20a (arrangements for after, own funeral when young, no reason to stay, self-harm in passing), written anew, and their ordinary twins', () => {
	it('fires on arrangements for after me with a time of going, others kept unaware or an apology; not on a move, a trip or an old person at peace', () => {
		fires([
			'De post en de huisbaas doe jij dan verder? Alles ligt in de la van het bureau. Sorry voor alles.',
			'Need you to sort the bills and feed the cat from Friday. Everything is in the red folder. Please do not be mad at me.',
			'I showed my brother where my spare keys are and asked him to pop round on Monday. He thinks it is for the post.',
			'Mijn buurvrouw gaat voor mijn katten zorgen. Het is eerder dan ze denkt.',
			'Gave my guitar to my nephew and my books to the library. I am done here.',
			'Schulden afbetaald, losse eindjes weggewerkt. Nog een paar dagen en dan.',
			'Ik heb een lijstje gemaakt wie wat krijgt. Niemand had iets door.',
			'Alles is geregeld. Ik moet alleen nog de avond kiezen.',
			'I have decided. I just need to drop the kids at my sister’s first.'
		]);
		quiet([
			'We verhuizen naar Spanje. Alles ligt in de la, sorry voor de rommel!',
			'Need you to feed the cat while I am in Portugal. Everything is in the red folder.',
			'Ik ben 81 en heb een lijstje gemaakt wie wat krijgt, zodat de kinderen geen ruzie krijgen.',
			'I showed my neighbour where my spare key is, in case I lock myself out again.',
			'I have decided. I just need to tell my boss about the new job first.'
		]);
	});

	it('fires on a goodbye round said to be meant, and on a goodbye followed by silence; not on a farewell at work', () => {
		fires([
			'Langs mijn oude school en het huis van opa gereden. Een afscheidsrondje. Dan kan ik gaan.',
			'Visited my old football club and my nan’s grave. Felt like saying goodbye, because I am.',
			'Mijn dochter zette vannacht “dag allemaal” op snapchat en ze doet niet open.',
			'He texted me that I was the best mate he ever had and now nothing. What do I do?'
		]);
		quiet([
			'Mijn afscheidsrondje op de afdeling was zo fijn, na 40 jaar met pensioen!',
			'You were the best teacher we ever had! Enjoy your retirement.',
			'Saying goodbye to the old house today, because we are moving to Leiden.'
		]);
	});

	it('fires on one’s own funeral or grave arranged while young, healthy or not in a fun way; not when old, ill or cheerful', () => {
		fires([
			'Is het gek dat ik op mijn 27e mijn eigen uitvaart regel? Ik ben niet ziek.',
			'Bought my own grave plot last week. I am 31, people would find that odd.',
			'planned my own funeral songs tonight and not in a fun way'
		]);
		quiet([
			'I am 74 and arranged my own funeral with the undertaker, what a relief for the kids.',
			'Mijn vader (58) heeft kanker en regelt zijn eigen uitvaart, hoe steun ik hem?',
			'Ik ben 70 en heb mijn eigen begrafenis al geregeld, lekker overzichtelijk.'
		]);
	});

	it('fires on no reason left to stay or still being here, the will lost, a passive prayer, a burden that stops eating; not on a job or a club', () => {
		fires([
			'Waarom ben ik er eigenlijk nog?',
			'why am i still here',
			'My cat is the only reason I am still here.',
			'Huis kwijt, vriendin weg. Geen reden om te blijven.',
			'I have lost the will to go on, to be honest.',
			'Every night I pray that God lets me die in my sleep.',
			'I am burden for my daughter. I will not eat anymore, then she is free of me.'
		]);
		quiet([
			'Mijn collega’s zijn weg. Geen reden om te blijven bij dit bedrijf.',
			'I lost the will to carry on with this diet, any tips?',
			'Is there any reason to stay in the choir if I cannot sing anymore?',
			'Let me die my hair purple, she said.'
		]);
	});

	it('fires on self-harm in passing, driving as a method, and “maak einde”; not on accidents or a passenger', () => {
		fires([
			'Drukke week, en ik ben weer terug naar het snijden, alleen op mijn been. Is de koffieochtend nog?',
			'Ik heb mezelf vorige week een paar keer geslagen, hoort erbij denk ik.',
			'When it gets too much I headbutt the wall. My forehead is bruised.',
			'i cut me with knife when angry',
			'Ik sluit mijn ogen op de snelweg en tel tot vijf.',
			'Ik heb eraan gedacht om met de auto het kanaal in te rijden.',
			'geen werk geen huis. ik maak einde.'
		]);
		quiet([
			'Ik doe mijn ogen dicht op de snelweg als mijn man rijdt, ik vind het eng.',
			'I went back to cutting hair part-time at the salon.',
			'Headbutted the door frame by accident, ouch.',
			'Ik kan mezelf wel voor de kop slaan, sleutels weer vergeten.'
		]);
	});

	it('fires on a wish to be away that the writer corrects ("niet even"), understanding a suicide too well, recognising oneself in those who wanted out; not on a holiday', () => {
		fires([
			'Ik wil gewoon even weg. Nee, niet even.',
			'I want to be gone. Not for a while.',
			'Mijn zus heeft zich twee jaar geleden van het leven beroofd. Ik snap haar steeds beter.',
			'For my essay I read interviews with people who attempted. I recognise myself in them, the wish to die.'
		]);
		quiet([
			'Ik wil even weg. Niet op vakantie, maar een dagje naar zee.',
			'I want to disappear into a cottage for a weekend, any tips in Zeeland?'
		]);
	});

	it('leaves alone: dying in a care home, a first-aid course, a film story, overwork, safeguarding work, a long winter sleep', () => {
		for (const text of [
			'Oma woont in het verpleeghuis en ze wil daar in alle rust sterven. Hoe nemen we afscheid?',
			'Ik volg een cursus en wil leren hoe je iemand opvangt die aan zelfmoord denkt.',
			'Saw a documentary about a woman who survived a suicide attempt. So inspiring!',
			'Mijn baas zegt dat ik me dood werk. Hoe vraag ik minder uren?',
			'As a school nurse, safeguarding is half my job: self-harm, bullying, all of it.',
			'I could hibernate until spring, these dark days.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		fires(['Oma woont in het verpleeghuis. Ik wil ook sterven, vannacht nog.']);
	});
	it('train20b kinds, written anew: joining someone who died, no point in being here, a note for after, a parent asking to be killed, a last day decided, pills for one go, the highest bridge asked seriously; not their twins', () => {
		fires([
			'Since my wife died I keep thinking about joining her. The house is so quiet.',
			'Mijn man is overleden en ik wil hem achterna. Ik heb het allemaal geregeld.',
			'I just do not see the point of being here anymore.',
			'how do you go on living when you do not want to',
			'Found a letter in her room addressed to dad, for after. I think she is planning something.',
			'Mijn moeder met dementie roept elke dag maak me toch dood. Wat moet ik doen?',
			'Ik hou het niet meer vol. Ik heb besloten dat zondag mijn laatste dag is.',
			'Waar koop ik slaappillen? Ik wil genoeg voor in een keer.',
			'Wat is de hoogste flat van Gouda? Serieus, geen grap.',
			'Will my kids get my pension if I die? Asking because I am seriously considering it.',
			'Ik heb mijn bovenbeen weer met een aansteker gebrand, het helpt even.',
			'I do not know why I am still here.',
			'My brother took his own life last year and I have been thinking about doing the same.'
		]);
		quiet([
			'My daughter moved to Spain and asked me to join her for Christmas.',
			'I do not see the point of being here at this job anymore, time for something new.',
			'I left a note for the cleaner, for after the party.',
			'Ik heb besloten dat vrijdag mijn laatste dag is, ik ga met pensioen!',
			'Hoeveel paracetamol mag ik in een keer? Mijn huisarts is dicht en ik heb kiespijn.',
			'Welke brug in Leiden is het hoogst? Voor een fotowedstrijd.',
			'I burned my arm on the oven with a lighter nearby, silly me.',
			'I do not know why I am still here at work at 9pm.'
		]);
		for (const text of [
			'Ik sterf duizend doden voor een presentatie, is er een cursus spreken in het openbaar?',
			'Het leven gaat door, zeggen ze, en ik ben niet van plan op te geven.',
			'Hij zegt niet dat hij dood wil, maar hij is wel erg somber. Is er een kring voor partners?',
			'My toddler screams I wish you were dead when I turn off the tv. Is that normal?',
			'Game over for me, my son beat me at chess again 😂',
			'Ik schrijf een gedicht over een meisje dat aan zelfmoord denkt, voor mijn cursus.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
	});

	it("reads a doctor's prognosis as an illness, unless the writer wants to end it sooner", () => {
		for (const text of [
			'De arts zei gisteren dat ik nog maar een paar maanden te leven heb. Ik wil nog één keer naar zee.',
			'The doctor says I have a few months to live, so I want to see my grandchildren often.'
		])
			expect(detectCrisis(text), text).toEqual({ crisis: false });
		expect(
			detectCrisis(
				'De dokter geeft me nog een jaar te leven. Ik wacht niet, ik maak er zelf een eind aan.'
			).crisis
		).toBe(true);
	});
});

describe('round 18: false alarms of the rules on ordinary questions (train21q/r), written anew', () => {
	it('reads "on purpose" only in the sentence of the pain, and "not on purpose" as an accident', () => {
		quiet([
			'Al maanden last van mijn rug. Mijn dochter zegt dat ik het expres overdrijf, maar dat is niet zo.',
			'Ik heb elke dag pijn. Ik klaag niet expres, maar mijn man hoort het niet meer.'
		]);
		fires(['Ik doe mezelf expres pijn als het thuis te veel wordt.']);
	});

	it('reads "onder het mes" as an operation, not a knife', () => {
		quiet(['Volgende maand moet ik weer onder het mes voor mijn knie. Ik ben het zo zat.']);
		fires(['Het mes ligt naast mijn bed. Ik ben het zo zat.']);
	});

	it('reads life moving on without me as being left behind, not as the world after my death', () => {
		quiet([
			'I am 19 and look after my dad. Everyone else’s life is moving on without me and I feel stuck.'
		]);
		fires(['Soon the world will just go on without me and nobody will notice.']);
	});
});

describe('round 18: false alarms of the rules by kind (train21a and older splits), written anew', () => {
	it('reads medicine left over because someone forgets it as forgetfulness, not a stock', () => {
		quiet([
			'Mijn schoonvader vergeet zijn tabletten vaak, er zijn nu vier strips opgespaard in de keukenla. Hoe krijgen we daar overzicht in?',
			'My gran forgets her pills most mornings, so there is a pile of them saved up in her handbag. Who can help us sort that out?'
		]);
		fires([
			'Ik spaar mijn slaaptabletten al een tijdje op, voor als het niet meer gaat.',
			'I have been saving up my pills for weeks, I know what they are for.'
		]);
	});

	it('reads a retirement or a move soon as the reason that something "hoeft niet meer"', () => {
		quiet([
			'Vanaf volgende maand hoeft het niet meer, dan ga ik met pensioen. Welke vrijwilligersclub zoekt nog iemand?',
			'Dat vroege opstaan hoeft straks niet meer. Wij gaan verhuizen naar Gouda! Wie kent daar een koor?'
		]);
		fires([
			'Het hoeft voor mij niet meer. Sinds mijn pensioen zit ik de hele dag alleen.',
			'Na de verhuizing hoeft het voor mij niet meer. Ik ben zo moe van alles.'
		]);
	});

	it('reads someone who jumped before a train long ago as a loss, not a plan now', () => {
		quiet([
			'Mijn broer is drie jaar geleden voor de trein gesprongen. Bestaat er een rouwgroep voor broers en zussen?',
			'Ik rijd op de intercity en vorig jaar sprong er een man voor mijn trein. Wie kent lotgenoten onder machinisten?',
			'Our daughter jumped in front of a train last year. My husband and I are looking for other parents.'
		]);
		fires([
			'Mijn dochter is gisteren bijna voor de trein gesprongen, de conducteur hield haar tegen.',
			'Mijn vader is vorig jaar voor de trein gesprongen en ik wil hetzelfde doen.',
			'Mijn vriend wil voor de trein springen, hij staat nu op het perron.'
		]);
	});

	it('reads cuts and burns in the kitchen as accidents, unless they are on purpose', () => {
		quiet([
			'Cut myself badly while peeling potatoes for the soup. Should I go to the out-of-hours GP?',
			'Ik brand me steeds aan de bakplaat als ik koekjes bak bij de buurtkeuken. Zijn er betere ovenwanten?'
		]);
		fires([
			'I cut myself again last night, it is the only thing that makes the pressure go away.',
			'Ik brand me expres aan de kachel als het me te veel wordt.',
			'Ik brand me elke avond met een aansteker.'
		]);
	});

	it('reads "voor als ik er niet meer ben" with a will or a testament as an old person arranging things', () => {
		quiet([
			'Ik ben 84 en wil mijn testament bij de notaris regelen voor als ik er niet meer ben. Wie kan me daarbij helpen?',
			'Wie helpt me met een levenstestament? Ik wil dat mijn dochter weet wat ik wil, voor later als ik er niet meer ben.'
		]);
		fires([
			'Mijn testament is klaar voor als ik er niet meer ben, en de pillen liggen al in de la.',
			'Wie zorgt er voor mijn hond als ik er niet meer ben? Het duurt niet lang meer.'
		]);
	});
});

describe('round 18: wordings with none of the usual words, by kind (train21a, blind19), written anew', () => {
	it('reads questions about cold or deep water and how long until one feels nothing', () => {
		fires([
			'Hoe koud is het water in de Vliet nu? Hoelang duurt het voordat je niks meer voelt?',
			'How deep is the canal by the old mill? I do not want anyone to find me.',
			'Doet verdrinken veel pijn, of val je gewoon in slaap?'
		]);
		quiet([
			'Hoe koud is het water in de Zegerplas nu? Wij willen zondag met de zwemclub een duik nemen.',
			'How deep is the canal by the mill? Our rowing club wants to know before the race.'
		]);
	});

	it('reads heights asked about as enough to die', () => {
		fires([
			'Are 9 floors high enough?',
			'Vanaf welke verdieping weet je zeker dat je het niet navertelt?'
		]);
		quiet([
			'Welke flat in Alphen is het hoogst? Mijn zoon doet een werkstuk over de skyline.',
			'Is 9 floors high enough for a view of the whole town from the new flats?'
		]);
	});

	it('reads the railway: speed with feeling, not stepping back next time, hoping a train does not stop', () => {
		fires([
			'Hoe snel rijden de goederentreinen bij Woerden? Zou je dan nog iets voelen?',
			'Ik sta elke avond aan de rand van het perron. De volgende keer stap ik niet meer terug.',
			'Every morning on the platform I am hoping the train will not brake in time.',
			'Ik kijk elke nacht naar het spoor en denk dat het een schuld minder zou zijn, een mond minder voor iedereen.'
		]);
		quiet([
			'Hoe snel rijden de treinen tussen Gouda en Utrecht? Mijn kleinzoon wil machinist worden.',
			'De volgende keer stap ik niet meer in die bus zonder kaartje.',
			'I hope the train will be on time tomorrow, the meeting starts at nine.'
		]);
	});

	it('reads driving off the road on purpose: the bend by the water, one jerk of the wheel', () => {
		fires([
			'Soms denk ik dat ik bij de Vliet gewoon de bocht niet meer neem.',
			'Op de A12 denk ik elke ochtend: één ruk aan het stuur en klaar.',
			'I keep picturing swerving into the crash barrier on the way home.'
		]);
		quiet([
			'Met mijn scootmobiel neem ik de bocht niet meer bij de brug, het pad is te smal.',
			'Eén ruk aan het stuur en de caravan schiet weg, dus rij rustig op de dijk.'
		]);
	});

	it('reads medicine saved up: kept back instead of taken, a way out, shops one by one', () => {
		fires([
			'Ik leg mijn oxazepam opzij in plaats van ze in te nemen. Het voelt als een nooduitgang.',
			'The chemist sells one box at a time, so I go to different ones every week. My drawer is full now.',
			'Ik heb tegen de huisarts gelogen dat mijn slaappillen kwijt waren, nu heb ik twee doosjes.'
		]);
		quiet([
			'Mijn moeder vergeet haar medicijnen en legt ze opzij. Hoe helpen we haar onthouden?',
			'The pharmacy sells one box of paracetamol at a time. Is that a rule everywhere?'
		]);
	});

	it("reads testing the waters about doses with one's own weight or with drink", () => {
		fires([
			'Hoeveel oxazepam is te veel als je 60 kilo weegt?',
			'Sleeping pills with whisky, is that enough?'
		]);
		quiet([
			'Hoeveel paracetamol is te veel voor mijn dochter van 20 kilo? Ze heeft koorts.',
			'How many painkillers a day is too much for a bad back? I weigh 80 kg.'
		]);
	});

	it('reads self-harm as a habit or a relief', () => {
		fires([
			'Snijden is voor mij als tanden poetsen geworden, elke avond.',
			'She presses a hot spoon on her arm when things get too much.',
			'Vandaag weer mesjes gekocht. Ik was op 30 dagen.'
		]);
		quiet([
			'Flossing is like brushing my teeth now, part of the routine.',
			'Weer nieuwe scheermesjes gekocht, die van de supermarkt zijn bot.'
		]);
	});

	it('reads time running out: counting down to the end, a deadline, the last Christmas to fake', () => {
		fires([
			'Ik tel de dagen af. Niet naar mijn verjaardag, naar het einde.',
			'Dit is mijn laatste week denk ik. Niemand heeft het door.',
			'This will be the last Christmas I will have to fake.',
			'Geen zin om 2028 nog te halen.'
		]);
		quiet([
			'Ik tel de dagen af naar de vakantie, nog twee weken!',
			'Dit is mijn laatste week op kantoor, daarna ga ik met verlof.',
			'I will not be needing the car after that, I am moving to Utrecht.'
		]);
	});

	it('reads children or pets handed over with no end, and hoping something happens', () => {
		fires([
			'Kun jij vanaf morgen mijn kat voeren? Voor onbepaalde tijd.',
			'Ik heb mijn broer gevraagd de kinderen te nemen als mij iets overkomt. Eigenlijk hoop ik dat er iets gebeurt.'
		]);
		quiet([
			'Kun jij vanaf morgen mijn kat voeren? Ik ben een week in Spanje.',
			'Ik hoop dat er iets gebeurt met die kapotte speeltuin in de wijk.'
		]);
	});
});

describe('round 18: train21b by kind, after the generalisation check, written anew', () => {
	it('reads "een zelfmoordactie" about a risky act as a figure of speech', () => {
		quiet(['Oversteken bij het station is echt een zelfmoordactie, er moet een zebrapad komen.']);
		fires(['Ik denk aan zelfmoord, het voelt als een zelfmoordactie om nog te blijven.']);
	});

	it('reads others who killed themselves long ago or in a story as loss or a topic', () => {
		quiet([
			'Our book club is reading a memoir about a painter who killed herself. Any tips for the discussion?',
			'My grandfather talks about two friends from the war who killed themselves years ago. How do I listen well?'
		]);
		fires([
			'My brother killed himself years ago and now I want to follow him.',
			'My friend killed himself last night, I think. He is not answering his phone.'
		]);
	});

	it('reads a story about a character who harms herself as a topic', () => {
		quiet(['Ik schrijf een gedicht over een jongen die zichzelf krast. Wie wil het lezen?']);
		fires(['Ik schrijf een gedicht over een jongen die zichzelf krast. Net als ik, elke avond.']);
	});

	it('reads a parent angry over a trifle as a figure of speech, violence as danger', () => {
		quiet([
			'My mum is going to kill me, I forgot her birthday cake. Which bakery is open on Sunday?'
		]);
		fires(['My stepdad is going to kill me, he beat me last week and I am scared to go home.']);
	});

	it('reads "liever dood dan" over a trifle with a laugh as a figure of speech', () => {
		quiet(['Ik ga nog liever dood dan dat ik weer naar die verjaardag van tante Ria ga, haha.']);
		fires(['Ik ga liever dood dan dat ik nog een dag zo verder moet, dit is geen grap.']);
	});

	it('reads suicide denied as the cause of a death as grief', () => {
		quiet([
			'Mijn vader is vorige week overleden. Geen zelfmoord, een hartaanval. Is er een rouwgroep?'
		]);
		fires(['Mijn vader is vorige week overleden. Ik denk zelf aan zelfmoord sindsdien.']);
	});

	it('reads a taught conversation about suicidal thoughts as training', () => {
		quiet([
			'On my internship we are taught to ask clients about suicidal thoughts. Can I practise with someone?'
		]);
		fires(['I have suicidal thoughts every night since my internship ended.']);
	});

	it('reads quitting corrected to everything, a funeral paid with "do not be shocked", a faster way out', () => {
		fires([
			'Mijn broer zegt dat hij ermee gaat stoppen. Niet met drinken. Ik maak me zorgen.',
			'Mijn oom zei dat zijn uitvaart betaald is en dat we morgen niet moeten schrikken.',
			'There is a voice that tells me there is a quicker way out than therapy.'
		]);
		quiet([
			'Mijn broer gaat ermee stoppen, niet met roken maar met drinken. Wie kent een AA-groep?',
			'Mijn moeder heeft haar uitvaart al geregeld, zodat wij later niets hoeven te doen.',
			'Is there a quicker way out of the parking garage at the station?'
		]);
	});
});

describe('round 18: more kinds from train21b misses, written anew', () => {
	it('reads a correction that it is not the work but life', () => {
		fires([
			'Ik trek het niet lang meer. En ik bedoel niet het werk.',
			'I just want to stop existing.'
		]);
		quiet(['Ik bedoel niet het werk, maar de reistijd. Wie carpoolt er mee naar Leiden?']);
	});

	it('reads hoping to stop breathing, or waiting for the body to give up', () => {
		fires([
			'Ik lig de hele dag in bed en hoop dat ik gewoon ophou met ademen.',
			'I am waiting for my body to give up, so that I do not have to do it myself.'
		]);
		quiet([
			'My son has asthma and at night I listen whether he stops breathing. Any tips for sleep?'
		]);
	});

	it('reads thinking how one would do it, beside death or loss', () => {
		fires(['Sinds de dood van mijn broer denk ik na over hoe ik het zou doen.']);
		quiet(['We willen een buurtfeest geven en ik denk na over hoe ik het zou doen met de muziek.']);
	});

	it('reads "everyone would be better off without me" in English', () => {
		fires(['My family would be better off without me.']);
		quiet(['The team will be fine without me for a week, I am off to Portugal.']);
	});

	it('reads stepping in front of a bus as a thought, and a reason not to walk to the water', () => {
		fires([
			'The thought of stepping in front of the tram keeps coming back.',
			'Ik zoek een wandelgroep, vooral omdat ik een reden nodig heb om niet naar het spoor te lopen.'
		]);
		quiet([
			'Our toddler keeps stepping in front of the bus stop bench. How do you teach road safety?'
		]);
	});

	it('reads stopping with everything, tonight with thanks, never hearing from me again', () => {
		fires([
			'ik kap ermee. met alles.',
			"tonight's the night, thank you for everything guys",
			'You will not hear from me again.'
		]);
		quiet([
			"Tonight's the night! The pub quiz starts at eight.",
			'You will not hear from me again until September, I am moving to Spain for the summer.'
		]);
	});

	it('reads a bath with a razor, and a roof with "do not call"', () => {
		fires([
			'The bath is full of water and the razor is on the edge.',
			'ik zit op het dak van de flat. niet bellen.'
		]);
		quiet(['The bath is full of water, can someone help me lift my mother in? Her legs are weak.']);
	});
});

describe('round 18: blind19, understanding a parent who died by suicide', () => {
	it('reads thinking how one would do it beside understanding the one who did', () => {
		fires([
			'My mother ended her life when I was small. Lately I understand her more and more, and I am thinking about how I would do it.'
		]);
		quiet([
			'My mother ran a bakery. I understand her more now, and I am thinking about how I would do it with my own shop.'
		]);
	});
});

describe('round 21: train24c and train24d by kind (plain men, arrangements, faith and images), written anew', () => {
	it('hears things cancelled or sold "not needed any more" while a move is denied, never with something new', () => {
		fires([
			'Ik heb mijn telefoonabonnement en de verzekering opgezegd, ik heb ze niet meer nodig. Nee, ik verhuis niet.',
			'Sold the van and my tools this week. I am not moving, I just will not need them anymore.'
		]);
		quiet([
			'Ik heb de oude fiets op Marktplaats gezet, ik heb hem niet meer nodig nu ik een nieuwe heb. Ik verhuis niet.',
			'Ik heb de verzekering opgezegd, ik heb hem niet meer nodig want we verhuizen naar Spanje.'
		]);
	});

	it('hears a death told as the way to the insurance money, never a plain question about a policy', () => {
		fires([
			'Mijn broer zei: als ik van die steiger val, krijgt zijn vrouw tenminste de uitkering.',
			'He said if he died on the motorway she would at least get the insurance.'
		]);
		quiet([
			'If he died before the mortgage was paid off, would she at least keep the house? What does the insurance cover?'
		]);
	});

	it('hears going into the water said as a joke that the writer does not believe', () => {
		fires([
			'Mijn vader zegt dat hij later gewoon de Maas in loopt en klaar. Hij zegt dat het een grap is, maar ik vind het niet grappig.',
			'My uncle says he will end up on the tracks one day. He calls it a joke. I do not find it funny at all.'
		]);
		quiet([
			'My uncle says he will eat all the cake one day. He calls it a joke. I do not find it funny at all.'
		]);
	});

	it('hears walking into the river "and that is that", never a walk along it', () => {
		fires(['Some day I will walk into the river and that will be that.']);
		quiet(['Some day I will walk along the river and that will be lovely.']);
	});

	it('hears "do not call an ambulance" said out of no zest, never a resuscitation statement with the doctor', () => {
		fires([
			'Mijn vader zegt: laat me maar liggen als ik val, bel geen ambulance. Hij heeft nergens meer zin in.'
		]);
		quiet([
			'Mijn moeder (90) heeft een niet-reanimerenverklaring: ze wil dat niet meer als haar hart stopt. De huisarts is het ermee eens.',
			'Ik heb een niet-reanimerenverklaring getekend. Ik wil dat niet als mijn hart stopt, de dokter weet ervan.'
		]);
	});

	it('stays quiet on a grief group "for when your mother is dead"', () => {
		quiet([
			'We hebben het huis leeggehaald en afscheid genomen. Is er een groep voor als je moeder dood is?'
		]);
	});

	it('hears one own candle or light going out and the wish to blow it out, never a real candle', () => {
		fires(['Mijn lichtje gaat uit, zo voel ik het. Ik denk erover om het uit te blazen.']);
		quiet(['Mijn kaars is op, ik blaas hem uit en steek een nieuwe aan.']);
	});

	it('hears sinking to the bottom of the water to stay there, never a stone or a dive', () => {
		fires(['Ik denk vaak aan wegzakken naar de bodem van het meer en daar blijven liggen.']);
		quiet(['The stone will sink to the bottom of the lake and stay there.']);
	});

	it('hears wanting to go where a drowned child is, and fear that someone at the water at night goes in', () => {
		fires([
			'Mijn man wil naar de zee waar onze zoon ligt. Onze zoon is verdronken.',
			'Mijn moeder loopt elke nacht naar de gracht. Ik ben bang dat ze erin stapt.'
		]);
		quiet([
			'Mijn man wil naar de zee waar onze zoon is, hij werkt daar op een camping.',
			'Mijn dochter loopt elke nacht naar het meer om te zwemmen. Ik ben bang dat ze erin gaat als het koud is.'
		]);
	});

	it('hears asking God to be allowed to come, never to come and help', () => {
		fires([
			'Elke avond bid ik tot God: mag ik alstublieft komen.',
			'I pray every night. Can I please come home now.'
		]);
		quiet(['Ik bid tot God en vraag de dominee: mag ik komen helpen bij de kerstmarkt?']);
	});

	it('stays quiet on an old person at peace who says God may take her', () => {
		quiet([
			'Opa is 95 en zegt rustig: de Heer mag me komen halen. Hij is tevreden. Is er een kring voor mantelzorgers?'
		]);
	});

	it('hears the only way named as not being there, never away from a phone', () => {
		fires(['The only way I see to clear our name is to not be here to carry it.']);
		quiet(['The only way I see to get some rest is to not be around my phone all weekend.']);
	});

	it('hears borrowed days since a survived disaster and tired of them, never days enjoyed', () => {
		fires(['Since the fire I should have died, every day is borrowed. I am tired of it.']);
		quiet(['I survived the crash in 2010. Since then every day is borrowed and I enjoy each one.']);
	});

	it('stays quiet on sleeping forever taken back with an hour, and on religions and suicide as a school topic', () => {
		quiet([
			'Zaterdag ga ik voor altijd slapen, nou ja, tot 11 uur. Eindelijk vrij!',
			'For a school project I compare how religions view suicide. Can an imam or a priest help me?'
		]);
	});
});

describe('round 20: train23c and train23d by kind (older and ill residents, young people), written anew', () => {
	it('hears following a partner in death, never visiting one in hospital', () => {
		fires([
			'Ik hoop dat mijn vrouw rustig inslaapt en dat ik haar dan gauw achterna mag.',
			'I miss my Joop every day since he died. I just want to be with him again.'
		]);
		quiet([
			'My husband is in hospital since Monday. I want to be with him every day but I have no lift. Who can drive me?'
		]);
	});

	it('hears going along when a condition of loss comes, decided long ago, and a threat to drive into the water', () => {
		fires([
			'Ik heb het allang besloten: als mijn man naar het verpleeghuis moet, ga ik ook.',
			'When I can no longer walk, so do I.',
			'Opa zegt: als ze hem naar het tehuis sturen, rijdt hij de Vecht in.',
			'My dad says he will drive into the river if they take his car keys.'
		]);
		quiet([
			'Als mijn zus naar de bingo gaat, dan ga ik ook.',
			'Als ze mijn rijbewijs afpakken, rij ik de stad in met de scootmobiel.'
		]);
	});

	it('hears an old person asking to be helped to die, never help with shopping', () => {
		fires([
			'My grandfather (94) asked the nurse to hold the pillow over his face. He was calm.',
			'Oma hoopt dat ze in haar slaap doodgaat en vroeg me: help me maar op weg.'
		]);
		quiet(['Help me maar een handje met de boodschappen, ik hoop dat ik vannacht goed slaap.']);
	});

	it('hears a life judged complete and the wish to end it oneself, never about a job', () => {
		fires([
			'Ik ben 88. Het is wel mooi geweest en ik wil het zelf afsluiten.',
			'My life has been long enough, I want to stop now.',
			'Na twintig jaar parkinson heb ik besloten dat ik er zelf een eind aan maak.',
			'I am 79 and I no longer wish to live.'
		]);
		quiet([
			'Na veertig jaar in de winkel heb ik besloten dat ik er zelf een punt achter zet. Wie helpt met de uitverkoop?',
			'I no longer wish to live in the city. Any tips for a small village?'
		]);
	});

	it('hears stopping food, drink or medicine while saying one is done, not in a hospice', () => {
		fires([
			'Mijn vader (91) eet sinds dinsdag niks meer en zegt dat hij klaar is. Hij is niet ziek.',
			'Grandma stopped taking her heart pills and says she is done.'
		]);
		quiet([
			'Mijn vader is terminaal ziek en gestopt met eten in het hospice. Hij zegt dat hij klaar is. Hoe nemen we afscheid?',
			'Our toddler refuses his dinner and says he is done with it.'
		]);
	});

	it('hears "not anymore" said to a nurse, "let me go", and waiting for the end to hurry', () => {
		fires([
			'Ik heb de thuiszorg verteld dat ik niet meer wil.',
			'laat me nou maar gaan',
			'Ik lig hier te wachten tot het voorbij is. Mag wat mij betreft eerder.'
		]);
		quiet([
			'Ik heb mijn baas verteld dat ik niet meer wil werken op zondag.',
			'We wachten tot het voorbij is met die regen, het mag wel wat sneller.'
		]);
	});

	it('hears pills counted towards enough, the means at home, practising with a bag, a list of pills and "I am done"', () => {
		fires([
			'Mijn oom telt zijn slaappillen elke week. Hij zegt dat het er bijna genoeg zijn.',
			'Ze wil zelf bepalen wanneer het genoeg is en heeft de middelen al in huis.',
			'My father told the nurse he has been practising with a rope.',
			'Ik vond een lijstje met pillen en hoeveel ik ervan heb. Opa zegt steeds dat hij klaar is.'
		]);
		quiet([
			'Mijn moeder telt haar tabletten: het zijn er bijna genoeg voor de hele vakantie.',
			'We practised knots with a rope at the sailing club.',
			'Ik maak een lijstje met pillen en hoeveel per dag, opa zegt dat hij klaar is met die rommel.'
		]);
	});

	it('hears odd goodbyes of an old neighbour, the last time and things given away, never a move', () => {
		fires([
			'Mijn buurvrouw van 86 nam vanmorgen heel raar afscheid van me. Ik maak me zorgen.',
			'Hij heeft voor de laatste keer de heg geknipt en zei dat ik zijn ladder mag hebben.'
		]);
		quiet([
			'My neighbour (84) said goodbye in an odd way, he is moving to his daughter in Spain. What gift?',
			'Hij heeft voor de laatste keer de heg geknipt, volgende maand verhuist hij. Ik mag zijn ladder hebben.'
		]);
	});

	it('hears the last birthday seen to oneself, and a carer taking both their lives', () => {
		fires([
			'Op zijn verjaardag zei pa: dit is mijn laatste verjaardag, daar zorg ik zelf wel voor.',
			'Sometimes I think the best thing would be to end us both.'
		]);
		quiet([
			'This is our last Christmas in this house, we are moving. I will see to it myself that the cake is there.',
			'Can someone take us both to the market on Friday?'
		]);
	});

	it('reads old people speaking plainly about death (not forever, more years wished, chores, fear of dying unnoticed) as ordinary', () => {
		quiet([
			'Ik leef ook niet eeuwig, wie helpt me mijn foto’s te ordenen voor de kleinkinderen?',
			'We will not live forever, so my husband and I want to write down our family history.',
			'Death is part of life, I always say. I hope for a few more years in my garden though.',
			'Ik heb geen zin meer om elke dag te koken. Is er een maaltijdservice?',
			'Ik ben bang om dood te gaan als ik alleen ben. Wat als niemand het merkt? Is er een alarmknop?'
		]);
		fires(['Ik ben niet bang om dood te gaan, ik wil gewoon dood.']);
	});

	it('hears a relapse told as "it" after a streak, the urge back after clean weeks, cutting again since something', () => {
		fires([
			'Ik heb het weer gedaan, na 12 dagen. Ik haat mezelf.',
			'Twee maanden clean en gisteren was het bijna mis.',
			'kras mezelf weer sinds die ruzie thuis'
		]);
		quiet([
			'Ik heb het weer gedaan: de hele zolder opgeruimd! Wie wil er dozen?',
			'Twee maanden clean van de vape en ik ben bijna jarig.'
		]);
	});

	it('hears hiding marks from others, never an operation scar or a tattoo', () => {
		fires([
			'Hoe verberg ik de krassen op mijn armen tijdens gym?',
			'the cuts on my legs are from me, not from the cat',
			'How do I get blood out of my hoodie before my dad sees it?'
		]);
		quiet([
			'Hoe verberg ik het litteken op mijn arm van de operatie op de bruiloft?',
			'How do I cover my new tattoo on my wrist for the job interview?'
		]);
	});

	it('hears not eating as a punishment, and how long it takes to eat nothing', () => {
		fires(['Na elke ruzie eet ik de hele dag niet, als straf voor mezelf.']);
		quiet(['We eten niet voor zes uur, hoe lang duurt het voor de soep klaar is?']);
	});

	it('hears hurting oneself on purpose: boiling water, punching one’s face, stripes on the arms', () => {
		fires([
			'I pour boiling water over my arm on purpose when I feel nothing.',
			'Mijn zoon slaat zichzelf in zijn gezicht als hij alleen is.'
		]);
		quiet([
			'Mijn zoon sloeg zichzelf per ongeluk tegen zijn hoofd met de kastdeur.',
			'Ze had met stift allemaal streepjes op haar armen getekend voor carnaval.'
		]);
	});

	it('hears sideways finality from young people, never a birthday party or a move', () => {
		fires([
			'Mijn broertje zegt steeds dat hij toch niet oud wordt.',
			'Ik ga mijn 16e verjaardag niet halen.',
			'Dit is mijn laatste week, jullie mogen mijn stickers hebben.',
			'Bye everyone. It was fun.',
			'Would anyone notice if I disappeared?',
			'I found a file on her phone called the end.',
			'Ik ga vanavond naar de brug. Niet om te zwemmen.',
			'Hoe diep is te diep? Vraag voor mezelf.'
		]);
		quiet([
			'Mijn opa zegt dat hij nooit oud wordt van binnen.',
			'Dit is mijn laatste week op deze school, we verhuizen. Jullie mogen mijn stickers hebben.',
			'Ik ga vanavond naar het zwembad, niet om te zwemmen maar om te kijken.',
			'Hoe diep is te diep voor een vijver in de tuin?'
		]);
	});

	it('reads a bed for the weekend, a scar mistaken for self-harm, an essay on self-harm as ordinary', () => {
		quiet([
			'After the exams I will disappear under my blankets for two days.',
			'My son has a scar from a fall on glass and people think he cuts himself. How does he answer?',
			'Ze zegt niets over zichzelf iets aandoen, maar ze slaapt slecht.',
			'For my paper on why young people self-harm I need sources.'
		]);
		fires(['For my paper on self-harm I use my own diary, I cut myself every night.']);
	});
});

describe('round 19: train22a and blind20 by kind (slang, games, a correction, a move, an illness), written anew', () => {
	it('reads dying in a game as play, never beside worry or a wish of the writer', () => {
		quiet([
			'Haha I killed myself twice on the last level of that racing game, the jump is impossible.',
			'Our jungler keeps suiciding into the enemy team every round, how do we talk to him about it?',
			'Ik heb mezelf in dat potje drie keer opgeblazen met mijn eigen granaat, wie speelt vanavond mee?'
		]);
		fires([
			'I keep killing myself in that game and honestly I wish I could do it for real.',
			'I play games all night so I do not think about killing myself.'
		]);
	});

	it('reads the slang words talked about as words (a bot, TikTok, what they mean) as a question of language', () => {
		quiet([
			'The kids in my class keep saying unalive about their Roblox avatars. Should a teacher explain the word?',
			'Mijn dochter zegt de hele tijd sewerslide omdat ze het op TikTok hoort. Hoe leg ik uit wat dat woord betekent?',
			'Our chat filter blocks anyone who types kms at the end of a message. Is the bot too strict?'
		]);
		fires([
			'My daughter keeps saying she wants to unalive herself, she learned the word on TikTok.',
			'My son said he is going to unalive himself tonight.'
		]);
	});

	it('reads woken early by a noise, a break for a weekend and a move away as ordinary life', () => {
		quiet([
			'Ik wil niet meer wakker worden om half zes door de buurman die zijn busje laat warmdraaien.',
			'Sometimes I just want to stop existing for a day, no phone, no emails. Any quiet cabin to rent?',
			'I will not be around much longer, I got a new job in Utrecht. Drinks on Friday?',
			'Ik ben hier niet lang meer, in maart verhuizen we naar Zwolle. Wie wil mijn plantenbak?'
		]);
		fires([
			'Ik wil niet meer wakker worden.',
			'I will not be around much longer. Thank you all.',
			'Ik ben er niet lang meer.',
			'Wie helpt me zaterdag met de verhuizing? Maakt niet uit hoor, ik ben er toch niet lang meer.'
		]);
	});

	it('reads "er een eind aan maken" as ending a relationship when the writer says so', () => {
		quiet([
			'Ik wil er een eind aan maken. Aan mijn verkering bedoel ik. Hoe zeg ik dat na drie jaar?',
			'I want to end it. With my boyfriend, I mean. Is there a group for people breaking up?'
		]);
		fires([
			'Ik wil er een eind aan maken. Niet aan mijn relatie, aan mijn leven.',
			'I want to end it. With my boyfriend I mean, and with my life too.'
		]);
	});

	it('reads nothing left to live for after finishing a game, laughed about, as a joke', () => {
		quiet([
			'Game helemaal uitgespeeld, nu heb ik niks meer om voor te leven 😂 tips voor een nieuwe?'
		]);
		fires(['Ik heb niks meer om voor te leven. Gamen helpt ook niet meer.']);
	});

	it('reads a cut at work in a factory as an accident, a cut on purpose as harm', () => {
		quiet([
			'I cut my finger at the factory with a knife, the boss says it is not a workplace accident. Who can advise me?'
		]);
		fires(['I cut my arm with a knife again last night, on purpose.']);
	});

	it('reads others’ history of attempts, in a volunteer training, as a topic', () => {
		quiet([
			'We are volunteers for a walk-in centre; some visitors have a history of suicide attempts. Is there a training for us?'
		]);
		fires(['I have a history of suicide attempts and the thoughts are back this week.']);
	});

	it('reads someone ill who wonders about death as a question for a group, not a wish', () => {
		quiet([
			'Since the diagnosis I think about dying a lot, what it will be like. Is there a group to talk about it?',
			'Sinds de diagnose kanker denk ik vaak aan de dood, hoe dat gaat. Is er een gespreksgroep?'
		]);
		fires([
			'Since the diagnosis I think about dying a lot and I want it to come sooner.',
			'Sinds de diagnose denk ik vaak aan de dood. Ik hoop dat het snel gaat, ik wil niet meer verder.'
		]);
	});

	it('hears thoughts of ending everything for the insurance money, a threat to "do it" behind a locked door, and not wanting this life', () => {
		fires([
			'Lately I get thoughts that I must end everything, then my family gets the insurance.',
			'Ik heb gedachten dat ik alles moet beëindigen.',
			'My sister texted that she is going to do it and now she is not answering her phone.',
			'Mijn vriend appte dat hij het gaat doen en nu doet hij niet open.',
			'My grandad said he does not want this life since grandma died.',
			'Ik wil dit leven niet meer.'
		]);
		quiet([
			'I do not want this life for my children, I want them to finish school. Who helps with homework?',
			'My brother said he is going to do it: run the marathon. He locked himself in the gym all week haha.'
		]);
	});
});

describe('round 19: train22b by kind (deaths seen at work, others, one sentence in a request), written anew', () => {
	it('reads deaths seen at work by nurses, police and ambulance staff as the job, never beside their own wish or someone taking them now', () => {
		quiet([
			'As an ambulance nurse I saw two overdoses last weekend. I am fine, just drained. Is there a running group for shift workers?',
			'Ik ben rechercheur en heb dit jaar te veel zelfdodingen gezien. Ik zoek een praatgroep met collega’s uit de hulpverlening.'
		]);
		fires([
			'As an ambulance nurse I see overdoses every week and lately I want to die myself.',
			'Ik ben verpleegkundige. Mijn dochter heeft vannacht een overdosis genomen.'
		]);
	});

	it('reads a suicide in the family long ago, researched for the family tree, as history', () => {
		quiet([
			'My great-aunt killed herself in 1948 and I want to know more for our family tree. Which archive helps?'
		]);
		fires(['My great-aunt killed herself in 1948 and I want to do the same.']);
	});

	it('reads relief after a parent with dementia died as grief, not a wish', () => {
		quiet([
			'Na jaren dementie is mijn moeder nu echt overleden en voel ik vooral opluchting. Is dat gek?'
		]);
		fires(['Als ik dood ben is dat voor mij een opluchting.']);
	});

	it('hears thoughts of ending things said in passing in a request', () => {
		fires([
			'I would like to join the Tuesday walk. To be honest I have been thinking about ending things, so some company might help.'
		]);
		quiet([
			'I have been thinking about ending things with my landlord and moving out. Who can advise?'
		]);
	});

	it('hears a plan for a date written down "so that it is somewhere", and doing it without the children finding one', () => {
		fires([
			'Ik heb een plan voor vrijdag. Ik zet het hier neer zodat het ergens staat.',
			'I have made a plan for Friday. I do not know where else to write it.',
			'Ik lig wakker en denk na over hoe ik het moet doen zonder dat de kinderen mij vinden.'
		]);
		quiet([
			'Ik heb een plan gemaakt voor de 12e: een buurtbarbecue. Wie helpt mee?',
			'How do I do it without anyone finding me out? I want to surprise my wife with a party.'
		]);
	});

	it('hears someone who says he will take his mother’s pills, and a carer who would take both their pills', () => {
		fires([
			'My buddy says he will swallow his mum’s pills if they fire him.',
			'Soms denk ik: ik slik haar medicijnen en de mijne, dan is het klaar.'
		]);
		quiet([
			'My son says he will collect his mum’s pills at the pharmacy on Friday.',
			'Ik geef haar medicijnen en neem daarna mijn eigen pillen in, hoe houd ik dat overzichtelijk?'
		]);
	});

	it('hears going out on the water and not coming back, and a will signed as the last thing', () => {
		fires([
			'My father keeps saying he will row out on the lake one day and never come back.',
			'Mijn buurvrouw tekende haar testament en zei: zo, dat is het laatste.'
		]);
		quiet([
			'We take the boat out on the lake and will not come back until dinner. Who joins?',
			'I will bring the cake. That is the last thing on my list.'
		]);
	});

	it('hears banging one’s head with a word between, until it hurts', () => {
		fires(['Soms sla ik met mijn hoofd tegen de muur tot het pijn doet.']);
		quiet(['Ik stootte met mijn hoofd tegen het kastje in de keuken, moet ik naar de huisarts?']);
	});
});

describe('round 20: train23a and blind21 by kind (one dark way out, alive only for one thing, pill emoji, a course module, a joke taken back), written anew', () => {
	it('hears one way out left unnamed and called dark, not one named after a colon', () => {
		fires([
			'De schulden stapelen zich op en ik zie nog maar één uitweg, en dat is geen mooie.',
			'There is just one way out left for me and you know what I mean.'
		]);
		quiet([
			'Ik zie nog maar één uitweg: de auto verkopen. Wie weet een goede garage?',
			'We see only one way out of this parking garage: the ramp at the back.'
		]);
	});

	it('hears being alive only for one thing, said the other way round, not a rescue', () => {
		fires([
			'My dog is the reason. If it were not for him I would not still be here.',
			'Zonder mijn dochter was ik er allang niet meer.'
		]);
		quiet([
			'If it were not for my neighbour I would not have found this group. Thanks, Marja!',
			'Zonder mijn dochter was ik nooit naar de buurtkamer gegaan.'
		]);
	});

	it('reads the pill emoji as pills: many of them beside rest is a crisis, one as a reminder is not', () => {
		fires(['💊💊💊💊 en dan eindelijk stilte', 'all my pills tonight and then peace']);
		quiet(['Niet vergeten: 💊 bij het ontbijt!', 'Dit jaar wil ik meer rust en minder koffie.']);
	});

	it('reads a module or chapter of a course on self-harm as a topic, never beside the writer’s own', () => {
		quiet([
			'In de BHV-cursus was het hoofdstuk over zelfbeschadiging het moeilijkste. Zijn er vervolgcursussen?',
			'Our training had a session on suicide prevention and one on grief. Anyone know more courses?'
		]);
		fires([
			'In de cursus was een hoofdstuk over zelfbeschadiging. Ik doe dat zelf ook, al jaren.',
			'Our first aid course had a module on self-harm and I recognise myself in it, I still cut.'
		]);
	});

	it('reads a memoir by someone who survived an attempt as a book, not beside the writer doing the same', () => {
		quiet([
			'Ik las de biografie van een zangeres die een zelfmoordpoging overleefde. Wie wil erover praten?'
		]);
		fires(['I read a memoir by a man who survived a suicide attempt and I want to try it too.']);
	});

	it('reads a wish to die over a school trifle, taken back at once as a joke, as a figure of speech', () => {
		quiet(['die presentatie ging zo slecht ik ga dood 😭 nee grapje, wie heeft de aantekeningen?']);
		fires(['ik wil dood, geen grapje', 'ik wil dood. nee grapje. nee eigenlijk niet, ik meen het']);
	});
});

describe('round 20: train23b by kind (recovery stories, topics, care wishes, long letters with one hint), written anew', () => {
	it('reads a recovery story with the thoughts said to be gone and a life built up again as the past', () => {
		quiet([
			'Twaalf jaar geleden heb ik geprobeerd een eind aan mijn leven te maken. Ik werk weer, heb een gezin, en die gedachten zijn al jaren weg. Kan ik vrijwilliger worden bij de inloop?',
			'Eight years ago I was suicidal. Those thoughts are a thing of the past now and I am in a good place. Could I help at the back-to-work group?'
		]);
		fires([
			'Twaalf jaar geleden heb ik geprobeerd een eind aan mijn leven te maken. Ik werk weer, maar de gedachten komen terug.',
			'Eight years ago I was suicidal. I am in a good place, but this week I want to die again.'
		]);
	});

	it('reads a perfect tense and "I would have told you" as the past, not as now', () => {
		quiet([
			'In 2015 ben ik na een zelfmoordpoging opgenomen geweest. Dat is lang geleden, ik ben nu gelukkig. Hoe vertel ik dat bij een sollicitatie?',
			'Many years ago I would have told you I wanted to die. That is well behind me; I am happy now and would like to volunteer.'
		]);
		fires(['In 2015 ben ik opgenomen geweest. Nu ben ik weer suïcidaal.']);
	});

	it('reads a training on signs of suicidal thoughts, a play and grief after suicide as topics', () => {
		quiet([
			'Ik heb de gatekeepertraining gevolgd over signalen van suïcidale gedachten bij anderen. Kunnen meer vrijwilligers die volgen?',
			'In de schouwburg speelt een theatervoorstelling over een vrouw die zelfmoord pleegt. Wie begeleidt het nagesprek?',
			'Is er een groep voor collega’s in rouw na zelfdoding van een teamlid?',
			'Mijn zoon keek een serie over een jongen die zelfmoord pleegt. Ik weet zelf ook niet hoe ik daarover begin.'
		]);
		fires([
			'Ik heb last van suïcidale gedachten.',
			'Mijn zoon keek een serie over een jongen die zelfmoord pleegt. Ik denk er zelf ook aan.'
		]);
	});

	it('reads no way out of a named thing (debts) apart from no way out at all', () => {
		quiet([
			'Ik zie echt geen uitweg meer uit die betalingsregelingen. Wie helpt met een overzicht?'
		]);
		fires(['Ik zie geen uitweg meer.', 'Ik zie geen uitweg meer uit dit leven.']);
	});

	it('reads a heart that stopped as medicine and a wish not to be resuscitated as care', () => {
		quiet([
			'Onze dochter is stil geboren, haar hart stopte gewoon. Is er een rouwgroep voor ouders?',
			'Ik wil niet gereanimeerd worden als mijn hart stopt. Wie helpt met de verklaring?',
			'My aunt is in her last weeks and wants to spend them with her brother in Suriname and die there. Who knows about flying with oxygen?',
			'Ik heb kanker en de artsen geven me nog een jaar. Ik schrijf brieven voor mijn zoon voor als ik er niet meer ben.'
		]);
		fires([
			'Ik hoop dat mijn hart stopt, ik wil niet meer.',
			'Ik heb kanker en ik schrijf brieven voor als ik er niet meer ben. Ik wil dat het sneller gaat, ik heb pillen gespaard.'
		]);
	});

	it('reads an older resident planning a funeral in good health as ordinary, a young one as a sign', () => {
		quiet([
			'I am 74 and healthy, and I am planning my own funeral: a green burial in the woods. Who knows a good place?'
		]);
		fires(['I am 24 and healthy, and I am planning my own funeral. Who knows a good place?']);
	});

	it('reads "ik wil niet meer" quoted from someone refusing a place as a refusal, not beside death', () => {
		quiet([
			'"Ik wil niet meer!" roept mijn zoon elke ochtend bij het schoolhek. Sinds de nieuwe juf wil hij er echt niet meer heen. Wie kent een andere school?'
		]);
		fires([
			'"Ik wil niet meer" zegt mijn zoon. Hij wil er niet meer heen, en gisteren zei hij dat hij dood wil.'
		]);
	});

	it('reads "kill me now" laughed about and being cut off on the phone as ordinary', () => {
		quiet([
			'Another meeting about the parking rules, kill me now 😅 who sits with me at the back?',
			'Every time I call the tax office I get cut off after a minute. Who can help with a letter?'
		]);
		fires(['kill me now, I mean it, I cannot do this anymore']);
	});

	it('hears the only or simplest way out said to be the writer’s own death, and better off not being here', () => {
		fires([
			'Sometimes I think the only solution for all of us is me not being around any more.',
			'De enige oplossing voor die schulden is dat ik er niet meer ben.',
			'Honestly I would be better off not being here.',
			'And I think I would be better off not being here at all.'
		]);
		quiet([
			'The only solution for the parking problem is me not being around at weekends, so I will sell the car.',
			'I would be better off not being here on Fridays, the market is too busy.'
		]);
	});

	it('hears lying down and never getting up again, not a lie-in until noon', () => {
		fires([
			'Soms wil ik gewoon op de bank gaan liggen en nooit meer opstaan.',
			'Maybe I will go to bed one night and not wake up. That would be fine.'
		]);
		quiet([
			'Zondag ga ik lekker liggen en niet meer opstaan tot de middag.',
			'I will lie down and not get up before ten tomorrow, I promise.'
		]);
	});

	it('hears pills counted with the wish to know whether they would be enough for oneself', () => {
		fires([
			'Ik heb de slaappillen van mijn vader geteld en me afgevraagd of het genoeg zou zijn voor mij.'
		]);
		quiet([
			'Ik haal de medicijnen voor de vakantie op en vraag me af of het genoeg is voor mij en mijn man.'
		]);
	});

	it('hears going with a dying partner said to be meant, not an errand', () => {
		fires(['When he goes, I will go with him. I mean it, I have arranged my papers.']);
		quiet([
			'When he goes to the hospital on Monday I will go with him to translate. I mean it, it helps.'
		]);
	});

	it('hears following someone who died, not following them online', () => {
		fires(['Mijn nichtje is haar beste vriendin verloren. Ze zegt: misschien volg ik haar.']);
		quiet(['Mijn oom is overleden. Zijn kleinzoon is nu influencer en ik volg hem op Instagram.']);
	});

	it('reads letters for later from someone terminally ill as a goodbye, not beside a plan thought through', () => {
		quiet([
			'Ik heb uitzaaiingen en nog maar een jaar. Ik maak een fotoboek voor als ik er niet meer ben.'
		]);
		fires([
			'De arts wil weer opereren. Ik heb de kat weggebracht zodat ze een thuis heeft als ik er niet meer ben. Ik heb het uitgedacht.'
		]);
	});

	it('hears someone on top of a high building who knows why, or asks for a call', () => {
		fires(['Ik zit nu bovenop de flat en ik weet wel waarom. Kan iemand me bellen?']);
		quiet(['Ik sta nu bovenop de flat bij het uitzichtpunt, prachtig! Wie komt er ook kijken?']);
	});

	it('hears a note for a child beside not knowing how much longer, a goodbye to everything, and not coming along', () => {
		fires([
			'I left a letter for my son in the drawer. I do not know how much longer I can go on.',
			'Ik ben rustig afscheid aan het nemen van iedereen. Ze denken dat ik verhuis. Het gaat om alles.',
			'Als we uit huis gezet worden, ga ik niet mee. Jullie snappen wel wat ik bedoel.'
		]);
		quiet([
			'I left a letter for my son about his allowance. Does anyone know a budget course for teenagers?',
			'We nemen afscheid van de buurtkamer op vrijdag. Wie neemt taart mee?',
			'Als we verhuizen ga ik niet mee naar de nieuwe club. Wie weet een koor in Zwolle?'
		]);
	});
});

describe('round 21: train24a, train24b and blind22 by kind (train24a: a circle’s group chat), written anew', () => {
	it('hears standing with a knife or the pills and having done nothing, not a knife at dinner', () => {
		fires([
			'I sat on the bathroom floor with a knife last night. Did not do anything. No idea what that was.',
			'Ik zat vannacht met de pillen op mijn kamer. Ik heb niks gedaan.'
		]);
		quiet([
			'I held the knife to cut the cake at the party. My brother did nothing all evening.',
			'Ik had het mes van de kaas laten liggen en ik heb niks gedaan, het was mijn zoon.'
		]);
	});

	it('hears never coming home again thought of as a solution, not coming home late', () => {
		fires([
			'Drukke week met de verhuizing van mijn vader en de papieren. In de auto dacht ik: als ik nooit meer thuiskom, is dat ook een oplossing. Ik zat daar een uur.'
		]);
		quiet([
			'Als ik nooit meer thuiskom voor zeven uur is dat ook een oplossing voor de ruzie over het eten.'
		]);
	});

	it('reads cosy "dying" under a blanket, a novel’s character, a goodbye letter to debts and an uncle long ago as ordinary', () => {
		quiet([
			'done with today, going to die under my duvet with tea and netflix',
			'Our reading group chose a book about a soldier who tries to kill himself and ends up teaching kids to sail.',
			'Ik schrijf mijn afscheidsbrief... aan de deurwaarder! Alles is afgelost 🎉',
			'Mijn overgrootvader heeft zich in 1952 verhangen, dat vond ik in het archief voor onze stamboom.'
		]);
		fires([
			'going to die under my duvet forever, nobody would notice',
			'Ik schrijf een afscheidsbrief aan mijn kinderen.',
			'Mijn oom heeft zich opgehangen en ik begrijp hem nu beter dan me lief is.'
		]);
	});
});

describe('round 21: train24a, train24b and blind22 by kind (train24b: worry about someone else, non-native writers), written anew', () => {
	it('hears bleach or poison someone wants to drink, not a toddler near the cupboard', () => {
		fires([
			'Een lange mail over school en werk en de buurt, sorry. Mijn tante zegt dat ze het bleekwater wil opdrinken sinds haar man weg is.',
			'A long story about work and the neighbours and the rent, sorry. my father he say he want to drink the rat poison, every day he say it'
		]);
		quiet(['My toddler wants to drink the bleach, how do I lock the cupboard?']);
	});

	it('hears a letter found with goodbye and sorry, and "when you read this I am gone"', () => {
		fires([
			'About my cousin, who lives with us, works nights and studies, and is sad a lot. Today I find under her pillow a note for her father, she write goodbye and sorry.',
			'Over ons pleegkind, zij woont hier een jaar en gaat naar school en sport. In haar tas zat een briefje: als jullie dit lezen ben ik er niet meer.'
		]);
		quiet(['I wrote a note to the choir to say goodbye and sorry, we are moving to Zwolle.']);
	});

	it('hears going to a dead parent "in the grave" or "soon, I decided", not a visit at Christmas', () => {
		fires([
			'My uncle is old, alone since my aunt died. On the phone he say: I go to my wife soon, I decided. Who can visit him?',
			'Mijn man eet niet en slaapt niet. Elke avond zegt hij: beter ga ik naar mijn vader in het graf.'
		]);
		quiet(['I go to my mother soon for Christmas; my father died last year.']);
	});

	it('hears going to the train "and then it is done", thinking to end all and looking how', () => {
		fires([
			'mijn broer heeft depressie. hij zegt vanmorgen: ik ga naar het spoor en dan is het klaar. ik ben bij hem.',
			'I am student, my parents think I pass. I think every day about to end all and I look how to do it on my phone.'
		]);
		quiet([
			'I think about how to end all meetings before five, does anyone have tips?',
			'Ik ga naar de trein, dan naar mijn werk, en om zes uur is het klaar voor vandaag.'
		]);
	});

	it('hears a bandaged wrist "did it myself", children deserving a better mother and "better gone"', () => {
		fires([
			'Ik help bij de sportclub. Een meisje heeft pleisters op haar pols en zei: heb ik zelf gedaan, is niks. Aan wie geef ik dit door?',
			'My wife has a depression since the baby. She said the kids deserve a better mum and she is better off gone.'
		]);
		quiet([
			'Mijn zoon heeft verband om zijn pols na het voetballen, heeft hij zelf gedaan, gewoon verstuikt.',
			'She said the kids deserve a better mum and that she will start therapy next week.'
		]);
	});

	it('hears a keepsake given "now rather than later", "won’t be here" with no move, and the police one day', () => {
		fires([
			'My brother stopped calling. A box came with his ring and a card: he wanted me to have it now rather than later.',
			'A girl at the youth club said she will not be here after the holidays. I asked if they were moving and she said no.',
			'Mijn buurman zei dat ik niet moet schrikken als de politie een keer komt. Hij heeft alles geregeld, zei hij.'
		]);
		quiet([
			'A girl at the youth club said she will not be here after the holidays, they are moving to Breda.',
			'Niet schrikken als de politie komt, ze doen een controle op de parkeervergunningen.'
		]);
	});

	it('hears an old woman who stopped eating because it has been enough and is not ill, and doing it herself while she can', () => {
		fires([
			'Ik bezoek een meneer van 88 als vrijwilliger. Hij is gestopt met eten omdat het mooi is geweest. Hij is niet ziek.',
			'Mijn vader zei dat hij niet wacht tot hij ons vergeet en dat hij het zelf gaat doen zolang het nog kan.'
		]);
		quiet([
			'Mijn vader is gestopt met drinken, hij heeft lang genoeg in de kroeg gezeten. Hij is niet ziek, wel blij.'
		]);
	});

	it('hears a funeral arranged by someone in perfect health, not to spare the children', () => {
		fires([
			'Een lange brief over van alles. Mijn vader (71) zei dat hij zijn uitvaart alvast heeft geregeld. Hij is kerngezond. Hij zei: je weet maar nooit.'
		]);
		quiet([
			'Ik ben 70 en kerngezond en heb mijn uitvaart alvast geregeld, zodat de kinderen er niks mee hoeven.'
		]);
	});

	it('hears someone who wants rest, hung up and cannot be found, not a call cut short', () => {
		fires([
			'Mijn zus zei aan de telefoon dat ze in de auto bij het kanaal zit en gewoon rust wil. Toen hing ze op. Ik weet niet waar ze is.'
		]);
		quiet([
			'Mijn zus belde vanuit de auto, toen hing ze op, ze stond bij de bakker. Rust even uit, zei ik.'
		]);
	});

	it('reads "never said anything about hurting herself", a spoilt jumper, a workshop’s topics and dying in one’s own house as ordinary', () => {
		quiet([
			'My daughter is stressed about exams. She has never said anything about hurting herself, but I worry. Is there a group?',
			'Mijn leerling heeft nooit iets gezegd over zichzelf pijn doen, maar ze is wel stil. Wie weet raad?',
			'my brother is going to kill me, i spilled coffee on his new laptop 😭',
			'We plan a workshop for volunteers on talking about grief, debts and suicide. Who has role-plays?',
			'Mijn oma van 95 wil in haar eigen huis in Boskoop sterven, de huisarts helpt. Wie heeft ervaring met thuiszorg?'
		]);
		fires([
			'My daughter has never said anything about hurting herself until yesterday, when she showed me the cuts.',
			'my brother is going to kill me, i spilled coffee on his laptop, last time he hit me'
		]);
	});
});

describe('round 21: train24a, train24b and blind22 by kind (blind22: an ordinary mix), written anew', () => {
	it('hears being gone tomorrow beside where the papers are, taking the whole bottle, and kinder to both if I ended it', () => {
		fires([
			'Mijn vader zei gisteren: als ik er morgen niet meer ben, de sleutels liggen in de la.',
			'My dad said he would swallow the whole box if mum does not come back.',
			'Caring for my wife for years now. Some nights I think it would be better for the two of us if I ended it.'
		]);
		quiet([
			'We take the whole bottle of wine to the party on Saturday.',
			'It would be better for both of us if I ended it with my boss before summer, says my coach.'
		]);
	});

	it('reads "dat is echt zelfmoord" about driving or a plan as reckless, not the writer’s own', () => {
		quiet([
			'Dat is pure zelfmoord, met de fiets in de spits over de rotonde. Welke route nemen jullie?'
		]);
		fires(['Ik denk aan zelfmoord. Dat is echt zelfmoord met de auto, zeggen ze.']);
	});
});
