// Bibliography entries cited by the train journey (geodata/journeys/train/). build-train.mjs writes them to
// .scratch/train-sources.json and merges them into geodata/sources.json (existing entries with the same id win).
// Every entry is a work or page the research (shared/reference/train_itinerary*.md, distance_claims.md) read.

const MX = 'https://www.marxists.org/archive/trotsky';
const TPX =
	'https://sozialistischeklassiker2punkt0.de/sites.google.com/site/sozialistischeklassiker2punkt0/leon-trotsky';

const htraVol = {
	1918: ['vol. 1 (1918)', 1979],
	1919: ['vol. 2 (1919)', 1979],
	1920: ['vol. 3 (1920)', 1981]
};
/** How the Revolution Armed, one chapter (= one order, speech or article) of the marxists.org transcription. */
function htra(year, ch, chapter, url) {
	const [volume, pub] = htraVol[year];
	const nn = String(ch).padStart(2, '0');
	return {
		id: `htra-${year}-ch${nn}`,
		author: 'L. Trotsky',
		title: 'How the Revolution Armed: The Military Writings and Speeches of Leon Trotsky',
		year: pub,
		volume,
		chapter,
		url: url ?? `${MX}/${year}/military/ch${nn}.htm`,
		language: 'en',
		kind: 'book',
		note: 'Translated by Brian Pearce (London: New Park). Read in the marxists.org transcription; the item header gives date, order number and the place where it was issued.'
	};
}
/** The Trotsky Papers, transcription of one document with Meijer's header. */
function tp(page, chapter, file) {
	return {
		id: `trotsky-papers-v2-p${page}`,
		author: 'L. Trotsky (ed. J. M. Meijer)',
		title: 'The Trotsky Papers 1917–1922',
		year: 1964,
		volume: 'vol. 2 (as cited by the research)',
		chapter,
		pages: String(page),
		url: `${TPX}/${file}`,
		language: 'en',
		kind: 'book',
		note: "Read in the sozialistischeklassiker2punkt0.de transcription, which reproduces Meijer's header (archival file, page, 'From:' place, date, number). Volume and year as the research cites them; not re-checked."
	};
}
function web(id, author, title, url, language, extra = {}) {
	return {
		id,
		author,
		title,
		year: null,
		...(url ? { url } : {}),
		language,
		kind: 'web',
		...extra
	};
}

export const TRAIN_SOURCES = [
	// ---- reference works, biographies, totals
	{
		id: 'smele-2015-p833',
		author: 'J. D. Smele',
		title: 'Historical Dictionary of the Russian Civil Wars, 1916–1926',
		year: 2015,
		chapter: "entries 'Trotsky, Lev Davidovich' (end) and 'Trotsky's Train'",
		pages: '833',
		url: 'https://user.bibliboba.online/books/historical-dictionary-of-the-russian-civil-wars-1916-1926/p/833',
		language: 'en',
		kind: 'book',
		note: "Page number of the online reader copy. The project's seed dictionary entry (shared/reference/seed-dictionary-entry.txt) is an excerpt of these two entries."
	},
	{
		id: 'felshtinsky-chernyavsky-2012-p121',
		author: 'Yu. Felshtinsky, G. Chernyavsky',
		title: 'Лев Троцкий. Книга 2. Большевик. 1917–1923',
		year: 2012,
		pages: '121 (reader page)',
		url: 'https://knigochet.com/read_96572_121',
		language: 'ru',
		kind: 'book',
		note: 'Online reader copy; page 121 of the reader. Footnote 594 (the archival source of the 36 trips / 100,000 km) was not readable.'
	},
	{
		id: 'felshtinsky-chernyavsky-2012-litresp-p26',
		author: 'Yu. Felshtinsky, G. Chernyavsky',
		title: 'Лев Троцкий. Книга 2. Большевик. 1917–1923',
		year: 2012,
		pages: '26 (litresp.ru reader page)',
		language: 'ru',
		kind: 'book',
		note: "Quotes the memoir of M. Glazman, Trotsky's secretary, on the first departure (about 7 a.m., 8 Aug 1918). Read in the litresp.ru online reader; the research did not keep the full URL."
	},
	{
		id: 'felshtinsky-chernyavsky-2012-hubbooks-p114',
		author: 'G. Chernyavsky, Yu. Felshtinsky',
		title: 'Лев Троцкий. Большевик. 1917–1923',
		year: 2012,
		pages: '114 (reader page)',
		url: 'https://hub-books.com/page-114-42037-georgii-chernyavskii-lev-trockii-bolshevik-1917-1923.html',
		language: 'ru',
		kind: 'book',
		note: 'Online reader copy (mid-January 1921 visit to Petrograd).'
	},
	{
		id: 'chernyavsky-lev-trotskii-p108',
		author: 'G. Chernyavsky',
		title: 'Лев Троцкий',
		year: null,
		pages: '108 (reader page)',
		url: 'https://user.bibliboba.online/books/lev-trotskii/p/108',
		language: 'ru',
		kind: 'book',
		note: "Online reader copy; edition not identified by the research. States 'первоначально в поезде было 15 вагонов'."
	},
	{
		id: 'revvoensovet-1991-p20',
		author: 'Politizdat (compilers)',
		title: 'Революционный военный совет Республики (6 сентября 1918 г. – 28 августа 1923 г.)',
		year: 1991,
		pages: '20 (reader page)',
		url: 'https://user.bibliboba.online/books/revvoensovet-respubliki-6-sentiabria-1918-g-28-avgusta-1923-g/p/20',
		language: 'ru',
		kind: 'book',
		note: 'Moscow: Politizdat, 1991. Online reader copy.'
	},
	{
		id: 'volkogonov-1992-bubooker-p63',
		author: 'D. Volkogonov',
		title: 'Троцкий. Политический портрет («Демон революции»)',
		year: 1992,
		pages: 'reader page ui7=63',
		language: 'ru',
		kind: 'book',
		url: 'https://in.bubooker.vip/knigi_trockiy.-demon-revolyucii_101101001101001000011101?ui7=63',
		note: "Read in the in.bubooker.vip online reader (page 'ui7=63'). Gives 'более 200 тысяч километров' 'по некоторым данным'."
	},
	{
		id: 'volkogonov-1992-knigochet-p199',
		author: 'D. Volkogonov',
		title: 'Троцкий. Политический портрет, кн. 1',
		year: 1992,
		pages: '199 (reader page)',
		url: 'https://knigochet.com/read_86089_199',
		language: 'ru',
		kind: 'book',
		note: 'Online reader copy (early April 1919: Trotsky writing in his train, moving again to Kazan).'
	},
	{
		id: 'volkogonov-trotsky-en-whosread-p24',
		author: 'D. Volkogonov',
		title: 'Trotsky: The Eternal Revolutionary',
		year: 1996,
		pages: '24 (reader page)',
		url: 'https://whosread.com/68039/1702284',
		language: 'en',
		kind: 'book',
		note: 'Online reader copy; mentions the route plan drawn up by Blyumkin for the 1922 train exhibition (the page is cut off before the plan).'
	},
	{
		id: 'spectator-1996-04-13-p33',
		author: 'The Spectator',
		title: "Who follows in his train (review of D. Volkogonov, 'Trotsky')",
		year: 1996,
		pages: '33',
		url: 'https://archive.spectator.co.uk/article/13th-april-1996/33/who-follows-in-his-train',
		language: 'en',
		kind: 'newspaper',
		note: "Issue of 13 April 1996. Gives the first train as 'twelve carriages and 250 people'."
	},
	web(
		'ruwiki-poezd-trotskogo',
		'Wikipedia contributors',
		'Поезд Троцкого',
		'https://ru.wikipedia-on-ipfs.org/wiki/Поезд_Троцкого',
		'ru',
		{
			note: 'Stored IPFS copy of the Russian Wikipedia article; only the introduction and infobox were readable (speed 70 km/h; crew 407 in 1921; commanders S. V. Chikkolini and R. A. Peterson). The article cites N. S. Tarkhova and R. Argenbright.'
		}
	),
	web(
		'enwiki-trotskys-train',
		'Wikipedia contributors',
		"Trotsky's train",
		'https://en.wikipedia.org/wiki/Trotsky%27s_train',
		'en',
		{
			note: 'Its sentence on 36 trips and 75,000 mi follows Smele (2015) almost word for word.'
		}
	),
	web(
		'pinocchiopedia-trotskys-train',
		'Wikipedia mirror',
		"Trotsky's train",
		'https://pinocchiopedia.com/wiki/Trotsky%27s_train',
		'en',
		{
			note: "Mirror of the English Wikipedia article; '75,000 miles (121,000 km)' (conversion template) and the photo caption 'Leon Trotsky (left) and the train at Petrograd, 1921'."
		}
	),
	{
		id: 'tarkhova-1998',
		author: 'N. S. Tarkhova',
		title: 'Поезд Троцкого — летучий аппарат управления наркомвоена',
		year: 1998,
		volume: 'Государственный аппарат России в годы революции и гражданской войны (М., 1998)',
		pages: '128–141',
		url: 'https://warlib.site/tarhova2/',
		language: 'ru',
		kind: 'article',
		note: "Only the opening was readable. It says the 1923 Red Army exhibition showed 'схемы маршрутов поезда с указанием пробега по годам'."
	},
	{
		id: 'my-life-ch33',
		author: 'L. Trotsky',
		title: 'My Life (Моя жизнь)',
		year: 1930,
		chapter: 'ch. 33 (Kazan front, August 1918)',
		url: 'https://tov-trotsky.livejournal.com/46555.html',
		language: 'ru',
		kind: 'book',
		note: "Russian text quoted on a LiveJournal page (Kappel's raid of 28 Aug 1918; the train's crew fought about a verst from the train for about eight hours)."
	},
	{
		id: 'my-life-ch34',
		author: 'L. Trotsky',
		title: 'My Life',
		year: 1930,
		chapter: "ch. 34 'The Train'",
		url: 'http://www.marxists.org/archive/trotsky/1930/mylife/ch34.htm',
		language: 'en',
		kind: 'book',
		note: 'marxists.org transcription.'
	},
	{
		id: 'my-life-thelib-budenny-p5',
		author: 'L. Trotsky, quoted by B. Sokolov (Vadimovich)',
		title: 'Будённый: красный Мюрат (quoting My Life)',
		year: null,
		pages: 'reader page 5',
		url: 'https://thelib.ru/books/vadimovich_boris/budennyy_krasnyy_myurat-read-5.html',
		language: 'ru',
		kind: 'book',
		note: "Quotes My Life on the resignation episode of July 1919 ('I… immediately left for the Southern front') and the telegram 'from the front' of 6 Sep 1919."
	},
	{
		id: 'my-life-vatsetis-p75',
		author: 'L. Trotsky, quoted in a biography of I. I. Vatsetis',
		title: 'Вацетис — главком Республики (quoting My Life)',
		year: null,
		pages: 'reader page 75',
		url: 'https://user.bibliboba.online/books/vatsetis-glavkom-respubliki/p/75',
		language: 'ru',
		kind: 'book',
		note: 'Quotes My Life: on the way to Tsaritsyn Trotsky met Sverdlov, travelling in a special train to collect Stalin.'
	},
	{
		id: 'svanidze-khroniki-1-p50',
		author: 'N. Svanidze, M. Svanidze',
		title: 'Исторические хроники с Николаем Сванидзе, кн. 1: 1913–1933',
		year: null,
		pages: '50 (reader page)',
		url: 'https://user.bibliboba.online/books/istoricheskie-khroniki-s-nikolaem-svanidze-kniga-1-1913-1933/p/50',
		language: 'ru',
		kind: 'book',
		note: "Quotes the order of Kamenshchikov, Trotsky's 'chief of defence of the Moscow–Kazan railway route', setting up camps at Murom, Arzamas and Sviyazhsk (Aug 1918)."
	},
	{
		id: 'uzda-dlya-trotskogo-p47',
		author: 'rulit.me reader copy',
		title: 'Узда для Троцкого. Красные вожди в годы Гражданской войны',
		year: null,
		pages: '47 (reader page)',
		url: 'https://rulit.me/books/uzda-dlya-trockogo-krasnye-vozhdi-v-gody-grazhdanskoj-vojny-read-515252-47.html',
		language: 'ru',
		kind: 'book',
		note: 'Trotsky spoke at the VTsIK in Moscow on 2 Sep 1918 and was back on the Kazan front for its capture.'
	},
	{
		id: 'stalin-protiv-trotskogo-p108',
		author: 'bibliboba reader copy',
		title: 'Сталин против Троцкого',
		year: null,
		pages: '108 (reader page)',
		url: 'https://user.bibliboba.online/books/stalin-protiv-trotskogo/p/108',
		language: 'ru',
		kind: 'book',
		note: 'Trotsky missed the 8th Party Congress (18–23 Mar 1919) because he had been sent to the Eastern Front; Perm fell on 25 Dec 1918.'
	},
	{
		id: 'avrich-kronstadt-p31',
		author: 'P. Avrich',
		title: 'Восстание в Кронштадте. 1921 год (Kronstadt 1921)',
		year: null,
		pages: '31 (reader page)',
		url: 'https://kniga-online.net/page-31-22435-vosstanie-v-kronshtadte-1921-god-pol-avrich.html',
		language: 'ru',
		kind: 'book',
		note: "Russian translation in an online reader; Trotsky's ultimatum to Kronstadt, 5 Mar 1921."
	},
	{
		id: 'gilbert-atlas-petrograd-1919',
		author: 'M. Gilbert',
		title:
			'The Anti-Bolshevik Attack on Petrograd, 1919 (Routledge Atlas of Russian History, chapter abstract)',
		year: null,
		url: 'https://www.taylorfrancis.com/chapters/mono/10.4324/9780203074473-93/anti-bolshevik-attack-petrograd-1919-martin-gilbert',
		language: 'en',
		kind: 'book',
		note: 'Yudenich failed to cut the Moscow–Tosno–Petrograd railway.'
	},
	// ---- Lenin
	web(
		'lenin-cw44-1918-09-10',
		'V. I. Lenin',
		'Telegram to L. D. Trotsky, Sviyazhsk, 10 September 1918 (Collected Works vol. 44)',
		'https://connexions.org/CxArchive/MIA/lenin/works/1918/sep/10.htm',
		'en'
	),
	web(
		'lenin-cw44-1918-12',
		'V. I. Lenin',
		'Telegram to L. D. Trotsky "at his present whereabouts", 12/13 December 1918 (Collected Works vol. 44)',
		'https://www.marxists.org/archive/lenin/works/1918/dec/00.htm',
		'en'
	),
	web(
		'lenin-cw44-1919-07-29',
		'V. I. Lenin',
		'To L. D. Trotsky, 29 July 1919 (Collected Works vol. 44, p. 271)',
		'https://www.marxists.org/archive/lenin/works/1919/jul/29.htm',
		'en'
	),
	web(
		'lenin-cw44-1919-10-18',
		'V. I. Lenin',
		'Telegram to Leon Trotsky, October 18, 1919 (Collected Works vol. 44, p. 296)',
		'https://wikirouge.net/texts/en/Telegram_to_Leon_Trotsky,_October_18,_1919',
		'en'
	),
	web(
		'lenin-cw44-1919-10-22',
		'V. I. Lenin',
		'To L. D. Trotsky, 22 October 1919 (Collected Works vol. 44, pp. 299–300)',
		'https://connexions.org/CxArchive/MIA/lenin/works/1919/oct/22.htm',
		'en'
	),
	web(
		'lenin-cw44-1920-03-08',
		'V. I. Lenin',
		'Telegram to Leon Trotsky, March, not earlier than 8, 1920 (wikirouge)',
		null,
		'en',
		{
			note: "Sent 'via the military, by army line'. Read on wikirouge.net; the research did not keep the full URL."
		}
	),
	web(
		'lenin-cw44-1920-06-04',
		'V. I. Lenin',
		"Note to L. D. Trotsky on Stalin's Kremenchug telegram, 4 June 1920 (Collected Works vol. 44, p. 383)",
		'https://www.marxists.org/archive/lenin/works/1920/jun/04d.htm',
		'en'
	),
	web(
		'trotsky-na-puti-sigunov-1920',
		'L. Trotsky',
		"Всероссийское разорение и трудовые задачи крестьянства (Письмо крестьянину Пермской губернии Ивану Андреевичу Сигунову), dated 'Самара – Екатеринбург, 12 февраля 1920 г.', imprint 'Изд. поезда Предреввоенсовета'; in Сочинения т. 15, «На пути к социализму» (1927)",
		'https://readnow.me/chi/na-puti-k-socializmu-hozyaystvennoe-stroitelstvo-sovetskoy-trockiy?p=11',
		'ru',
		{
			note: 'Dateline and imprint read on the readnow.me reader page 11 of the volume; the text (without the dateline in the part seen) is also at http://www.knigo.com/trotsky/trotl539.htm.'
		}
	),
	web(
		'mia-es-1920-order-232',
		'L. Trotsky',
		'Decreto No 232, 31 de julio de 1920, Moscú (Spanish translation of How the Revolution Armed, vol. 3)',
		'http://comunista.net/m/espanol/trotsky/1920/julio/31_vii.htm',
		'es',
		{
			note: 'Marxists Internet Archive, Spanish section (mirror). On the French deputy Ernest Lafont, whom Trotsky says he questioned himself in the presence of Jacques Sadoul.'
		}
	),
	web(
		'mia-es-1920-order-242',
		'L. Trotsky',
		'Decreto No 242, 24 de septiembre de 1920, Moscú (Spanish translation of How the Revolution Armed, vol. 3)',
		'http://comunista.net/m/espanol/trotsky/1920/septiembre/24_ix.htm',
		'es',
		{
			note: 'Marxists Internet Archive, Spanish section (mirror). To the Red Army and Navy on the offer of an armistice to Poland (decision of 23 Sep).'
		}
	),
	web(
		'mia-es-1918-order-69',
		'L. Trotsky',
		'Orden No. 69, 11 de diciembre de 1918, Vorónezh (Spanish translation of How the Revolution Armed, vol. 1)',
		'https://marxists-malta.org/espanol/trotsky/1918/1918_11xii.htm',
		'es',
		{
			note: 'Marxists Internet Archive, Spanish section (mirror); tr. Rodrigo Cisterna, 2014. On the conduct of communists in the Red Army.'
		}
	),
	web(
		'mia-es-1919-order-97',
		'L. Trotsky',
		'Orden N° 97, el 12 de mayo de 1919, Kozlov (Spanish translation of How the Revolution Armed, vol. 2)',
		'https://www.marxists.org/espanol/trotsky/1919/12v.htm',
		'es',
		{ note: 'Marxists Internet Archive, Spanish section; tr. Matteo David, 2019.' }
	),
	web(
		'mia-es-1919-order-108',
		'L. Trotsky',
		'Orden N° 108, el 8 de junio de 1919, en la estación de Lozovaya (Spanish translation of How the Revolution Armed, vol. 2)',
		'https://www.marxists.org/espanol/trotsky/1919/8vi.htm',
		'es',
		{
			note: 'Marxists Internet Archive, Spanish section; tr. Matteo David, 2019. To all the forces of the Soviet Ukraine, against Makhno.'
		}
	),
	web(
		'mia-es-1919-order-90',
		'L. Trotsky',
		"Orden No. 90 a los comisarios del 3er Ejército, el 23 de abril de 1919, 'Vyarka' [Vyatka] (Spanish translation of How the Revolution Armed, vol. 2)",
		'https://comunista.net/m/espanol/trotsky/1919/23iv_1.htm',
		'es',
		{ note: 'Marxists Internet Archive, Spanish section (mirror).' }
	),
	web(
		'mia-es-1919-04-13-kolchak',
		'L. Trotsky',
		"¿Qué espera Kolchak?, 13 de abril de 1919, 'Nizhny-Nóvgorod, Kazán', En el camino (В пути) No. 31 (Spanish translation)",
		'https://www.marxists.org/espanol/trotsky/1919/13iv.htm',
		'es',
		{
			note: "Marxists Internet Archive, Spanish section. The dateline names the train's route, not a single place."
		}
	),
	web(
		'escritos-militares-1919-toc',
		'L. Trotsky',
		'Escritos militares de León Trotsky, tomo 2 (1919), contents (Editorial Mateo Fossa)',
		'https://fr.scribd.com/document/181222244/1919-Esc-Mil-Tomo2',
		'es',
		{
			note: "Spanish edition of How the Revolution Armed, vol. 2; its table of contents gives each order's date, number and place, e.g. 'el 10 de Enero de 1919. N 75. Gryazi'. Only the opening pages were read."
		}
	),
	web(
		'mia-es-1919-order-121',
		'L. Trotsky (tr. Rodrigo Cisterna)',
		'Orden N° 121, 9 de julio de 1919, en la Estación de Vorónezh (Spanish translation of How the Revolution Armed, vol. 2)',
		'https://www.marxists.org/espanol/trotsky/1919/9vii-2.htm',
		'es',
		{
			note: 'Marxists Internet Archive, Spanish section (2014). The header gives the date and place the English transcription of the order did not show; another copy is at marxists-malta.org/espanol/trotsky/1919/9vii.htm.'
		}
	),
	web(
		'lenin-cw44-1920-10-10',
		'V. I. Lenin',
		'Telegram to Leon Trotsky, October 10, 1920 (Collected Works vol. 44)',
		'https://wikirouge.net/texts/en/Telegram_to_Leon_Trotsky,_October_10,_1920',
		'en',
		{
			note: "'In code. Trotsky only': the Politbureau instructs the military authorities to take units from the South-Western Front for the speediest liquidation of Wrangel. No place is given for the addressee."
		}
	),
	web(
		'lenin-cw-fayllar-p193',
		'V. I. Lenin (editorial note)',
		'Collected Works, editorial note p. 193 (next to an item of 6 Feb 1919)',
		null,
		'en',
		{
			note: "fayllar.org copy of Lenin's Collected Works ('…-v2.html?page=45'); the research did not keep the full URL. The note says Trotsky's train 'had left Petrograd for Yamburg'."
		}
	),
	// ---- wikirouge transcriptions of HTRA items
	web(
		'wikirouge-htra-order-32',
		'L. Trotsky (wikirouge transcription)',
		'Order by the Chairman of the Revolutionary War Council of the Republic and the People’s Commissar for Military and Naval Affairs (Order No. 32)',
		'https://wikirouge.net/texts/en/Order_by_the_Chairman_of_the_Revolutionary_War_Council_of_the_Republic_and_the_People%E2%80%99s_Commissar_for_Military_and_Naval_Affairs',
		'en',
		{
			note: "Header dated 'September 10, 1918'; the HTRA vol. 1 contents list dates it Sept. 14, 1918."
		}
	),
	web(
		'wikirouge-htra-kazan-speech-1918',
		'L. Trotsky (wikirouge transcription)',
		'The Significance of the Taking of Kazan in the Course of the Civil War (speech in the Kazan theatre, 11 Sep 1918)',
		'https://wikirouge.net/texts/en/The_Significance_of_the_Taking_of_Kazan_in_the_Course_of_the_Civil_War',
		'en'
	),
	web(
		'wikirouge-htra-order-106',
		'L. Trotsky (wikirouge transcription)',
		'Order No. 106 (Balakleya station, 6 June 1919)',
		'https://wikirouge.net/texts/en/Order_by_the_Chairman_of_the_Revolutionary_War_Council_of_the_Republic_and_People%E2%80%99s_Commissar_for_Military_and_Naval_Affairs_(Order_No.106)',
		'en'
	),
	web(
		'wikirouge-htra-order-136',
		'L. Trotsky (wikirouge transcription)',
		'Order No. 136 (Vorozhba, 2 August 1919)',
		'https://wikirouge.net/texts/en/Order_by_the_Chairman_of_the_Revolutionary_War_Council_of_the_Republic_and_People%E2%80%99s_Commissar_for_Military_and_Naval_Affairs_(Order_No.136)',
		'en'
	),
	web(
		'wikirouge-htra-order-240',
		'L. Trotsky (wikirouge transcription)',
		'Order – By the Chairman of the Revolutionary War Council of the Republic to the Forces of the Western Front (Order No. 240)',
		'https://wikirouge.net/texts/en/Order_%E2%80%93_By_the_Chairman_of_the_Revolutionary_War_Council_of_the_Republic_to_the_Forces_of_the_Western_Front_(Order_No.240)',
		'en',
		{
			note: "Header 'September 8, 1920, No.240, Smolensk'; Trotsky's note: 'A similar Order, dated August 23, 1920, No.235, Kharkov, was issued to the forces of the Southern Front'."
		}
	),
	web(
		'htra-1919-toc-pdfslide',
		'L. Trotsky',
		'The Military Writings of Leon Trotsky (How the Revolution Armed), vol. 2: table of contents',
		'https://pdfslide.net/documents/leon-trotsky-the-military-writings-of-84-instruction-to-the-responsible-workers.html',
		'en',
		{
			note: 'Contents list giving Order No. 75 (Gryazi), No. 97 (Kozlov) and No. 121 (Voronezh station) with their places; their dates were not seen.'
		}
	),
	web(
		'wikirouge-htra-order-180',
		'L. Trotsky (wikirouge transcription)',
		'Order No. 180 on measures for overcoming guerrilla-ism, December 11, 1919, No. 180, Moscow',
		'https://wikirouge.net/texts/en/Order_by_the_Chairman_of_the_Revolutionary_War_Council_of_the_Republic_and_People%E2%80%99s_Commissar_for_Military_and_Naval_Affairs_(Order_No.180)',
		'en'
	),
	web(
		'nestormakhno-rvsr-order-1824',
		'L. Trotsky et al.',
		'RVSR Order No. 1824, Kharkov, 4 June 1919',
		'https://www.nestormakhno.info/english/trotsky/ord1824.htm',
		'en'
	),
	web(
		'nestormakhno-order-112',
		'L. Trotsky',
		'Order No. 112, Kharkov, 18 June 1919',
		'https://www.nestormakhno.info/english/trotsky/ord112.htm',
		'en'
	),
	web(
		'marxists-malta-1920-09-01',
		'L. Trotsky',
		'Interview, 1 September 1920 (Spanish translation)',
		'https://marxists-malta.org/espanol/trotsky/1920/septiembre/1_ix.htm',
		'es',
		{
			note: "Says Wrangel's landing stores were removed 'from the coast at Akhtari, in trucks'."
		}
	),
	web(
		'marxists-malta-1920-05-15',
		'L. Trotsky',
		'Orden No. 220, Mogilev, 15 de mayo de 1920 (Spanish translation)',
		'https://marxists-malta.org/espanol/trotsky/1920/mayo/15_v_1.htm',
		'es'
	),
	web(
		'dostoevskiyfyodor-sovrespublika-2',
		'L. Trotsky',
		'Советская республика и капиталистический мир, ч. II: «Положение на фронтах» (речь во ВЦИК 30 сентября 1918 г.)',
		'https://dostoevskiyfyodor.ru/trotsky/tvorchestvo/sovetskaya-respublika-i-kapitalisticheskij-mir-chast-ii-grazhdanskaya-vojna',
		'ru'
	),
	web(
		'iknigi-sovrespublika-2-p14',
		'L. Trotsky',
		'Советская республика и капиталистический мир, ч. II: «Речь на рабочем митинге в Киеве 20 мая 1919 г.»',
		null,
		'ru',
		{
			note: 'iknigi.net reader, book id 23123, page 14 (also club-books.ru reader of the same book, page 43); the research did not keep the full URLs.'
		}
	),
	// ---- regional and secondary pages
	web(
		'reisner-dzen-sviyazhsk',
		'L. Reisner (quoted)',
		'Larisa Reisner on Trotsky at Sviyazhsk (Dzen article)',
		'https://dzen.ru/a/ZGInhF4IjXaB1w7a',
		'ru',
		{
			note: "Trotsky reached Sviyazhsk 'on the third or fourth day after the fall of Kazan'."
		}
	),
	web(
		'penza-online-trotsky',
		'penza-online.ru',
		'Троцкий в Пензе',
		'https://penza-online.ru/novost/obshchestvo/trotskiy_v_penze',
		'ru',
		{
			note: 'Quotes Красное знамя, 17 Sep 1918: station-square rally on 16 Sep; the train left after half an hour.'
		}
	),
	web(
		'pugachevskoe-vremya-zloj-genij',
		'Пугачевское время',
		'Злой гений революции в Николаевске',
		'https://pugachevskoevremya.ru/zloj-genij-revolyucii-v-nikolaevske',
		'ru'
	),
	web(
		'pugachevskoe-vremya-daines',
		'Пугачевское время',
		'Троцкий в Николаевске: наговоры и правда (quoting V. O. Daines, «Чапаев»)',
		'http://pugachevskoevremya.ru/trockij-v-nikolaevske-nagovory-i-pravda/',
		'ru'
	),
	{
		id: 'varfolomeev-saratov',
		author: 'Varfolomeev',
		title: 'Вояж наркомвоенмора Л. Д. Троцкого в саратовское Поволжье',
		year: null,
		url: 'https://cyberleninka.ru/article/n/voyazh-narkomvoenmora-l-d-trotskogo-v-saratovskoe-povolzhie',
		language: 'ru',
		kind: 'article'
	},
	web(
		'voencomuezd-lj-1673691',
		'voencomuezd (LiveJournal)',
		'Voronezh newspaper report on Trotsky in Voronezh, October 1918',
		'http://m.livejournal.com/read/user/voencomuezd/1673691',
		'ru'
	),
	web(
		'knigalub-31434939-p36',
		'knigalub.com reader copy',
		'Book page on the 8th Army political workers meeting in Voronezh, 11 Jul 1919',
		'https://knigalub.com/book/31434939/36',
		'ru'
	),
	web(
		'russiangiant-2022-10-18',
		'russiangiant.ru',
		'18 октября 1919 года Троцкий издал приказ…',
		'https://russiangiant.ru/2022/10/18/18-oktjabrja-1919-goda-trockij-izdal-prik/',
		'ru'
	),
	web(
		'krasnoufimsk-liternyj-poezd',
		'Krasnoufimsk library',
		'Литерный поезд Льва Троцкого',
		'https://www.bibl-krasnoufimsk.ru/index.php/istoricheskoe-kraevedenie/istoriya-20-veka/108-oktyabrskaya-revolyutsiya-i-grazhdanskaya-vojna/1430-liternyj-poezd-lva-trotskogo.html',
		'ru'
	),
	web(
		'kopatel-balashov-forum',
		'kopatel.0pk.ru forum',
		'Balashov local-history thread (Trotsky visit, attempt on his life)',
		'http://kopatel.0pk.ru/viewtopic.php?id=189&p=19',
		'ru'
	),
	web(
		'legendofhistory-pukhin-mandate',
		'legendofhistory.com',
		'Trotsky Authorizes Train Official (mandate for Comrade Pukhin, 10 Feb 1919)',
		'https://legendofhistory.com/Trotsky-Authorizes-Train-Official.php',
		'en'
	),
	web(
		'weaponsandwarfare-2021-estonia',
		'weaponsandwarfare.com',
		'Freedom Wars: Estonia II',
		'https://weaponsandwarfare.com/2021/01/29/freedom-wars-estonia-ii/',
		'en',
		{
			note: "Secondary; says Trotsky, 'personally directing the defence' of Narva (18–19 Jan 1919), 'narrowly escaped being captured'."
		}
	),
	web(
		'azov23-photo-1920-05-05',
		'azov23.ru',
		'Photo caption: Ленин слушает выступление Троцкого… г. Москва 5 мая 1920',
		'https://azov23.ru/exundance792665.html',
		'ru'
	),
	web(
		'fenzin-v-puti-136',
		'fenzin.org reader',
		'В пути No. 136, 27 Oct (article against Wrangel)',
		'https://fenzin.org/online/294697/41',
		'ru',
		{
			note: 'The site prints the year as 1919; the content is of 1920.'
		}
	)
];

// HTRA chapters cited.
const H = [
	[
		1918,
		33,
		'Orders of August 1918 on the Kazan front (incl. the order of 8 Aug written in the train, 24 Aug, No. 31 of 30 Aug)'
	],
	[
		1918,
		36,
		'Orders of Oct–Nov 1918 to the Southern Front (Nos. 43 Kozlov, 44 Bobrov, 55 Tsaritsyn, 62 Liski, and others)'
	],
	[
		1918,
		37,
		'Speech at the meeting of the All-Russia Central Executive Committee, September 30, 1918'
	],
	[1919, 3, 'Report of 24 Feb 1919 (Moscow)'],
	[1919, 16, 'Order No. 118, Voronezh, 27 Jun 1919'],
	[1919, 37, 'Order No. 76, Balashov, 11 Jan 1919'],
	[1919, 39, 'Order No. 80, Moscow, 2 Mar 1919'],
	[1919, 42, 'Order No. 98, Kupyansk, 15 May 1919'],
	[1919, 45, 'Order No. 99 to the "N" Army, Izyum, 22 May 1919'],
	[1919, 47, 'Order No. 100, Boguchar, 25 May 1919'],
	[1919, 61, 'Order No. 119, Kursk, 29 Jun 1919'],
	[1919, 64, 'Order No. 122, Voronezh, 11 Jul 1919'],
	[1919, 68, 'Order No. 126 to the forces on the Southern front, Smorodino station, 18 Jul 1919'],
	[1919, 71, 'Order No. 129 to the Red Army, Kremenchug, 21 Jul 1919'],
	[
		1919,
		73,
		'Order No. 130 to the troops on the territory of the Ukrainian SSR, Kremenchug, 22 Jul 1919',
		'https://marxists.incn.su/archive/trotsky/1919/military/ch73.htm'
	],
	[1919, 74, 'Order No. 131 to the Fourteenth Army, Kremenchug, 22 Jul 1919'],
	[1919, 75, 'Order No. 132 to the Twelfth and Fourteenth Armies, Korenyevo station, 26 Jul 1919'],
	[
		1919,
		76,
		'Order No. 134 to the Ninth Army, Penza, 29 Jul 1919',
		'http://marxists.org/archive/trotsky/1919/military/ch76.htm'
	],
	[1919, 77, 'Order No. 135, Voronezh, 1 Aug 1919'],
	[1919, 82, 'Order No. 142 to the Fourteenth Army, Konotop, 8 Aug 1919'],
	[1919, 88, 'Order No. 143, Voronezh, 13 Aug 1919 (header misprinted "Vonezh")'],
	[1919, 92, 'Order No. 146 "Into battle against Mamontov\'s brigand gang", Tula, 4 Sep 1919'],
	[
		1919,
		93,
		'Order No. 147, Orel, 4 Sep 1919',
		'http://marxists.org/archive/trotsky/1919/military/ch93.htm'
	],
	[1919, 99, 'Order No. 149, Tambov, 12 Sep 1919'],
	[1919, 105, 'On the defence of Tula (autumn 1919)'],
	[
		1919,
		106,
		'En Route No. 102, 26 Oct 1919: greeting to the Southern Front on the capture of Voronezh (with editorial note 67)'
	],
	[1919, 108, 'Order No. 174 to the Red forces entering the Ukraine, Moscow, 30 Nov 1919'],
	[1919, 111, 'Order No. 87 to the Second Army, Sarapul, 26 Mar 1919'],
	[1919, 112, 'Speech to the Samara province executive committee and party committee, 6 Apr 1919'],
	[1919, 123, 'Address to the Third Army, Vyatka ("Vyatha"), 26 Apr 1919'],
	[1919, 130, 'Order No. 94, Kazan, 5 May 1919'],
	[1919, 131, 'Order No. 95, Vyatskiye Polyany (visit of 6 May 1919)'],
	[
		1919,
		133,
		'Order No. 79 to the Northern Army defending the approaches to Petrograd, Yamburg, 11 Feb 1919'
	],
	[1919, 140, 'Item of 20 Oct 1919, Petrograd'],
	[
		1919,
		149,
		'Order No. 162a to the Fifteenth Army, Petrograd, 30 Oct 1919',
		'https://marxists.incn.su/archive/trotsky/1919/military/ch149.htm'
	],
	[1919, 151, 'Petrograd, Oct–Nov 1919'],
	[1919, 153, 'Leaflet, En Route No. 103 (3 Nov 1919)'],
	[1919, 154, 'Petrograd, Nov 1919'],
	[1919, 155, 'Petrograd, Nov 1919'],
	[1919, 156, 'Order No. 166, Petrograd, 3 Nov 1919'],
	[
		1919,
		158,
		'Order No. 169, Petrograd, 4 Nov 1919, on the train staff (with editorial note 84 on the formation of the train)',
		'http://marxists.org/archive/trotsky/1919/military/ch158.htm'
	],
	[1919, 159, 'Petrograd, Nov 1919'],
	[
		1920,
		9,
		'Order No. 194 by the Chairman of the RVS of the First Labour Army, Yekaterinburg, 24 Feb 1920',
		'https://marxists-malta.org/archive/trotsky/1920/military/ch09.htm'
	],
	[1920, 11, 'Order No. 195, Yekaterinburg, 26 Feb 1920'],
	[
		1920,
		12,
		'Basic propositions of a report to the Yekaterinburg organisation of the RCP, 25 Feb 1920'
	],
	[1920, 15, 'Order No. 198, Yekaterinburg, 4 Mar 1920'],
	[1920, 26, 'Order No. 210 to the forces of the Western Front, Smolensk, 8 May 1920'],
	[1920, 28, 'Order No. 213 to the commanders of the Western Front, 9 May 1920'],
	[1920, 30, 'Order No. 214 to the 16th Army, Novozybkov, 10 May 1920'],
	[1920, 31, 'Order No. 215, Gomel, 10 May 1920'],
	[
		1920,
		32,
		'Order No. 217 to the troops of the Western and South-Western fronts, Gomel, 10 May 1920'
	],
	[1920, 36, 'Order No. 220, Mogilev, 15 May 1920'],
	[1920, 41, 'Order No. 230, Moscow, 30 Jun 1920'],
	[1920, 43, 'Order No. 231 to the Western and South-Western Fronts, Moscow, 17 Jul 1920'],
	[
		1920,
		47,
		'Order No. 233 to the Red Forces fighting against White-Guard Poland, Moscow, 14 Aug 1920'
	],
	[1920, 52, 'Order No. 241, Minsk, 9 Sep 1920'],
	[1920, 58, 'Report to the Moscow Soviet, 17 Aug 1920'],
	[1920, 62, 'Order No. 236 to the 9th Army, Yekaterinodar, 26 Aug 1920'],
	[1920, 64, 'Order No. 239, Aleksandrovsk, 30 Aug 1920'],
	[1920, 70, 'Order No. 246 to the armies of the Southern Front, 13 Oct 1920'],
	[1920, 72, 'Order No. 247 to the War Department and the Transport Commissariat, 14 Oct 1920'],
	[1920, 79, 'Order No. 78 to the Nikolayev Division, Pokrovsk, 27 Jan 1919'],
	[1920, 82, 'Order No. 81 (March 1919)'],
	[
		1920,
		115,
		'Communication to representatives of the Soviet press, 29 Nov 1920 (Donets Basin inspection)'
	],
	[1920, 94, 'Order No. 89 to the Forces of the Northern Front, Vologda, 20 Apr 1919']
];
for (const [y, ch, title, url] of H) TRAIN_SOURCES.push(htra(y, ch, title, url));

const T = [
	[
		211,
		'Telegram to Lenin, From: Kursk 26/XII [1918], No. 1511',
		'1918/leon-trotsky-telegram-to-lenin.html'
	],
	[
		219,
		'Telegram to Lenin, From: Kozlov 27/XII [1918], No. 1526',
		'1918/leon-trotsky-telegram-to-lenin-3.html'
	],
	[
		227,
		'Telegram to Lenin, From: Voronezh, December 31, 1918, No. 1633',
		'1918/leon-trotsky-telegram-to-lenin-7.html'
	],
	[
		231,
		'Letter to Lenin, From: Voronezh, January 2, 1919, No. 35 (Outgoing papers of the Field Chancery No. 1 for 1919)',
		'1919/leon-trotsky-letter-to-lenin-1.html'
	],
	[
		235,
		'Telegram to Lenin and Sverdlov, From: Kursk 2/1 [1919], No. 36 (file of the Field Chancery of the train of the Chairman of the RVSR)',
		'1919/leon-trotsky-telegram-to-lenin.html'
	],
	[
		249,
		'Letter to Lenin, 11 January 1919 ("shortly leaving for Balashov")',
		'1919/leon-trotsky-letter-to-lenin-3.html'
	],
	[
		255,
		'Telegram to Lenin, From: Petrograd 19/1.1919, No. 303',
		'1919/leon-trotsky-telegram-to-lenin-4.html'
	],
	[
		257,
		'Telegram to Lenin, From: Kozlov, 22 Jan 1919, No. 338',
		'1919/leon-trotsky-telegram-to-lenin-5.html'
	],
	[
		259,
		'Telegram to Lenin, From: Voronezh, 23 Jan 1919, No. 373',
		'1919/leon-trotsky-telegram-to-lenin-6.html'
	],
	[
		261,
		'Telegram to Lenin, No. 9, Secret, 25/1.1919, From: Balashov ("I am leaving for Arzamas")',
		'1919/leon-trotsky-telegram-to-lenin-7.html'
	]
];
for (const [p, c, f] of T) TRAIN_SOURCES.push(tp(p, c, f));
