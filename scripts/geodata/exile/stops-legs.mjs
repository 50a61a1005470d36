// Stops and legs of the exile journey, 1928–1940, in journey order. Coordinates come from
// geodata/places.geojson at build time; sea-lane and rail-trace shape points from ./lanes.mjs.
// Research base: shared/reference/exile_route.md (legs E01–E30) plus the sources in ./sources.mjs.

/** A historical date. */
export const D = (date, precision = 'day', extra = {}) => ({ date, precision, ...extra });
const approx = (date, earliest, latest, note) => ({
	date,
	precision: 'approx',
	earliest,
	latest,
	...(note ? { note } : {})
});
const month = (date, extra = {}) => ({ date, precision: 'month', ...extra });

const SEED = 'smele-2015-trotsky-entry';

// ---------------------------------------------------------------------------------------------
// Stops. `id` is derived: YYYY-MM-DD-<place>[-n] from arrive (or depart).
// ---------------------------------------------------------------------------------------------
export const STOPS = [
	// ---- Trip 1: Moscow -> Alma-Ata, January 1928 -------------------------------------------------
	{
		place: 'moscow_yaroslavsky_stn',
		trip: 1,
		depart: D('1928-01-17', 'day', {
			note: 'about 2 p.m. (Chernyavsky/Felshtinsky); one local-history article gives 18 Jan'
		}),
		summary:
			'Carried out of his flat by GPU men, Trotsky is driven to the square of the three stations and put into a single carriage behind a locomotive at the Yaroslavsky station (not the Kazan station, where the crowd had waited the night before). The carriage was later attached, at a suburban station not named in the sources, to the Moscow–Tashkent mail train.',
		grade: 'documented',
		sources: [
			'felshtinsky-chernyavsky-lt-rulit-p212',
			'proza-2025-trotsky-almaata',
			'my-life-ch43'
		],
		notes: [
			{
				kind: 'disagreement',
				text: "Departure date: 17 January 1928 at about 2 p.m. (Felshtinsky/Chernyavsky; Sedova's diary in My Life puts the delay at two days after the aborted start) against 18 January 1928 (proza.ru local-history article). The map uses 17 January.",
				sources: [
					'felshtinsky-chernyavsky-lt-rulit-p212',
					'proza-2025-trotsky-almaata',
					'my-life-ch43'
				]
			},
			{
				kind: 'caution',
				text: 'A first departure on the evening of 16 January 1928 from the Kazan (Kazansky) station was called off because a crowd of supporters blocked the train (GPU report: "22 час. 16/I у Казанского вокзала"). Trotsky himself was not taken to the station that night.',
				sources: ['kotkin-stalin-p443', 'my-life-ch43']
			},
			{
				kind: 'seed',
				text: 'The seed entry says he was "banished to Alma-Ata in Kazakhstan on 17 January 1928": this matches the actual departure (16 Jan was the aborted start; one article gives 18 Jan).',
				sources: [SEED, 'felshtinsky-chernyavsky-lt-rulit-p212']
			}
		]
	},
	{
		place: 'samara',
		trip: 1,
		passThrough: true,
		arrive: approx(
			'1928-01-19',
			'1928-01-18',
			'1928-01-20',
			'interpolated between Moscow (17 Jan) and Frunze (c. 24 Jan)'
		),
		summary:
			'The train passes Samara. Trotsky: "The farther from Moscow, the more considerate the escort became. In Samara…"',
		grade: 'probable',
		reasoning:
			'Samara is named in My Life; the date is interpolated along the line between the documented departure and the arrival on the eighth day.',
		sources: ['moya-zhizn-ch43-ru', 'my-life-ch43']
	},
	{
		place: 'akbulak',
		trip: 1,
		passThrough: true,
		arrive: approx('1928-01-20', '1928-01-19', '1928-01-21', 'interpolated'),
		summary: 'Snowdrifts hold the train at Ak-Bulak for about ten hours.',
		grade: 'probable',
		reasoning:
			'The halt at Ak-Bulak is in My Life; its date is interpolated along the Orenburg–Tashkent line.',
		sources: ['moya-zhizn-ch43-ru']
	},
	{
		place: 'kzylorda',
		trip: 1,
		passThrough: true,
		arrive: approx('1928-01-22', '1928-01-21', '1928-01-23', 'interpolated'),
		summary: 'The train passes Kzyl-Orda, then the capital of the Kazakh ASSR.',
		grade: 'probable',
		reasoning: 'Kzyl-Orda is mentioned en route in My Life; the date is interpolated.',
		sources: ['moya-zhizn-ch43-ru']
	},
	{
		place: 'frunze',
		trip: 1,
		arrive: approx(
			'1928-01-24',
			'1928-01-23',
			'1928-01-24',
			'"on the eighth day" after leaving Moscow'
		),
		depart: approx('1928-01-24', '1928-01-24', '1928-01-25'),
		summary:
			'The carriage, taken on past the Tashkent line, reaches the railhead at Pishpek (Frunze since 1926): there was no railway to Alma-Ata until the Turksib reached it in 1929. The party continues by road.',
		grade: 'documented',
		sources: ['proza-2025-trotsky-almaata', 'sedova-diary-dnevniki-1994']
	},
	{
		place: 'kurdai_pass',
		trip: 1,
		passThrough: true,
		arrive: approx('1928-01-24', '1928-01-24', '1928-01-25'),
		summary: 'Over the snowbound Kurdai pass: after the motor stretch, horses for about 30 versts.',
		grade: 'documented',
		sources: ['sedova-diary-dnevniki-1994', 'proza-2025-trotsky-almaata']
	},
	{
		place: 'almaata',
		trip: 1,
		arrive: D('1928-01-25', 'day', { note: 'at night' }),
		depart: D('1929-01-22', 'day', { note: 'at dawn' }),
		summary:
			'Arrival at Alma-Ata on the night of 25 January 1928 with twelve guards. Almost a year of internal exile follows.',
		grade: 'documented',
		sources: ['vernoye-almaty-trotsky', 'kommersant-5782745', 'proza-2025-trotsky-almaata'],
		notes: [
			{
				kind: 'caution',
				text: 'The GPU Special Conference decided on 18 January 1929 to deport Trotsky from the USSR; the decision was announced to him on 20 January.',
				sources: ['trotsky-1929-deportation', 'maviboncuk-2021-galata']
			}
		]
	},

	// ---- Trip 2: Alma-Ata -> Frunze -> special train -> Kursk region -> Odessa, Jan–Feb 1929 ---
	{
		place: 'almaata',
		trip: 2,
		depart: D('1929-01-22', 'day', { note: 'at dawn' }),
		summary:
			'Deportation begins: Trotsky, Sedova and their son Lev leave Alma-Ata under escort by bus.',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233', 'vernoye-almaty-trotsky'],
		notes: [
			{
				kind: 'seed',
				text: 'The seed entry says he was "forcibly exiled from the USSR on 16 January 1929". No source seen supports 16 January as a travel date: the GPU decision was taken on 18 January, announced on 20 January, the party left Alma-Ata on 22 January, sailed from Odessa in the night of 10–11 February and reached Turkey on 12 February 1929. (16 January may be the date of a Politburo decision; not verified.)',
				sources: [
					SEED,
					'trotsky-1929-deportation',
					'felshtinsky-chernyavsky-lt-rulit-p233',
					'maviboncuk-2021-galata'
				]
			}
		]
	},
	{
		place: 'kurdai_pass',
		trip: 2,
		passThrough: true,
		arrive: D('1929-01-22'),
		summary:
			'The bus, towed by a tractor, sticks in the snow on the way to the pass; the party goes on in sledges, 30 km in more than seven hours.',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		place: 'frunze',
		trip: 2,
		arrive: approx('1929-01-23', '1929-01-22', '1929-01-24'),
		depart: approx('1929-01-23', '1929-01-22', '1929-01-24'),
		summary:
			'By car from the end of the sledge stretch to the railhead at Frunze, where a special train waits.',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		place: 'aktyubinsk',
		trip: 2,
		passThrough: true,
		arrive: approx('1929-01-26', '1929-01-24', '1929-01-28', 'interpolated'),
		summary: 'At Aktyubinsk a telegram names the destination: Constantinople.',
		grade: 'probable',
		reasoning:
			'Aktyubinsk and the telegram are documented; the date is interpolated along the line.',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		place: 'ryazhsk',
		trip: 2,
		passThrough: true,
		arrive: approx('1929-01-29', '1929-01-26', '1929-02-01', 'interpolated'),
		summary: 'G. Bulanov joins the train at Ryazhsk station.',
		grade: 'probable',
		reasoning:
			'Ryazhsk is documented; the date is interpolated between Frunze and the halt in the Kursk region.',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		place: 'kursk',
		trip: 2,
		arrive: approx('1929-01-31', '1929-01-27', '1929-02-03', 'interpolated'),
		depart: approx(
			'1929-02-08',
			'1929-02-06',
			'1929-02-09',
			'the train reached Odessa in the night to 10 February'
		),
		summary:
			'The train is held for many days on a dead-end branch ("на глухой ветке") "in the region of Kursk", in severe frost; Sergei Sedov and his wife come to the train. Meanwhile L\'Humanité reports the deportation (25 January).',
		grade: 'probable',
		reasoning:
			'Rosmer places the halt "dans la région de Koursk"; the siding itself is not identified, so the stop is drawn at Kursk. Its dates are inferred from the sequence (Ryazhsk before, Odessa in the night to 10 February).',
		sources: [
			'rosmer-ma-vie-appendice',
			'felshtinsky-chernyavsky-oppozitsioner-p70',
			'deutscher-prophet-unarmed'
		],
		notes: [
			{
				kind: 'caution',
				text: 'Placed at Kursk city as a stand-in: the sources say only "a dead-end branch" in the Kursk region.',
				sources: ['rosmer-ma-vie-appendice', 'felshtinsky-chernyavsky-oppozitsioner-p70']
			}
		]
	},
	{
		place: 'odessa',
		trip: 2,
		arrive: D('1929-02-10', 'day', { note: 'in the night of 9–10 February' }),
		depart: D('1929-02-10', 'day', { note: 'sailed in the night of 10–11 February' }),
		summary: 'The train drives at night through the streets and the harbour to the quay at Odessa.',
		grade: 'documented',
		sources: ['chernyavsky-lev-trotskii-p226', 'deutscher-prophet-unarmed']
	},

	// ---- Trip 3: Ilyich Odessa -> Constantinople; Prinkipo, 1929–1932 -----------------------------
	{
		place: 'odessa',
		trip: 3,
		depart: D('1929-02-10', 'day', { note: 'in the night of 10–11 February' }),
		summary:
			'Embarkation on the steamer Ilyich (the ex-"Imperator Nikolai II"): the Kalinin, planned for the crossing, was icebound.',
		grade: 'documented',
		sources: ['chernyavsky-lev-trotskii-p226', 'yanin-rospisatel-trotsky']
	},
	{
		place: 'istanbul',
		trip: 3,
		arrive: D('1929-02-12'),
		depart: month('1929-04-01', {
			latest: '1929-05-31',
			note: '"two months" after arrival; on 16 April he still spoke of settling "near Istanbul"'
		}),
		summary:
			'The Ilyich enters the Bosporus; Trotsky and Sedova arrive in Turkey on 12 February 1929. Trotsky hands the Turkish police a note for President Kemal. First weeks in Constantinople.',
		grade: 'documented',
		sources: [
			'maviboncuk-2021-galata',
			'van-heijenoort-journal-dexil-avant-propos',
			'we-refugees-1929-istanbul-statement'
		]
	},
	{
		place: 'buyukada',
		trip: 3,
		arrive: month('1929-04-01', { latest: '1929-05-31', note: 'about two months after arrival' }),
		depart: D('1932-11-14'),
		summary:
			'Residence on Prinkipo (Büyükada) in the Sea of Marmara, where Trotsky writes My Life and the History of the Russian Revolution. The house burns in the night of 28 February – 1 March 1931.',
		grade: 'documented',
		sources: [
			'maviboncuk-2021-galata',
			'van-heijenoort-journal-dexil-avant-propos',
			'nzh-1935-06-20'
		],
		notes: [
			{
				kind: 'disagreement',
				text: 'When he moved to Prinkipo: "two months" after arrival, i.e. spring 1929 (Mavi Boncuk), against April 1930 (Avgi, 2018). The 16 April 1929 press statement still speaks of settling "somewhere near Istanbul". The map uses spring 1929.',
				sources: [
					'maviboncuk-2021-galata',
					'avgi-2018-trotsky-greece',
					'we-refugees-1929-istanbul-statement'
				]
			},
			{
				kind: 'caution',
				text: 'After the fire of 1931 Trotsky left the island while the house was being repaired (Politiken interview, 23 Nov 1932); where he lived meanwhile is not placed here.',
				sources: ['trotsky-1932-politiken-interview', 'van-heijenoort-journal-dexil-avant-propos']
			}
		]
	},

	// ---- Trip 4: the Copenhagen lecture trip, 14 Nov – 11/12 Dec 1932 ------------------------------
	{
		place: 'buyukada',
		trip: 4,
		depart: D('1932-11-14'),
		summary:
			'Trotsky and Sedova leave Prinkipo with Jan Frankel, Otto Schüssler and Pierre Frank for a lecture in Copenhagen.',
		grade: 'documented',
		sources: ['van-heijenoort-eljineteinsomne-xciii', 'ceip-1932-11-21-marsella'],
		notes: [
			{
				kind: 'disagreement',
				text: 'Bulletin of the Opposition No. 32 prints the departure as "14 October"; another article also writes October for November. The journey began on 14 November 1932.',
				sources: [
					'bo-32-1932',
					'socialismorevolucionario-2021-copenhague',
					'van-heijenoort-eljineteinsomne-xciii'
				]
			}
		]
	},
	{
		place: 'istanbul',
		trip: 4,
		depart: D('1932-11-14'),
		summary:
			'Embarkation at Constantinople (Galata) on the Italian steamer Praga of the Lloyd Triestino, under the name "Sedoff".',
		grade: 'documented',
		sources: [
			'ptt-museum-2008-trotskij',
			'wt-1932-11-29',
			'lastoriadelnapoli-trotzki',
			'maviboncuk-2021-galata'
		]
	},
	{
		place: 'piraeus',
		trip: 4,
		passThrough: true,
		arrive: D('1932-11-16'),
		summary: 'Call at Piraeus; Trotsky is not allowed ashore.',
		grade: 'documented',
		sources: ['avgi-2018-trotsky-greece', 'socialismorevolucionario-2021-copenhague']
	},
	{
		place: 'corinth_canal',
		trip: 4,
		passThrough: true,
		arrive: approx('1932-11-16', '1932-11-16', '1932-11-17', 'at night'),
		summary: 'Passage of the Corinth Canal at night; a demonstration on the bank.',
		grade: 'documented',
		sources: ['bo-32-1932', 'radnickaborba-1932']
	},
	{
		place: 'naples',
		trip: 4,
		passThrough: true,
		arrive: approx('1932-11-18', '1932-11-17', '1932-11-20'),
		summary: 'Call at Naples; under police escort Trotsky visits the ruins of Pompeii.',
		grade: 'documented',
		reasoning:
			'The call and the Pompeii visit are documented; the day is inferred from Piraeus (16 Nov) and Marseilles (21 Nov).',
		sources: ['lastoriadelnapoli-trotzki', 'socialismorevolucionario-2021-copenhague']
	},
	{
		place: 'marseille',
		trip: 4,
		arrive: D('1932-11-21'),
		depart: D('1932-11-21'),
		summary:
			'Press statement at Marseilles. The ship is late: the party overtakes the Paris train by car and crosses France to Dunkirk.',
		grade: 'documented',
		sources: ['ceip-1932-11-21-marsella', 'writings-1932-p314']
	},
	{
		place: 'dunkirk',
		trip: 4,
		passThrough: true,
		arrive: approx('1932-11-22', '1932-11-21', '1932-11-22'),
		summary: 'Embarkation at Dunkirk on the Danish steamer A.P. Bernstorff for Esbjerg.',
		grade: 'documented',
		sources: ['ptt-museum-2008-trotskij', 'socbib-2006-capa-trotski']
	},
	{
		place: 'esbjerg',
		trip: 4,
		passThrough: true,
		arrive: D('1932-11-23'),
		summary:
			'Landing at Esbjerg: a crowd at the quay; in a railway carriage Trotsky dictates a press statement. The Danish State Railways take him on towards Copenhagen.',
		grade: 'documented',
		sources: ['writings-1932-p314', 'wt-1932-11-29', 'ptt-museum-2008-trotskij']
	},
	{
		place: 'copenhagen',
		trip: 4,
		arrive: D('1932-11-23', 'day', {
			note: 'he left the train at Taastrup to avoid the crowd at the central station'
		}),
		depart: approx('1932-12-02', '1932-11-30', '1932-12-03', 'eight-day visa, slightly extended'),
		summary:
			'Copenhagen: lecture to about 2,500 people on 27 November 1932 at the invitation of the Social Democratic students; a speech is relayed to the United States by telephone.',
		grade: 'documented',
		reasoning:
			'Arrival and lecture are documented; the departure day is inferred from the eight-day visa that was "slightly extended".',
		sources: [
			'ptt-museum-2008-trotskij',
			'wt-1932-11-29',
			'socialismorevolucionario-2021-copenhague',
			'socbib-2006-capa-trotski'
		]
	},
	{
		place: 'esbjerg',
		trip: 4,
		passThrough: true,
		arrive: approx('1932-12-02', '1932-11-30', '1932-12-03'),
		summary:
			'Back across Denmark to the North Sea port (routing assumed the same as on the way out).',
		grade: 'reconstructed',
		reasoning:
			'The return to Dunkirk is documented; that it went again by Esbjerg is assumed from the outward route (exile_route.md E14: "[Esbjerg]").',
		sources: ['writings-1932-p343', 'trotsky-1932-brindisi-statement']
	},
	{
		place: 'dunkirk',
		trip: 4,
		passThrough: true,
		arrive: approx('1932-12-03', '1932-12-01', '1932-12-04'),
		summary:
			'At Dunkirk the police say the next ship from Marseilles leaves in nine days; friends rent a villa near Marseilles.',
		grade: 'documented',
		reasoning: 'The Dunkirk episode is documented; its day is inferred.',
		sources: [
			'writings-1932-p343',
			'trotsky-1932-brindisi-statement',
			'van-heijenoort-eljineteinsomne-xciii'
		]
	},
	{
		place: 'marseille',
		trip: 4,
		arrive: approx('1932-12-05', '1932-12-04', '1932-12-07'),
		depart: approx(
			'1932-12-07',
			'1932-12-06',
			'1932-12-08',
			'telegram to Herriot from the docks, 7 Dec'
		),
		summary:
			'At Marseilles the police put the couple aboard the Italian boat Campidoglio (fifteen days to Istanbul); from the docks Trotsky telegraphs Herriot asking to leave instead across Italy.',
		grade: 'documented',
		sources: ['writings-1932-p343', 'trotsky-1932-brindisi-statement']
	},
	{
		place: 'brindisi',
		trip: 4,
		passThrough: true,
		arrive: D('1932-12-08'),
		summary: 'Press statement at Brindisi on the "disagreeable incident" at Marseilles.',
		grade: 'documented',
		sources: ['trotsky-1932-brindisi-statement', 'van-heijenoort-eljineteinsomne-xciii'],
		notes: [
			{
				kind: 'caution',
				text: 'Marseilles (telegram dated 7 Dec) to Brindisi (statement dated 8 Dec) is very tight by any means; one of the two dates may be a dispatch date.',
				sources: ['writings-1932-p343', 'trotsky-1932-brindisi-statement']
			}
		]
	},
	{
		place: 'istanbul',
		trip: 4,
		arrive: D('1932-12-11'),
		depart: approx('1932-12-12', '1932-12-11', '1932-12-13'),
		summary:
			'Back in Turkey aboard the steamer Adria, where Trotsky spends the night; statement to the press: "We shall return to the island of Prinkipo".',
		grade: 'documented',
		sources: ['writings-1932-p346', 'van-heijenoort-eljineteinsomne-xciii']
	},
	{
		place: 'buyukada',
		trip: 4,
		arrive: approx('1932-12-12', '1932-12-11', '1932-12-13'),
		depart: D('1933-07-17'),
		summary:
			'Back at Prinkipo until July 1933 (Zina Volkova dies in Berlin on 5 January 1933; Hitler becomes chancellor on 30 January).',
		grade: 'documented',
		sources: ['writings-1932-p346', 'van-heijenoort-journal-dexil-avant-propos']
	},

	// ---- Trip 5: Prinkipo -> Cassis (Bulgaria) and the French residences, 1933–1935 ---------------
	{
		place: 'buyukada',
		trip: 5,
		depart: D('1933-07-17'),
		summary:
			'Departure from Prinkipo for France: the decree of expulsion of 1916 has been revoked and a French visa granted.',
		grade: 'documented',
		sources: [
			'trantor-retour-en-france',
			'trotsky-1933-moving-to-france',
			'van-heijenoort-journal-dexil-avant-propos'
		]
	},
	{
		place: 'istanbul',
		trip: 5,
		passThrough: true,
		depart: D('1933-07-17'),
		summary:
			'The Italian steamer Bulgaria sails from Constantinople with Trotsky, Sedova and their secretaries.',
		grade: 'probable',
		reasoning:
			'Broué: the Bulgaria "amène de Constantinople Trotsky"; that the party boarded at Istanbul (rather than off the island) is implied, not stated.',
		sources: ['broue-1988-ch49', 'trantor-retour-en-france']
	},
	{
		place: 'piraeus',
		trip: 5,
		passThrough: true,
		arrive: approx('1933-07-18', '1933-07-18', '1933-07-19'),
		summary:
			'Call at Piraeus; Trotsky and Sedova stay aboard. Trotsky, down with lumbago, spends the voyage in his cabin.',
		grade: 'documented',
		reasoning: 'The call is documented; the day is inferred.',
		sources: ['ceip-van-heijenoort-francia']
	},
	{
		place: 'catania',
		trip: 5,
		passThrough: true,
		arrive: approx('1933-07-20', '1933-07-19', '1933-07-21'),
		summary:
			'Call at Catania (van Heijenoort goes ashore with Sedova; perhaps also at Naples). An article is dated "aboard the Bulgaria, 19 July 1933".',
		grade: 'documented',
		reasoning: 'The call is documented; the day is inferred.',
		sources: ['ceip-van-heijenoort-francia'],
		notes: [
			{
				kind: 'caution',
				text: 'Van Heijenoort is unsure whether the Bulgaria also called at Naples ("quizás también en Nápoles"); no Naples call is drawn.',
				sources: ['ceip-van-heijenoort-francia']
			}
		]
	},
	{
		place: 'cassis',
		trip: 5,
		arrive: D('1933-07-24', 'day', { note: 'in the morning' }),
		depart: D('1933-07-24'),
		summary:
			'Off Marseilles the Bulgaria stops at sea; a police launch with Lev Sedov aboard takes Trotsky and Sedova off and lands them secretly at the small port of Cassis, where a Sûreté commissioner hands Trotsky an unrestricted residence permit.',
		grade: 'documented',
		sources: ['broue-1988-ch49', 'ceip-van-heijenoort-francia'],
		notes: [
			{
				kind: 'seed',
				text: 'The seed entry has Turkey "to 24 July 1933": 24 July is the landing in France; Trotsky left Turkey on 17 July.',
				sources: [SEED, 'broue-1988-ch49', 'trotsky-1933-moving-to-france']
			}
		]
	},
	{
		place: 'tonneins',
		trip: 5,
		arrive: D('1933-07-24'),
		depart: D('1933-07-25'),
		summary: 'Night halt at Tonneins (Hôtel du Centre) on the drive across southern France.',
		grade: 'documented',
		sources: ['broue-1988-ch49', 'museetonneins-trotsky-1933']
	},
	{
		place: 'saint_palais',
		trip: 5,
		arrive: D('1933-07-25', 'day', { note: 'afternoon' }),
		depart: D('1933-10-09', 'day', { note: '11 a.m.' }),
		summary:
			'Villa "Les Embruns" at Saint-Palais-sur-Mer, about 10 km north of Royan; a brush fire delays the move in. André Malraux visits.',
		grade: 'documented',
		sources: [
			'broue-1988-ch49',
			'terresdecrivains-2009-trotsky',
			'histoire-socialiste-trotsky-pyrenees'
		]
	},
	{
		place: 'bordeaux',
		trip: 5,
		arrive: D('1933-10-09', 'day', { note: '4 p.m.' }),
		depart: D('1933-10-11'),
		summary:
			'Engine trouble: two nights at the Hôtel du Faisan, place de la Gare; a hired car replaces the broken one.',
		grade: 'documented',
		sources: ['histoire-socialiste-trotsky-pyrenees']
	},
	{
		place: 'montdemarsan',
		trip: 5,
		arrive: D('1933-10-11'),
		depart: D('1933-10-12'),
		summary: 'Night at Mont-de-Marsan.',
		grade: 'documented',
		sources: ['histoire-socialiste-trotsky-pyrenees']
	},
	{
		place: 'bagneres',
		trip: 5,
		arrive: D('1933-10-12'),
		depart: month('1933-11-01'),
		summary: 'Rest cure at Bagnères-de-Bigorre in the Pyrenees, with an excursion to Lourdes.',
		grade: 'documented',
		sources: ['histoire-socialiste-trotsky-pyrenees', 'lesamisdegeneriques-barbizon']
	},
	{
		place: 'barbizon',
		trip: 5,
		arrive: month('1933-11-01'),
		depart: approx(
			'1934-04-16',
			'1934-04-13',
			'1934-04-20',
			'after the gendarmerie incident of 12 April; the government decided on 17 April to expel him'
		),
		summary:
			'Villa "Ker Monique", chemin du Bornage, Barbizon, at the edge of the forest of Fontainebleau, under the name Sedoff. A traffic stop of a secretary on 12 April 1934 reveals his presence; a week of press uproar and an expulsion order follow.',
		grade: 'documented',
		reasoning:
			'Arrival month and the April incident are documented; the exact day he left is not stated.',
		sources: [
			'terresdecrivains-2009-trotsky',
			'lesamisdegeneriques-barbizon',
			'filariane-trotsky-barbizon',
			'grappilles-2023-affaire-trotsky'
		],
		notes: [
			{
				kind: 'caution',
				text: 'How Trotsky travelled from Bagnères-de-Bigorre to Barbizon was not found.',
				sources: ['lesamisdegeneriques-barbizon']
			}
		]
	},
	{
		place: 'lagny',
		trip: 5,
		arrive: approx('1934-04-16', '1934-04-13', '1934-04-20'),
		depart: D('1934-04-27', 'day', { note: 'early morning, or the evening of 26 April' }),
		summary:
			'A few days at Lagny-sur-Marne; the authorities will not have him so close to Paris. On 26/27 April the "expellee without a visa" sets out by car.',
		grade: 'documented',
		reasoning: 'The stay and the departure are documented; the arrival day is inferred.',
		sources: ['broue-1988-ch51', 'van-heijenoort-eljineteinsomne-xcv']
	},
	{
		place: 'chamonix',
		trip: 5,
		arrive: D('1934-05-04'),
		depart: approx('1934-05-15', '1934-05-06', '1934-06-05'),
		summary:
			'After Saulieu, Dijon and a visit to Saint-Boil (3 May), arrival at Chamonix, Hôtel Claret-et-de-Belgique. The police find Chamonix too close to the Swiss border.',
		grade: 'documented',
		reasoning:
			'Arrival is documented (Broué); the departure day is not known and is bounded by the Isère papers of early June.',
		sources: ['broue-1988-ch51', 'van-heijenoort-eljineteinsomne-xcv']
	},
	{
		place: 'st_pierre_chartreuse',
		trip: 5,
		arrive: approx('1934-05-15', '1934-05-06', '1934-06-05'),
		depart: approx('1934-07-01', '1934-06-05', '1934-08-31'),
		summary:
			'Saint-Pierre-de-Chartreuse (Isère). In early June 1934 the Isère prefecture issues Trotsky and Sedova identity papers in the name "Lanis". From here Trotsky proposes the "French turn".',
		grade: 'probable',
		reasoning:
			'The stay is documented in sequence (van Heijenoort); the dates are inferred from Chamonix (4 May) and the Isère papers of early June.',
		sources: ['van-heijenoort-eljineteinsomne-xcv', 'ceip-van-heijenoort-noruega']
	},
	{
		place: 'domene',
		trip: 5,
		arrive: approx('1934-07-01', '1934-06-05', '1934-08-31', 'mid-1934; the day was not found'),
		depart: D('1935-06-10'),
		summary:
			"Domène near Grenoble: the longest French residence, under close police supervision; the Journal d'exil is written here.",
		grade: 'documented',
		reasoning: 'The residence and its end are documented; the arrival date (mid-1934) is not.',
		sources: ['van-heijenoort-eljineteinsomne-xcv', 'journal-dexil-1935-06-20']
	},

	// ---- Trip 6: France -> Norway, June 1935, and the Norwegian residences ------------------------
	{
		place: 'domene',
		trip: 6,
		depart: D('1935-06-10', 'day', { note: 'Monday' }),
		summary: 'Granted asylum in Norway, Trotsky is escorted by the Grenoble Sûreté chief to Paris.',
		grade: 'documented',
		sources: ['journal-dexil-1935-06-20']
	},
	{
		place: 'paris',
		trip: 6,
		arrive: approx('1935-06-10', '1935-06-10', '1935-06-11'),
		depart: D('1935-06-14', 'day', {
			note: '00:15 train from the Gare du Nord, night of 13–14 June'
		}),
		summary: 'Paris: lodged with "Dr R."; the Norwegian visa is delivered on 13 June.',
		grade: 'documented',
		sources: [
			'journal-dexil-1935-06-20',
			'trotsky-1935-ultime-rappel',
			'ceip-van-heijenoort-noruega'
		]
	},
	{
		place: 'antwerp',
		trip: 6,
		arrive: D('1935-06-14', 'day', { note: 'morning' }),
		depart: D('1935-06-15', 'day', { note: '8 p.m.' }),
		summary:
			'Antwerp, Hotel Excelsior: talks with Belgian Trotskyists and the Flemish socialist "Liga"; Jan Frankel joins from Czechoslovakia.',
		grade: 'documented',
		sources: ['ceip-van-heijenoort-noruega']
	},
	{
		place: 'oslo',
		trip: 6,
		arrive: D('1935-06-18', 'day', { note: 'morning' }),
		depart: D('1935-06-18'),
		summary:
			'The Norwegian ship Paris comes up the Oslofjord; the party lands among the other passengers.',
		grade: 'documented',
		sources: ['ceip-van-heijenoort-noruega', 'hoidal-2013-preface', 'nzh-1935-06-20'],
		notes: [
			{
				kind: 'seed',
				text: 'The seed entry has France "to 18 July 1935". Trotsky arrived in Norway on 18 June 1935 (Høidal; "Oslo, June 18" cable; van Heijenoort): the seed is a month late.',
				sources: [SEED, 'hoidal-2013-preface', 'nzh-1935-06-20', 'ceip-van-heijenoort-noruega']
			},
			{
				kind: 'disagreement',
				text: 'The Journal d\'exil entry dated 17 June 1935 says "Voici deux jours que nous sommes en Norvège", which would put the arrival near 15 June; van Heijenoort, Høidal and the press cable give 18 June. The map uses 18 June.',
				sources: ['journal-dexil-1935-06-17', 'ceip-van-heijenoort-noruega', 'hoidal-2013-preface']
			}
		]
	},
	{
		place: 'sollihogda',
		trip: 6,
		passThrough: true,
		arrive: D('1935-06-18'),
		summary: 'By car over Sollihøgda on the road north-west from Oslo.',
		grade: 'documented',
		sources: ['dagsavisen-sensasjonell-rettssak']
	},
	{
		place: 'jevnaker',
		trip: 6,
		arrive: D('1935-06-18'),
		depart: approx('1935-06-22', '1935-06-19', '1935-06-30', '"a few days"'),
		summary: 'A village hotel/pension at Jevnaker ("seventy kilometres from Oslo").',
		grade: 'documented',
		reasoning: 'The stay is documented; its length ("a few days") is not.',
		sources: [
			'ceip-van-heijenoort-noruega',
			'journal-dexil-1935-06-17',
			'dagsavisen-sensasjonell-rettssak'
		]
	},
	{
		place: 'wexhall',
		trip: 6,
		arrive: approx('1935-06-22', '1935-06-19', '1935-06-30'),
		depart: D('1935-09-19'),
		summary:
			'Wexhall ("Weksal"), Konrad Knudsen\'s house at Norderhov near Hønefoss, "thirty-five miles from Oslo".',
		grade: 'documented',
		sources: [
			'wikipedia-leon-trotsky-norway',
			'trotsky-1936-socialist-norway',
			'dagsavisen-sensasjonell-rettssak'
		],
		notes: [
			{
				kind: 'disagreement',
				text: "Wikipedia dates the stay at Knudsen's house from 18 June 1935; van Heijenoort and the Journal d'exil put the first days at a village hotel (Jevnaker). The map follows van Heijenoort.",
				sources: ['wikipedia-leon-trotsky-norway', 'ceip-van-heijenoort-noruega']
			}
		]
	},
	{
		place: 'ulleval',
		trip: 6,
		arrive: D('1935-09-19'),
		depart: approx('1935-10-10', '1935-09-26', '1935-11-15', '"a few weeks"'),
		summary: 'In hospital at Ullevål, Oslo, for a few weeks.',
		grade: 'documented',
		reasoning:
			'Admission on 19 September is documented; the discharge date is not ("a few weeks").',
		sources: ['wikipedia-leon-trotsky-norway']
	},
	{
		place: 'wexhall',
		trip: 6,
		arrive: approx('1935-10-10', '1935-09-26', '1935-11-15'),
		depart: D('1936-09-02'),
		summary:
			'Back at Wexhall, where Trotsky writes The Revolution Betrayed; after the first Moscow trial (August 1936) he is put under house arrest.',
		grade: 'documented',
		reasoning: 'The return date follows the unknown discharge from hospital.',
		sources: ['wikipedia-leon-trotsky-norway', 'dagsavisen-sensasjonell-rettssak']
	},
	{
		place: 'sundby_hurum',
		trip: 6,
		arrive: D('1936-09-02'),
		depart: D('1936-12-19'),
		summary: 'Interned under police guard at the Sundby farm, Storsand, Hurum.',
		grade: 'documented',
		sources: ['dagsavisen-sensasjonell-rettssak', 'wikipedia-leon-trotsky-norway'],
		notes: [
			{
				kind: 'seed',
				text: 'The seed entry has Norway "to December 1936": supported (the tanker Ruth sailed in the night of 19–20 December 1936).',
				sources: [SEED, 'felshtinsky-chernyavsky-vrag1-p79']
			}
		]
	},

	// ---- Trip 7: tanker Ruth to Tampico; Mexico City, Coyoacán, 1936–1940 -------------------------
	{
		place: 'sundby_hurum',
		trip: 7,
		depart: D('1936-12-19'),
		summary: 'Taken from internment to the tanker Ruth, chartered by the Norwegian government.',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-vrag1-p79', 'kiosco-trotsky-tampico']
	},
	{
		place: 'fagerstrand',
		trip: 7,
		arrive: D('1936-12-19'),
		depart: D('1936-12-19', 'day', {
			note: 'at night; Felshtinsky/Chernyavsky: "in the night to 20 December"'
		}),
		summary:
			'The Ruth sails at night from Fagerstrand with Trotsky, Sedova and a Norwegian police officer, Jonas Lie, as its only passengers.',
		grade: 'probable',
		reasoning: 'Only one source names the port (Fagerstrand), and that source has other errors.',
		sources: [
			'kiosco-trotsky-tampico',
			'felshtinsky-chernyavsky-vrag1-p79',
			'ceip-1936-12-28-atlantico'
		],
		notes: [
			{
				kind: 'disagreement',
				text: 'Port and night of departure: Fagerstrand on the night of 19 December (Kiosco de la Historia) — "in the night to 20 December" (Felshtinsky/Chernyavsky) — "left the port of Oslo on December 20" (L\'Histoire par l\'image). The Kiosco article also wrongly puts grandson Esteban aboard.',
				sources: [
					'kiosco-trotsky-tampico',
					'felshtinsky-chernyavsky-vrag1-p79',
					'salvadoryoscar-trotsky-mexico'
				]
			}
		]
	},
	{
		place: 'tampico',
		trip: 7,
		arrive: D('1937-01-09'),
		depart: D('1937-01-09', 'day', { note: '10 p.m., special train' }),
		summary:
			'After 21 days the Ruth reaches Tampico (Barra de Pánuco). Trotsky and Sedova land near the Río Tamesí jetties and at the customs quay on the Pánuco, received by Generals Beltrán and Guerrero and by Frida Kahlo; Hotel Imperial, room 203.',
		grade: 'documented',
		sources: [
			'milenio-frida-tampico',
			'eluniversal-1937-tampico',
			'kiosco-trotsky-tampico',
			'patula-doubek-1998'
		],
		notes: [
			{
				kind: 'disagreement',
				text: 'Hour of arrival: 07:00 on 9 January at Barra de Pánuco (El Universal, 1937) against "midnight" (Kiosco de la Historia).',
				sources: ['eluniversal-1937-tampico', 'kiosco-trotsky-tampico']
			},
			{
				kind: 'seed',
				text: 'The seed entry has Mexico "from 9 January 1937": supported (arrival at Tampico).',
				sources: [SEED, 'milenio-frida-tampico', 'patula-doubek-1998']
			}
		]
	},
	{
		place: 'lecheria',
		trip: 7,
		passThrough: true,
		arrive: D('1937-01-11'),
		summary:
			'The special train sent by the Minister of Communications, General Múgica, stops at Lechería north of Mexico City; the party goes on by car to avoid the crowds.',
		grade: 'documented',
		sources: ['lucesmexicanas-trotsky', 'mitosyreincidencias-trotsky-tren']
	},
	{
		place: 'casa_azul',
		trip: 7,
		arrive: D('1937-01-11'),
		depart: month('1939-05-01', {
			earliest: '1939-04-01',
			note: '"until April 1939"; the Viena house was bought in February 1939'
		}),
		summary: 'Frida Kahlo\'s "Casa Azul", Londres 247, Coyoacán.',
		grade: 'documented',
		sources: ['kiosco-trotsky-tampico', 'lucesmexicanas-trotsky']
	},
	{
		place: 'casa_viena',
		trip: 7,
		arrive: month('1939-05-01', { earliest: '1939-04-01' }),
		depart: D('1940-08-20', 'day', {
			note: 'attacked by Ramón Mercader at the house; died in hospital on 21 August 1940'
		}),
		summary:
			'The fortified house on Avenida Viena, Coyoacán (now the Museo Casa de León Trotsky). On 20 August 1940 Ramón Mercader attacks Trotsky in his study; he dies in hospital the next day, 21 August 1940.',
		grade: 'documented',
		sources: ['patula-doubek-1998', 'kiosco-trotsky-tampico', SEED],
		notes: [
			{
				kind: 'seed',
				text: 'The seed entry\'s "attacked 20 August 1940… died in hospital in Mexico City the following day" agrees with the sources (in Mexico 9 Jan 1937 – 21 Aug 1940).',
				sources: [SEED, 'patula-doubek-1998']
			}
		]
	}
];

// ---------------------------------------------------------------------------------------------
// Legs, between consecutive stops of the same trip (listed in the same order as the stops).
// `lane` names a sea lane or rail trace in ./lanes.mjs; `via` place ids for rail legs on the
// USSR network (routed later by scripts/geodata/build-legs.mjs exile).
// ---------------------------------------------------------------------------------------------
export const LEGS = [
	// Trip 1
	{
		trip: 1,
		mode: 'rail',
		route: true,
		via: [],
		grade: 'probable',
		reasoning:
			'Routing reconstructed: the sources name the Tashkent mail train and Samara; the loop from the Yaroslavsky station to the suburban station where the carriage was coupled is not described.',
		sources: [
			'felshtinsky-chernyavsky-lt-rulit-p212',
			'proza-2025-trotsky-almaata',
			'moya-zhizn-ch43-ru'
		]
	},
	{
		trip: 1,
		mode: 'rail',
		route: true,
		via: ['orenburg'],
		grade: 'probable',
		reasoning:
			'Samara and Ak-Bulak are documented; Orenburg lies on the only line between them (Orenburg–Tashkent railway, 1906).',
		sources: ['moya-zhizn-ch43-ru']
	},
	{
		trip: 1,
		mode: 'rail',
		route: true,
		via: ['aktyubinsk'],
		grade: 'probable',
		reasoning: 'Ak-Bulak and Kzyl-Orda are documented; Aktyubinsk lies on the line between them.',
		sources: ['moya-zhizn-ch43-ru']
	},
	{
		trip: 1,
		mode: 'rail',
		route: true,
		via: ['arys', 'aulieata'],
		grade: 'probable',
		reasoning:
			'Kzyl-Orda and Frunze are documented; the only line ran by the Arys junction and the Aulie-Ata–Pishpek branch (266 km, opened 1924).',
		sources: ['moya-zhizn-ch43-ru', 'proza-2025-trotsky-almaata', 'kjd-kg-railway-history']
	},
	{
		trip: 1,
		mode: 'road',
		grade: 'documented',
		sources: ['sedova-diary-dnevniki-1994', 'proza-2025-trotsky-almaata'],
		notes: [
			{
				kind: 'disagreement',
				text: "Transport from Pishpek: Sedova's diary has a motor lorry/car and then horses over the Kurdai stretch; proza.ru says a bus crossed the snowy pass.",
				sources: ['sedova-diary-dnevniki-1994', 'proza-2025-trotsky-almaata']
			}
		]
	},
	{
		trip: 1,
		mode: 'sledge',
		grade: 'probable',
		reasoning:
			'Horses (sledges) are documented for about 30 versts over the Kurdai stretch; how the rest of the road to Alma-Ata (about 300 versts in all from Pishpek) was covered is not stated, so the whole leg is drawn as a sledge leg.',
		sources: ['sedova-diary-dnevniki-1994', 'proza-2025-trotsky-almaata']
	},
	// Trip 2
	{
		trip: 2,
		mode: 'road',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233'],
		notes: [
			{
				kind: 'caution',
				text: 'A bus towed by a tractor, which stuck in the snow; the last stretch to and over the pass was by sledge.',
				sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
			}
		]
	},
	{
		trip: 2,
		mode: 'sledge',
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233'],
		notes: [
			{
				kind: 'caution',
				text: 'Sledges for 30 km (more than seven hours), then a car to Frunze.',
				sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
			}
		]
	},
	{
		trip: 2,
		mode: 'rail',
		route: true,
		via: ['aulieata', 'arys', 'kzylorda'],
		grade: 'probable',
		reasoning:
			'Frunze and Aktyubinsk are documented; the towns between lie on the only line (reconstructed).',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		trip: 2,
		mode: 'rail',
		route: true,
		via: ['orenburg', 'samara'],
		grade: 'probable',
		reasoning:
			'Aktyubinsk and Ryazhsk are documented; Orenburg and Samara are the line between them (reconstructed).',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233']
	},
	{
		trip: 2,
		mode: 'rail',
		route: true,
		via: [],
		grade: 'reconstructed',
		reasoning:
			'The route from Ryazhsk to the siding in the Kursk region is not stated in any source seen; drawn along the network.',
		sources: ['felshtinsky-chernyavsky-lt-rulit-p233', 'rosmer-ma-vie-appendice']
	},
	{
		trip: 2,
		mode: 'rail',
		route: true,
		via: [],
		grade: 'reconstructed',
		reasoning:
			'The routing from the Kursk region to Odessa is not stated in any source seen; drawn along the network.',
		sources: ['chernyavsky-lev-trotskii-p226', 'rosmer-ma-vie-appendice']
	},
	// Trip 3
	{
		trip: 3,
		mode: 'sea',
		lane: 'odessa>istanbul',
		grade: 'documented',
		reasoning:
			'Odessa, the Bosporus and Constantinople are documented; the lane across the Black Sea is the direct steamer course.',
		sources: ['chernyavsky-lev-trotskii-p226', 'maviboncuk-2021-galata', 'yanin-rospisatel-trotsky']
	},
	{
		trip: 3,
		mode: 'sea',
		lane: 'istanbul>buyukada',
		grade: 'probable',
		reasoning: 'The island is reached by boat; the crossing itself is not described.',
		sources: ['maviboncuk-2021-galata']
	},
	// Trip 4
	{
		trip: 4,
		mode: 'sea',
		lane: 'buyukada>istanbul',
		grade: 'probable',
		reasoning: 'From the island to the Galata quay by boat (not described).',
		sources: ['maviboncuk-2021-galata', 'ptt-museum-2008-trotskij']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'istanbul>piraeus',
		grade: 'probable',
		reasoning:
			'Steamer Praga; the ports are documented, the lane (Sea of Marmara, Dardanelles, Aegean, Cape Sounion) is the ordinary route.',
		sources: ['wt-1932-11-29', 'avgi-2018-trotsky-greece', 'lastoriadelnapoli-trotzki']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'piraeus>corinth_canal',
		grade: 'documented',
		reasoning: 'The canal passage is documented; the lane round Salamis is drawn.',
		sources: ['bo-32-1932', 'radnickaborba-1932']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'corinth_canal>naples',
		grade: 'probable',
		reasoning:
			'Through the Gulf of Corinth and the Strait of Messina: the direct route from the canal to Naples (lane reconstructed).',
		sources: ['lastoriadelnapoli-trotzki', 'socialismorevolucionario-2021-copenhague']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'naples>marseille',
		grade: 'probable',
		reasoning: 'Praga to Marseilles; the lane by the Strait of Bonifacio is reconstructed.',
		sources: ['wt-1932-11-29', 'ceip-1932-11-21-marsella']
	},
	{
		trip: 4,
		mode: 'rail',
		grade: 'probable',
		reasoning:
			'No period rail network is loaded for France: drawn straight. At Marseilles the party overtook the train by car, then went on by rail to Dunkirk.',
		sources: ['writings-1932-p314', 'ptt-museum-2008-trotskij'],
		notes: [
			{
				kind: 'disagreement',
				text: 'Across France: by car to overtake the train and then by train (Trotsky\'s Esbjerg statement) against "in a police-guarded car through France to Dunkirk" (Post & Tele Museum article).',
				sources: ['writings-1932-p314', 'ptt-museum-2008-trotskij']
			}
		]
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'dunkirk>esbjerg',
		grade: 'documented',
		reasoning: 'Steamer A.P. Bernstorff; the lane outside the Frisian islands is reconstructed.',
		sources: ['socbib-2006-capa-trotski', 'ptt-museum-2008-trotskij']
	},
	{
		trip: 4,
		mode: 'rail',
		lane: 'esbjerg>copenhagen',
		grade: 'documented',
		reasoning:
			'No period rail network is loaded for Denmark: traced through approximate shape points along the Esbjerg–Fredericia–Nyborg / Korsør–Copenhagen line (Great Belt by train ferry). He left the train at Taastrup.',
		sources: ['ptt-museum-2008-trotskij', 'wt-1932-11-29']
	},
	{
		trip: 4,
		mode: 'rail',
		lane: 'copenhagen>esbjerg',
		grade: 'reconstructed',
		reasoning:
			'Assumed to retrace the outward rail route to Esbjerg; no period network is loaded for Denmark.',
		sources: ['writings-1932-p343']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'esbjerg>dunkirk',
		grade: 'reconstructed',
		reasoning:
			'The arrival at Dunkirk is documented; the crossing from Esbjerg is assumed from the outward route.',
		sources: ['writings-1932-p343', 'trotsky-1932-brindisi-statement']
	},
	{
		trip: 4,
		mode: 'rail',
		lane: 'dunkirk>marseille',
		via: ['paris'],
		grade: 'probable',
		reasoning:
			'"We got off the train at Marseilles"; van Heijenoort lists Dunkirk, Paris, Avignon and Marseilles. No period rail network is loaded for France: traced through approximate shape points.',
		sources: ['trotsky-1932-brindisi-statement', 'van-heijenoort-eljineteinsomne-xciii']
	},
	{
		trip: 4,
		mode: 'rail',
		lane: 'marseille>brindisi',
		via: ['venice'],
		grade: 'probable',
		reasoning:
			'Van Heijenoort lists Ventimiglia, Genoa, Milan, Venice and Brindisi on the way back; Trotsky had asked for a land transit through Italy. That the whole stretch was by train is inferred. Traced through approximate shape points (no network loaded for Italy).',
		sources: [
			'van-heijenoort-eljineteinsomne-xciii',
			'writings-1932-p343',
			'trotsky-1932-brindisi-statement'
		],
		notes: [
			{
				kind: 'disagreement',
				text: "exile_route.md has the couple leave Marseilles on the Italian boat Campidoglio; Trotsky's telegram says they were put aboard it but asked to go overland through Italy instead, and van Heijenoort's list of Italian cities (Ventimiglia, Genoa, Milan, Venice, Brindisi) points to the land route. Which way they reached Brindisi is not settled.",
				sources: ['writings-1932-p343', 'van-heijenoort-eljineteinsomne-xciii']
			}
		]
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'brindisi>istanbul',
		grade: 'probable',
		reasoning:
			'Steamer Adria (documented at Istanbul, 11 Dec); the lane through the Strait of Otranto, round the Peloponnese and through the Dardanelles is reconstructed.',
		sources: ['writings-1932-p346', 'trotsky-1932-brindisi-statement']
	},
	{
		trip: 4,
		mode: 'sea',
		lane: 'istanbul>buyukada',
		grade: 'probable',
		reasoning: 'Back to the island by boat (not described).',
		sources: ['writings-1932-p346']
	},
	// Trip 5
	{
		trip: 5,
		mode: 'sea',
		lane: 'buyukada>istanbul',
		grade: 'reconstructed',
		reasoning: 'From the island to the Bulgaria at Constantinople by boat (inferred).',
		sources: ['broue-1988-ch49']
	},
	{
		trip: 5,
		mode: 'sea',
		lane: 'istanbul>piraeus',
		grade: 'probable',
		reasoning: 'Steamer Bulgaria; the lane is the ordinary route through the Dardanelles.',
		sources: ['ceip-van-heijenoort-francia', 'broue-1988-ch49']
	},
	{
		trip: 5,
		mode: 'sea',
		lane: 'piraeus>catania',
		grade: 'probable',
		reasoning:
			'The calls are documented; no source mentions the Corinth Canal in 1933, so the lane goes round the Peloponnese.',
		sources: ['ceip-van-heijenoort-francia']
	},
	{
		trip: 5,
		mode: 'sea',
		lane: 'catania>cassis',
		grade: 'probable',
		reasoning:
			'Through the Strait of Messina and the Strait of Bonifacio (reconstructed) to the point off Marseilles where the Bulgaria stopped; from there by police launch to Cassis (documented).',
		sources: ['ceip-van-heijenoort-francia', 'broue-1988-ch49'],
		notes: [
			{
				kind: 'caution',
				text: 'Two vessels: the steamer Bulgaria to a point at sea off Marseilles, then a police launch to Cassis.',
				sources: ['broue-1988-ch49', 'ceip-van-heijenoort-francia']
			}
		]
	},
	{
		trip: 5,
		mode: 'car',
		grade: 'documented',
		reasoning:
			'By car with Raymond Leprince and Jean de Lastérade; the road itself is not described, so the line is straight.',
		shape: 'straight',
		sources: ['broue-1988-ch49', 'museetonneins-trotsky-1933']
	},
	{ trip: 5, mode: 'car', grade: 'documented', sources: ['broue-1988-ch49'] },
	{ trip: 5, mode: 'car', grade: 'documented', sources: ['histoire-socialiste-trotsky-pyrenees'] },
	{ trip: 5, mode: 'car', grade: 'documented', sources: ['histoire-socialiste-trotsky-pyrenees'] },
	{ trip: 5, mode: 'car', grade: 'documented', sources: ['histoire-socialiste-trotsky-pyrenees'] },
	{
		trip: 5,
		mode: 'car',
		grade: 'reconstructed',
		reasoning:
			'How Trotsky went from Bagnères-de-Bigorre to Barbizon was not found; he had travelled by car before and after, so a car is assumed.',
		sources: ['lesamisdegeneriques-barbizon', 'terresdecrivains-2009-trotsky']
	},
	{
		trip: 5,
		mode: 'car',
		grade: 'reconstructed',
		reasoning:
			'The move from Barbizon to Lagny is documented, its means are not; a car is assumed.',
		sources: ['van-heijenoort-eljineteinsomne-xcv', 'broue-1988-ch51']
	},
	{
		trip: 5,
		mode: 'car',
		grade: 'documented',
		reasoning:
			'By car with Jean Meichler and Raymond Molinier by Saulieu, Dijon and Saint-Boil (not placed); drawn straight.',
		sources: ['broue-1988-ch51']
	},
	{
		trip: 5,
		mode: 'car',
		grade: 'reconstructed',
		reasoning:
			'Mode of the move from Chamonix to Saint-Pierre-de-Chartreuse not stated; a car is assumed, as on the previous legs.',
		sources: ['van-heijenoort-eljineteinsomne-xcv']
	},
	{
		trip: 5,
		mode: 'car',
		grade: 'reconstructed',
		reasoning: 'Mode of the move to Domène not stated; a car is assumed.',
		sources: ['van-heijenoort-eljineteinsomne-xcv']
	},
	// Trip 6
	{
		trip: 6,
		mode: 'rail',
		grade: 'reconstructed',
		reasoning:
			'Escorted to Paris by the Grenoble Sûreté chief; the means are not stated (probably rail). No period rail network is loaded for France: drawn straight.',
		sources: ['journal-dexil-1935-06-20']
	},
	{
		trip: 6,
		mode: 'rail',
		lane: 'paris>antwerp',
		grade: 'documented',
		reasoning:
			'Night train from the Gare du Nord (00:15) to Antwerp. No period rail network is loaded for France and Belgium: traced through approximate shape points.',
		sources: ['ceip-van-heijenoort-noruega', 'trotsky-1935-ultime-rappel']
	},
	{
		trip: 6,
		mode: 'sea',
		lane: 'antwerp>oslo',
		grade: 'documented',
		reasoning:
			'Norwegian ship Paris, Antwerp 15 June 8 p.m. – Oslofjord 18 June; the lane down the Scheldt, across the North Sea and the Skagerrak is reconstructed.',
		sources: ['ceip-van-heijenoort-noruega']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'documented',
		sources: ['ceip-van-heijenoort-noruega', 'dagsavisen-sensasjonell-rettssak']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'documented',
		sources: ['ceip-van-heijenoort-noruega', 'dagsavisen-sensasjonell-rettssak']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'reconstructed',
		reasoning:
			"The move from the Jevnaker hotel to Knudsen's house is documented; its means are not (car assumed).",
		sources: ['dagsavisen-sensasjonell-rettssak', 'wikipedia-leon-trotsky-norway']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'reconstructed',
		reasoning: 'Means of going to hospital not stated; car assumed.',
		sources: ['wikipedia-leon-trotsky-norway']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'reconstructed',
		reasoning: 'Means of returning from hospital not stated; car assumed.',
		sources: ['wikipedia-leon-trotsky-norway']
	},
	{
		trip: 6,
		mode: 'car',
		grade: 'reconstructed',
		reasoning: 'Moved to internment under police guard; the means are not stated (car assumed).',
		sources: ['dagsavisen-sensasjonell-rettssak', 'wikipedia-leon-trotsky-norway']
	},
	// Trip 7
	{
		trip: 7,
		mode: 'car',
		grade: 'reconstructed',
		reasoning:
			'How the internees were taken from Sundby to the ship is not stated; Fagerstrand lies across the fjord from Hurum, so a police launch is as likely as a car. Drawn straight.',
		sources: ['kiosco-trotsky-tampico']
	},
	{
		trip: 7,
		mode: 'sea',
		lane: 'fagerstrand>tampico',
		grade: 'probable',
		reasoning:
			'Documented: Norway 19/20 Dec, "left the strait and turned south-west", passed the Azores on 27 Dec, Tampico on 9 Jan. Reconstructed: the strait read as the English Channel (Strait of Dover), and the course north of the Bahamas and through the Straits of Florida (a Caribbean passage is equally possible).',
		sources: ['ceip-1936-12-28-atlantico', 'kiosco-trotsky-tampico', 'milenio-frida-tampico']
	},
	{
		trip: 7,
		mode: 'rail',
		grade: 'documented',
		reasoning:
			'Special train Tampico – Lechería (documented); its routing is not stated and no Mexican network is loaded, so it is drawn straight.',
		sources: ['mitosyreincidencias-trotsky-tren', 'lucesmexicanas-trotsky']
	},
	{
		trip: 7,
		mode: 'car',
		grade: 'documented',
		reasoning: 'By road from Lechería to Coyoacán; drawn straight.',
		sources: ['lucesmexicanas-trotsky']
	},
	{
		trip: 7,
		mode: 'road',
		grade: 'reconstructed',
		reasoning: 'A move of a few hundred metres within Coyoacán; its means are not recorded.',
		sources: ['kiosco-trotsky-tampico', 'patula-doubek-1998']
	}
];
