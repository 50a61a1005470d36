// journey.json content for the exile journey that is not derived from stops and legs.
// Trip start/end dates and the region bbox are computed by build-exile.mjs from the stops and legs.
const SEED = 'smele-2015-trotsky-entry';

export const JOURNEY = {
	title: "Trotsky's exile, 1928–1940",
	subtitle: 'Alma-Ata, Prinkipo, France, Norway, Coyoacán',
	summary:
		'From internal exile in Alma-Ata (January 1928) through deportation from the USSR by Odessa and the steamer Ilyich (February 1929), four years on Prinkipo with one lecture trip to Copenhagen (1932), two years of shifting residences in France (1933–1935), eighteen months in Norway (1935–1936), and the tanker Ruth to Mexico, where Trotsky lived in Coyoacán until he was murdered in August 1940.',
	period: {
		start: {
			date: '1928-01-16',
			precision: 'day',
			note: 'the aborted first departure from the Kazan station; he actually left on 17 January'
		},
		end: {
			date: '1940-08-21',
			precision: 'day',
			note: 'died in hospital the day after the attack of 20 August'
		}
	},
	trips: [
		{
			number: 1,
			label: 'E1',
			title:
				'Moscow → Alma-Ata: internal exile (rail to Frunze, then road and sledge over the Kurdai pass)',
			grade: 'documented',
			sources: [
				'felshtinsky-chernyavsky-lt-rulit-p212',
				'moya-zhizn-ch43-ru',
				'proza-2025-trotsky-almaata',
				'vernoye-almaty-trotsky'
			]
		},
		{
			number: 2,
			label: 'E2',
			title:
				'Deportation: Alma-Ata → Frunze → special train by Aktyubinsk and Ryazhsk → held in the Kursk region → Odessa',
			grade: 'documented',
			sources: [
				'felshtinsky-chernyavsky-lt-rulit-p233',
				'rosmer-ma-vie-appendice',
				'chernyavsky-lev-trotskii-p226'
			]
		},
		{
			number: 3,
			label: 'E3',
			title: 'Steamer Ilyich, Odessa → Constantinople; residence on Prinkipo (Büyükada)',
			grade: 'documented',
			sources: [
				'chernyavsky-lev-trotskii-p226',
				'maviboncuk-2021-galata',
				'van-heijenoort-journal-dexil-avant-propos'
			]
		},
		{
			number: 4,
			label: 'E4',
			title:
				'The Copenhagen lecture trip (Prinkipo → Marseilles → Dunkirk → Esbjerg → Copenhagen and back by Italy)',
			grade: 'documented',
			sources: [
				'van-heijenoort-eljineteinsomne-xciii',
				'ptt-museum-2008-trotskij',
				'writings-1932-p346'
			]
		},
		{
			number: 5,
			label: 'E5',
			title:
				'Steamer Bulgaria, Prinkipo → Cassis, and the French residences (Saint-Palais, Bagnères, Barbizon, Lagny, Chamonix, Saint-Pierre-de-Chartreuse, Domène)',
			grade: 'documented',
			sources: [
				'broue-1988-ch49',
				'broue-1988-ch51',
				'ceip-van-heijenoort-francia',
				'van-heijenoort-eljineteinsomne-xcv'
			]
		},
		{
			number: 6,
			label: 'E6',
			title:
				'France → Antwerp → Oslo (June 1935) and the Norwegian residences (Jevnaker, Wexhall, Sundby)',
			grade: 'documented',
			sources: [
				'ceip-van-heijenoort-noruega',
				'hoidal-2013-preface',
				'dagsavisen-sensasjonell-rettssak'
			],
			notes: [
				{
					kind: 'seed',
					text: 'Arrival in Norway was on 18 June 1935, not in July as the seed entry\'s "France (to 18 July 1935)" implies.',
					sources: [SEED, 'hoidal-2013-preface', 'ceip-van-heijenoort-noruega']
				}
			]
		},
		{
			number: 7,
			label: 'E7',
			title:
				'Tanker Ruth to Tampico, special train to Mexico City, Coyoacán (Casa Azul, then Avenida Viena)',
			grade: 'documented',
			sources: [
				'ceip-1936-12-28-atlantico',
				'milenio-frida-tampico',
				'lucesmexicanas-trotsky',
				'patula-doubek-1998'
			]
		}
	],
	// No published total distance for the exile journeys was found (distance_claims.md §4 lists only
	// leg figures). The figures below are the leg distances published in the sources, each with what it covers.
	claims: [
		{
			id: 'sedova-pishpek-almaata-300-verst',
			value: 300,
			unit: 'verst',
			qualifier: 'about',
			wording: 'около трехсот верст',
			language: 'ru',
			translation: 'about three hundred versts',
			covers:
				'the road from Pishpek (Frunze) to Alma-Ata, January 1928 (one leg, not the whole exile)',
			sources: ['sedova-diary-dnevniki-1994']
		},
		{
			id: 'sedova-kurdai-30-verst',
			value: 30,
			unit: 'verst',
			qualifier: 'about',
			wording: 'верст 30',
			language: 'ru',
			translation: 'some 30 versts',
			covers: 'the stretch over the Kurdai pass covered with horses, January 1928',
			sources: ['sedova-diary-dnevniki-1994']
		},
		{
			id: 'trotsky-weksal-35-mi',
			value: 35,
			unit: 'mi',
			qualifier: 'about',
			wording: 'thirty-five miles from Oslo',
			language: 'en',
			covers:
				'the distance of Wexhall (Weksal) from Oslo, as Trotsky gives it (not a leg travelled in one piece)',
			sources: ['trotsky-1936-socialist-norway']
		},
		{
			id: 'trotsky-jevnaker-70-km',
			value: 70,
			unit: 'km',
			qualifier: 'about',
			wording: "un hôtel de village, à soixante-dix kilomètres d'Oslo",
			language: 'fr',
			translation: 'a village hotel seventy kilometres from Oslo',
			covers: 'the distance of the first Norwegian lodging (Jevnaker) from Oslo, June 1935',
			sources: ['journal-dexil-1935-06-17'],
			notes: [
				{
					kind: 'disagreement',
					text: 'Van Heijenoort puts Jevnaker "about fifty kilometres north-west of Oslo".',
					sources: ['ceip-van-heijenoort-noruega']
				}
			]
		}
	],
	facts: [
		{
			id: 'ilyich',
			topic: 'ship',
			text: 'The steamer Ilyich, which carried Trotsky from Odessa to Constantinople, was the former "Imperator Nikolai II"; it replaced the icebound Kalinin.',
			grade: 'documented',
			sources: ['yanin-rospisatel-trotsky', 'chernyavsky-lev-trotskii-p226']
		},
		{
			id: 'humanite-1929',
			topic: 'press',
			text: "L'Humanité first reported the deportation on 25 January 1929, three days after the departure from Alma-Ata.",
			grade: 'documented',
			sources: ['rosmer-ma-vie-appendice']
		},
		{
			id: 'prinkipo-fire',
			topic: 'residence',
			text: 'The house on Prinkipo burned at 2 a.m. in the night of 28 February – 1 March 1931; part of the archives and manuscripts was destroyed.',
			grade: 'documented',
			sources: ['van-heijenoort-journal-dexil-avant-propos']
		},
		{
			id: 'copenhagen-lecture',
			topic: 'lecture',
			text: 'Copenhagen, 27 November 1932: lecture on the Russian Revolution, in German, to an audience of about 2,500 at the invitation of the Social Democratic students, on an eight-day visa.',
			grade: 'documented',
			sources: [
				'socialismorevolucionario-2021-copenhague',
				'wt-1932-11-29',
				'ptt-museum-2008-trotskij'
			]
		},
		{
			id: 'ruth-voyage',
			topic: 'ship',
			text: 'The Norwegian tanker Ruth carried only two passengers, Trotsky and Sedova, with the police officer Jonas Lie; it passed the Azores on 27 December 1936 and reached Tampico after 21 days.',
			grade: 'documented',
			sources: ['ceip-1936-12-28-atlantico', 'kiosco-trotsky-tampico']
		},
		{
			id: 'paris-ship-1935',
			topic: 'ship',
			text: 'From Antwerp to Oslo (15–18 June 1935) the party sailed on the Norwegian ship Paris.',
			grade: 'documented',
			sources: ['ceip-van-heijenoort-noruega']
		},
		{
			id: 'death',
			topic: 'death',
			text: 'Attacked by Ramón Mercader at the Avenida Viena house on 20 August 1940, Trotsky died in hospital in Mexico City on 21 August 1940.',
			grade: 'documented',
			sources: [SEED, 'patula-doubek-1998']
		}
	],
	notes: [
		{
			kind: 'seed',
			text: 'Seed: "banished to Alma-Ata … on 17 January 1928" — supported. The departure from the Kazan station on 16 January was aborted by a crowd; he left on 17 January from the Yaroslavsky station (one article: 18 January).',
			sources: [
				SEED,
				'felshtinsky-chernyavsky-lt-rulit-p212',
				'kotkin-stalin-p443',
				'proza-2025-trotsky-almaata'
			]
		},
		{
			kind: 'seed',
			text: 'Seed: "forcibly exiled from the USSR on 16 January 1929" — not a travel date in any source seen. The GPU decided on 18 January 1929, announced it on 20 January; Trotsky left Alma-Ata on 22 January, sailed from Odessa in the night of 10–11 February and reached Turkey on 12 February 1929.',
			sources: [
				SEED,
				'trotsky-1929-deportation',
				'maviboncuk-2021-galata',
				'felshtinsky-chernyavsky-lt-rulit-p233'
			]
		},
		{
			kind: 'seed',
			text: 'Seed: Turkey "to 24 July 1933" — 24 July is the landing in France (Cassis); he left Turkey on 17 July.',
			sources: [SEED, 'broue-1988-ch49', 'trotsky-1933-moving-to-france']
		},
		{
			kind: 'seed',
			text: 'Seed: France "to 18 July 1935" — wrong by a month. Trotsky arrived in Norway on 18 June 1935 (left Domène 10 June, Paris 14 June, Antwerp 15 June).',
			sources: [SEED, 'hoidal-2013-preface', 'nzh-1935-06-20', 'ceip-van-heijenoort-noruega']
		},
		{
			kind: 'seed',
			text: 'Seed: Norway "to December 1936" and Mexico "from 9 January 1937" — both supported (the Ruth sailed in the night of 19–20 December 1936 and reached Tampico on 9 January 1937).',
			sources: [SEED, 'felshtinsky-chernyavsky-vrag1-p79', 'milenio-frida-tampico']
		},
		{
			kind: 'disagreement',
			text: 'Departure from Moscow: 17 January 1928 (Felshtinsky/Chernyavsky) or 18 January 1928 (proza.ru). Arrival in Norway: 18 June 1935 (van Heijenoort, Høidal, press) or about 15 June (Journal d\'exil, entry dated 17 June). Sailing of the Ruth: night of 19 December (Kiosco) or of 19–20 December (Felshtinsky/Chernyavsky), from Fagerstrand or "Oslo". Arrival at Tampico: 07:00 or midnight.',
			sources: [
				'felshtinsky-chernyavsky-lt-rulit-p212',
				'proza-2025-trotsky-almaata',
				'ceip-van-heijenoort-noruega',
				'journal-dexil-1935-06-17',
				'kiosco-trotsky-tampico',
				'felshtinsky-chernyavsky-vrag1-p79',
				'salvadoryoscar-trotsky-mexico',
				'eluniversal-1937-tampico'
			]
		},
		{
			kind: 'caution',
			text: 'Sea lanes are reconstructions of ordinary steamer courses between documented ports; they are checked against Natural Earth 50m land (scripts/geodata/check-sea-legs.mjs). Documented waypoints: the Bosporus (1929), the Corinth Canal (1932), the Azores and "the strait" (Ruth, 1936).',
			sources: ['ceip-1936-12-28-atlantico', 'bo-32-1932', 'maviboncuk-2021-galata']
		},
		{
			kind: 'caution',
			text: 'No published total distance for the exile journeys was found; the claims listed are single-leg figures from the sources.',
			sources: ['sedova-diary-dnevniki-1994', 'trotsky-1936-socialist-norway']
		}
	]
};
