// Sources cited by the exile journey (geodata/journeys/exile). Merged into geodata/sources.json by
// scripts/geodata/build-exile.mjs through merge-json.mjs (existing entries win).
// Only works actually read (in stored copies) during research are listed; where the stored copy's
// exact address was not recorded the url is left out and the note says where it was read.
export const SOURCES = [
	{
		id: 'smele-2015-trotsky-entry',
		author: 'J. D. Smele',
		title: 'Historical Dictionary of the Russian Civil Wars, 1916–1926',
		year: 2015,
		chapter: 'Entry "Trotsky, Lev Davidovich"',
		language: 'en',
		kind: 'book',
		note: 'The project\'s seed dictionary entry (shared/reference/seed-dictionary-entry.txt); the entry precedes "Trotsky\'s Train" (p. 833 of the reader copy).'
	},
	{
		id: 'my-life-ch43',
		author: 'L. Trotsky',
		title: 'My Life',
		year: 1930,
		chapter: "XLIII. Exile (with N. Sedova's diary of the departure)",
		url: 'https://wenovel.com/book/968/29039.html',
		language: 'en',
		kind: 'book'
	},
	{
		id: 'moya-zhizn-ch43-ru',
		author: 'Л. Троцкий',
		title: 'Моя жизнь',
		year: 1930,
		chapter: 'Ссылка (ch. 43)',
		url: 'https://libfox.ru/169696-125-lev-trotskiy-moya-zhizn.html',
		language: 'ru',
		kind: 'book',
		note: 'Also read at readli.net (book 168005, p. 19): Samara, Ak-Bulak (snow, about 10 hours), Kzyl-Orda.'
	},
	{
		id: 'kotkin-stalin-p443',
		author: 'S. Kotkin',
		title: 'Stalin (vol. 1, Russian translation)',
		year: 2014,
		pages: '443 (reader copy)',
		language: 'ru',
		kind: 'book',
		note: 'Read at rulit.me (book 967550, p. 443): GPU report "22 час. 16/I у Казанского вокзала" on the aborted departure.'
	},
	{
		id: 'felshtinsky-chernyavsky-lt-rulit-p212',
		author: 'Ю. Фельштинский, Г. Чернявский',
		title: 'Лев Троцкий',
		year: null,
		pages: '212 (reader copy)',
		url: 'https://rulit.me/books/lev-trockij-read-231080-212.html',
		language: 'ru',
		kind: 'book',
		note: 'Departure of 17 Jan 1928 at about 2 p.m. from Yaroslavsky station. Volume and year of the printed edition not verified.'
	},
	{
		id: 'felshtinsky-chernyavsky-lt-rulit-p233',
		author: 'Ю. Фельштинский, Г. Чернявский',
		title: 'Лев Троцкий',
		year: null,
		pages: '233 (reader copy)',
		url: 'https://rulit.me/books/lev-trockij-read-231080-233.html',
		language: 'ru',
		kind: 'book',
		note: 'Deportation of January 1929: bus, tractor, sledges 30 km in over 7 hours, car to Frunze; Aktyubinsk telegram; Bulanov at Ryazhsk.'
	},
	{
		id: 'felshtinsky-chernyavsky-oppozitsioner-p70',
		author: 'Ю. Фельштинский, Г. Чернявский',
		title: 'Лев Троцкий. Оппозиционер. 1923–1929',
		year: null,
		pages: '70 (reader copy)',
		language: 'ru',
		kind: 'book',
		note: 'Read at dostoevskiyfyodor.ru (pagen/70): the train held "на глухой ветке".'
	},
	{
		id: 'felshtinsky-chernyavsky-vrag1-p79',
		author: 'Ю. Фельштинский, Г. Чернявский',
		title: 'Лев Троцкий. Враг №1. 1929–1940',
		year: null,
		pages: '79 (reader copy)',
		url: 'http://loveread.ec/read_book.php?id=98185&p=79',
		language: 'ru',
		kind: 'book',
		note: 'The tanker Ruth left "в ночь на 20 декабря" 1936.'
	},
	{
		id: 'proza-2025-trotsky-almaata',
		author: 'proza.ru author',
		title: 'Троцкий в Алма-Ате',
		year: 2025,
		url: 'https://proza.ru/2025/03/20/1222',
		language: 'ru',
		kind: 'web',
		note: 'Gives 18 Jan 1928 and the Yaroslavsky platform; the carriage taken to Frunze; bus over the Kurdai pass; arrival night of 25 Jan; Turksib reached Alma-Ata 1929.'
	},
	{
		id: 'sedova-diary-dnevniki-1994',
		author: 'Н. Седова, in Л. Троцкий',
		title: 'Дневники и письма (ed. Yu. Felshtinsky)',
		year: 1994,
		language: 'ru',
		kind: 'book',
		note: 'Read at in.bubooker.vip (ui7=18): road Pishpek–Alma-Ata "около трехсот верст", horses about 30 versts on the Kurdai stretch.'
	},
	{
		id: 'vernoye-almaty-trotsky',
		author: 'V. N. Proskurin (site editor)',
		title: 'Высылка Троцкого (Очерки истории Алматы)',
		year: null,
		url: 'https://vernoye-almaty.kz/verny/trotsky.shtml',
		language: 'ru',
		kind: 'web',
		note: 'In Alma-Ata 25 Jan 1928 – 22 Jan 1929, after Felshtinsky (ed.), Дневники и письма, 1994.'
	},
	{
		id: 'kommersant-5782745',
		author: 'Kommersant',
		title: "Article on Trotsky's exile to Alma-Ata",
		year: null,
		url: 'https://www.kommersant.ru/doc/5782745',
		language: 'ru',
		kind: 'newspaper',
		note: 'Arrival in Alma-Ata 25 Jan 1928.'
	},
	{
		id: 'kjd-kg-railway-history',
		author: 'Kyrgyz Temir Zholu',
		title: 'History of the Kyrgyz railway',
		year: null,
		url: 'https://kjd.kg',
		language: 'ru',
		kind: 'web',
		note: 'Aulie-Ata–Pishpek railway, 266 km, opened 1924 (page address within the site not recorded).'
	},
	{
		id: 'trotsky-1929-deportation',
		author: 'L. Trotsky',
		title: 'Deportation from the Soviet Union',
		year: 1929,
		language: 'en',
		kind: 'article',
		note: 'Read at wikirouge.net: GPU decision of 18 Jan 1929, announced 20 Jan.'
	},
	{
		id: 'rosmer-ma-vie-appendice',
		author: 'A. Rosmer',
		title: 'Appendix to Trotsky, Ma vie (French edition): Turquie',
		year: null,
		url: 'https://www.marxists.org/francais/trotsky/livres/mavie/rosturq.htm',
		language: 'fr',
		kind: 'book',
		note: 'The train held "dans la région de Koursk".'
	},
	{
		id: 'deutscher-prophet-unarmed',
		author: 'I. Deutscher',
		title: 'The Prophet Unarmed',
		year: 1959,
		language: 'en',
		kind: 'book',
		note: 'Quoted at paperandcard.blogspot (read during research): frost; "we do not even know where we are".'
	},
	{
		id: 'chernyavsky-lev-trotskii-p226',
		author: 'Г. Чернявский',
		title: 'Лев Троцкий',
		year: null,
		pages: '226 (reader copy)',
		url: 'https://user.bibliboba.online/books/lev-trotskii/p/226',
		language: 'ru',
		kind: 'book',
		note: 'Arrival at Odessa night to 10 Feb 1929; Kalinin icebound, Ilyich used.'
	},
	{
		id: 'yanin-rospisatel-trotsky',
		author: 'И. Янин',
		title: 'Троцкий (article)',
		year: null,
		url: 'https://rospisatel.ru/janin-trozkii.htm',
		language: 'ru',
		kind: 'web',
		note: 'The steamer Ilyich (ex-Император Николай II).'
	},
	{
		id: 'maviboncuk-2021-galata',
		author: 'Mavi Boncuk (blog)',
		title: '1932 | Trotsky in Galata Port',
		year: 2021,
		url: 'https://maviboncuk.blogspot.com/2021/01/1932-trotsky-in-galata-port.html',
		language: 'en',
		kind: 'web',
		note: 'GPU decision 18 Jan 1929; Ilyich into the Bosporus; in Turkey 12 Feb 1929; moved to Büyükada about two months later.'
	},
	{
		id: 'van-heijenoort-journal-dexil-avant-propos',
		author: 'J. van Heijenoort',
		title: "Avant-propos, in L. Trotsky, Journal d'exil",
		year: 1960,
		url: 'http://classiques.uqac.ca/classiques/trotsky_leon/journal_d_exil/journal_d_exil_avant_propos.html',
		language: 'fr',
		kind: 'book',
		note: 'Arrival 12 Feb 1929; four-week Copenhagen trip late 1932; in Turkey to 17 Jul 1933; Prinkipo fire night of 28 Feb – 1 Mar 1931.'
	},
	{
		id: 'nzh-1935-06-20',
		author: 'New Zealand Herald',
		title: 'Trotsky in Norway (cable "Oslo, June 18")',
		year: 1935,
		url: 'https://paperspast.natlib.govt.nz/newspapers/NZH19350620.2.91',
		language: 'en',
		kind: 'newspaper'
	},
	{
		id: 'we-refugees-1929-istanbul-statement',
		author: 'We Refugees Archive',
		title: "Trotsky's press statement in Istanbul in April 1929",
		year: null,
		url: 'https://en.we-refugees-archive.org/archive/trotskys-press-statement-in-istanbul-in-april-1929',
		language: 'en',
		kind: 'web',
		note: 'Statement of 16 Apr 1929: for now he stays in Istanbul and intends to settle "somewhere near Istanbul".'
	},
	{
		id: 'avgi-2018-trotsky-greece',
		author: 'N. Theodosiou (ed.), Avgi',
		title: 'Σε έναν πλανήτη χωρίς βίζα',
		year: 2018,
		url: 'http://avgi-anagnoseis.blogspot.com/2018/08/blog-post_84.html',
		language: 'el',
		kind: 'web',
		note: 'Arrival at Piraeus on 16 Nov 1932 (Athens papers of Thursday 17 Nov); gives April 1930 for the move to Prinkipo.'
	},
	{
		id: 'bo-32-1932',
		author: 'Бюллетень оппозиции',
		title: 'Бюллетень оппозиции (большевиков-ленинцев) No. 32',
		year: 1932,
		language: 'ru',
		kind: 'newspaper',
		note: 'Read at 1917.com; prints the departure as "14-го октября" (a month error; the trip began 14 Nov 1932).'
	},
	{
		id: 'socialismorevolucionario-2021-copenhague',
		author: 'P. Gutiérrez-Álvarez',
		title: 'Trotsky en Copenhague',
		year: 2021,
		url: 'https://socialismorevolucionario.cl/2021/10/23/trotsky-en-copenhage',
		language: 'es',
		kind: 'web',
		note: 'Lecture to about 2,500; Pompeii from Naples; prints October for November (month errors).'
	},
	{
		id: 'ceip-1932-11-21-marsella',
		author: 'L. Trotsky',
		title: 'Declaración de prensa en Marsella (21 de noviembre de 1932)',
		year: 1932,
		url: 'http://www.ceipleontrotsky.org/Declaracion-de-prensa-en-Marsella',
		language: 'es',
		kind: 'article',
		note: 'From the New York Times, 23 Nov 1932. Also at iskra-research.org (Trotsky/sochineniia/1932/19321121.html).'
	},
	{
		id: 'wt-1932-11-29',
		author: 'Waikato Times',
		title: 'Trotsky on tour (cables Copenhagen, Nov. 27; London, Nov. 23)',
		year: 1932,
		url: 'https://paperspast.natlib.govt.nz/newspapers/WT19321129.2.75',
		language: 'en',
		kind: 'newspaper',
		note: 'Names the ship from Prinkipo to Marseilles, the Praga; crowd at the Esbjerg quay; Trotsky in a railway carriage there.'
	},
	{
		id: 'lastoriadelnapoli-trotzki',
		author: 'La storia del Napoli (blog), quoting La Stampa',
		title: 'Trotzki a Napoli',
		year: null,
		url: 'https://lastoriadelnapoli.wordpress.com/category/la-citta/politica/',
		language: 'it',
		kind: 'web',
		note: 'Piroscafo Praga of the Lloyd Triestino; brief visit to Pompeii.'
	},
	{
		id: 'writings-1932-p314',
		author: 'L. Trotsky',
		title: 'Writings of Leon Trotsky [1932]',
		year: 1973,
		chapter: 'Press Statement on Reaching Esbjerg (23 Nov 1932)',
		pages: '314',
		url: 'https://sozialistischeklassiker2punkt0.de/sites.google.com/site/sozialistischeklassiker2punkt0/leon-trotsky/1932/leon-trotsky-press-statement-on-reaching-esbjerg.html',
		language: 'en',
		kind: 'book',
		note: '"The late arrival of the ship and the necessity of overtaking the train in an automobile" (at Marseilles).'
	},
	{
		id: 'writings-1932-p343',
		author: 'L. Trotsky',
		title: 'Writings of Leon Trotsky [1932]',
		year: 1973,
		chapter: 'Telegram to Édouard Herriot (7 Dec 1932)',
		pages: '343',
		url: 'https://www.sozialistischeklassiker2punkt0.de/sites.google.com/site/sozialistischeklassiker2punkt0/leon-trotsky/1932/leon-trotsky-telegram-to-edouard-herriot.html',
		language: 'en',
		kind: 'book'
	},
	{
		id: 'writings-1932-p346',
		author: 'L. Trotsky',
		title: 'Writings of Leon Trotsky [1932]',
		year: 1973,
		chapter: 'Press Statement at Istanbul (11 Dec 1932, AP)',
		pages: '346',
		url: 'https://sozialistischeklassiker2punkt0.de/sites.google.com/site/sozialistischeklassiker2punkt0/leon-trotsky/1932/leon-trotsky-press-statement-at-istanbul.html',
		language: 'en',
		kind: 'book',
		note: 'Back in Turkey aboard the steamer Adria, 11 Dec 1932; "We shall return to the island of Prinkipo".'
	},
	{
		id: 'trotsky-1932-brindisi-statement',
		author: 'L. Trotsky',
		title: 'Press Statement at Brindisi, December 8, 1932',
		year: 1932,
		url: 'https://wikirouge.net/texts/en/Press_Statement_at_Brindisi,_December_8,_1932',
		language: 'en',
		kind: 'article',
		note: 'At Dunkirk told the next ship from Marseilles left in nine days; "When we got off the train at Marseilles…".'
	},
	{
		id: 'trotsky-1932-politiken-interview',
		author: 'L. Trotsky',
		title: 'An Interview by Politiken (23 Nov 1932)',
		year: 1932,
		url: 'https://wikirouge.net/texts/en/An_Interview_by_Politiken',
		language: 'en',
		kind: 'article',
		note: 'After the fire of Feb/Mar 1931 he left the island while the house was repaired.'
	},
	{
		id: 'ptt-museum-2008-trotskij',
		author: 'B. Wistoft',
		title: 'Trotskij var her! – Historier fra Købmagergade II',
		year: 2008,
		url: 'http://www.ptt-museum.dk/museumsposten/tidligere_artikler/radiofoni/?id=16',
		language: 'da',
		kind: 'web',
		note: 'Ship Istanbul–Naples–Marseilles, police-guarded car through France to Dunkirk, ship to Esbjerg 23 Nov; the State Railways took him on and let him leave the train at Taastrup.'
	},
	{
		id: 'socbib-2006-capa-trotski',
		author: 'Nyt fra Arbejdermuseet',
		title: 'Historien om Robert Capa og Trotskij',
		year: 2006,
		url: 'https://socbib.dk/historien-om-capa-og-trotski-2/',
		language: 'da',
		kind: 'article',
		note: 'Steamer "A.P. Bernstorff" from France to Denmark; 8-day visa slightly extended.'
	},
	{
		id: 'van-heijenoort-eljineteinsomne-xciii',
		author: 'J. van Heijenoort (excerpts), El jinete insomne (blog)',
		title: 'Trotsky revisitado (XCIII). Memorias de un secretario (2)',
		year: 2022,
		url: 'https://eljineteinsomne2.blogspot.com/2022/12/trotsky-revisitado-xciii-memorias-de-un.html',
		language: 'es',
		kind: 'web',
		note: 'Left 14 Nov 1932; return via Dunkirk, Paris, Avignon, Marseille and Italy (Ventimiglia, Genoa, Milan, Venice, Brindisi); back 11 Dec.'
	},
	{
		id: 'van-heijenoort-eljineteinsomne-xcv',
		author: 'J. van Heijenoort (excerpts), El jinete insomne (blog)',
		title: 'Trotsky revisitado (XCV). Memorias de un secretario (4)',
		year: 2022,
		url: 'https://eljineteinsomne2.blogspot.com/2022/12/trotsky-revisitado-xcv-memorias-de-un.html',
		language: 'es',
		kind: 'web',
		note: 'Lagny, Chamonix, Saint-Pierre-de-Chartreuse, Domène; passage through Belgium to Norway.'
	},
	{
		id: 'ceip-van-heijenoort-francia',
		author: 'J. van Heijenoort',
		title: 'Con Trotsky de Prinkipo a Coyoacán',
		year: 1979,
		chapter: 'Francia',
		url: 'https://ceip.org.ar/Francia-5070',
		language: 'es',
		kind: 'book',
		note: 'Bulgaria: Piraeus, Catania, perhaps Naples; article dated "aboard the Bulgaria, 19 July 1933"; transfer to a police launch off Marseilles on 24 July.'
	},
	{
		id: 'ceip-van-heijenoort-noruega',
		author: 'J. van Heijenoort',
		title: 'Con Trotsky de Prinkipo a Coyoacán',
		year: 1979,
		chapter: 'Noruega',
		url: 'https://ceip.org.ar/Noruega',
		language: 'es',
		kind: 'book',
		note: 'Night train Paris (Gare du Nord) – Antwerp 13/14 Jun 1935; sailed 15 Jun 8 p.m. on the Norwegian ship Paris; Oslofjord morning of 18 Jun; by car to Jevnaker.'
	},
	{
		id: 'trantor-retour-en-france',
		author: 'unknown (French biography of Trotsky)',
		title: 'Chapter "Retour en France"',
		year: null,
		url: 'https://trantor.is/content/BNwr8b5zHe71HGCr/014_Chap.xhtml',
		language: 'fr',
		kind: 'book',
		note: 'Departure on the Bulgaria, 17 Jul 1933.'
	},
	{
		id: 'trotsky-1933-moving-to-france',
		author: 'L. Trotsky',
		title: 'Moving to France (Pages from a Diary, 11 Aug 1933)',
		year: 1933,
		url: 'https://wikirouge.net/texts/en/Moving_to_France',
		language: 'en',
		kind: 'article',
		note: '"On July 17, 1933, we left Turkey for France."'
	},
	{
		id: 'broue-1988-ch49',
		author: 'P. Broué',
		title: 'Trotsky',
		year: 1988,
		chapter: 'XLIX – Séjour libre en France',
		url: 'http://www.marxists.org/francais/broue/works/1988/00/PB_tky_49.htm',
		language: 'fr',
		kind: 'book'
	},
	{
		id: 'broue-1988-ch51',
		author: 'P. Broué',
		title: 'Trotsky',
		year: 1988,
		chapter: "LI – L'expulsé sans visa",
		url: 'http://www.marxists.org/francais/broue/works/1988/00/PB_tky_51.htm',
		language: 'fr',
		kind: 'book',
		note: 'Left Lagny 27 Apr 1934 (or the evening of 26 Apr) by car; Saulieu, Dijon, Saint-Boil (3 May); Chamonix 4 May.'
	},
	{
		id: 'museetonneins-trotsky-1933',
		author: 'P. Robin (La Mémoire du Fleuve no. 20)',
		title: 'Léon Trotsky à Tonneins, 1933',
		year: null,
		url: 'https://museehistoiredetonneins.fr/personnalites-qui-ont-visite-tonneins/leon-trotsky-a-tonneins-1933/',
		language: 'fr',
		kind: 'article',
		note: 'Night of 24–25 Jul 1933 at the Hôtel du Centre (the text also says a car arrived on 23 July).'
	},
	{
		id: 'histoire-socialiste-trotsky-pyrenees',
		author: 'Histoire socialiste (blog)',
		title: 'Trotsky dans les Pyrénées',
		year: null,
		url: 'http://histoire-socialiste.over-blog.fr/article-trotsky-dans-les-pyrenees-63819355.html',
		language: 'fr',
		kind: 'web'
	},
	{
		id: 'terresdecrivains-2009-trotsky',
		author: "Terres d'écrivains",
		title: 'Leon Trotsky à Paris',
		year: 2009,
		url: 'https://terresdecrivains.org/index.php/2009/11/11/leon-trotsky-a-paris/',
		language: 'fr',
		kind: 'web',
		note: 'Cassis, Saint-Palais, then in November Barbizon (villa Ker Monique, chemin du Bornage); expelled from Barbizon in April 1934.'
	},
	{
		id: 'lesamisdegeneriques-barbizon',
		author: 'Les Amis de Génériques',
		title: 'Trotski, Léon : son séjour à Barbizon',
		year: null,
		url: 'https://www.lesamisdegeneriques.org/ark:/naan/a011442496976jgQAvC',
		language: 'fr',
		kind: 'web',
		note: 'At Barbizon between November 1933 and April 1934.'
	},
	{
		id: 'filariane-trotsky-barbizon',
		author: "Fil d'Ariane (local history)",
		title: 'Le gendarme de Ponthierry et le révolutionnaire russe: Trotsky à Barbizon (1933–1934)',
		year: null,
		url: 'https://arhfilariane.pagesperso-orange.fr/communes/trotsky.htm',
		language: 'fr',
		kind: 'web',
		note: 'The gendarmerie incident of Thursday 12 Apr 1934 that revealed Trotsky at the villa Ker Monique.'
	},
	{
		id: 'journal-dexil-1935-06-17',
		author: 'L. Trotsky',
		title: "Journal d'exil",
		year: 1960,
		chapter: 'Entry dated 17 June 1935',
		language: 'fr',
		kind: 'book',
		note: 'Read on a marxists.org mirror (journal17_06): "Voici deux jours que nous sommes en Norvège"; a village hotel seventy km from Oslo.'
	},
	{
		id: 'journal-dexil-1935-06-20',
		author: 'L. Trotsky',
		title: "Journal d'exil",
		year: 1960,
		chapter: 'Entry dated 20 June 1935',
		language: 'fr',
		kind: 'book',
		note: 'Read on a marxists.org mirror: van Heijenoort at Domène on 9 June; escorted to Paris on Monday 10 June; 24 hours allowed there.'
	},
	{
		id: 'trotsky-1935-ultime-rappel',
		author: 'L. Trotsky',
		title: 'Ultime rappel (12 June 1935), with editorial note',
		year: 1935,
		language: 'fr',
		kind: 'article',
		note: 'Read at wikirouge.net: Norwegian visa delivered in Paris on 13 June 1935.'
	},
	{
		id: 'dagsavisen-sensasjonell-rettssak',
		author: 'Dagsavisen',
		title: 'En sensasjonell rettssak',
		year: null,
		url: 'https://www.dagsavisen.no/fremtiden/en-sensasjonell-rettssak',
		language: 'no',
		kind: 'newspaper',
		note: 'Asylum granted 15 Jun 1935; Sollihøgda, Jevnaker, Wexhall; internment at Sundby, Hurum.'
	},
	{
		id: 'hoidal-2013-preface',
		author: 'O. K. Høidal',
		title: 'Trotsky in Norway: Exile, 1935–1937',
		year: 2013,
		chapter: 'Preface',
		pages: 'ix',
		language: 'en',
		kind: 'book',
		note: '"He arrived in Norway on June 18, 1935."'
	},
	{
		id: 'wikipedia-leon-trotsky-norway',
		author: 'Wikipedia contributors',
		title: 'Leon Trotsky, section "Norway"',
		year: null,
		url: 'https://en.wikipedia.org/wiki/Leon_Trotsky',
		language: 'en',
		kind: 'web',
		note: "Read on a mirror (wiki.niidae.com): at Knudsen's house 18 Jun 1935 – 2 Sep 1936; Ullevål hospital from 19 Sep 1935 for a few weeks."
	},
	{
		id: 'trotsky-1936-socialist-norway',
		author: 'L. Trotsky',
		title: "In 'Socialist' Norway",
		year: 1936,
		url: 'https://www.marxists.org/archive/trotsky/1936/12/nor.htm',
		language: 'en',
		kind: 'article',
		note: '"Weksal… thirty-five miles from Oslo".'
	},
	{
		id: 'ceip-1936-12-28-atlantico',
		author: 'L. Trotsky',
		title: 'En el Atlántico (28 de diciembre de 1936)',
		year: 1936,
		url: 'http://www.ceipleontrotsky.org/En-el-Atlantico',
		language: 'es',
		kind: 'article',
		note: 'Written aboard the Norwegian tanker Ruth: "Ayer pasamos las Azores"; "Cuando el Ruth salió del estrecho y torció hacia el suroeste…"; police officer Jonas Lie aboard; no other passengers.'
	},
	{
		id: 'kiosco-trotsky-tampico',
		author: 'Kiosco de la Historia',
		title: 'Llegada de Trotsky a Tampico (article)',
		year: null,
		url: 'https://www.kioscodelahistoria.com',
		language: 'es',
		kind: 'web',
		note: 'Names Fagerstrand as the Norwegian port; 21-day voyage; arrival "at midnight"; Casa Azul until April 1939. Wrongly says grandson Esteban was aboard. Article address within the site not recorded.'
	},
	{
		id: 'milenio-frida-tampico',
		author: 'Milenio',
		title: 'Frida Kahlo en Tampico: así fue su visita por llegada de León Trotsky',
		year: null,
		url: 'https://amp.milenio.com/cultura/frida-kahlo-en-tampico-asi-fue-su-visita-por-llegada-de-leon-trotsky',
		language: 'es',
		kind: 'newspaper',
		note: '9 Jan 1937; off the Río Tamesí near the jetties; Generals Beltrán and Guerrero, Frida Kahlo; Hotel Imperial room 203.'
	},
	{
		id: 'eluniversal-1937-tampico',
		author: 'El Universal',
		title: "Report of 1937 on Trotsky's arrival at Tampico (reprint)",
		year: 1937,
		url: 'https://www.eluniversal.com.mx',
		language: 'es',
		kind: 'newspaper',
		note: 'Ruth at Barra de Pánuco at 07:00 on 9 Jan 1937 (reprint address not recorded).'
	},
	{
		id: 'salvadoryoscar-trotsky-mexico',
		author: "L'Histoire par l'image (English edition)",
		title: 'Frida Kahlo welcomes Leon Trotsky to Mexico',
		year: 2016,
		url: 'https://au.salvadoryoscar.com/2015-frida-kahlo-welcomes-leon-trotsky-to-mexico.html',
		language: 'en',
		kind: 'web',
		note: 'Says they "left the port of Oslo on December 20, 1936" and landed at Tampico on 9 Jan 1937.'
	},
	{
		id: 'mitosyreincidencias-trotsky-tren',
		author: 'L. Trotsky (text quoted on the blog Mitos y reincidencias)',
		title: 'Trotsky on the special train from Tampico',
		year: null,
		language: 'es',
		kind: 'web',
		note: 'Departure from Tampico at 10 p.m. on a special train sent by Gen. Múgica (blog address not recorded).'
	},
	{
		id: 'lucesmexicanas-trotsky',
		author: 'Luces mexicanas',
		title: "Article on Trotsky's arrival at Lechería",
		year: null,
		language: 'es',
		kind: 'web',
		note: 'Arrival at Lechería station on 11 Jan 1937 (address not recorded).'
	},
	{
		id: 'radnickaborba-1932',
		author: 'Radnička borba',
		title: "Article on Trotsky's journey to Copenhagen, 1932",
		year: null,
		url: 'https://radnickaborba.org',
		language: 'sr',
		kind: 'web',
		note: 'Departure 14 Nov 1932; Corinth Canal at night (article address within the site not recorded).'
	},
	{
		id: 'grappilles-2023-affaire-trotsky',
		author: 'Grappilles',
		title: "L'affaire Trosky (le séjour de Trotsky à Barbizon)",
		year: 2023,
		url: 'https://grappilles.fr/index.php/2023/01/22/laffaire-trosky',
		language: 'fr',
		kind: 'web',
		note: 'Reprints a 1934 press report on the discovery of Trotsky at the villa Ker Monique.'
	},
	{
		id: 'patula-doubek-1998',
		author: 'J. Patula Doubek',
		title: 'Article on Trotsky in Mexico',
		year: 1998,
		volume: 'Iztapalapa 43',
		language: 'es',
		kind: 'article',
		note: 'In Mexico 9 Jan 1937 – 21 Aug 1940.'
	}
];
