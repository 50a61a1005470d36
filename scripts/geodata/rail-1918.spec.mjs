// Spec of the period rail network (geodata/networks/rail-1918.geojson), read by build-network.mjs.
//
// Each section is one LineString between junctions. `path` mixes
//   - place ids (strings): stations; the vertex is the place's coordinate in geodata/places.geojson,
//   - shape points ([lng, lat], optionally a 3rd element naming the town/bend it follows): free vertices
//     that make the line follow its real course (compiler's knowledge of the line, not places).
// `stations` in the output = the place ids of `path`, in order; the first and last entries of `path`
// must be place ids (the ends of the LineString).
// `published`: { value, unit: 'km' | 'verst' | 'mi', sources, note? } when a source gives the length of
// exactly this section. Lengths that cover several sections are checked in `lineChecks` below.
// Dates are Gregorian; an Old Style reading is kept in `note`. Where only a year (or a "by" date) is
// known, `precision: 'approx'` with `earliest`/`latest` bounds; build-legs.mjs routes on `date` and warns
// when a leg uses a section whose `latest` is after the leg's date.

const day = (date, note) => ({ date, precision: 'day', ...(note ? { note } : {}) });
const approx = (date, earliest, latest, note) => ({
	date,
	precision: 'approx',
	earliest,
	latest,
	note
});

const SHAPE_NOTE =
	"Shape points between stations follow the compiler's knowledge of the line's course (towns it passes), not a surveyed track; they exist so that the computed length follows the real line.";

const ESR_NOTE =
	"Stations (places) and shape points between them are the OpenStreetMap positions of today's stations, halts and km posts on this line (ESR station table); the 1918 line ran on the same alignment, but some halts are later additions used here only as shape points. The drawn length follows the real course without schematic bends.";

const ESR_CURVE_NOTE =
	"Stations (places) and shape points between them are the OpenStreetMap positions of today's stations, halts and km posts on this line (ESR station table). On this winding line the straight chords between them still run short of the track's length (the km posts they carry say so), so the build adds the remainder as shallow schematic bends (see the calibration note); the stations themselves are not moved.";

export const sections = [
	// ---------------------------------------------------------------- Moscow hub
	{
		id: 'M01',
		name: 'Moscow hub: city reference point – Kazansky (Ryazan) station',
		localName: 'Москва – Казанский (Рязанский) вокзал',
		path: ['moscow', 'moscow_kazansky_stn'],
		opened: day(
			'1862-07-20',
			'Ryazan line opened 20 Jul 1862 (calendar not stated by the source).'
		),
		grade: 'reconstructed',
		reasoning:
			'Not a railway: a notional link from the place "moscow" (the city reference point) to the terminus, so that legs whose stop is "moscow" can be routed onto the lines leaving the city. Lines from other Moscow termini (Kursky, Aleksandrovsky/Belorussky, Bryansky/Kievsky, Nikolaevsky) start at "moscow" and pass their terminus as a shape point.',
		sources: ['echelon-railways-1918']
	},
	{
		id: 'M02',
		name: 'Moscow: Kazansky – Yaroslavsky/Nikolaevsky stations (Kalanchevskaya square)',
		localName: 'Москва: Казанский – Ярославский (Николаевский) вокзалы',
		path: ['moscow_kazansky_stn', 'moscow_yaroslavsky_stn'],
		opened: day('1862-07-20'),
		grade: 'reconstructed',
		reasoning:
			'The Kazansky, Yaroslavsky and Nikolaevsky termini face each other on Kalanchevskaya (now Komsomolskaya) square; this short link joins them so that the Nikolaev (Petrograd) and Yaroslavl lines, which start at the Yaroslavsky station point, connect to the rest of the network.',
		sources: ['echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R01 Nikolaev railway
	{
		id: 'R01a',
		name: 'Nikolaev railway: Moscow – Tosno – Petrograd',
		localName: 'Николаевская железная дорога',
		path: [
			'moscow_yaroslavsky_stn',
			[37.6553, 55.7765, 'Nikolaevsky station'],
			[37.44, 55.88, 'Khimki'],
			[36.98, 56.18, 'Podsolnechnaya'],
			[36.73, 56.33, 'Klin'],
			[36.45, 56.56, 'Zavidovo'],
			[35.92, 56.84, 'Tver'],
			[35.46, 57.12, 'Likhoslavl'],
			[35.07, 57.32, 'Spirovo'],
			[34.56, 57.59, 'Vyshny Volochek'],
			[34.05, 57.88, 'Bologoye'],
			[33.29, 58.38, 'Okulovka'],
			[32.93, 58.52, 'Uglovka'],
			[32.23, 58.85, 'Malaya Vishera'],
			[31.67, 59.12, 'Chudovo'],
			[31.21, 59.35, 'Lyuban'],
			'tosno',
			[30.6, 59.75, 'Kolpino'],
			[30.362, 59.9297, 'Nikolaevsky station, Petrograd'],
			'petrograd'
		],
		opened: day(
			'1851-11-13',
			'Opened 1 Nov 1851 O.S.; year from the source, day from the compiler (O.S. 1 Nov = N.S. 13 Nov).'
		),
		published: {
			value: 604,
			unit: 'verst',
			sources: ['ballou-due-north'],
			note: '604 versts = 403 miles (Ballou); 645 km (wikihandbk, read during research).'
		},
		grade: 'documented',
		sources: ['echelon-railways-1918', 'ballou-due-north', 'gilbert-atlas-petrograd-1919'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R01b',
		name: 'Baltic railway: Petrograd – Krasnoye Selo – Gatchina – Yamburg',
		localName: 'Балтийская железная дорога',
		path: [
			'petrograd',
			[30.2, 59.83, 'Ligovo'],
			'krasnoye_selo',
			'gatchina',
			[29.42, 59.45, 'Volosovo'],
			[28.93, 59.43, 'Veymarn'],
			'yamburg'
		],
		opened: approx(
			'1870-10-24',
			'1870-01-01',
			'1870-12-31',
			'Baltic railway, St Petersburg – Reval, opened 1870 (year from the source).'
		),
		grade: 'probable',
		reasoning:
			'Line and its course from the source on the Baltic railway; intermediate stations and shape points from the compiler.',
		sources: ['wikipedia-baltic-railway'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},

	// ---------------------------------------------------------------- R02 Moscow – Ryazan – Kozlov
	{
		id: 'R02a',
		name: 'Moscow (Kazansky station) – Lyubertsy',
		localName: 'Москва – Люберцы',
		path: [
			'moscow_kazansky_stn',
			[37.65991, 55.77425, 'Moskva-Kazanskaya station'],
			[37.70538, 55.7811, 'Elektrozavodskaya'],
			[37.72078, 55.76357, 'Sortirovochnaya'],
			[37.72192, 55.75032, 'Aviamotornaya'],
			[37.74081, 55.7447, 'Andronovka'],
			[37.76443, 55.73581, 'Chukhlinka'],
			[37.77416, 55.73085, 'Plyushchevo'],
			[37.79829, 55.72238, 'Veshnyaki'],
			[37.81723, 55.71617, 'Vykhino'],
			[37.84761, 55.70591, 'Kosino'],
			[37.8645, 55.69863, 'Ukhtomskaya'],
			[37.8967, 55.68249, 'Lyubertsy I station'],
			'lyubertsy'
		],
		opened: day(
			'1862-07-20',
			'Moscow – Kolomna opened 20 Jul 1862 (calendar not stated by the source).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'explained-ryazansky-line', 'pryanik-646031'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R02b',
		name: 'Lyubertsy – Kolomna – Ryazan',
		localName: 'Люберцы – Коломна – Рязань',
		path: [
			'lyubertsy',
			[37.8967, 55.68249, 'Lyubertsy I station'],
			[37.92311, 55.6687, 'Panki'],
			[37.95503, 55.65507, 'Tomilino'],
			[37.98187, 55.6499, 'Kraskovo'],
			[38.00743, 55.6454, 'Malakhovka'],
			[38.04424, 55.63456, 'Udelnaya'],
			[38.07125, 55.62661, 'Bykovo'],
			[38.10027, 55.61635, 'Ilyinskaya'],
			[38.13699, 55.60138, 'Otdykh'],
			[38.16021, 55.59183, 'Kratovo'],
			[38.18343, 55.58236, 'Yeseninskaya'],
			[38.2066, 55.57285, 'Fabrichnaya'],
			[38.22622, 55.56516, 'Ramenskoye'],
			[38.23899, 55.56049, 'Ippodrom'],
			[38.29397, 55.54084, 'Sovkhoz'],
			[38.33708, 55.51494, 'Zagornovo'],
			[38.36273, 55.49899, 'Bronnitsy'],
			[38.39855, 55.48404, 'Raduga'],
			[38.42676, 55.47237, '63 km'],
			[38.4491, 55.46223, 'Beloozyorskaya'],
			[38.49653, 55.44516, 'Faustovo'],
			[38.52486, 55.43583, 'Zolotovo'],
			[38.55994, 55.42689, 'Vinogradovo'],
			[38.656, 55.40569, 'Konobeevo'],
			[38.68581, 55.36666, 'Trofimovo'],
			[38.68559, 55.3273, '88 km'],
			[38.70194, 55.31299, 'Voskresensk'],
			[38.73647, 55.28313, 'Shifernaya'],
			[38.74401, 55.27037, 'Moskvoretskaya'],
			[38.75545, 55.25104, 'Tsemgigant'],
			[38.77159, 55.21594, 'Peski'],
			[38.77884, 55.19127, 'Konev Bor'],
			[38.7872, 55.14407, 'Khoroshovo'],
			[38.78536, 55.11692, '113 km'],
			[38.78112, 55.09955, 'Kolomna station'],
			'kolomna',
			[38.80527, 55.08618, 'Golutvin'],
			[38.8508, 55.06478, 'Shchurovo'],
			[38.91826, 55.02664, 'Chyornaya'],
			[39.04184, 54.98245, 'Lukhovitsy'],
			[39.11546, 54.97368, '142 km'],
			[39.17596, 54.95611, 'Podlipki'],
			[39.25864, 54.91614, 'Fruktovaya'],
			[39.32637, 54.8802, 'Alpatyevo'],
			[39.39643, 54.85158, 'Slemy'],
			[39.44835, 54.82157, 'Divovo'],
			[39.47482, 54.7685, 'Istodniki'],
			[39.50348, 54.73068, 'Rybnoye'],
			[39.52209, 54.72139, 'Khodynino'],
			[39.54558, 54.7104, 'Ryazan-Sortirovochnaya'],
			[39.5746, 54.69606, '187 km'],
			[39.59509, 54.68603, '189 km'],
			[39.60661, 54.6792, 'Nedostoevo'],
			[39.63089, 54.6572, 'Dyagilevo'],
			[39.67119, 54.64375, 'Lagerny'],
			[39.6988, 54.62836, 'Ryazan-II station'],
			'ryazan'
		],
		opened: approx(
			'1864-08-22',
			'1862-07-20',
			'1864-12-31',
			'Moscow – Kolomna 20 Jul 1862; Kolomna – Ryazan followed (the railway reached Ryazan in 1864; day not from a stored source).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'explained-ryazansky-line', 'pryanik-646031'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R02c',
		name: 'Ryazan – Ryazhsk',
		localName: 'Рязань – Ряжск',
		path: [
			'ryazan',
			[39.78, 54.5, 'Stenkino'],
			[39.93, 54.24, 'Starozhilovo'],
			[40.0, 54.0, 'Pronsk'],
			[40.07, 53.85],
			'ryazhsk'
		],
		opened: day('1866-09-16', 'Ryazan – Kozlov traffic opened 4 Sep 1866 O.S. (= 16 Sep N.S.).'),
		grade: 'documented',
		sources: ['historical-baggage-ryazhsk', 'wikiorg-ryazan-kozlov'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R02d',
		name: 'Ryazhsk – Ranenburg – Kozlov',
		localName: 'Ряжск – Раненбург – Козлов',
		path: [
			'ryazhsk',
			[40.08, 53.48],
			[39.97, 53.24, 'Ranenburg (Chaplygin)'],
			[40.2, 53.06],
			'kozlov'
		],
		opened: day('1866-09-16', 'Ryazan – Kozlov traffic opened 4 Sep 1866 O.S. (= 16 Sep N.S.).'),
		grade: 'documented',
		sources: ['historical-baggage-ryazhsk', 'wikiorg-ryazan-kozlov'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},

	// ---------------------------------------------------------------- R03 Kozlov – Saratov
	{
		id: 'R03a',
		name: 'Kozlov – Tambov',
		localName: 'Козлов – Тамбов',
		path: ['kozlov', [40.85, 52.86], [41.15, 52.78], 'tambov'],
		opened: day('1870-01-03', '22 Dec 1869 O.S.'),
		grade: 'documented',
		sources: ['nashtransport-ruzhd']
	},
	{
		id: 'R03b',
		name: 'Tambov – Kirsanov – Umyot – Rtishchevo',
		localName: 'Тамбов – Кирсанов – Ртищево',
		path: [
			'tambov',
			[42.0, 52.68],
			'kirsanov',
			[43.15, 52.53, 'Umyot'],
			[43.5, 52.4],
			'rtishchevo'
		],
		opened: day(
			'1871-01-14',
			'Tambov – Umyot 9 Aug 1870; Umyot – Atkarsk 14 Jan 1871 (calendar not stated by the source).'
		),
		grade: 'probable',
		reasoning:
			"Opening dates and the line Tambov – Saratov via Kirsanov and Atkarsk are sourced; Rtishchevo on it is the compiler's routing knowledge (railways_1918.md §2 R03: C).",
		sources: ['nashtransport-ruzhd', 'echelon-railways-1918']
	},
	{
		id: 'R03c',
		name: 'Rtishchevo – Atkarsk – Saratov',
		localName: 'Ртищево – Аткарск – Саратов',
		path: [
			'rtishchevo',
			[44.1, 52.13],
			[44.6, 51.98, 'Kalininsk'],
			'atkarsk',
			[45.35, 51.77],
			[45.6, 51.67, 'Tatishchevo'],
			[45.85, 51.6],
			'saratov'
		],
		opened: day(
			'1871-07-04',
			'Umyot – Atkarsk 14 Jan 1871; Atkarsk – Saratov 4 Jul 1871 (calendar not stated by the source).'
		),
		grade: 'probable',
		reasoning: "Opening dates sourced; Rtishchevo on the line is the compiler's routing knowledge.",
		sources: ['nashtransport-ruzhd', 'echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R04 Balashov – Kamyshin
	{
		id: 'R04',
		name: 'Tambov – Kamyshin line: Balashov – Kamyshin',
		localName: 'Балашов – Камышин',
		path: [
			'balashov',
			[43.3, 51.2],
			[43.55, 50.95, 'Elan'],
			[44.1, 50.7],
			[44.7, 50.4],
			[45.2, 50.15, 'Petrov Val'],
			'kamyshin'
		],
		opened: approx('1894-07-01', '1894-01-01', '1894-12-31', 'Opened 1894 (year only).'),
		grade: 'reconstructed',
		reasoning:
			"The source gives the Tambov – Kamyshin communication as opened in 1894 by the Ryazan–Ural railway; that it ran Rtishchevo – Balashov – Kamyshin (sharing Rtishchevo – Balashov with R22) is the compiler's routing knowledge (railways_1918.md §2 R04: C).",
		sources: ['volgogradru-2005-20615', 'echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R05 old Moscow – Kazan line (1893)
	{
		id: 'R05a',
		name: 'Moscow–Kazan railway: Ryazan – Sasovo – Ruzayevka',
		localName: 'Рязань – Сасово – Рузаевка',
		path: [
			'ryazan',
			[40.45, 54.45],
			[40.89, 54.32, 'Shilovo'],
			[41.4, 54.37],
			[41.92, 54.35, 'Sasovo'],
			[42.2, 54.13, 'Kustarevka'],
			[42.84, 54.07, 'Zubova Polyana'],
			[43.26, 54.08, 'Torbeevo'],
			[43.9, 54.1, 'Krasnoslobodsk district'],
			[44.45, 54.1],
			'ruzayevka'
		],
		opened: day(
			'1893-12-22',
			'First through train Sviyazhsk – Moscow 18 Dec 1893; official opening 22 Dec 1893 (calendar not stated by the source).'
		),
		grade: 'documented',
		sources: ['rmostzd-ryaz-kazan'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R05b',
		name: 'Moscow–Kazan railway: Ruzayevka – Saransk – Romodanovo',
		localName: 'Рузаевка – Саранск – Ромоданово',
		path: ['ruzayevka', 'saransk', 'romodanovo'],
		opened: day('1893-12-22'),
		grade: 'documented',
		sources: ['rmostzd-ryaz-kazan']
	},
	{
		id: 'R05c',
		name: 'Moscow–Kazan railway: Romodanovo – Alatyr – Shikhrany (Kanash)',
		localName: 'Ромоданово – Алатырь – Шихраны (Канаш)',
		path: [
			'romodanovo',
			[45.75, 54.55],
			[46.2, 54.75],
			'alatyr',
			[46.85, 55.05],
			[47.05, 55.3, 'Ibresi'],
			[47.3, 55.42],
			'kanash'
		],
		opened: day('1893-12-22'),
		grade: 'documented',
		sources: ['rmostzd-ryaz-kazan', 'rmostzd-kanash'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R05d',
		name: 'Moscow–Kazan railway: Shikhrany (Kanash) – Urmary – Sviyazhsk station',
		localName: 'Шихраны – Свияжск',
		path: [
			'kanash',
			[47.54428, 55.55777, 'Aleshevo'],
			[47.59993, 55.59946, 'Kibechi'],
			[47.64233, 55.61354, '684 km'],
			[47.74492, 55.63033, 'Shorkistry'],
			[47.82286, 55.65804, 'Bateevo'],
			[47.86619, 55.66449, 'Chubaevo'],
			[47.94402, 55.68655, 'Urmary'],
			[47.99144, 55.72437, 'Tansarino'],
			[48.08101, 55.74842, 'Cheshlama'],
			[48.14306, 55.75748, '722 km'],
			[48.22533, 55.75666, 'Tyurlema'],
			[48.36899, 55.76839, 'Shirdany'],
			[48.45341, 55.78075, '746 km'],
			'sviyazhsk_stn'
		],
		opened: day(
			'1893-12-22',
			'First train Sviyazhsk – Ruzayevka 18 Dec 1893; official opening 22 Dec 1893 (calendar not stated).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'rmostzd-ryaz-kazan', 'wikipedia-sviyazhsk-station'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R05e',
		name: 'Sviyazhsk station – Romanov bridge – Zeleny Dol – Kazan',
		localName: 'Свияжск – Романовский мост – Зелёный Дол – Казань',
		path: [
			'sviyazhsk_stn',
			[48.52159, 55.81058, '753 km'],
			[48.52895, 55.83944, 'Volga-Post'],
			'zelenodolsk',
			[48.56127, 55.84159, 'Zelyony Dol station'],
			[48.6466, 55.84838, 'Atlashkino'],
			[48.67724, 55.84668, '766 km'],
			[48.70633, 55.83783, 'Vasilyevo'],
			[48.74083, 55.84253, '771 km'],
			[48.78209, 55.83358, '774 km'],
			[48.80921, 55.82888, 'Observatoriya'],
			[48.84159, 55.82531, 'Zaymishche'],
			[48.86777, 55.81775, 'VChD'],
			[48.89505, 55.81512, 'Yudino'],
			[48.9539, 55.80515, 'Novoye Arakchino'],
			[48.97122, 55.80185, 'Staroye Arakchino'],
			[49.01175, 55.80131, 'Lagernaya'],
			[49.0661, 55.8019, 'Admiralteyskaya Sloboda'],
			[49.0997, 55.78863, 'Kazan-Passazhirskaya station'],
			'kazan'
		],
		opened: approx(
			'1913-07-01',
			'1913-01-01',
			'1913-12-31',
			'The Romanov railway bridge across the Volga between Sviyazhsk station and Zeleny Dol opened in 1913 (year only); before it the river was crossed otherwise. Zeleny Dol – Kazan opened 11/15 Jun 1894.'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'wikipedia-sviyazhsk-station', 'nik-rech-kazan-album'],
		notes: [
			{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] },
			{
				kind: 'caution',
				text: 'The Volga bridge (Romanov bridge, 1913) was fought over in August–September 1918; whether it was passable on a given day of that campaign is not recorded here.',
				sources: ['wikipedia-sviyazhsk-station', 'echelon-railways-1918']
			}
		]
	},
	{
		id: 'M03',
		name: 'Sviyazhsk: station – island village (notional link)',
		localName: 'станция Свияжск – Свияжск',
		path: ['sviyazhsk_stn', 'sviyazhsk'],
		opened: day('1893-12-22'),
		grade: 'reconstructed',
		reasoning:
			'Not a railway: the station (Nizhniye Vyazovye) lies about 9 km north-west of the island village of Sviyazhsk. This notional link lets legs whose stop is recorded at the village place be routed; stops of a train at Sviyazhsk are better placed at "sviyazhsk_stn".',
		sources: ['wikipedia-sviyazhsk-station', 'echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R06 direct Moscow – Kazan line
	{
		id: 'R06a',
		name: 'Direct Moscow–Kazan line: Lyubertsy – Murom',
		localName: 'Люберцы – Муром',
		path: [
			'lyubertsy',
			[37.8967, 55.68249, 'Lyubertsy I station'],
			[37.9334, 55.67265, 'Lyubertsy II'],
			[38.0007, 55.66813, 'Korenevo'],
			[38.03347, 55.6647, 'Ovrazhki'],
			[38.06787, 55.65583, 'Rodniki'],
			[38.11187, 55.64799, 'Vyalki'],
			[38.17564, 55.63863, 'Khripan'],
			[38.20119, 55.63704, '41 km'],
			[38.27517, 55.63606, 'Donino'],
			[38.31355, 55.62878, '49 km'],
			[38.35101, 55.62803, '52 km'],
			[38.39023, 55.62524, 'Grigorovo'],
			[38.41367, 55.61475, '55 km'],
			[38.44555, 55.60926, 'Gzhel'],
			[38.50534, 55.60377, 'Ignatyevo'],
			[38.5457, 55.60392, 'Kuzyaevo'],
			[38.61045, 55.59954, 'Shevlyagino'],
			[38.69234, 55.58999, '73 km'],
			[38.75511, 55.58177, 'Antsiferovo'],
			[38.82341, 55.57204, 'Podosinki'],
			[38.92156, 55.57314, 'Kurovskaya'],
			[38.95081, 55.57139, '90 km'],
			[39.03247, 55.56561, '95 km'],
			[39.11467, 55.55977, 'Avsyunino'],
			[39.22208, 55.56952, 'Zapolitsy'],
			[39.304, 55.57254, 'Zaputnaya'],
			[39.40797, 55.57288, 'Shaturtorf'],
			[39.52042, 55.57316, 'Shatura'],
			[39.60069, 55.5653, 'Botino'],
			[39.68617, 55.55937, 'Krivandino'],
			[39.79834, 55.56468, 'Tugolesye'],
			[39.86196, 55.56543, 'Voymezhny'],
			[40.00499, 55.54254, 'Cherusti'],
			[40.10921, 55.5249, 'Struya'],
			[40.19204, 55.51616, 'Tasino'],
			[40.3008, 55.50056, 'Ilyichyov'],
			[40.40461, 55.47454, 'Torfoprodukt'],
			[40.47397, 55.48325, 'Miltsevo'],
			[40.59882, 55.50201, 'Nechaevskaya'],
			[40.80387, 55.4997, 'Vekovka'],
			[40.96145, 55.50415, 'Zakolpye'],
			[41.07109, 55.50725, 'Zolotkovsky'],
			[41.15152, 55.50084, '232 km'],
			[41.21594, 55.50597, 'Alferovo'],
			[41.3232, 55.50507, 'Dobryatino'],
			[41.41361, 55.50267, 'Maksimovsky'],
			[41.50676, 55.50632, 'Butylitsy'],
			[41.58947, 55.52432, 'Zimnitsy'],
			[41.63298, 55.53385, 'Levino'],
			[41.69461, 55.54713, 'Kondakovo'],
			[41.74115, 55.54872, 'Papulino'],
			[41.7816, 55.54949, 'Amosovo'],
			[41.81626, 55.54981, 'Prosinskoye'],
			[41.88702, 55.55202, 'Strigino'],
			[41.92556, 55.56249, 'Koldino'],
			[41.9458, 55.56443, '284 km'],
			[42.01702, 55.5636, 'Murom-1 station'],
			'murom'
		],
		opened: approx(
			'1912-12-15',
			'1912-12-01',
			'1912-12-31',
			'Lyubertsy – Murom opened c. Dec 1912; Oka bridge at Murom opened 2 Sep 1912.'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'stringtranslate-arzamas-i'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R06b',
		name: 'Direct Moscow–Kazan line: Murom – Arzamas',
		localName: 'Муром – Арзамас',
		path: [
			'murom',
			[42.05927, 55.56369, 'Gorodskaya'],
			[42.1301, 55.56171, 'Priokskiy'],
			[42.19153, 55.53957, 'Navashino'],
			[42.28319, 55.53729, '306 km'],
			[42.35312, 55.53703, 'Veletma'],
			[42.43785, 55.53543, 'Sonino'],
			[42.52256, 55.53534, 'Rodyakovo'],
			[42.54304, 55.52693, '324 km'],
			[42.57803, 55.51814, 'Valtovo'],
			[42.67162, 55.51299, 'Stepurino'],
			[42.81949, 55.51138, 'Tesha'],
			[42.86784, 55.50549, 'Verdeevka'],
			[42.98427, 55.49913, 'Venets'],
			[43.09891, 55.48032, 'Sakony'],
			[43.20057, 55.46416, 'Mukhtolovo'],
			[43.26579, 55.46512, 'Lichadeevo'],
			[43.36471, 55.47909, 'Balakhonikha'],
			[43.43658, 55.47542, 'Mayak'],
			[43.49566, 55.4762, '386 km'],
			[43.55722, 55.47647, 'Kostylikha'],
			[43.59932, 55.47344, '393 km'],
			[43.65842, 55.46918, 'Shumleyka'],
			[43.72567, 55.46375, 'Slezavka'],
			[43.75726, 55.45411, '404 km'],
			[43.81423, 55.4294, '408 km'],
			[43.82368, 55.42141, '409 km'],
			[43.85145, 55.41732, 'Arzamas-2 station'],
			'arzamas'
		],
		opened: approx(
			'1914-01-01',
			'1912-12-01',
			'1914-12-31',
			'"By 1914 the railway was built as far as Arzamas" (source); exact opening not found.'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'stringtranslate-arzamas-i', 'kanash-local-history'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R06c',
		name: 'Direct Moscow–Kazan line: Arzamas – Sergach – Shikhrany (Kanash)',
		localName: 'Арзамас – Сергач – Шихраны (Канаш)',
		path: [
			'arzamas',
			[43.85145, 55.41732, 'Arzamas-2 station'],
			[43.99381, 55.44871, 'Traktovy-Arzamassky'],
			[44.21024, 55.51509, 'Bobylskaya'],
			[44.28562, 55.51753, 'Vadok'],
			[44.52751, 55.59147, 'Perevozskaya'],
			[44.7161, 55.59169, 'Kemary'],
			[44.85847, 55.57032, 'Smagino'],
			[45.00572, 55.55637, 'Kamenishche'],
			[45.19862, 55.52382, 'Kamkino'],
			[45.28146, 55.5123, '512 km'],
			[45.363, 55.50017, 'Tartaley'],
			'sergach',
			[45.49566, 55.51974, 'Sergach station'],
			[45.61956, 55.53471, 'Achka'],
			[45.7401, 55.53292, 'Andosovo'],
			[45.92184, 55.5435, 'Pilna'],
			[46.05037, 55.55096, 'Knyazhikha'],
			[46.11564, 55.56052, '568 km'],
			[46.2373, 55.54339, 'Kumashka'],
			[46.32043, 55.52316, '583 km'],
			[46.41127, 55.49084, 'Shumerlya'],
			[46.54399, 55.47743, 'Myslets'],
			[46.57522, 55.47478, '601 km'],
			[46.61344, 55.48371, '604 km'],
			[46.67029, 55.49778, 'Piner'],
			[46.74062, 55.4836, '614 km'],
			[46.82492, 55.47977, 'Charkli'],
			[46.87285, 55.48879, '623 km'],
			[46.94826, 55.48818, 'Vurnary'],
			[47.00163, 55.47519, '632 km'],
			[47.09535, 55.47033, 'Apnerka'],
			[47.1369, 55.47964, '641 km'],
			[47.18331, 55.49128, '645 km'],
			[47.22897, 55.49939, 'Achaks'],
			[47.29758, 55.50756, '652 km'],
			[47.34851, 55.50313, 'Mokry'],
			[47.3944, 55.49202, '661 km'],
			[47.47724, 55.51052, 'Kanash (Shikhrany) station'],
			'kanash'
		],
		opened: approx(
			'1918-01-01',
			'1918-01-01',
			'1918-12-31',
			'Year only: the Sergach station article gives 1918 as its opening date (depot completed 1918). The day through traffic began on Arzamas – Shikhrany was not found; railways_1918.md: "completion of Arzamas – Shikhrany: date not found". Legs in 1918 that use this section are flagged by build-legs.mjs.'
		),
		bends: false,
		grade: 'probable',
		reasoning:
			'The direct line was projected and built 1910–1918 (sourced); its completion date east of Arzamas is known only to the year (Sergach station, 1918).',
		sources: [
			'osm-esr-railway-materials',
			'stringtranslate-arzamas-i',
			'wikipedia-sergach-station',
			'kanash-local-history'
		],
		notes: [
			{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] },
			{
				kind: 'caution',
				text: 'August 1918: whether Trotsky\'s train went Arzamas – Sergach – Kanash (this section) or Arzamas – Romodanovo – Alatyr – Kanash (R07b, R05c) is not known; route 1918 legs through "romodanovo" unless a source settles it.',
				sources: ['echelon-railways-1918', 'svanidze-khroniki-1-p50']
			}
		]
	},

	// ---------------------------------------------------------------- R07 Nizhny – Arzamas – Romodanovo
	{
		id: 'R07a',
		name: 'Nizhny Novgorod – Arzamas',
		localName: 'Нижний Новгород – Арзамас',
		path: ['nizhny', [43.95, 56.2], [43.82, 55.86, 'Shonikha'], [43.8, 55.6], 'arzamas'],
		opened: approx(
			'1901-12-20',
			'1901-12-01',
			'1901-12-31',
			'Traffic Nizhny Novgorod – Arzamas opened at the end of December 1901 (calendar not stated).'
		),
		grade: 'documented',
		sources: ['stringtranslate-arzamas-i']
	},
	{
		id: 'R07b',
		name: 'Arzamas – Shatki – Romodanovo (Krasny Uzel)',
		localName: 'Арзамас – Шатки – Ромоданово',
		path: [
			'arzamas',
			[44.12, 55.19, 'Shatki'],
			[44.5, 55.0],
			[44.85, 54.75, 'Lukoyanov district'],
			[45.1, 54.6],
			'romodanovo'
		],
		opened: approx(
			'1903-07-01',
			'1901-12-01',
			'1904-12-31',
			'Opening of Arzamas – Romodanovo not found; construction from April 1900 with repeated delays; the Nizhny – Arzamas line is given as built in 1903 (Shonikha station article).'
		),
		grade: 'probable',
		reasoning:
			'The line is part of the Moscow–Kazan railway (von Meck era, sourced); its opening date is bracketed, not known.',
		sources: ['stringtranslate-arzamas-i', 'wikipedia-arzamas-i', 'echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R08, R27 Moscow – Nizhny, Kovrov – Murom
	{
		id: 'R27',
		name: 'Moscow – Vladimir – Kovrov – Nizhny Novgorod (Nizhny railway)',
		localName: 'Московско-Нижегородская железная дорога',
		path: [
			'moscow',
			[37.661, 55.758, 'Kursky station'],
			[37.86, 55.76, 'Reutov'],
			[38.01, 55.75, 'Obiralovka'],
			[38.45, 55.77, 'Fryazevo'],
			[38.66, 55.78, 'Pavlovsky Posad'],
			[38.97, 55.8, 'Orekhovo'],
			[39.47, 55.93, 'Petushki'],
			[39.9, 56.03, 'Undol'],
			[40.41, 56.13, 'Vladimir'],
			[40.9, 56.25],
			'kovrov',
			[41.75, 56.28],
			[42.16, 56.24, 'Vyazniki'],
			[42.69, 56.2, 'Gorokhovets'],
			[43.46, 56.24, 'Dzerzhinsk'],
			'nizhny'
		],
		opened: approx(
			'1862-08-13',
			'1862-08-01',
			'1862-08-31',
			'Opened 1 Aug 1862 O.S. (compiler; not seen in a stored source).'
		),
		grade: 'reconstructed',
		reasoning:
			"railways_1918.md §2 R27: compiler's routing knowledge; opening date not seen in a source. Included so that Kovrov – Murom (R08) joins the network.",
		sources: ['echelon-railways-1918'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R08',
		name: 'Kovrov – Murom (Muromskaya railway)',
		localName: 'Ковров – Муром',
		path: [
			'kovrov',
			[41.37312, 56.32518, '102 km'],
			[41.3849, 56.30455, 'Kovrov-Gruzovoy'],
			[41.42992, 56.24234, '92 km'],
			[41.44822, 56.21719, '89 km'],
			[41.47414, 56.18096, 'Esino'],
			[41.53973, 56.0889, 'Voskhod'],
			[41.58535, 56.02526, '67 km'],
			[41.61956, 55.97662, 'Volosataya'],
			[41.64683, 55.93144, '55 km'],
			[41.73672, 55.89033, 'Selivanovo (Krasnaya Gorbatka)'],
			[41.75917, 55.83907, 'Vysokovo'],
			[41.76628, 55.74851, 'Bezlesnaya'],
			[41.79845, 55.70364, 'Susanovskaya'],
			[41.85074, 55.66422, 'Burtsevskaya'],
			[41.87784, 55.65026, '15 km'],
			[41.9545, 55.62901, '10 km'],
			[41.99623, 55.59969, 'Stroydetal'],
			[42.01702, 55.5636, 'Murom-1 station'],
			'murom'
		],
		opened: approx('1880-07-01', '1880-01-01', '1880-12-31', 'Opened 1880 (year only).'),
		published: { value: 101.3, unit: 'verst', sources: ['wikiorg-murom-rly'] },
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'wikiorg-murom-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},

	// ---------------------------------------------------------------- R09 Ryazhsk – Morshansk – Penza – Syzran – Samara
	{
		id: 'R09a',
		name: 'Ryazhsk – Morshansk',
		localName: 'Ряжск – Моршанск',
		path: ['ryazhsk', [40.5, 53.66], [41.0, 53.58], [41.45, 53.5], 'morshansk'],
		opened: approx(
			'1867-09-01',
			'1867-01-01',
			'1867-12-31',
			'Ryazhsk – Morshansk railway, 1867 (compiler).'
		),
		grade: 'reconstructed',
		reasoning:
			"railways_1918.md §2 R09: Ryazhsk – Morshansk is the compiler's routing knowledge; it carried the Moscow – Samara traffic (exile 1928).",
		sources: ['echelon-railways-1918', 'ym-penza-morshansk-syzran']
	},
	{
		id: 'R09b',
		name: 'Morshansk–Syzran railway: Morshansk – Penza',
		localName: 'Моршанск – Пенза',
		path: [
			'morshansk',
			[41.76579, 53.44146, 'Morshansk station'],
			[41.79479, 53.44759, '444 km'],
			[41.80478, 53.458, '446 km'],
			[41.82529, 53.46229, '448 km'],
			[41.84804, 53.45908, 'Korshunovka'],
			[41.91834, 53.43409, '453 km'],
			[41.94607, 53.42568, 'Kashma'],
			[42.0495, 53.41001, 'Vyazhli'],
			[42.17962, 53.39774, 'Fitingof'],
			[42.29927, 53.37217, 'Dashkovo'],
			[42.38577, 53.30635, 'Vernadovka'],
			[42.48436, 53.23891, 'Pominaevka'],
			[42.66235, 53.23159, 'Sosedka'],
			[42.79664, 53.22555, 'Khutor'],
			[42.90804, 53.20274, 'Kandievka'],
			[43.03532, 53.21236, 'Bashmakovo'],
			[43.16661, 53.24508, 'Glebovka'],
			[43.2604, 53.29168, 'Pyatnitskoye'],
			[43.3204, 53.3306, 'Pachelma'],
			[43.39418, 53.33031, 'Tolkovka'],
			[43.49933, 53.31215, 'Vyglyadovka'],
			[43.55379, 53.29609, 'Vodenyapino'],
			[43.7554, 53.27272, 'Varezhka'],
			[43.84912, 53.23653, 'Adikaevka'],
			[43.95176, 53.22577, 'Kevda'],
			[43.99167, 53.19707, 'Selmash'],
			[44.02991, 53.17854, 'Belinskaya'],
			[44.15958, 53.13084, 'Lermontovsky'],
			[44.27777, 53.15334, 'Studenets'],
			[44.39608, 53.20062, 'Panchulidzievka'],
			[44.47021, 53.27602, 'Simanshchina'],
			[44.56975, 53.26588, '674 km'],
			[44.59256, 53.28448, 'Poslovka'],
			[44.71144, 53.27569, 'Ramzay'],
			[44.78583, 53.25829, 'Pyasha'],
			[44.88557, 53.21595, 'Arbekovo'],
			[44.99028, 53.21657, '709 km'],
			[45.01234, 53.2042, 'Penza-1 station'],
			'penza'
		],
		opened: approx(
			'1874-10-12',
			'1874-09-01',
			'1874-10-31',
			'Regular traffic Morshansk – Syzran opened Oct 1874 (Syzran station opened 12 Oct 1874).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'polpedia-syzran-i', 'clever-geek-penza-region'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R09c',
		name: 'Morshansk–Syzran railway: Penza – Kuznetsk – Syzran',
		localName: 'Пенза – Кузнецк – Сызрань',
		path: [
			'penza',
			[45.01234, 53.2042, 'Penza-1 station'],
			[45.05529, 53.20713, 'Penza-2'],
			[45.15657, 53.20967, '720 km'],
			[45.197, 53.20442, 'Seliksa'],
			[45.20962, 53.17546, '727 km'],
			[45.32153, 53.13739, '739 km'],
			[45.35176, 53.13399, '742 km'],
			[45.41486, 53.11505, 'Shnaevo'],
			[45.48326, 53.1116, '752 km'],
			[45.5524, 53.10398, '756 km'],
			[45.58208, 53.10556, 'Kanaevka'],
			[45.68961, 53.10838, 'Aseevskaya'],
			[45.81524, 53.10669, 'Nikonovo'],
			[45.91936, 53.14071, 'Chaadaevka'],
			[45.98367, 53.14301, 'Pionerlager'],
			[46.12184, 53.14882, 'Elyuzan'],
			[46.18662, 53.14598, '802 km'],
			[46.2333, 53.14019, 'Syuzyum'],
			[46.48883, 53.11064, 'Poselki'],
			[46.56958, 53.11723, '829 km'],
			[46.6005, 53.11184, 'Kuznetsk'],
			[46.76531, 53.09965, 'Ogoltsovka'],
			[46.83703, 53.10627, 'Evlashevo'],
			[46.96271, 53.12894, 'Kurmaevka'],
			[47.02073, 53.14428, '859 km'],
			[47.05286, 53.15124, 'Nikulino'],
			[47.11656, 53.11889, 'Karangol'],
			[47.20652, 53.12381, 'Klyuchiki'],
			[47.30956, 53.13641, 'Saevka'],
			[47.40852, 53.13484, 'Praskovyino'],
			[47.54274, 53.15289, 'Kanadey'],
			[47.59829, 53.15162, 'Svirino'],
			[47.65318, 53.14529, 'Sadovy'],
			[47.75048, 53.15349, 'Novospasskoye'],
			[47.87325, 53.16681, 'Koptevka'],
			[47.91356, 53.17134, '924 km'],
			[47.95434, 53.1724, 'Roshchitsa'],
			[48.00035, 53.17438, 'Roshchitsa Novaya'],
			[48.09613, 53.171, '936 km'],
			[48.13337, 53.17023, 'Repyovka'],
			[48.19114, 53.16902, '943 km'],
			[48.26906, 53.16631, '948 km'],
			[48.30045, 53.16369, '950 km'],
			[48.35953, 53.16119, 'Novoobraztsovoye'],
			[48.43863, 53.16757, 'Syzran-2'],
			[48.48205, 53.17019, 'Syzran-1 station'],
			'syzran'
		],
		opened: approx('1874-10-12', '1874-09-01', '1874-10-31'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'polpedia-syzran-i', 'clever-geek-penza-region'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R09d',
		name: 'Syzran – Batraki – Volga (Alexander) bridge – Samara',
		localName: 'Сызрань – Батраки – Самара',
		path: [
			'syzran',
			[48.48205, 53.17019, 'Syzran-1 station'],
			[48.53691, 53.17487, '966 km'],
			[48.66827, 53.16138, 'Batraki (Oktyabrsk)'],
			[48.69727, 53.16626, '977 km'],
			[48.7113, 53.16891, 'Rabochaya'],
			[48.73434, 53.17476, 'Zheleznodorozhnaya'],
			[48.78522, 53.18362, 'Pravaya Volga'],
			[48.83977, 53.13799, '990 km'],
			[48.87487, 53.11479, 'Obsharovka'],
			[49.00024, 53.06766, '1004 km'],
			[49.08231, 53.04882, 'Mylnaya'],
			[49.18368, 53.02333, 'Bashkirskoye'],
			[49.31184, 52.99096, 'Maytuga'],
			[49.43157, 52.97855, 'Bezenchuk'],
			[49.51892, 52.96869, 'Vostok'],
			[49.61548, 52.95647, 'Zvezda'],
			[49.68476, 52.96279, '1052 km'],
			[49.70275, 52.97722, 'Chapaevsk (Ivashchenkovo)'],
			[49.71359, 52.98789, '1056 km'],
			[49.74302, 53.01587, 'Tomylovo'],
			[49.77434, 53.03609, '1063 km'],
			[49.81586, 53.05446, 'Mayak'],
			[49.84226, 53.07023, 'Zhiguli'],
			[49.86449, 53.08799, 'Khimik'],
			[49.89747, 53.11519, 'Novokuibyshevskaya'],
			[49.92989, 53.12075, 'Molodezhnaya'],
			[49.98471, 53.10146, 'Lipyagi'],
			[50.00959, 53.09277, '1084 km'],
			[50.03862, 53.10318, 'Konstruktorskaya'],
			[50.0604, 53.11485, 'Sotsgorod'],
			[50.07156, 53.11939, 'Kryazh'],
			[50.09114, 53.13325, 'Krasny Kryazhok'],
			[50.1213, 53.18568, 'Samara station'],
			'samara'
		],
		opened: approx(
			'1880-09-01',
			'1880-01-01',
			'1880-12-31',
			'Syzran (Batraki) – Samara with the Volga bridge near Syzran, 1880 (year only).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'polpedia-syzran-i', 'perceptiode-orenburg-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},

	// ---------------------------------------------------------------- R10 Samara – Orenburg – Tashkent
	{
		id: 'R10a',
		name: 'Orenburg railway: Samara – Kinel',
		localName: 'Самара – Кинель',
		path: [
			'samara',
			[50.1213, 53.18568, 'Samara station'],
			[50.13666, 53.18186, 'Shkolnaya'],
			[50.15548, 53.17512, 'Rechnaya'],
			[50.18757, 53.17384, 'Tolevaya'],
			[50.21577, 53.18519, 'Kirkombinat'],
			[50.2381, 53.19944, 'Stakhanovskaya'],
			[50.2528, 53.20632, 'Bezymyanka'],
			[50.26563, 53.21098, 'Pyatiletka'],
			[50.28553, 53.2192, 'Mirnaya'],
			[50.31116, 53.2299, 'Internatnaya'],
			[50.33841, 53.24112, 'Zubchaninovka'],
			[50.38398, 53.25994, 'Smyshlyaevka'],
			[50.41931, 53.24996, 'Energetik'],
			[50.48682, 53.23581, 'Alekseevskaya'],
			[50.53563, 53.24929, 'Sovety'],
			'kinel'
		],
		opened: day('1877-01-13', 'Official opening 1 Jan 1877 O.S.; first train 22 Oct 1876 O.S.'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'perceptiode-orenburg-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R10b',
		name: 'Orenburg railway: Kinel – Buzuluk – Orenburg',
		localName: 'Кинель – Бузулук – Оренбург',
		path: [
			'kinel',
			[50.77299, 53.19486, 'Spiridonovka'],
			[50.8895, 53.1595, 'Trostyanka'],
			[50.9823, 53.13741, '1164 km'],
			[51.08435, 53.12067, 'Grachevka'],
			[51.16851, 53.10538, '1177 km'],
			[51.20338, 53.08949, '1181 km'],
			[51.32507, 53.06669, 'Bogatoye'],
			[51.3648, 53.07808, '1192 km'],
			[51.44492, 53.06287, 'Zalivnaya'],
			[51.46465, 53.06176, '1202 km'],
			[51.54437, 53.06311, '1205 km'],
			[51.59028, 53.06009, '1208 km'],
			[51.71317, 53.04103, 'Neprik'],
			[51.81013, 53.03706, '1224 km'],
			[51.86383, 53.03067, 'Les'],
			[51.92908, 52.9995, '1234 km'],
			[51.9667, 52.97828, '1237 km'],
			[52.02874, 52.93875, 'Koltubanka'],
			[52.06599, 52.87072, '1252 km'],
			[52.12894, 52.83665, 'Elshanka'],
			'buzuluk',
			[52.27044, 52.76854, 'Buzuluk station'],
			[52.33665, 52.72236, '1280 km'],
			[52.49165, 52.61601, 'Pogromnoye'],
			[52.61309, 52.56998, '1304 km'],
			[52.81667, 52.5075, 'Totskaya'],
			[52.8982, 52.51841, '1326 km'],
			[53.0167, 52.49889, '1332 km'],
			[53.10912, 52.45127, '1335 km'],
			[53.14878, 52.42842, 'Sorochinskaya'],
			[53.23399, 52.38892, '1354 km'],
			[53.32763, 52.32911, '1363 km'],
			[53.36708, 52.3046, '1367 km'],
			[53.42316, 52.26661, 'Gamaleevka'],
			[53.4933, 52.18674, '1383 km'],
			[53.53295, 52.15715, '1386 km'],
			[53.65385, 52.0749, 'Novosergievskaya'],
			[53.70126, 52.04484, '1406 km'],
			[53.80468, 52.00595, '1413 km'],
			[53.8671, 51.98812, '1417 km'],
			[53.90916, 51.97124, 'Platovka'],
			[54.04274, 51.9169, '1427 km'],
			[54.10925, 51.89999, '1432 km'],
			[54.1837, 51.87499, 'Perevolotskaya'],
			[54.21664, 51.86612, '1445 km'],
			[54.38083, 51.85752, '1459 km'],
			[54.52289, 51.87027, 'Syrt'],
			[54.86345, 51.88823, 'Kargala'],
			[54.92417, 51.88326, '1499 km'],
			[54.95621, 51.87212, '1501 km'],
			[55.01598, 51.85023, '1506 km'],
			[55.04513, 51.83374, 'Leninsky Luch'],
			[55.06336, 51.81969, 'Berdy'],
			[55.07326, 51.80115, 'Lvovskaya'],
			[55.07443, 51.77637, 'Orenburg station'],
			'orenburg'
		],
		opened: day('1877-01-13', 'Official opening 1 Jan 1877 O.S.; first train 22 Oct 1876 O.S.'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'perceptiode-orenburg-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R10c',
		name: 'Tashkent railway: Orenburg – Ak-Bulak – Aktyubinsk – Kzyl-Orda (Perovsk) – Arys',
		localName: 'Ташкентская железная дорога: Оренбург – Актюбинск – Кзыл-Орда – Арысь',
		path: [
			'orenburg',
			[55.0, 51.4],
			[54.99, 51.16, 'Iletsk'],
			'akbulak',
			[56.4, 50.6],
			'aktyubinsk',
			[57.42, 49.47, 'Kandagach'],
			[58.14, 48.83, 'Emba'],
			[58.9, 48.3],
			[59.6, 47.83, 'Chelkar'],
			[60.6, 47.3],
			[61.67, 46.8, 'Aral Sea station'],
			[62.1, 45.76, 'Kazalinsk'],
			[63.2, 45.6],
			[64.08, 45.48, 'Dzhusaly'],
			[64.8, 45.1],
			'kzylorda',
			[66.4, 44.4],
			[67.1, 43.8],
			[68.25, 43.3, 'Turkestan'],
			[68.6, 42.8],
			'arys'
		],
		opened: approx(
			'1906-01-01',
			'1905-01-01',
			'1906-12-31',
			'Built 1900–06; Tashkent – Arys – Dzhusaly 1905; through traffic 1906.'
		),
		grade: 'documented',
		sources: ['wikiorg-tashkent-rly'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R10d',
		name: 'Tashkent railway: Arys – Tashkent',
		localName: 'Арысь – Ташкент',
		path: ['arys', [69.0, 42.0], [69.1, 41.6], 'tashkent'],
		opened: approx('1905-07-01', '1905-01-01', '1905-12-31', 'Tashkent – Arys – Dzhusaly 1905.'),
		grade: 'documented',
		sources: ['wikiorg-tashkent-rly']
	},

	// ---------------------------------------------------------------- R11 Arys – Aulie-Ata – Pishpek
	{
		id: 'R11a',
		name: 'Semirechye railway: Arys – Chimkent – Aulie-Ata',
		localName: 'Арысь – Чимкент – Аулие-Ата',
		path: [
			'arys',
			[69.6, 42.32, 'Chimkent'],
			[70.3, 42.5, 'Tyulkubas'],
			[70.85, 42.75],
			'aulieata'
		],
		opened: approx(
			'1917-01-01',
			'1912-01-01',
			'1924-08-08',
			'Opening of Arys – Aulie-Ata not found in a stored source; it was open before the Aulie-Ata – Pishpek extension (first train at Pishpek 8 Aug 1924).'
		),
		grade: 'probable',
		reasoning:
			"The through route Arys – Aulie-Ata – Pishpek is sourced for 1928; the intermediate course (Chimkent) and the opening date of this part are the compiler's.",
		sources: ['kjd-kg-railway-history', 'echelon-railways-1918']
	},
	{
		id: 'R11b',
		name: 'Aulie-Ata – Pishpek (Frunze)',
		localName: 'Аулие-Ата – Пишпек (Фрунзе)',
		path: [
			'aulieata',
			[71.9, 42.95],
			[72.75, 42.95, 'Lugovaya'],
			[73.18, 42.87, 'Merke'],
			[73.85, 42.82, 'Kara-Balta'],
			[74.2, 42.85],
			'frunze'
		],
		opened: day('1924-08-08', 'First train at Pishpek 8 Aug 1924.'),
		published: { value: 266, unit: 'km', sources: ['kjd-kg-railway-history'] },
		grade: 'documented',
		sources: ['kjd-kg-railway-history']
	},

	// ---------------------------------------------------------------- R12 Samara – Ufa – Chelyabinsk
	{
		id: 'R12a',
		name: 'Samara–Zlatoust railway: Kinel – Ufa',
		localName: 'Кинель – Уфа',
		path: [
			'kinel',
			[51.3, 53.4],
			[52.12, 53.65, 'Pokhvistnevo'],
			[52.8, 53.55],
			[53.65, 53.68, 'Abdulino'],
			[54.12, 54.1, 'Belebey'],
			[54.6, 54.25],
			[55.38, 54.58, 'Chishmy'],
			'ufa'
		],
		opened: day('1888-09-20', '8 Sep 1888 O.S.'),
		grade: 'documented',
		sources: ['wikiorg-samara-zlatoust'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R12b',
		name: 'Samara–Zlatoust railway: Ufa – Zlatoust – Chelyabinsk',
		localName: 'Уфа – Златоуст – Челябинск',
		path: [
			'ufa',
			[56.6, 55.0],
			[57.27, 55.0, 'Asha'],
			[58.3, 55.05],
			'zlatoust',
			[60.1, 55.05, 'Miass'],
			[60.8, 55.1],
			'chelyabinsk'
		],
		opened: approx(
			'1892-10-01',
			'1890-09-20',
			'1892-12-31',
			'Ufa – Zlatoust 8 Sep 1890 O.S.; Chelyabinsk from 1892.'
		),
		grade: 'documented',
		sources: ['wikiorg-samara-zlatoust']
	},

	// ---------------------------------------------------------------- R13 Perm lines
	{
		id: 'R13a',
		name: 'Perm–Kotlas railway: Vyatka – Glazov – Perm',
		localName: 'Вятка – Глазов – Пермь',
		path: [
			'vyatka',
			[49.6524, 58.57787, 'Kirov (Vyatka II) station'],
			[49.67322, 58.53024, 'Krasnoselsky'],
			[49.69752, 58.4952, 'Pozdino'],
			[49.81399, 58.47033, 'Poloy'],
			[49.91012, 58.4714, 'Mutnitsa'],
			[50.07451, 58.46408, 'Bumkombinat'],
			[50.23211, 58.43735, 'Prosnitsa'],
			[50.35246, 58.41646, 'Konyp'],
			[50.47592, 58.44534, 'Lugovoy'],
			[50.51766, 58.45105, '1021 km'],
			[50.58881, 58.45022, '1025 km'],
			[50.63596, 58.46274, 'Ardashi'],
			[50.70828, 58.48014, 'Beregovoy'],
			[50.83229, 58.45695, 'Rekhino'],
			[50.91973, 58.4545, '1046 km'],
			[50.98994, 58.43475, 'Kordyaga'],
			[51.02359, 58.42218, '1054 km'],
			[51.13395, 58.40379, 'Zuevka'],
			[51.28344, 58.41651, 'Kosa'],
			[51.39422, 58.40405, 'Chernous'],
			[51.51053, 58.39803, 'Levany'],
			[51.59207, 58.35545, 'Falenki'],
			[51.64576, 58.33621, '1096 km'],
			[51.70277, 58.33105, '1099 km'],
			[51.73322, 58.31977, 'Knyazi'],
			[51.83749, 58.29649, 'Sada'],
			[51.91924, 58.28886, '1113 km'],
			[51.95776, 58.2873, 'Bachumovo'],
			[52.03562, 58.27394, '1120 km'],
			[52.11196, 58.24863, 'Yar'],
			[52.15531, 58.21989, 'Dizmino'],
			[52.21511, 58.20295, 'Balyshur'],
			[52.34694, 58.17609, 'Kozhil'],
			[52.42196, 58.15941, '1147 km'],
			[52.46105, 58.15237, '1150 km'],
			[52.50727, 58.15661, 'Ubyt'],
			'glazov',
			[52.66963, 58.13246, 'Glazov station'],
			[52.76892, 58.11332, '1169 km'],
			[52.85849, 58.09931, 'Bezum'],
			[52.90176, 58.07953, '1177 km'],
			[52.92945, 58.0561, 'Tuktym'],
			[52.9517, 58.0256, '1185 km'],
			[52.99683, 57.99913, '1189 km'],
			[53.00516, 57.97437, 'Balezino'],
			[53.04882, 57.91797, 'Dinshur'],
			[53.18169, 57.87781, 'Shur'],
			[53.27359, 57.87283, 'Pibanshur'],
			[53.32779, 57.86308, '1217 km'],
			[53.4136, 57.89045, 'Chepca'],
			[53.52803, 57.92022, 'Pushmezi'],
			[53.58803, 57.89933, 'Segedur'],
			[53.64169, 57.9078, 'Klyuchevskoye'],
			[53.71333, 57.89354, 'Kez'],
			[53.81423, 57.91837, 'Lyp'],
			[53.85983, 57.9239, 'Kabalud'],
			[53.97268, 57.95555, 'Filintsy'],
			[54.04012, 57.9436, 'Kuzma'],
			[54.14628, 57.95754, 'Shnyry'],
			[54.22462, 57.95874, 'Babiki'],
			[54.27682, 57.96167, 'Volegovo'],
			[54.38686, 57.99924, 'Borodulino'],
			[54.45322, 58.04013, 'Putino'],
			[54.51493, 58.03727, 'Khrustali'],
			[54.61087, 58.03331, 'Subbotniki'],
			[54.63643, 58.06065, '1312 km'],
			[54.65379, 58.07894, 'Vereshchagino'],
			[54.73091, 58.12759, 'Zyukay'],
			[54.77927, 58.12797, 'Anikino'],
			[54.84859, 58.14817, 'Kuketsky'],
			[54.92583, 58.14622, 'Puzyata'],
			[54.99341, 58.16621, 'Mendeleevo'],
			[55.06104, 58.23114, 'Obva'],
			[55.15651, 58.25147, '1358 km'],
			[55.19498, 58.24342, 'Mokino'],
			[55.30626, 58.21623, 'Grigorievskaya'],
			[55.37164, 58.18739, '1375 km'],
			[55.3893, 58.17935, 'Syuzva'],
			[55.42451, 58.17046, 'Yushkovo'],
			[55.47125, 58.15038, 'Vozhakovo'],
			[55.52475, 58.13361, 'Chaykovskaya'],
			[55.60065, 58.13018, 'Udaly'],
			[55.65177, 58.13572, '1394 km'],
			[55.68344, 58.13786, 'Shabunichi'],
			[55.72494, 58.14025, 'Uval'],
			[55.81467, 58.11997, 'Strelka'],
			[55.83355, 58.11304, '1406 km'],
			[55.86832, 58.0861, 'Overyata'],
			[55.90718, 58.05898, 'Mysy'],
			[55.95833, 58.07097, 'Lasva'],
			[56.01942, 58.0475, 'Kurya'],
			[56.04757, 58.0411, 'Promuchastok'],
			[56.08447, 58.04215, 'Zheleznodorozhnaya'],
			[56.10324, 58.03897, 'Komsomolskaya'],
			[56.13202, 58.0346, 'Perm-Sortirovochnaya'],
			'perm'
		],
		opened: day(
			'1899-03-14',
			'Traffic 14 Mar 1899 (wiki-org) or 1 Mar 1899 (German mirror). The Kama bridge at Perm was blown up in 1919 and restored Feb 1920.'
		),
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'wikiorg-perm-kotlas', 'perceptiode-perm-kotlas'],
		notes: [
			{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] },
			{
				kind: 'disagreement',
				text: 'Opening of traffic: 14 Mar 1899 (wiki-org) vs 1 Mar 1899 (German mirror) — perhaps the two calendars.',
				sources: ['wikiorg-perm-kotlas', 'perceptiode-perm-kotlas']
			},
			{
				kind: 'caution',
				text: "The Kama bridge at Perm was blown up by Kolchak's retreating troops in 1919 and restored in Feb 1920.",
				sources: ['perceptiode-perm-kotlas']
			}
		]
	},
	{
		id: 'R13b',
		name: 'Perm–Kotlas railway: Vyatka – Kotlas',
		localName: 'Вятка – Котлас',
		path: ['vyatka', [49.3, 59.1], [48.6, 59.7, 'Murashi'], [47.9, 60.3], [47.2, 60.85], 'kotlas'],
		opened: day('1899-03-14'),
		grade: 'documented',
		sources: ['wikiorg-perm-kotlas']
	},
	{
		id: 'R13c',
		name: 'Perm railway (short line): Perm – Kungur – Shalya – Kuzino',
		localName: 'Пермь – Кунгур – Шаля – Кузино',
		path: [
			'perm',
			[56.23436, 57.95325, 'Bakharevka'],
			[56.27689, 57.94345, '1447 km'],
			[56.2971, 57.92141, 'Nyashino'],
			[56.2994, 57.89446, 'Ferma'],
			[56.3153, 57.86016, 'Kochkino'],
			[56.34969, 57.85433, 'Klestovsky'],
			[56.37513, 57.8448, 'Gorbunovo'],
			[56.37815, 57.80812, 'Mulyanka'],
			[56.38878, 57.76939, '1470 km'],
			[56.37859, 57.73617, 'Yug'],
			[56.39035, 57.70245, '1478 km'],
			[56.41586, 57.68684, 'Yanychi'],
			[56.50082, 57.64521, 'Kukushtan'],
			[56.53694, 57.63308, 'Platoshino'],
			[56.56455, 57.62437, '1492 km'],
			[56.62344, 57.57936, 'Kurashimsky'],
			[56.66096, 57.52308, '1505 km'],
			[56.71393, 57.48655, 'Ergach'],
			[56.78477, 57.45596, 'Bliny'],
			[56.91777, 57.42553, 'Gipsy'],
			[56.95882, 57.42085, '1533 km'],
			'kungur',
			[56.99842, 57.42337, 'Kungur station'],
			[57.1174, 57.37977, 'Chikali'],
			[57.15392, 57.35204, 'Kamai'],
			[57.18051, 57.36683, '1551 km'],
			[57.24445, 57.36173, 'Kishert'],
			[57.28423, 57.37534, '1559 km'],
			[57.30912, 57.39349, 'Pyatkovo'],
			[57.35981, 57.37513, 'Shkolnaya'],
			[57.41999, 57.38038, 'Shumkovo'],
			[57.4535, 57.39185, '1572 km'],
			[57.50674, 57.41389, 'Tyurikovo'],
			[57.62403, 57.43293, 'Tulumbasy'],
			[57.92011, 57.41129, 'Kordon'],
			[57.98832, 57.37559, 'Glukhar'],
			[58.06678, 57.34426, 'Shutyom'],
			[58.1365, 57.32538, '1624 km'],
			[58.22398, 57.34964, 'Shamary'],
			[58.36848, 57.34283, 'Kozyal'],
			[58.52549, 57.33286, 'Vogulka'],
			[58.63846, 57.27157, 'Biz'],
			[58.7334, 57.24705, 'Shalya'],
			[58.86075, 57.22837, 'Pastushny'],
			[58.94146, 57.1975, 'Sarga'],
			[59.01661, 57.17138, 'Baskinsky'],
			[59.11782, 57.14543, 'Berloga'],
			[59.19397, 57.11158, 'Sabik'],
			[59.33958, 57.08606, 'Merkitasikha'],
			'kuzino'
		],
		opened: approx(
			'1909-06-01',
			'1909-01-01',
			'1909-12-31',
			'Perm – Kungur – Yekaterinburg built 1905–09.'
		),
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'crazylike-perm-rly'],
		notes: [{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R13d',
		name: 'Perm railway (short line): Kuzino – Bilimbay – Pervouralsk – Yekaterinburg',
		localName: 'Кузино – Билимбай – Первоуральск – Екатеринбург',
		path: [
			'kuzino',
			[59.58158, 57.00745, 'Kourovka'],
			[59.67072, 56.95173, 'Boytsy'],
			[59.72894, 56.93701, 'Gravijny'],
			[59.79028, 56.94401, 'Bilimbay'],
			[59.88701, 56.89971, 'Podvoloshnaya'],
			[59.97762, 56.88941, 'Pervouralsk'],
			[60.00829, 56.88688, 'Novotalitsa'],
			[60.06166, 56.88303, 'Vershina'],
			[60.14446, 56.85772, 'Novoalekseevka'],
			[60.18423, 56.85324, 'Khrustalnaya'],
			[60.23988, 56.84985, 'Budka'],
			[60.30528, 56.86233, 'Severka'],
			[60.40514, 56.88066, 'Palkino'],
			[60.47299, 56.88249, 'Yekaterinburg-Sortirovochny'],
			[60.50978, 56.86469, 'Elektrodepo'],
			[60.55425, 56.85834, 'VIZ'],
			[60.60606, 56.85891, 'Yekaterinburg-Passazhirsky station'],
			'yekaterinburg'
		],
		opened: approx(
			'1909-06-01',
			'1909-01-01',
			'1909-12-31',
			'Perm – Kungur – Yekaterinburg built 1905–09.'
		),
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'crazylike-perm-rly'],
		notes: [{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R13g',
		name: 'West Ural railway: Kuzino – Druzhinino',
		localName: 'Кузино – Дружинино',
		path: [
			'kuzino',
			[59.5097, 56.971, 'Shadrikha'],
			[59.48972, 56.88736, 'Pereskachka'],
			[59.48829, 56.85647, '245 km'],
			'druzhinino'
		],
		opened: day(
			'1916-10-16',
			'The West Ural railway Lysva – Kalino – Kuzino – Druzhinino – Berdyaush opened 16 Oct 1916 (calendar not stated); Druzhinino station dates from 1915.'
		),
		grade: 'documented',
		reasoning:
			"Druzhinino lies on the West Ural railway, not on the 1909 Perm – Yekaterinburg line, which runs Shalya – Kuzino – Bilimbay. A train from the Kazan line at Druzhinino reached Yekaterinburg by this link to Kuzino and then the 1909 line: the through distance Druzhinino – Yekaterinburg of 110 versts (117 km; Gankin) equals Druzhinino – Kuzino (31 km) plus Kuzino – Yekaterinburg (88 km) by today's km posts.",
		sources: [
			'perceptiode-west-ural-rly',
			'wikipedia-ru-druzhinino-station',
			'gankin-krasnoufimsk-40',
			'osm-esr-railway-materials'
		],
		notes: [{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R13e',
		name: 'Perm railway: Yekaterinburg – Chelyabinsk',
		localName: 'Екатеринбург – Челябинск',
		path: [
			'yekaterinburg',
			[60.62531, 56.77783, 'Uktus'],
			[60.61529, 56.7676, 'Vtorchermet'],
			[60.60877, 56.75059, 'Keramik'],
			[60.57739, 56.67722, 'Sysert station'],
			[60.55187, 56.64624, 'Shabrovskaya'],
			[60.5098, 56.6209, 'Priiskovy'],
			[60.48774, 56.60505, 'Vuzovskie Sady'],
			[60.39481, 56.5365, 'Mramorskaya'],
			[60.34558, 56.47965, 'Kosoy Brod'],
			[60.3118, 56.43969, 'Polevskoy'],
			[60.27624, 56.2987, 'Poldnevaya'],
			[60.23856, 56.22816, 'Kladovka'],
			[60.18471, 56.16552, 'Korkodin'],
			[60.24729, 56.11469, '100 km'],
			[60.24535, 56.0638, 'Verkhny Ufaley'],
			[60.32808, 56.04599, 'Itkul'],
			[60.39171, 56.01712, 'Ukagach'],
			[60.42716, 55.99131, 'Silach'],
			[60.45635, 55.91214, 'Mauk'],
			[60.46677, 55.84879, '141 km'],
			[60.46948, 55.82265, 'Tyubuk'],
			[60.48677, 55.76156, 'Kuvalzhikha'],
			[60.54984, 55.72663, 'Kyshtym'],
			[60.56553, 55.6955, 'Grafitovaya'],
			[60.64521, 55.66643, 'Tatysh'],
			[60.72872, 55.59415, 'Bizhelyak'],
			[60.76344, 55.56203, '182 km'],
			[60.80368, 55.52816, '187 km'],
			[60.87248, 55.48783, 'Argayash'],
			[60.92167, 55.45742, '198 km'],
			[60.99783, 55.40983, 'Ishalino'],
			[61.10948, 55.33886, 'Kasargi'],
			[61.20732, 55.29672, 'Yessaulskaya'],
			[61.23975, 55.27407, '226 km'],
			[61.28886, 55.23664, 'Shagol'],
			[61.33069, 55.20632, '236 km'],
			[61.3729, 55.19743, '239 km'],
			[61.405, 55.19901, '241 km'],
			[61.41471, 55.19219, 'Elektrostantsiya'],
			[61.41969, 55.17867, '244 km'],
			[61.42812, 55.16741, '245 km'],
			[61.41777, 55.14062, 'Chelyabinsk-Glavny station'],
			'chelyabinsk'
		],
		opened: approx(
			'1896-10-01',
			'1896-01-01',
			'1910-12-31',
			'Part of the Perm railway main line by 1910 (source); year of opening from the compiler (1896).'
		),
		grade: 'probable',
		sources: ['osm-esr-railway-materials', 'crazylike-perm-rly', 'argayash-2020-vzglyad'],
		notes: [{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R13f',
		name: 'Ural Mining-Works railway: Perm – Chusovaya – Nizhny Tagil – Yekaterinburg',
		localName: 'Уральская горнозаводская железная дорога',
		path: [
			'perm',
			[57.2, 58.2],
			'chusovoy',
			[58.7, 58.3, 'Teplaya Gora'],
			[59.4, 58.45],
			[59.6, 58.2],
			[59.7, 58.0, 'Kushva'],
			'nizhny_tagil',
			[60.1, 57.5],
			[60.2, 57.2],
			[60.55, 57.0],
			'yekaterinburg'
		],
		opened: day('1878-10-14', 'Opened 14 Oct 1878 (calendar not stated).'),
		grade: 'documented',
		sources: ['tagil-press-32078']
	},

	// ---------------------------------------------------------------- R14 Kazan – Yekaterinburg (Kazanburg)
	{
		id: 'R14a',
		name: 'Kazan–Yekaterinburg line: Kazan – Vyatskiye Polyany – Agryz – Sarapul',
		localName: 'Казань – Вятские Поляны – Агрыз – Сарапул',
		path: [
			'kazan',
			[49.0997, 55.78863, 'Kazan-Passazhirskaya station'],
			[49.08122, 55.84344, 'Vosstanie-Passazhirskaya (Kazan II)'],
			[49.10099, 55.84552, '795 km'],
			[49.13675, 55.84926, '797 km'],
			[49.19558, 55.85307, 'Derbyshki'],
			[49.2223, 55.8723, '804 km'],
			[49.24818, 55.89078, '807 km'],
			[49.26551, 55.90055, 'Kenderi'],
			[49.3101, 55.93233, 'Vysokaya Gora'],
			[49.33015, 55.94226, 'Kamenka-Sanatoriy'],
			[49.3704, 55.951, 'Kalinino'],
			[49.41942, 55.96726, 'Biryuli'],
			[49.45018, 55.97253, '823 km'],
			[49.50784, 55.99407, 'Chepchugi'],
			[49.56895, 56.00795, 'Kurkachi'],
			[49.61379, 56.00998, '835 km'],
			[49.64783, 56.02261, 'Kamaevo'],
			[49.73093, 56.04174, 'Churilino'],
			[49.78964, 56.04649, 'Chulpanovo'],
			[49.82245, 56.05659, '849 km'],
			[49.88812, 56.07735, 'Arsk'],
			[49.97024, 56.08145, '859 km'],
			[50.03289, 56.07359, 'Chekurcha'],
			[50.13057, 56.09101, '871 km'],
			[50.1825, 56.11142, 'Korsa'],
			[50.24324, 56.14185, '880 km'],
			[50.29752, 56.16972, 'Mindyush'],
			[50.39703, 56.18937, 'Shemordan'],
			[50.52365, 56.16643, 'Ishtugan'],
			[50.64233, 56.17915, 'Koinsar'],
			[50.71126, 56.19604, '915 km'],
			[50.7653, 56.20351, 'Sostamak'],
			[50.87986, 56.18739, 'Bratya Komarovy'],
			[50.91916, 56.1811, 'Kukmor'],
			[50.97801, 56.20001, '934 km'],
			[51.03307, 56.22949, 'Vyatskiye Polyany station'],
			'vyatskiye_polyany',
			[51.11306, 56.25916, 'Yamnoye'],
			[51.19772, 56.24749, 'Zastrug'],
			[51.29214, 56.24513, 'Sosnovka'],
			[51.31044, 56.23457, '962 km'],
			[51.51018, 56.283, 'Kizner'],
			[51.58814, 56.34379, 'Yagul'],
			[51.69785, 56.36858, '993 km'],
			[51.71872, 56.38777, 'Sarkuz'],
			[51.83465, 56.41226, 'Multan'],
			[51.94667, 56.42976, 'Lyuga'],
			[52.06916, 56.42538, 'Sardan'],
			[52.09784, 56.42542, 'Syugail'],
			[52.20163, 56.4467, 'Mozhga'],
			[52.23982, 56.44904, '1030 km'],
			[52.30722, 56.46152, '1035 km'],
			[52.35238, 56.45527, 'Chumaytlo'],
			[52.43962, 56.50106, 'Pychas'],
			[52.49968, 56.52018, '1050 km'],
			[52.58186, 56.55942, 'Karambay'],
			[52.72811, 56.55988, 'Urom'],
			[52.78949, 56.54859, '1072 km'],
			[52.86033, 56.52985, 'Gozhnya'],
			[52.89226, 56.52449, '1079 km'],
			[52.94902, 56.51098, '1083 km'],
			[53.0131, 56.52544, 'Agryz'],
			[53.2097, 56.51202, 'Kichevo'],
			[53.3063, 56.51643, 'Sundukovo'],
			[53.38311, 56.49997, '1117 km'],
			[53.43767, 56.4924, 'Bugrysh'],
			[53.52726, 56.48793, 'Sovkhoz Udmurtsky'],
			[53.56706, 56.47619, '1129 km'],
			[53.62138, 56.46795, 'Shevyryalovo'],
			[53.66796, 56.45898, '1136 km'],
			[53.78102, 56.45042, 'Sarapul station'],
			'sarapul'
		],
		opened: approx(
			'1919-01-01',
			'1918-01-01',
			'1920-07-01',
			'Construction from 1914; bridges dated 1916–17; Sarapul station opened 1919 (station article). The first train from Moscow through Agryz ran 1 Jul 1920, regular through trains from Sept 1920. Temporary working in 1918–19 (Trotsky at Sarapul 26 Mar and Vyatskiye Polyany 6 May 1919) is not documented.'
		),
		grade: 'probable',
		reasoning:
			'Course and stations sourced (Sarapul, Agryz); the date usable for traffic before 1 Jul 1920 is uncertain.',
		sources: [
			'osm-esr-railway-materials',
			'ksk66-2023',
			'gankin-krasnoufimsk-40',
			'wikipedia-sarapul-station',
			'tatar-inform-agryz-90'
		],
		notes: [{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R14b',
		name: 'Kazan–Yekaterinburg line: Sarapul – Krasnoufimsk – Druzhinino',
		localName: 'Сарапул – Красноуфимск – Дружинино',
		path: [
			'sarapul',
			[54.06092, 56.35051, 'Sholya'],
			[54.11127, 56.2975, 'Kama'],
			[54.22842, 56.26011, 'Kambarka'],
			[54.38171, 56.23932, 'Amzya'],
			[54.55216, 56.24052, 'Karmanovo'],
			[54.5976, 56.24374, 'Energetik'],
			[54.72238, 56.25385, 'Badryash'],
			[54.81707, 56.26038, '1219 km'],
			[54.92884, 56.27176, 'Yanaul'],
			[55.01566, 56.29411, '1233 km'],
			[55.07497, 56.30751, 'Kuyuk'],
			[55.11456, 56.3164, '1239 km'],
			[55.25427, 56.3469, 'Rabak'],
			[55.32015, 56.36196, '1253 km'],
			[55.43339, 56.38703, 'Kinchak'],
			[55.59655, 56.42838, 'Kuyeda'],
			[55.70962, 56.44426, '1279 km'],
			[55.74384, 56.45412, 'Bikbardinsky'],
			[55.81237, 56.48018, '1287 km'],
			[55.87882, 56.49588, 'Osinovaya Gora'],
			[55.97949, 56.50156, 'Strezh'],
			[56.2113, 56.4882, 'Ulyk'],
			[56.3275, 56.45308, 'Trun'],
			[56.41311, 56.45874, '1331 km'],
			[56.50485, 56.45608, 'Agarzya'],
			[56.76209, 56.47826, '1354 km'],
			[56.79377, 56.47351, 'Ater'],
			[56.9408, 56.4589, 'Bartym'],
			[57.01298, 56.47801, '1371 km'],
			[57.06026, 56.47014, '1375 km'],
			[57.11098, 56.47837, 'Sars'],
			[57.20533, 56.50863, 'Chad'],
			[57.30659, 56.52476, 'Nenastye'],
			[57.4333, 56.5425, 'Chyornaya Rechka'],
			[57.49687, 56.54258, '1405 km'],
			[57.54228, 56.49985, 'Pudlingovy'],
			[57.62035, 56.50235, '1418 km'],
			[57.67024, 56.50847, 'Saraninsky Zavod'],
			[57.71003, 56.55105, '1428 km'],
			[57.73785, 56.56355, 'Kamenny'],
			[57.7586, 56.59805, 'Krasnoufimsk station'],
			'krasnoufimsk',
			[57.75212, 56.62312, '1437 km'],
			[57.79477, 56.64666, '1440 km'],
			[57.8522, 56.66407, 'Zyurzya'],
			[57.8747, 56.67078, '1447 km'],
			[57.92639, 56.6791, '1450 km'],
			[57.96753, 56.68864, '1453 km'],
			[58.03814, 56.70351, 'Ufimka'],
			[58.08571, 56.72824, '1467 km'],
			[58.13425, 56.75932, '1471 km'],
			[58.23581, 56.79354, 'Osyplyansky'],
			[58.2753, 56.81205, '1481 km'],
			[58.33954, 56.84795, 'Afanasyevsky'],
			[58.40594, 56.84812, '1488 km'],
			[58.49453, 56.82959, 'Klyuchevaya'],
			[58.53517, 56.82224, '1498 km'],
			[58.55376, 56.8183, '1501 km'],
			[58.60581, 56.8158, 'Klenovsky'],
			[58.7461, 56.84319, '1511 km'],
			[58.77083, 56.8457, '1512 km'],
			[58.81038, 56.85905, 'Kontuganovsky'],
			[58.83747, 56.85308, '1519 km'],
			[58.94837, 56.86412, '1527 km'],
			[58.96102, 56.86125, 'Shangin'],
			[59.06656, 56.8449, 'Bisertsky Zavod'],
			[59.12268, 56.8489, '1539 km'],
			[59.1519, 56.84254, 'Kirgishany'],
			[59.20068, 56.83864, '1546 km'],
			[59.21204, 56.84737, '1551 km'],
			[59.28294, 56.86491, 'Chebotaevo'],
			[59.29942, 56.84799, '1557 km'],
			[59.35762, 56.8339, '1561 km'],
			[59.38838, 56.81388, 'Soldatka'],
			'druzhinino'
		],
		opened: approx(
			'1920-07-01',
			'1919-01-01',
			'1920-09-30',
			'First train from Moscow through Agryz to the Urals 1 Jul 1920; regular Moscow – Yekaterinburg trains from Sept 1920.'
		),
		grade: 'probable',
		sources: [
			'osm-esr-railway-materials',
			'ksk66-2023',
			'gankin-krasnoufimsk-40',
			'tatar-inform-agryz-90'
		],
		notes: [
			{
				kind: 'disagreement',
				text: "Tatar-inform dates the first train from Moscow over the line through Agryz to 1 Jul 1920 (regular trains from Sept 1920); a Krasnoufimsk library article says Trotsky's special train of Feb 1920 took the same route to the Middle Urals as Dzerzhinsky's in 1922, which would mean the line was passable for a special train before July 1920. The network keeps 1 Jul 1920 as the opening; a leg over this section before then cannot be routed and needs another route or a note.",
				sources: ['tatar-inform-agryz-90', 'krasnoufimsk-liternyj-poezd']
			},
			{ kind: 'caution', text: ESR_CURVE_NOTE, sources: ['osm-esr-railway-materials'] }
		]
	},

	// ---------------------------------------------------------------- R15 Moscow – Kursk – Kharkov – Rostov
	{
		id: 'R15a',
		name: 'Moscow–Kursk railway: Moscow – Serpukhov – Tula',
		localName: 'Москва – Серпухов – Тула',
		path: [
			'moscow',
			[37.66218, 55.75777, 'Moscow-Kurskaya station'],
			[37.70267, 55.73367, 'Kalitniki'],
			[37.72949, 55.70794, 'Tekstilshchiki'],
			[37.73386, 55.68492, 'Lyublino'],
			[37.71626, 55.66084, 'Pererva'],
			[37.69007, 55.64128, 'Moskvorechye'],
			[37.66822, 55.61816, 'Tsaritsyno'],
			[37.63192, 55.60276, 'Pokrovskoye'],
			[37.61532, 55.59038, 'Krasny Stroitel'],
			[37.61159, 55.57129, 'Bittsa'],
			[37.57064, 55.54137, 'Butovo'],
			[37.56218, 55.51012, 'Shcherbinka'],
			[37.55543, 55.47047, 'Silikatnaya'],
			'podolsk',
			[37.54842, 55.40359, 'Kutuzovskaya'],
			[37.53459, 55.38529, 'Vesennyaya'],
			[37.52681, 55.35669, 'Grivno'],
			[37.51546, 55.31236, 'Lvovskaya'],
			[37.50447, 55.27989, 'Molodi'],
			[37.49372, 55.24874, 'Stolbovaya'],
			[37.48553, 55.22423, '66 km'],
			[37.48679, 55.18222, 'Chepelevo'],
			'lopasnya',
			[37.49479, 55.09262, 'Luch'],
			[37.47743, 55.04129, 'Sharapova Okhota'],
			[37.46202, 54.99546, '92 km'],
			[37.45109, 54.96123, 'Avangard'],
			[37.45184, 54.93472, 'Serpukhov station'],
			'serpukhov',
			[37.42832, 54.88419, 'Oka'],
			[37.41386, 54.87124, '107 km'],
			[37.37269, 54.82946, 'Priokskaya'],
			[37.37401, 54.792, 'Romanovskie Dachi'],
			[37.40083, 54.73512, 'Tarusskaya'],
			[37.47709, 54.67768, '132 km'],
			[37.54882, 54.6268, 'Pakhomovo'],
			[37.59484, 54.5747, 'Shulgino'],
			[37.62309, 54.52497, '153 km'],
			'laptevo',
			[37.69919, 54.43888, 'Shemetovo'],
			[37.68198, 54.38996, 'Baranovo'],
			[37.66306, 54.36304, 'Revyakino'],
			[37.6599, 54.32418, 'Baidiki'],
			[37.60872, 54.29373, 'Khomyakovo'],
			[37.58125, 54.23071, '191 km'],
			[37.57859, 54.19963, 'Tula-1-Kurskaya station'],
			'tula'
		],
		opened: day(
			'1867-09-30',
			'Moscow – Serpukhov 17 Nov 1866; Serpukhov – Tula Sept 1867 (calendar not stated).'
		),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'ruwiki-dzerzhinsky-rly', 'ruwiki-kursk-direction'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R15b',
		name: 'Moscow–Kursk railway: Tula – Orel',
		localName: 'Тула – Орёл',
		path: [
			'tula',
			[37.57859, 54.19963, 'Tula-1-Kurskaya station'],
			[37.55677, 54.16938, 'Tula II'],
			[37.56308, 54.12698, 'Kosaya Gora'],
			[37.56861, 54.09716, 'Yasnaya Polyana'],
			[37.54554, 54.0526, 'Kaznacheevka'],
			'shchekino',
			[37.49912, 53.92571, 'Zhitovo'],
			[37.50532, 53.88725, 'Privolye'],
			[37.4916, 53.84822, 'Lazarevo'],
			[37.43667, 53.8042, 'Sumarokovo'],
			[37.3472, 53.75183, 'Agroles'],
			'plavsk',
			[37.22892, 53.65389, 'Molochnye Dvory'],
			[37.20928, 53.62707, 'Samozvanovka'],
			[37.13103, 53.60001, 'Gorbachevo'],
			[37.03011, 53.56503, 'Skuratovo'],
			[36.9544, 53.5387, '289 km'],
			[36.88212, 53.5104, 'Vypolzovo'],
			'chern',
			[36.72724, 53.39556, '313 km'],
			[36.69608, 53.36948, '317 km'],
			[36.66557, 53.34978, '319 km'],
			[36.65416, 53.33398, 'Bastyevo'],
			[36.62325, 53.32149, '324 km'],
			[36.57491, 53.31946, '327 km'],
			'mtsensk',
			[36.55243, 53.27038, '333 km'],
			[36.42122, 53.23959, 'Dumchino'],
			[36.39393, 53.22088, '346 km'],
			[36.38243, 53.20255, 'Zheleznitsa'],
			[36.33473, 53.16051, 'Otrada'],
			[36.29082, 53.11413, '360 km'],
			[36.23926, 53.08464, 'Optukha'],
			[36.21273, 53.06585, '368 km'],
			[36.19043, 53.05813, '370 km'],
			[36.16384, 53.04892, '372 km'],
			[36.1327, 53.0373, 'Stalnoy Kon'],
			[36.10296, 53.01954, '378 km'],
			[36.11246, 52.97936, 'Orel station'],
			'orel'
		],
		opened: approx('1868-09-15', '1868-09-01', '1868-09-30', 'Tula – Kursk Sept 1868.'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'ruwiki-dzerzhinsky-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R15c',
		name: 'Moscow–Kursk railway: Orel – Kursk',
		localName: 'Орёл – Курск',
		path: [
			'orel',
			[36.11246, 52.97936, 'Orel station'],
			[36.14847, 52.91784, 'Svetlaya Zhizn'],
			[36.17197, 52.87694, 'Stish'],
			[36.1999, 52.85743, 'Pilatovka'],
			[36.26233, 52.8236, 'Stanovoy Kolodez'],
			[36.30319, 52.78655, '408 km'],
			[36.3103, 52.74052, 'Eropkino'],
			[36.31974, 52.70792, '418 km'],
			'zmievka',
			[36.37537, 52.6242, '429 km'],
			[36.36612, 52.55703, 'Kurakino'],
			[36.33017, 52.49768, 'Glazunovka'],
			[36.25826, 52.43072, '452 km'],
			'maloarkhangelsk',
			'ponyri',
			[36.27042, 52.25557, '474 km'],
			[36.27548, 52.18316, 'Vozy'],
			[36.29691, 52.14899, '487 km'],
			[36.32501, 52.11771, '491 km'],
			'zolotukhino',
			[36.37425, 52.05445, '500 km'],
			[36.37603, 52.02293, '503 km'],
			[36.38122, 51.9856, '507 km'],
			[36.36465, 51.94666, 'Svoboda'],
			[36.32532, 51.90524, '517 km'],
			[36.29778, 51.87601, '521 km'],
			[36.27088, 51.84768, 'Bukreevka'],
			[36.25274, 51.80066, '530 km'],
			[36.22861, 51.74981, 'Kursk station'],
			'kursk'
		],
		opened: approx('1868-09-15', '1868-09-01', '1868-09-30', 'Tula – Kursk Sept 1868.'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'ruwiki-dzerzhinsky-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R15d',
		name: 'Kursk–Kharkov–Azov railway: Kursk – Belgorod – Kharkov',
		localName: 'Курск – Белгород – Харьков',
		path: [
			'kursk',
			[36.14, 51.7, 'Ryshkovo'],
			[36.3, 51.55],
			[36.6, 51.4, 'Solntsevo'],
			[36.73, 51.04, 'Prokhorovka'],
			[36.64, 50.93, 'Belenikhino'],
			[36.6, 50.78],
			'belgorod',
			[36.45, 50.45],
			[36.21, 50.35, 'Kazachya Lopan'],
			[36.2, 50.2],
			[36.24, 50.08, 'Dergachi'],
			'kharkov'
		],
		opened: day(
			'1869-12-23',
			'Trains to Rostov Nov 1869; line opened 23 Dec 1869 (calendar not stated).'
		),
		grade: 'documented',
		sources: ['istoriceskijtaganrog-kha', 'gudok-kha-2019']
	},
	{
		id: 'R15e',
		name: 'Kursk–Kharkov–Azov railway: Kharkov – Merefa – Lozovaya',
		localName: 'Харьков – Мерефа – Лозовая',
		path: [
			'kharkov',
			[36.17, 49.93, 'Osnova'],
			[36.05, 49.82, 'Merefa'],
			[36.14, 49.65, 'Taranovka'],
			[36.22, 49.39, 'Likhachevo'],
			[36.32, 49.13, 'Krasnopavlovka'],
			'lozovaya'
		],
		opened: day('1869-12-23'),
		grade: 'probable',
		reasoning:
			"The main line Kursk – Kharkov – Taganrog – Rostov is sourced; Lozovaya's position on it is the compiler's routing knowledge.",
		sources: ['istoriceskijtaganrog-kha', 'echelon-railways-1918']
	},
	{
		id: 'R15f',
		name: 'Kursk–Kharkov–Azov railway: Lozovaya – Slavyansk – Ilovaisk – Taganrog – Rostov',
		localName: 'Лозовая – Славянск – Таганрог – Ростов',
		path: [
			'lozovaya',
			[36.6, 48.9],
			[37.02, 48.9, 'Barvenkovo'],
			[37.3, 48.88],
			[37.62, 48.87, 'Slavyansk'],
			[37.56, 48.73, 'Kramatorsk'],
			[37.53, 48.62, 'Druzhkovka'],
			[37.71, 48.53, 'Konstantinovka'],
			[38.03, 48.35, 'Nikitovka'],
			[38.17, 48.23, 'Khatsepetovka'],
			[38.2, 47.93, 'Ilovaisk'],
			[38.48, 47.79, 'Amvrosievka'],
			[38.87, 47.57, 'Matveev Kurgan'],
			[38.88, 47.38],
			'taganrog',
			[39.3, 47.27],
			[39.55, 47.25],
			'rostov'
		],
		opened: day('1869-12-23'),
		grade: 'probable',
		reasoning:
			"Main line sourced; the course via Slavyansk and Ilovaisk is the compiler's routing knowledge.",
		sources: ['istoriceskijtaganrog-kha', 'gudok-kha-2019', 'echelon-railways-1918'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},

	// ---------------------------------------------------------------- R16 Kharkov – Izyum
	{
		id: 'R16',
		name: 'Kharkov – Izyum – Donbass line: Kharkov – Zmiyov – Balakleya – Izyum',
		localName: 'Харьков – Змиёв – Балаклея – Изюм',
		path: [
			'kharkov',
			[36.247, 49.848, 'Zhikhor'],
			[36.35, 49.68, 'Zmiyov'],
			[36.5, 49.55],
			[36.62, 49.48, 'Shebelinka'],
			'balakleya',
			[37.05, 49.33, 'Savintsy'],
			'izyum'
		],
		opened: approx(
			'1910-07-01',
			'1910-01-01',
			'1910-12-31',
			'Zhikhor station was built in 1910 with the Kharkov – Izyum – Donbass line (station article); day not known.'
		),
		grade: 'probable',
		reasoning:
			"The line Kharkov – Zmiyov – Balakleya – Savintsy – Izyum and its year are sourced (Zhikhor station article); HTRA's note to Order No. 106 places Balakleya about half-way between Kharkov and Izyum. Shape points from the compiler.",
		sources: ['wikipedia-zhikhor-station', 'wikirouge-htra-order-106']
	},

	// ---------------------------------------------------------------- R17 Lozovaya – Crimea
	{
		id: 'R17a',
		name: 'Lozovo-Sevastopol railway: Lozovaya – Pavlograd – Sinelnikovo – Aleksandrovsk',
		localName: 'Лозовая – Павлоград – Синельниково – Александровск',
		path: [
			'lozovaya',
			[36.1, 48.72],
			[35.87, 48.53, 'Pavlograd'],
			[35.51, 48.32, 'Sinelnikovo'],
			[35.4, 48.15],
			[35.25, 47.98],
			'aleksandrovsk'
		],
		opened: day(
			'1873-11-15',
			'Lozovaya – Aleksandrovsk with the Yekaterinoslav branch opened 15 Nov 1873 (calendar not stated).'
		),
		grade: 'documented',
		sources: ['fb2top-pridneprovskaya-3', 'perceptiopt-lozovo-sevastopol'],
		notes: [
			{
				kind: 'caution',
				text: 'The Yekaterinoslav branch (from Sinelnikovo, compiler) is not drawn: no journey uses it, and its junction point was not verified. The figure of 208 versts for Lozovaya – Aleksandrovsk with the branch is therefore not checked.',
				sources: ['fb2top-pridneprovskaya-3', 'echelon-railways-1918']
			}
		]
	},
	{
		id: 'R17d',
		name: 'Lozovo-Sevastopol railway: Aleksandrovsk – Melitopol',
		localName: 'Александровск – Мелитополь',
		path: ['aleksandrovsk', [35.3, 47.55], [35.35, 47.2, 'Fedorovka district'], 'melitopol'],
		opened: day('1874-07-23', '23 Jul 1874 (calendar not stated).'),
		grade: 'documented',
		sources: ['perceptiopt-lozovo-sevastopol']
	},
	{
		id: 'R17e',
		name: 'Lozovo-Sevastopol railway: Melitopol – Dzhankoy – Simferopol',
		localName: 'Мелитополь – Джанкой – Симферополь',
		path: [
			'melitopol',
			[35.2, 46.55],
			[34.98, 46.27, 'Novoalekseevka'],
			[34.6, 46.0, 'Salkovo'],
			[34.39, 45.71, 'Dzhankoy'],
			[34.2, 45.3],
			'simferopol'
		],
		opened: day('1874-10-14', '14 Oct 1874 (calendar not stated).'),
		published: { value: 228, unit: 'verst', sources: ['perceptiopt-lozovo-sevastopol'] },
		grade: 'documented',
		sources: ['perceptiopt-lozovo-sevastopol']
	},
	{
		id: 'R17f',
		name: 'Lozovo-Sevastopol railway: Simferopol – Bakhchisaray – Sevastopol',
		localName: 'Симферополь – Севастополь',
		path: ['simferopol', [33.86, 44.75, 'Bakhchisaray'], [33.7, 44.65], 'sevastopol'],
		opened: day('1875-09-15', 'First train 15 Sep 1875 (calendar not stated).'),
		grade: 'documented',
		sources: ['perceptiopt-lozovo-sevastopol']
	},

	// ---------------------------------------------------------------- R18 Kursk – Kiev
	{
		id: 'R18a',
		name: 'Kursk–Kiev railway: Kursk – Lgov – Vorozhba',
		localName: 'Курск – Льгов – Ворожба',
		path: [
			'kursk',
			[36.22861, 51.74981, 'Kursk'],
			[36.13686, 51.65545, 'Ryshkovo'],
			[36.08762, 51.64822, '457 km'],
			[36.04586, 51.64664, '454 km'],
			[35.95662, 51.6481, 'Dyakonovo'],
			[35.67503, 51.65199, 'Kurchatov 428 km'],
			[35.65002, 51.65689, 'Kurchatov'],
			[35.58451, 51.64883, 'Ivanino (Lukashevka)'],
			[35.49835, 51.62126, 'Blokhino'],
			[35.45324, 51.60743, '412 km'],
			[35.40966, 51.5978, '408 km'],
			[35.35906, 51.61194, '404 km'],
			[35.32704, 51.6316, '401 km'],
			[35.26857, 51.63706, 'Lgov-Kievsky'],
			[35.19666, 51.63421, 'Artakovo'],
			[35.12239, 51.5623, 'Kolontaevka'],
			[35.11659, 51.53198, '378 km'],
			[35.01723, 51.45405, '367 km'],
			[34.90911, 51.43725, '358 km'],
			'korenevo_stn',
			[34.89515, 51.37563, '351 km'],
			[34.86552, 51.3426, 'Gaponovo'],
			[34.83139, 51.32525, '344 km'],
			[34.80289, 51.31068, '341 km'],
			[34.73116, 51.28835, 'Glushkovo'],
			[34.53505, 51.25433, '322 km'],
			[34.25818, 51.26004, 'Tetkino'],
			'vorozhba'
		],
		opened: day('1868-11-14', '14 Nov 1868 (calendar not stated).'),
		published: { value: 165, unit: 'verst', sources: ['ukwiki-kursk-kiev-rly'] },
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'ukwiki-kursk-kiev-rly'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R18b',
		name: 'Kursk–Kiev railway: Vorozhba – Konotop – Bakhmach',
		localName: 'Ворожба – Конотоп – Бахмач',
		path: ['vorozhba', [33.7, 51.2], 'konotop', 'bakhmach'],
		opened: day('1868-12-17', 'Vorozhba – Brovary (Kiev) 17 Dec 1868 (calendar not stated).'),
		grade: 'probable',
		reasoning:
			"Line and opening sourced; Konotop and Bakhmach on it are the compiler's routing knowledge (railways_1918.md §2 R18: C).",
		sources: ['ukwiki-kursk-kiev-rly', 'echelon-railways-1918']
	},
	{
		id: 'R18c',
		name: 'Kursk–Kiev railway: Bakhmach – Nezhin – Kiev',
		localName: 'Бахмач – Нежин – Киев',
		path: [
			'bakhmach',
			[32.3, 51.1],
			[31.88, 51.05, 'Nezhin'],
			[31.45, 50.85],
			[31.1, 50.65],
			[30.79, 50.51, 'Brovary'],
			[30.62, 50.45, 'Darnitsa'],
			'kiev'
		],
		opened: day(
			'1868-12-17',
			'Vorozhba – Brovary 17 Dec 1868; the Dnieper bridge into Kiev followed (date not in the stored source).'
		),
		grade: 'probable',
		reasoning: 'Line and opening sourced; course via Nezhin from the compiler.',
		sources: ['ukwiki-kursk-kiev-rly', 'wikiorg-kursk-kiev-rly']
	},

	// ---------------------------------------------------------------- R19 Kursk – Voronezh
	{
		id: 'R19',
		name: 'Kursk – Kastornaya – Voronezh',
		localName: 'Курск – Касторная – Воронеж',
		path: [
			'kursk',
			[36.6, 51.82],
			[36.91, 51.88, 'Shchigry'],
			[37.5, 51.85],
			[38.13, 51.83, 'Kastornaya'],
			[38.7, 51.75],
			'voronezh'
		],
		opened: approx(
			'1894-07-01',
			'1891-01-01',
			'1894-12-31',
			'Built 1891–94; Kastornaya station opened 1894.'
		),
		grade: 'documented',
		sources: ['stkshen-zemlia', 'kampuspedia-kastornaya']
	},

	// ---------------------------------------------------------------- R20 Kozlov – Voronezh – Rostov
	{
		id: 'R20a',
		name: 'Kozlov–Voronezh railway: Kozlov – Gryazi',
		localName: 'Козлов – Грязи',
		path: ['kozlov', [40.25, 52.7], 'gryazi'],
		opened: approx(
			'1868-07-01',
			'1868-01-01',
			'1868-12-31',
			'Regular passenger service Kozlov – Voronezh 1868.'
		),
		grade: 'probable',
		reasoning: 'Kozlov – Voronezh line sourced (1868); Gryazi on it from the compiler.',
		sources: ['netdenegnakino-yuvzhd', 'gudok-zdr-167']
	},
	{
		id: 'R20b',
		name: 'Kozlov–Voronezh railway: Gryazi – Usman – Voronezh',
		localName: 'Грязи – Усмань – Воронеж',
		path: [
			'gryazi',
			[39.85, 52.3],
			[39.73, 52.04, 'Usman'],
			[39.5, 51.9, 'Grafskaya'],
			[39.3, 51.75],
			'voronezh'
		],
		opened: approx('1868-07-01', '1868-01-01', '1868-12-31'),
		grade: 'probable',
		sources: ['netdenegnakino-yuvzhd', 'gudok-zdr-167']
	},
	{
		id: 'R20c',
		name: 'Voronezh – Otrozhka – Liski',
		localName: 'Воронеж – Отрожка – Лиски',
		path: [
			'voronezh',
			'otrozhka',
			[39.32, 51.5],
			[39.4, 51.25, 'Kolodeznaya'],
			[39.45, 51.1],
			'liski'
		],
		opened: approx('1871-07-01', '1871-01-01', '1871-12-31', 'Voronezh – Rostov traffic 1871.'),
		grade: 'documented',
		sources: ['netdenegnakino-yuvzhd']
	},
	{
		id: 'R20d',
		name: 'Voronezh–Rostov railway: Liski – Millerovo – Novocherkassk – Rostov',
		localName: 'Лиски – Миллерово – Ростов',
		path: [
			'liski',
			[39.55, 50.6],
			[39.57, 50.2, 'Rossosh'],
			[39.86, 49.71, 'Kantemirovka'],
			[40.15, 49.38, 'Chertkovo'],
			'millerovo',
			[40.27, 48.32, 'Kamenskaya'],
			[40.2, 48.08, 'Likhaya'],
			[40.21, 47.71, 'Shakhtnaya'],
			'novocherkassk',
			[39.95, 47.3],
			'rostov'
		],
		opened: approx('1871-07-01', '1871-01-01', '1871-12-31'),
		grade: 'probable',
		reasoning:
			'Voronezh – Rostov sourced (1871); Millerovo and Novocherkassk on it from the compiler.',
		sources: ['netdenegnakino-yuvzhd', 'echelon-railways-1918'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},

	// ---------------------------------------------------------------- R21 Orel – Gryazi – Tsaritsyn
	{
		id: 'R21a',
		name: 'Orel–Gryazi railway: Orel – Verkhovye – Yelets',
		localName: 'Орёл – Елец',
		path: ['orel', [36.6, 52.88], [37.23, 52.81, 'Verkhovye'], [37.9, 52.68], 'yelets'],
		opened: approx(
			'1870-01-01',
			'1868-01-01',
			'1871-12-31',
			'Orel – Tsaritsyn traffic from 1871 (the Orel – Gryazi section opened earlier; day not in a stored source).'
		),
		grade: 'documented',
		sources: ['netdenegnakino-yuvzhd']
	},
	{
		id: 'R21b',
		name: 'Orel–Gryazi railway: Yelets – Lipetsk – Gryazi',
		localName: 'Елец – Липецк – Грязи',
		path: ['yelets', [39.0, 52.6], 'lipetsk', 'gryazi'],
		opened: approx('1870-01-01', '1868-01-01', '1871-12-31'),
		grade: 'probable',
		reasoning: 'Line sourced; Lipetsk on it from the compiler.',
		sources: ['netdenegnakino-yuvzhd']
	},
	{
		id: 'R21c',
		name: 'Gryazi–Tsaritsyn railway: Gryazi – Borisoglebsk – Povorino',
		localName: 'Грязи – Борисоглебск – Поворино',
		path: [
			'gryazi',
			[40.3, 52.3],
			[40.48, 52.17, 'Dobrinka'],
			[41.0, 51.9],
			[41.5, 51.6],
			'borisoglebsk',
			'povorino'
		],
		opened: approx('1869-01-01', '1869-01-01', '1871-12-31', 'Orel – Tsaritsyn traffic from 1871.'),
		grade: 'probable',
		reasoning: 'Line sourced; Povorino on it from the compiler.',
		sources: ['wikiorg-gryazi-tsaritsyn', 'netdenegnakino-yuvzhd']
	},
	{
		id: 'R21d',
		name: 'Gryazi–Tsaritsyn railway: Povorino – Filonovo – Archeda – Tsaritsyn',
		localName: 'Поворино – Арчеда – Царицын',
		path: [
			'povorino',
			[42.5, 50.9],
			[42.8, 50.6, 'Filonovo'],
			[43.1, 50.3],
			[43.4, 50.0, 'Log'],
			[43.65, 49.77, 'Archeda'],
			[44.0, 49.3, 'Ilovlya'],
			[44.2, 49.05, 'Kotluban'],
			'tsaritsyn'
		],
		opened: approx('1871-07-01', '1870-01-01', '1871-12-31', 'Orel – Tsaritsyn traffic from 1871.'),
		grade: 'probable',
		sources: ['wikiorg-gryazi-tsaritsyn', 'netdenegnakino-yuvzhd'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},
	{
		id: 'R21e',
		name: 'Volga–Don railway: Tsaritsyn – Kalach',
		localName: 'Царицын – Калач',
		path: ['tsaritsyn', [44.2, 48.72], [43.85, 48.68, 'Karpovka'], 'kalach'],
		opened: approx(
			'1862-01-01',
			'1862-01-01',
			'1862-12-31',
			"The old Volga–Don line (compiler's date); part of the Gryazi–Tsaritsyn railway."
		),
		grade: 'documented',
		sources: ['wikiorg-gryazi-tsaritsyn']
	},

	// ---------------------------------------------------------------- R22 Kharkov – Liski – Balashov – Rtishchevo
	{
		id: 'R22a',
		name: 'Kharkov–Balashov line: Kharkov – Chuguev – Kupyansk',
		localName: 'Харьков – Чугуев – Купянск',
		path: [
			'kharkov',
			[36.45, 49.9],
			[36.69, 49.84, 'Chuguev'],
			[36.95, 49.78],
			[37.17, 49.7, 'Shevchenkovo'],
			[37.4, 49.68],
			'kupyansk'
		],
		opened: approx(
			'1895-07-01',
			'1894-01-01',
			'1896-12-31',
			'Kharkov – Balashov built in the mid-1890s.'
		),
		grade: 'probable',
		reasoning:
			"Line sourced (mid-1890s); Kupyansk as the junction from HTRA's note to Order No. 98; the course via Chuguev from the compiler.",
		sources: ['netdenegnakino-yuvzhd', 'htra-1919-ch42', 'wikipedia-kupyansk-uzlovoy']
	},
	{
		id: 'R22b',
		name: 'Kharkov–Balashov line: Kupyansk – Valuyki',
		localName: 'Купянск – Валуйки',
		path: ['kupyansk', [37.68, 49.85, 'Dvurechnaya'], [37.9, 50.0], [38.0, 50.1], 'valuyki'],
		opened: approx('1895-07-01', '1894-01-01', '1896-12-31'),
		grade: 'probable',
		sources: ['netdenegnakino-yuvzhd', 'htra-1919-ch42', 'wikipedia-kupyansk-uzlovoy']
	},
	{
		id: 'R22c',
		name: 'Kharkov–Balashov line: Valuyki – Ostrogozhsk – Liski',
		localName: 'Валуйки – Острогожск – Лиски',
		path: [
			'valuyki',
			[38.12082, 50.19915, 'Valuyki'],
			[38.15183, 50.21022, '6 km'],
			[38.18828, 50.22234, '9 km'],
			[38.22192, 50.24622, 'Nasonovo'],
			[38.23533, 50.25957, '15 km'],
			[38.25613, 50.30336, 'Mandrovo'],
			[38.26783, 50.38403, 'Rastrizheno'],
			[38.29934, 50.44165, 'Palatovka'],
			[38.35727, 50.49294, '44 km'],
			[38.39195, 50.51068, '47 km'],
			[38.42175, 50.52964, 'Biryuch'],
			[38.47303, 50.55658, '55 km'],
			[38.53528, 50.56057, 'Khlevishche'],
			[38.55574, 50.60781, 'Olegovo'],
			[38.58654, 50.63001, '71 km'],
			[38.63375, 50.62452, 'Puteyskaya'],
			[38.66957, 50.61836, 'Alekseevka'],
			[38.83137, 50.64345, 'Motoma'],
			[38.87035, 50.67076, '94 km'],
			[38.89834, 50.71026, 'Zasimovka'],
			[38.92331, 50.74725, '104 km'],
			[38.98059, 50.7656, 'Inyutino'],
			[39.05772, 50.81223, 'Novaya Sotnya'],
			[39.10152, 50.84983, 'Ostrogozhsk'],
			[39.1543, 50.85931, '126 km'],
			[39.17617, 50.88176, 'Lushnikovka'],
			[39.21788, 50.91431, '134 km'],
			[39.25008, 50.94485, 'Kopanishche'],
			[39.29223, 50.96603, '143 km'],
			[39.31417, 50.97935, 'Divnogorskaya'],
			[39.36509, 50.98936, 'Krupennikovo'],
			[39.4061, 50.97631, '152 km'],
			[39.42751, 50.9684, '154 km'],
			[39.45998, 50.96532, 'Otkos'],
			[39.50007, 50.96215, '159 km'],
			[39.51259, 50.95462, '161 km'],
			[39.50936, 50.97948, 'Liski'],
			'liski'
		],
		opened: approx('1895-07-01', '1894-01-01', '1896-12-31'),
		bends: false,
		grade: 'probable',
		sources: [
			'osm-esr-railway-materials',
			'netdenegnakino-yuvzhd',
			'htra-1919-ch42',
			'wikipedia-kupyansk-uzlovoy'
		],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R22d',
		name: 'Kharkov–Balashov line: Liski – Bobrov – Novokhopyorsk – Povorino',
		localName: 'Лиски – Бобров – Поворино',
		path: [
			'liski',
			[39.50936, 50.97948, 'Liski'],
			[39.51055, 50.99116, '164 km'],
			[39.52874, 51.0257, '169 km'],
			[39.56124, 51.03731, 'Pridonskaya'],
			[39.79284, 51.05709, '190 km'],
			[39.93736, 51.05825, '201 km'],
			[39.98479, 51.06346, 'Bityug'],
			[40.0496, 51.09252, '210 km'],
			'bobrov',
			[40.04076, 51.1146, 'Bobrov'],
			[40.09759, 51.11785, '218 km'],
			[40.14672, 51.11674, 'Duginka'],
			[40.26212, 51.11785, '229 km'],
			[40.30447, 51.11802, 'Khrenovaya'],
			[40.37939, 51.1184, '237 km'],
			[40.4442, 51.12094, '242 km'],
			[40.48107, 51.1149, 'Tishanka'],
			[40.5357, 51.10947, '249 km'],
			[40.60765, 51.10929, 'Leonovka'],
			[40.68026, 51.11303, '259 km'],
			[40.72439, 51.12097, 'Talovaya'],
			[40.77996, 51.13304, '266 km'],
			[40.8073, 51.14049, '269 km'],
			[40.88734, 51.16253, 'Chigla'],
			[40.93189, 51.17476, '278 km'],
			[41.01357, 51.18475, 'Abramovka'],
			[41.074, 51.17686, '289 km'],
			[41.11511, 51.18428, 'Novitchenko'],
			[41.16746, 51.17223, 'Olkha'],
			[41.23074, 51.15972, 'Koleno'],
			[41.26717, 51.14977, '304 km'],
			[41.33278, 51.12897, 'Borozdinovka'],
			[41.37963, 51.13124, '313 km'],
			[41.47397, 51.13797, 'Nekrylovo'],
			[41.56683, 51.08096, 'Novokhopyorsk'],
			[41.63045, 51.06139, 'Plautino'],
			[41.66426, 51.06161, '340 km'],
			[41.68629, 51.06057, '342 km'],
			[41.76347, 51.07923, 'Polovtsevo'],
			[41.81543, 51.09614, '352 km'],
			[41.86517, 51.11479, 'Kalmyk'],
			[42.00836, 51.15004, '367 km'],
			[42.06829, 51.16315, 'Polyana'],
			[42.17651, 51.19223, '380 km'],
			[42.2114, 51.202, '383 km'],
			[42.24601, 51.19959, 'Povorino'],
			'povorino'
		],
		opened: approx('1895-07-01', '1894-01-01', '1896-12-31'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'netdenegnakino-yuvzhd', 'htra-1918-ch36'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R22e',
		name: 'Kharkov–Balashov line: Povorino – Balashov',
		localName: 'Поворино – Балашов',
		path: [
			'povorino',
			[42.24601, 51.19959, 'Povorino'],
			[42.36439, 51.19039, 'Uyutnaya'],
			[42.45013, 51.22026, '403 km'],
			[42.47471, 51.23967, 'Kardail'],
			[42.68407, 51.34343, 'Baychurovo'],
			[43.06091, 51.46492, 'Zorka'],
			[43.11459, 51.5018, '463 km'],
			[43.13295, 51.50902, '465 km'],
			[43.14139, 51.51224, '466 km'],
			[43.12879, 51.54536, 'Balashov-Passazhirsky'],
			'balashov'
		],
		opened: approx('1895-07-01', '1894-01-01', '1896-12-31'),
		bends: false,
		grade: 'probable',
		reasoning:
			"Balashov on the Kharkov – Rtishchevo line is the compiler's routing knowledge (railways_1918.md §2 R22: C).",
		sources: ['osm-esr-railway-materials', 'netdenegnakino-yuvzhd', 'echelon-railways-1918'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R22f',
		name: 'Balashov – Rtishchevo',
		localName: 'Балашов – Ртищево',
		path: [
			'balashov',
			[43.11914, 51.57038, '10 km'],
			[43.11586, 51.59964, '13 km'],
			[43.11091, 51.64481, 'Krasnaya Zarya'],
			[43.11331, 51.68187, '22 km'],
			[43.13375, 51.74075, 'Pady'],
			[43.21677, 51.7865, '37 km'],
			[43.2691, 51.82106, 'Pamyatka'],
			[43.30377, 51.84604, '46 km'],
			[43.36332, 51.8834, 'Letyazhevka'],
			[43.40085, 51.91927, '56 km'],
			[43.43876, 51.91813, '59 km'],
			[43.50278, 51.93788, 'Arkadak'],
			[43.51047, 51.98459, '70 km'],
			[43.52406, 52.0221, '75 km'],
			[43.56453, 52.04291, 'Andreevka'],
			[43.59496, 52.06181, '82 km'],
			[43.66424, 52.10265, 'Kistendey'],
			[43.74933, 52.15978, 'Potma'],
			[43.75604, 52.22302, '106 km'],
			[43.78823, 52.26048, 'Rtishchevo-1'],
			'rtishchevo'
		],
		opened: approx(
			'1894-07-01',
			'1894-01-01',
			'1896-12-31',
			'Part of the Tambov – Kamyshin communication (1894) and of the Kharkov – Rtishchevo line (mid-1890s).'
		),
		bends: false,
		grade: 'probable',
		reasoning:
			"Compiler's routing knowledge: the Kharkov line and the Tambov – Kamyshin line share this stretch.",
		sources: [
			'osm-esr-railway-materials',
			'netdenegnakino-yuvzhd',
			'volgogradru-2005-20615',
			'echelon-railways-1918'
		],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},

	// ---------------------------------------------------------------- R23 North Caucasus
	{
		id: 'R23a',
		name: 'Vladikavkaz railway: Rostov – Bataisk – Kushchevka – Tikhoretskaya',
		localName: 'Ростов – Батайск – Тихорецкая',
		path: [
			'rostov',
			[39.75, 47.14, 'Bataisk'],
			[39.65, 46.85],
			[39.63, 46.56, 'Kushchevka'],
			[39.8, 46.3],
			[40.0, 46.05],
			'tikhoretsk'
		],
		opened: approx(
			'1875-01-01',
			'1871-01-01',
			'1875-12-31',
			'Rostov – Vladikavkaz main line built 1871–75.'
		),
		grade: 'documented',
		sources: ['zeuke-part2', 'skunb-5702']
	},
	{
		id: 'R23b',
		name: 'Tikhoretskaya – Yekaterinodar',
		localName: 'Тихорецкая – Екатеринодар',
		path: [
			'tikhoretsk',
			[39.8, 45.65],
			[39.45, 45.46, 'Korenovskaya'],
			[39.2, 45.25],
			'yekaterinodar'
		],
		opened: day('1888-06-25', 'Opened 25 Jun 1888 (calendar not stated).'),
		grade: 'documented',
		sources: ['bloknot-krasnodar-1888']
	},
	{
		id: 'R23c',
		name: 'Yekaterinodar – Krymskaya – Novorossiysk',
		localName: 'Екатеринодар – Новороссийск',
		path: [
			'yekaterinodar',
			[38.6, 45.0],
			[38.2, 44.95],
			[38.0, 44.93, 'Krymskaya'],
			[37.9, 44.82, 'Tonnelnaya'],
			'novorossiysk'
		],
		opened: day('1888-06-25'),
		grade: 'documented',
		sources: ['bloknot-krasnodar-1888']
	},
	{
		id: 'R23d',
		name: 'Tsaritsyn – Kotelnikovo – Torgovaya – Tikhoretskaya',
		localName: 'Царицын – Котельниково – Тихорецкая',
		path: [
			'tsaritsyn',
			[44.55, 48.52, 'Sarepta'],
			[44.2, 48.2],
			[43.6, 47.9],
			[43.14, 47.63, 'Kotelnikovo'],
			[42.47, 47.15, 'Zimovniki'],
			[41.8, 46.75],
			[41.54, 46.48, 'Torgovaya'],
			[40.86, 46.08, 'Belaya Glina'],
			[40.5, 45.95],
			'tikhoretsk'
		],
		opened: approx(
			'1899-07-01',
			'1897-01-01',
			'1918-01-01',
			'Existed in 1918 (Service); opening year 1899 from the compiler.'
		),
		grade: 'probable',
		reasoning:
			"Service names a Tsaritsyn – Tikhoretskaya line in 1918; the course via Kotelnikovo and Torgovaya is the compiler's.",
		sources: ['service-stalin-p97', 'echelon-railways-1918'],
		notes: [{ kind: 'caution', text: SHAPE_NOTE, sources: ['echelon-railways-1918'] }]
	},

	// ---------------------------------------------------------------- R24 Moscow – Brest
	{
		id: 'R24a',
		name: 'Moscow–Brest (Alexander) railway: Moscow – Mozhaisk – Vyazma',
		localName: 'Москва – Можайск – Вязьма',
		path: [
			'moscow',
			[37.57786, 55.77565, 'Brestsky (Belorussky) station'],
			[37.55076, 55.77324, 'Begovaya'],
			[37.53167, 55.75417, 'Testovskaya'],
			[37.51468, 55.74406, 'Fili'],
			[37.45038, 55.7268, 'Kuntsevo'],
			[37.41797, 55.72694, 'Rabochy Posyolok'],
			[37.39743, 55.72372, 'Setun'],
			[37.37531, 55.7159, 'Nemchinovka'],
			[37.31465, 55.68259, 'Bakovka'],
			[37.28181, 55.67199, 'Odintsovo'],
			[37.25031, 55.66778, 'Otradnoye'],
			[37.21197, 55.66526, 'Pionerskaya'],
			[37.18343, 55.66125, 'Perkhushkovo'],
			[37.15154, 55.65031, 'Zdravnitsa'],
			[37.09749, 55.64196, 'Zhavoronki'],
			[37.06662, 55.6361, 'Dachnoye'],
			[37.03111, 55.6269, 'Malye Vyazyomy'],
			[36.98653, 55.61517, 'Golitsyno'],
			[36.87172, 55.61084, 'Sushkinskaya'],
			[36.8241, 55.60266, 'Petelino'],
			[36.78643, 55.59624, 'Chastsovskaya'],
			[36.74405, 55.5887, 'Portnovskaya'],
			[36.69088, 55.57912, 'Kubinka'],
			[36.63538, 55.57906, 'Chapaevka'],
			[36.56805, 55.58527, 'Polushkino'],
			[36.53448, 55.59076, 'Sanatornaya'],
			[36.46867, 55.5974, 'Tuchkovo'],
			[36.44852, 55.58529, 'Teatralnaya'],
			[36.40191, 55.5536, 'Sadovaya'],
			[36.37195, 55.54643, 'Dorokhovo'],
			[36.30943, 55.53797, 'Partizanskaya'],
			[36.22125, 55.51176, 'Shalikovo'],
			[36.1261, 55.49937, 'Kukarinskaya'],
			[36.06577, 55.49423, '109 km'],
			[36.03264, 55.49419, 'Mozhaisk'],
			[35.86109, 55.49545, 'Borodino'],
			[35.7357, 55.49947, 'Koloch'],
			[35.61042, 55.532, 'Uvarovka'],
			[35.54069, 55.52994, '144 km'],
			[35.49072, 55.52077, '147 km'],
			[35.37835, 55.5131, 'Drovnino'],
			[35.29753, 55.53263, 'Batyushkovo'],
			[35.13299, 55.53039, 'Kolesniki'],
			[34.9854, 55.54369, 'Gzhatsk (Gagarin)'],
			[34.8429, 55.53551, 'Vasilisino'],
			[34.75905, 55.48825, 'Sergo-Ivanovskaya'],
			[34.679, 55.44714, '205 km'],
			[34.64414, 55.42567, 'Tumanovo'],
			[34.56379, 55.40984, '215 km'],
			[34.5183, 55.3808, '218 km'],
			[34.45256, 55.3476, 'Meshcherskaya'],
			[34.40747, 55.3158, 'Podyolki'],
			[34.37608, 55.27272, 'Komyagino'],
			[34.36162, 55.24404, 'Zubaryovka'],
			[34.31762, 55.19751, 'Vyazma station'],
			'vyazma'
		],
		opened: day('1870-09-20', 'Moscow – Smolensk opened 20 Sep 1870 (calendar not stated).'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'belproftrans-moscow-brest'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R24b',
		name: 'Moscow–Brest railway: Vyazma – Safonovo – Smolensk',
		localName: 'Вязьма – Смоленск',
		path: [
			'vyazma',
			[34.31762, 55.19751, 'Vyazma station'],
			[34.28048, 55.17839, 'Staraya Derevnya'],
			[34.22952, 55.17983, 'Zolotaryovka'],
			[34.17704, 55.16493, 'Gredyakino'],
			[34.11387, 55.15929, 'Zhdanovka'],
			[33.99762, 55.14672, 'Semlevo'],
			[33.89637, 55.15692, '273 km'],
			[33.7832, 55.1531, 'Alferovo'],
			[33.7066, 55.14608, '286 km'],
			[33.62123, 55.14128, 'Izdeshkovo'],
			[33.5328, 55.14604, 'Mitino'],
			[33.48495, 55.15255, '300 km'],
			[33.36325, 55.13576, 'Durovo'],
			[33.24784, 55.10569, 'Safonovo'],
			[33.13028, 55.1086, 'Maksimovo'],
			[33.02391, 55.09962, 'Vyshegor'],
			[32.90996, 55.07865, 'Svishchevo'],
			[32.78672, 55.06822, 'Milokhovo'],
			[32.6519, 55.06638, 'Yartsevo'],
			[32.5735, 55.04028, '362 km'],
			[32.48887, 55.00307, 'Priselskaya'],
			[32.4528, 54.94696, '376 km'],
			[32.44579, 54.89083, 'Kardymovo'],
			[32.4095, 54.83486, 'Peresvetovo'],
			[32.35641, 54.81358, '397 km'],
			[32.28553, 54.79847, 'Dukhovskaya'],
			[32.21008, 54.8076, 'Volcheyka'],
			[32.15597, 54.80366, 'Kolodnya'],
			[32.12415, 54.8108, 'Smolensk-Sortirovochny'],
			[32.03447, 54.79794, 'Smolensk-Tsentralny station'],
			'smolensk'
		],
		opened: day('1870-09-20'),
		bends: false,
		grade: 'documented',
		sources: ['osm-esr-railway-materials', 'belproftrans-moscow-brest'],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R38',
		name: 'Orel–Vitebsk (Riga–Orel) railway: Smolensk – Roslavl – Bryansk',
		localName: 'Смоленск – Рославль – Брянск',
		path: [
			'smolensk',
			[32.03447, 54.79794, 'Smolensk-Tsentralny'],
			[32.12415, 54.8108, 'Smolensk-Sortirovochny'],
			[32.15597, 54.80366, 'Kolodnya'],
			[32.19862, 54.80318, 'Valutino'],
			[32.21576, 54.75938, 'Sokolya Gora'],
			[32.22518, 54.73055, '368 km'],
			[32.23001, 54.6896, 'Tychinino'],
			[32.28669, 54.64525, 'Yanovsky'],
			[32.34815, 54.64255, 'Ryabtsevo'],
			[32.3632, 54.61479, '349 km'],
			[32.38155, 54.57992, 'Panskaya'],
			[32.41352, 54.51953, 'Peresna'],
			[32.41369, 54.46171, 'Grudinino'],
			[32.44252, 54.40611, 'Pochinok'],
			[32.50711, 54.33416, 'Engelgardtovskaya'],
			[32.79669, 54.01596, 'Oster'],
			[32.82895, 53.98927, 'Kozlovka'],
			'roslavl',
			[32.95367, 53.90875, 'Pletni'],
			[32.98474, 53.89112, 'Lipovskaya'],
			[33.09051, 53.83856, 'Lyubestovo'],
			[33.14661, 53.81504, 'Prigorye'],
			[33.23225, 53.77737, 'Uzkoe'],
			[33.3346, 53.73676, 'Seshchinskaya'],
			[33.49889, 53.68949, 'Dubrovka'],
			[33.61219, 53.64888, 'Rekovichi'],
			[33.67311, 53.60242, 'Olsufyevo'],
			[33.6964, 53.56314, '194 km'],
			[33.71307, 53.55949, '193 km'],
			[33.72456, 53.53114, 'Zhukovka'],
			[33.77103, 53.48509, '183 km'],
			[33.79273, 53.47689, 'Trosna'],
			[33.86205, 53.45045, '176 km'],
			[33.91247, 53.4314, 'Rzhanitsa'],
			[33.98692, 53.40295, 'Edaziya'],
			[34.01107, 53.39372, 'Chernetovo'],
			[34.04351, 53.38189, '162 km'],
			[34.09421, 53.36899, 'Seltso'],
			[34.14963, 53.35487, 'Khotylevo'],
			[34.23035, 53.33422, 'Bordovichi'],
			[34.25144, 53.3288, 'Otradnoe'],
			[34.27256, 53.32337, 'Fasonoliteynaya'],
			[34.30833, 53.31459, 'Ordzhonikidzegrad'],
			[34.32312, 53.31039, 'Krasny Profintern'],
			[34.36057, 53.30038, 'Samara-Raditsa'],
			[34.3833, 53.28269, 'Maltsevskaya'],
			[34.4062, 53.26291, 'Bryansk-Orlovsky'],
			'bryansk'
		],
		opened: day(
			'1868-12-06',
			'Vitebsk – Smolensk – Roslavl opened 10 (22) Oct 1868, the whole Orel – Vitebsk line with Roslavl – Bryansk 24 Nov (6 Dec) 1868.'
		),
		bends: false,
		grade: 'documented',
		reasoning:
			'The line of the Riga–Orel railway named in Order No. 220 (Mogilev, 15 May 1920) among the lines serving the Western Front; the direct link from the front headquarters at Smolensk to Bryansk and the Polesye line to Gomel.',
		sources: [
			'perceptioro-orel-vitebsk-rly',
			'marxists-malta-1920-05-15',
			'osm-esr-railway-materials'
		],
		notes: [{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] }]
	},
	{
		id: 'R24c',
		name: 'Moscow–Brest railway: Smolensk – Krasnoye – Orsha',
		localName: 'Смоленск – Орша',
		path: ['smolensk', [31.7, 54.67], [31.43, 54.56, 'Krasnoye'], [30.9, 54.52], 'orsha'],
		opened: day('1871-11-16', 'Smolensk – Brest opened 16 Nov 1871 (calendar not stated).'),
		grade: 'documented',
		sources: ['belproftrans-moscow-brest']
	},
	{
		id: 'R24d',
		name: 'Moscow–Brest railway: Orsha – Borisov – Minsk',
		localName: 'Орша – Борисов – Минск',
		path: [
			'orsha',
			[29.7, 54.41, 'Tolochin'],
			[29.14, 54.32, 'Krupki'],
			[28.5, 54.23, 'Borisov'],
			[28.33, 54.1, 'Zhodino'],
			[27.9, 53.98, 'Smolevichi'],
			'minsk'
		],
		opened: day('1871-11-16'),
		grade: 'documented',
		sources: ['belproftrans-moscow-brest']
	},
	{
		id: 'R24e',
		name: 'Moscow–Brest railway: Minsk – Stolbtsy – Baranovichi',
		localName: 'Минск – Столбцы – Барановичи',
		path: [
			'minsk',
			[27.3, 53.75],
			[27.08, 53.6, 'Negoreloye'],
			'stolbtsy',
			[26.4, 53.3],
			'baranovichi'
		],
		opened: day('1871-11-16'),
		grade: 'documented',
		sources: ['belproftrans-moscow-brest']
	},
	{
		id: 'R24f',
		name: 'Moscow–Brest railway: Baranovichi – Brest',
		localName: 'Барановичи – Брест',
		path: [
			'baranovichi',
			[25.6, 52.9],
			[25.34, 52.71, 'Ivatsevichi'],
			[24.9, 52.52, 'Bereza'],
			[24.4, 52.3],
			[24.02, 52.2, 'Zhabinka'],
			'brest'
		],
		opened: day('1871-11-16'),
		grade: 'documented',
		sources: ['belproftrans-moscow-brest']
	},

	// ---------------------------------------------------------------- R25 Libau–Romny
	{
		id: 'R25a',
		name: 'Libau–Romny railway: Minsk – Osipovichi – Bobruisk',
		localName: 'Минск – Осиповичи – Бобруйск',
		path: [
			'minsk',
			[27.7, 53.7],
			[27.95, 53.5, 'Pukhovichi'],
			[28.3, 53.35],
			[28.64, 53.3, 'Osipovichi'],
			[29.0, 53.2],
			'bobruisk'
		],
		opened: approx('1873-09-15', '1873-09-01', '1873-09-30', 'Sep 1873.'),
		published: {
			value: 139.5,
			unit: 'verst',
			sources: ['lokomotiv-rostov-libau-romny', 'yoda-libau-romny']
		},
		grade: 'documented',
		sources: ['lokomotiv-rostov-libau-romny', 'yoda-libau-romny']
	},
	{
		id: 'R25b',
		name: 'Libau–Romny railway: Bobruisk – Zhlobin',
		localName: 'Бобруйск – Жлобин',
		path: ['bobruisk', [29.6, 53.0], 'zhlobin'],
		opened: approx('1873-11-15', '1873-11-01', '1873-11-30', 'Nov 1873.'),
		grade: 'probable',
		reasoning: "Bobruisk – Gomel sourced; Zhlobin on it is the compiler's routing knowledge.",
		sources: ['lokomotiv-rostov-libau-romny', 'echelon-railways-1918']
	},
	{
		id: 'R25c',
		name: 'Libau–Romny railway: Zhlobin – Gomel',
		localName: 'Жлобин – Гомель',
		path: ['zhlobin', [30.4, 52.75], [30.7, 52.6], 'gomel'],
		opened: approx('1873-11-15', '1873-11-01', '1873-11-30', 'Nov 1873.'),
		grade: 'probable',
		sources: ['lokomotiv-rostov-libau-romny', 'echelon-railways-1918']
	},
	{
		id: 'R25d',
		name: 'Libau–Romny railway: Gomel – Snovsk – Bakhmach',
		localName: 'Гомель – Сновск – Бахмач',
		path: [
			'gomel',
			[31.2, 52.33],
			[31.43, 52.23, 'Terekhovka'],
			[31.7, 52.0],
			[31.94, 51.82, 'Snovsk'],
			[32.21, 51.52, 'Mena'],
			[32.5, 51.35],
			'bakhmach'
		],
		opened: approx('1874-01-15', '1874-01-01', '1874-01-31', 'Jan 1874.'),
		published: {
			value: 184,
			unit: 'verst',
			sources: ['lokomotiv-rostov-libau-romny', 'yoda-libau-romny']
		},
		grade: 'documented',
		sources: ['lokomotiv-rostov-libau-romny', 'yoda-libau-romny']
	},

	// ---------------------------------------------------------------- R26 Orsha – Mogilev – Zhlobin
	{
		id: 'R26a',
		name: 'Orsha – Kopys – Shklov – Mogilev',
		localName: 'Орша – Копысь – Шклов – Могилёв',
		path: ['orsha', 'kopys', 'shklov', [30.3, 54.05], 'mogilev'],
		opened: approx(
			'1902-01-01',
			'1869-01-01',
			'1920-05-15',
			'Opening date not found; Order No. 220 (Mogilev, 15 May 1920) shows the line in use ("the 106-verst point between Shklov and Kopys").'
		),
		grade: 'probable',
		reasoning:
			"Existence in 1920 sourced; opening date unknown (1902 is the compiler's placeholder, bracketed by the order of 1920).",
		sources: ['htra-1920-ch36', 'echelon-railways-1918']
	},
	{
		id: 'R26b',
		name: 'Mogilev – Bykhov – Rogachev – Zhlobin',
		localName: 'Могилёв – Быхов – Жлобин',
		path: ['mogilev', [30.25, 53.52, 'Bykhov'], [30.05, 53.09, 'Rogachev'], 'zhlobin'],
		opened: approx(
			'1902-01-01',
			'1869-01-01',
			'1920-05-15',
			'Opening date not found (compiler: built with Orsha – Mogilev).'
		),
		grade: 'reconstructed',
		reasoning:
			"railways_1918.md §2 R26: the continuation Mogilev – Zhlobin is the compiler's knowledge (C/X); included so that Gomel – Mogilev (May 1920) can be routed without going round by Orsha.",
		sources: ['echelon-railways-1918']
	},

	// ---------------------------------------------------------------- R28–R36: lines not in railways_1918.md §2, needed by the journeys
	{
		id: 'R28',
		name: 'Moscow–Kazan railway: Ruzayevka – Lunino – Penza',
		localName: 'Рузаевка – Пенза',
		path: [
			'ruzayevka',
			[45.05, 53.9],
			[45.18, 53.72],
			[45.22, 53.58, 'Lunino'],
			[45.12, 53.42],
			[45.06, 53.3, 'Bessonovka'],
			'penza'
		],
		opened: approx(
			'1895-07-01',
			'1895-01-01',
			'1895-12-31',
			'Penza IV station opened 1895 with the new Ruzayevka – Penza line of the Moscow–Kazan railway.'
		),
		grade: 'probable',
		reasoning:
			'Line and year sourced (Penza IV station); course via Lunino and Bessonovka from the compiler. Needed for Kazan – Penza (Sep 1918).',
		sources: ['wikipedia-penza-iv'],
		notes: [
			{
				kind: 'caution',
				text: 'The station article gives 138 km Penza IV – Ruzayevka (modern, source not stated there); the drawn line is about 100 km. The figure is not used as a published length because the course it measures was not verified.',
				sources: ['wikipedia-penza-iv']
			}
		]
	},
	{
		id: 'R29',
		name: 'Ryazan–Ural railway: Penza – Kolyshley – Serdobsk – Rtishchevo',
		localName: 'Пенза – Сердобск – Ртищево',
		path: [
			'penza',
			[44.99, 53.15, 'Penza III'],
			[44.75, 52.95],
			[44.52, 52.7, 'Kolyshley'],
			[44.21, 52.46, 'Serdobsk'],
			[44.0, 52.35],
			'rtishchevo'
		],
		opened: day(
			'1896-12-01',
			'Penza III opened 1 Dec 1896 at the end of the construction of Penza – Serdobsk (1893–96) (calendar not stated).'
		),
		grade: 'probable',
		reasoning:
			"Penza – Serdobsk (Ryazan–Ural railway, 1893–96) is sourced; its continuation Serdobsk – Rtishchevo and the course are the compiler's routing knowledge. Needed for Penza – Saratov (Sep 1918) and Penza – Voronezh (Jul–Aug 1919).",
		sources: ['wikipedia-penza-iii', 'echelon-railways-1918']
	},
	{
		id: 'R30',
		name: 'Ryazan–Ural railway: Saratov – Uvek – Volga train ferry – Pokrovsk',
		localName: 'Саратов – Увек – переправа – Покровская слобода',
		path: [
			'saratov',
			[46.03, 51.49],
			[46.05, 51.46, 'Uvek (ferry landing)'],
			[46.11, 51.45, 'left-bank landing'],
			'pokrovsk'
		],
		opened: approx(
			'1896-01-01',
			'1894-01-01',
			'1896-12-31',
			"The train ferries and the Saratov icebreaker were built in 1894; the railway's Volga flotilla dates from 1896."
		),
		grade: 'probable',
		reasoning:
			"The Ryazan–Ural railway crossed the Volga between Saratov and Pokrovsk by train ferry (sourced); the landing points are the compiler's. No bridge existed in 1918–21.",
		sources: ['opalev-volga-ferries', 'echelon-railways-1918'],
		notes: [
			{
				kind: 'caution',
				text: 'A train-ferry crossing, not a bridge: in winter the crossing depended on the icebreaker and the ice. A winter leg over this section (e.g. Jan 1919) should say how the Volga was crossed if a source tells.',
				sources: ['opalev-volga-ferries']
			}
		]
	},
	{
		id: 'R31',
		name: 'Moscow – Sergiev Posad – Yaroslavl – Danilov – Vologda',
		localName: 'Москва – Ярославль – Вологда',
		path: [
			'moscow_yaroslavsky_stn',
			[37.65676, 55.7784, 'Moskva-Yaroslavskaya station'],
			[37.65152, 55.80171, 'Moskva-3'],
			[37.66286, 55.81437, 'Malenkovskaya'],
			[37.6712, 55.82878, 'Yauza'],
			[37.6699, 55.84103, 'Rostokino'],
			[37.6833, 55.86265, 'Losinoostrovskaya'],
			[37.71034, 55.87983, 'Los'],
			[37.72635, 55.89024, 'Perlovskaya'],
			[37.7425, 55.90089, 'Tayninskaya'],
			[37.76174, 55.91482, 'Mytishchi'],
			[37.78324, 55.93303, 'Stroitel'],
			[37.79987, 55.94776, 'Chelyuskinskaya'],
			[37.80883, 55.96202, 'Tarasovskaya'],
			[37.81914, 55.97855, 'Klyazma'],
			[37.8287, 55.99386, 'Mamontovskaya'],
			[37.83941, 56.01208, 'Pushkino'],
			[37.85429, 56.0399, 'Zavety Ilyicha'],
			[37.86774, 56.06474, 'Pravda'],
			[37.90102, 56.09471, 'Zelenogradskaya'],
			[37.91803, 56.11725, '43 km'],
			[37.93058, 56.13651, 'Sofrino'],
			[37.94683, 56.1613, 'Ashukinskaya'],
			[37.96606, 56.19058, 'Kalistovo'],
			[37.97669, 56.21419, 'Radonezh'],
			[37.98482, 56.23391, 'Abramtsevo'],
			[37.99813, 56.25695, 'Khotkovo'],
			[38.07772, 56.28331, 'Semkhoz'],
			[38.13687, 56.30199, 'Sergiev Posad'],
			[38.20188, 56.34412, '76 km'],
			[38.22825, 56.36989, '81 km'],
			[38.26979, 56.3853, '83 km'],
			[38.30793, 56.39187, 'Buzhaninovo'],
			[38.37291, 56.39598, '90 km'],
			[38.45957, 56.38329, 'Arsaki'],
			[38.58747, 56.37893, 'Strunino'],
			[38.70297, 56.39724, 'Aleksandrov-1'],
			[38.77335, 56.41923, '117 km'],
			[38.85078, 56.45431, 'Moshnino'],
			[38.85014, 56.50774, 'Balakirevo'],
			[38.9115, 56.55742, 'Bagrimovo'],
			[38.97979, 56.58799, '142 km'],
			[39.02076, 56.59656, 'Berendeevo'],
			[39.05291, 56.6019, '147 km'],
			[39.11619, 56.62004, 'Shushkovo'],
			[39.16592, 56.63761, '155 km'],
			[39.20932, 56.66503, 'Roksha'],
			[39.21195, 56.70855, 'Ryazantsevo'],
			[39.24257, 56.80269, 'Beklemishevo'],
			[39.28796, 56.85929, 'Itlar'],
			[39.30267, 56.90069, '187 km'],
			[39.29115, 56.93073, 'Silnitsy'],
			[39.27374, 57.00285, 'Petrovsk'],
			[39.2976, 57.09344, 'Debolovskaya'],
			[39.40749, 57.19818, 'Rostov'],
			[39.47795, 57.24714, '231 km'],
			[39.53724, 57.30705, 'Semibratovo'],
			[39.56964, 57.37043, 'Tsibirino'],
			[39.59996, 57.39224, 'Koromyslovo'],
			[39.61542, 57.43676, 'Kudryavtsevo'],
			[39.667, 57.47002, '259 km'],
			[39.68852, 57.48765, 'Kozmodemyansk'],
			[39.70032, 57.51146, 'Reka'],
			[39.70041, 57.51678, '265 km'],
			[39.72657, 57.54072, '268 km'],
			[39.7875, 57.58009, '274 km'],
			[39.8353, 57.6256, 'Yaroslavl (Yaroslavl-Glavny)'],
			[39.86218, 57.64327, 'Privolzhye'],
			[39.93326, 57.65614, 'Filino'],
			[39.97144, 57.69374, 'Sosnovtsy'],
			[40.00323, 57.72923, 'Kochenyatino'],
			[40.03447, 57.76815, 'Levtsovo'],
			[40.06166, 57.79116, '310 km'],
			[40.08424, 57.81128, 'Utkino'],
			[40.13652, 57.85762, 'Puchkovsky'],
			[40.13543, 57.88351, '322 km'],
			[40.15228, 57.91615, 'Dogadtsevo'],
			[40.16336, 57.96644, '331 km'],
			[40.16554, 57.99844, 'Putyatino'],
			[40.16447, 58.06274, '343 km'],
			[40.1694, 58.09086, 'Panteleevo'],
			[40.18533, 58.18668, 'Danilov'],
			[40.19886, 58.20889, '359 km'],
			[40.19036, 58.26525, 'Lnozavod'],
			[40.2223, 58.30994, 'Makarovo'],
			[40.35241, 58.4199, 'Prechistoye'],
			[40.30622, 58.5055, 'Marfino'],
			[40.21354, 58.54237, 'Skalino'],
			[40.26013, 58.61382, 'Nefedovo'],
			[40.18332, 58.65201, '420 km'],
			[40.12603, 58.71756, 'Baklanka'],
			[40.18334, 58.81028, 'Skomorokhovo'],
			[40.22939, 58.88422, 'Gryazovets'],
			[40.22163, 58.92694, '453 km'],
			[40.2173, 58.95068, 'Myasnikovka'],
			[40.22537, 59.00436, 'Volotskoy'],
			[40.23866, 59.03872, 'Steblevo'],
			[40.18701, 59.08178, 'Burdukovo'],
			[40.15079, 59.11588, 'Paprikha'],
			[40.08397, 59.14763, '481 km'],
			[39.97308, 59.1782, 'Losta'],
			[39.92475, 59.19629, 'Lnokombinat'],
			[39.8828, 59.20688, 'Vologda-1 station'],
			'vologda'
		],
		opened: day(
			'1872-06-20',
			'Yaroslavl – Vologda opened 20 Jun 1872 as a narrow-gauge line of 196 versts (calendar not stated); Moscow – Yaroslavl earlier (1870, compiler).'
		),
		bends: false,
		grade: 'probable',
		reasoning:
			"Moscow – Yaroslavl and Yaroslavl – Danilov – Vologda are sourced; the course follows today's stations and halts on the line (ESR table), and the 1872 narrow-gauge alignment north of Yaroslavl is assumed to match it. Needed for Vologda (Apr 1919).",
		sources: [
			'osm-esr-railway-materials',
			'severinform-2007-yaroslavl-vologda',
			'wikiorg-yaroslavl-rly'
		],
		notes: [
			{ kind: 'caution', text: ESR_NOTE, sources: ['osm-esr-railway-materials'] },
			{
				kind: 'caution',
				text: 'Yaroslavl – Vologda was built as a narrow-gauge line (1872) and later relaid to broad gauge; the date of the regauging was not checked.',
				sources: ['severinform-2007-yaroslavl-vologda']
			}
		]
	},
	{
		id: 'R32',
		name: 'Vologda–Vyatka railway: Vologda – Bui – Galich – Sharya – Kotelnich – Vyatka',
		localName: 'Вологда – Буй – Галич – Шарья – Котельнич – Вятка',
		path: [
			'vologda',
			[40.5, 58.95],
			[41.0, 58.7],
			[41.53, 58.48, 'Bui'],
			[42.0, 58.4],
			[42.35, 58.38, 'Galich'],
			[43.0, 58.4],
			[43.7, 58.37],
			[44.3, 58.36],
			[45.51, 58.37, 'Sharya'],
			[46.2, 58.3],
			[46.9, 58.3],
			[47.6, 58.3],
			[48.33, 58.31, 'Kotelnich'],
			[48.8, 58.45],
			[49.2, 58.55],
			'vyatka'
		],
		opened: {
			date: '1905-09-01',
			precision: 'month',
			note: 'Temporary traffic opened Sept 1905; the railway joined the Northern railways in 1906.'
		},
		grade: 'probable',
		reasoning:
			"The line via Bui, Galich, Sharya and Kotelnich is sourced; how it left Vologda (directly to Bui, as drawn) is the compiler's routing.",
		sources: ['wikipedia-vologda-vyatka-rly']
	},
	{
		id: 'R33',
		name: 'Moscow–Kiev–Voronezh railway: Moscow – Maloyaroslavets – Kaluga – Sukhinichi – Bryansk',
		localName: 'Москва – Калуга – Сухиничи – Брянск',
		path: [
			'moscow',
			[37.566, 55.743, 'Bryansky (Kievsky) station'],
			[37.3, 55.62],
			[37.0, 55.5],
			[36.73, 55.39, 'Naro-Fominsk'],
			[36.46, 55.01, 'Maloyaroslavets'],
			[36.3, 54.75],
			[36.27, 54.55, 'Kaluga'],
			[35.8, 54.3],
			[35.35, 54.1, 'Sukhinichi'],
			[35.0, 53.8],
			[34.6, 53.5],
			'bryansk'
		],
		opened: day(
			'1899-08-01',
			'Traffic Bryansk – Moscow from 1 Aug 1899 (the modern article dates the anniversary on 1 August; calendar not stated).'
		),
		grade: 'probable',
		reasoning:
			"Line and opening sourced; the course via Kaluga and Sukhinichi is the compiler's. Needed for the Western Front trips (Novozybkov, Gomel, May 1920).",
		sources: ['bryansknovosti-2019-moscow-bryansk', 'ruwiki-moscow-kiev-voronezh-rly']
	},
	{
		id: 'R34',
		name: 'Polesye railways: Bryansk – Unecha – Klintsy – Novozybkov – Gomel',
		localName: 'Брянск – Унеча – Новозыбков – Гомель',
		path: [
			'bryansk',
			[33.9, 53.1],
			[33.45, 52.93, 'Pochep'],
			[33.05, 52.9],
			[32.68, 52.85, 'Unecha'],
			[32.24, 52.76, 'Klintsy'],
			'novozybkov',
			[31.7, 52.43, 'Zlynka'],
			[31.3, 52.43],
			'gomel'
		],
		opened: approx(
			'1887-07-01',
			'1887-01-01',
			'1887-12-31',
			'Bryansk – Gomel (Polesye railways) opened 1887.'
		),
		published: {
			value: 279,
			unit: 'km',
			sources: ['wikipedia-novozybkov-station'],
			note: 'modern distances from Novozybkov station: 208 km to Bryansk + 71 km to Gomel.'
		},
		grade: 'documented',
		sources: ['wikipedia-novozybkov-station']
	},
	{
		id: 'R35',
		name: 'Kharkov–Nikolaev railway: Kharkov – Lyubotin – Poltava – Kremenchug',
		localName: 'Харьков – Полтава – Кременчуг',
		path: [
			'kharkov',
			[35.93, 49.95, 'Lyubotin'],
			[35.62, 49.85, 'Valki'],
			[35.3, 49.78, 'Kolomak'],
			[34.9, 49.68],
			[34.55, 49.59, 'Poltava'],
			[34.2, 49.42],
			[33.9, 49.27],
			[33.62, 49.13],
			'kremenchug'
		],
		opened: day(
			'1871-06-15',
			'Kremenchug – Poltava (110 versts) opened 1 Aug 1870; Poltava – Kharkov (132 versts) 15 Jun 1871 (calendar not stated).'
		),
		published: {
			value: 242,
			unit: 'verst',
			sources: ['litmir-kremenchug-railway'],
			note: 'Poltava – Kharkov 132 versts + Kremenchug – Poltava 110 versts.'
		},
		grade: 'documented',
		sources: ['litmir-kremenchug-railway']
	},
	{
		id: 'R36',
		name: 'Kiev–Balta and Odessa railways: Kiev – Fastov – Kazatin – Zhmerinka – Birzula – Razdelnaya – Odessa',
		localName: 'Киев – Казатин – Жмеринка – Бирзула – Одесса',
		path: [
			'kiev',
			[30.2, 50.3],
			[29.92, 50.08, 'Fastov'],
			[29.4, 49.9],
			[28.83, 49.72, 'Kazatin'],
			[28.5, 49.35],
			[28.11, 49.04, 'Zhmerinka'],
			[28.45, 48.75],
			[28.75, 48.53, 'Vapnyarka'],
			[29.2, 48.1],
			[29.53, 47.75, 'Birzula'],
			[29.8, 47.3],
			[30.08, 46.84, 'Razdelnaya'],
			[30.4, 46.65],
			'odessa'
		],
		opened: approx(
			'1870-07-01',
			'1865-12-18',
			'1871-12-31',
			'Odessa – Balta through Birzula 18 Dec 1865; the Kiev – Balta railway (Kiev – Kazatin – Zhmerinka – Birzula) about 1870.'
		),
		grade: 'probable',
		reasoning:
			"The main line Odessa – Birzula – Zhmerinka – Kiev is sourced (Batyr); intermediate towns north of Zhmerinka and the opening of the Kiev end (c. 1870) are the compiler's. Needed for the exile's 1929 journey to Odessa (route not stated by any source).",
		sources: ['batyr-odessa-railway', 'wikipedia-podilsk-station', 'koziatyn-info-trains']
	}
];

// Published lengths that cover several sections: the sum of the sections' computed lengths must be within
// 5% of the published length (checked and printed by build-network.mjs, like the per-section ones).
export const lineChecks = [
	{
		id: 'L-moscow-ryazan',
		name: 'Moscow Kazansky – Ryazan',
		sections: ['R02a', 'R02b'],
		published: {
			value: 197,
			unit: 'km',
			sources: ['explained-ryazansky-line'],
			note: 'modern distance'
		}
	},
	{
		id: 'L-ryazan-kozlov',
		name: 'Ryazan – Ryazhsk – Kozlov',
		sections: ['R02c', 'R02d'],
		published: {
			value: 198,
			unit: 'verst',
			sources: ['historical-baggage-ryazhsk', 'wikiorg-ryazan-kozlov']
		}
	},
	{
		id: 'L-moscow-kazan-1920s',
		name: 'Moscow – Kazan by the direct line (early-1920s timetable)',
		sections: ['R02a', 'R06a', 'R06b', 'R06c', 'R05d', 'R05e'],
		published: { value: 745, unit: 'verst', sources: ['gankin-krasnoufimsk-40'] }
	},
	{
		id: 'L-lyubertsy-shikhrany',
		name: 'Direct line Lyubertsy – Shikhrany (project length)',
		sections: ['R06a', 'R06b', 'R06c'],
		published: {
			value: 602,
			unit: 'verst',
			sources: ['stringtranslate-arzamas-i'],
			note: 'project length'
		}
	},
	{
		id: 'L-moscow-yekaterinburg-1920s',
		name: 'Moscow – Kazan – Sarapul – Druzhinino – Kuzino – Yekaterinburg (early-1920s through train)',
		sections: ['R02a', 'R06a', 'R06b', 'R06c', 'R05d', 'R05e', 'R14a', 'R14b', 'R13g', 'R13d'],
		adjust: ['R14a', 'R14b', 'R13g'],
		published: {
			value: 1609,
			unit: 'verst',
			sources: ['gankin-krasnoufimsk-40'],
			note: 'The same source splits the 1609 versts as Moscow – Kazan 745, Kazan – Sarapul 351, Sarapul – Druzhinino 403, Druzhinino – Yekaterinburg 110 (the course by Kuzino); only the total is checked.'
		}
	},
	{
		id: 'L-morshansk-syzran',
		name: 'Morshansk – Penza – Syzran',
		sections: ['R09b', 'R09c'],
		published: {
			value: 485,
			unit: 'verst',
			sources: ['polpedia-syzran-i', 'clever-geek-penza-region']
		}
	},
	{
		id: 'L-batraki-orenburg',
		name: 'Orenburg railway: Batraki – Samara – Orenburg',
		sections: ['R09d', 'R10a', 'R10b'],
		exclude: [{ section: 'R09d', to: [48.66827, 53.16138] }],
		published: {
			value: 508,
			unit: 'verst',
			sources: ['perceptiode-orenburg-rly'],
			note: 'main line from Batraki (507 versts, 540.4 km, in the Kinel station article); measured from the Batraki shape point of R09d'
		}
	},
	{
		id: 'L-moscow-kursk',
		name: 'Moscow – Kursk',
		sections: ['R15a', 'R15b', 'R15c'],
		published: {
			value: 542.7,
			unit: 'km',
			sources: ['ruwiki-dzerzhinsky-rly'],
			note: '1868 length; modern line 536 km'
		}
	},
	{
		id: 'L-kursk-rostov',
		name: 'Kursk – Kharkov – Taganrog – Rostov',
		sections: ['R15d', 'R15e', 'R15f'],
		published: { value: 763, unit: 'verst', sources: ['istoriceskijtaganrog-kha'] }
	},
	{
		id: 'L-lozovo-sevastopol',
		name: 'Lozovo-Sevastopol railway, Lozovaya – Sevastopol',
		sections: ['R17a', 'R17d', 'R17e', 'R17f'],
		published: {
			value: 570,
			unit: 'verst',
			sources: ['perceptiopt-lozovo-sevastopol'],
			note: '570 versts "in all"; whether that includes the Yekaterinoslav branch is not stated — the main line alone is checked'
		}
	},
	{
		id: 'L-vorozhba-brovary',
		name: 'Vorozhba – Brovary (Kiev)',
		sections: ['R18b', 'R18c'],
		exclude: [{ section: 'R18c', from: [30.79, 50.51] }],
		published: {
			value: 250,
			unit: 'verst',
			sources: ['ukwiki-kursk-kiev-rly'],
			note: 'to Brovary; measured to the Brovary shape point of R18c'
		}
	},
	{
		id: 'L-kharkov-rtishchevo',
		name: 'Kharkov – Liski – Bobrov – Povorino – Balashov – Rtishchevo',
		sections: ['R22a', 'R22b', 'R22c', 'R22d', 'R22e', 'R22f'],
		published: { value: 660, unit: 'verst', sources: ['netdenegnakino-yuvzhd'] }
	},
	{
		id: 'L-moscow-smolensk',
		name: 'Moscow – Vyazma – Smolensk',
		sections: ['R24a', 'R24b'],
		published: { value: 392, unit: 'verst', sources: ['belproftrans-moscow-brest'] }
	},
	{
		id: 'L-smolensk-brest',
		name: 'Smolensk – Minsk – Brest',
		sections: ['R24c', 'R24d', 'R24e', 'R24f'],
		published: {
			value: 620,
			unit: 'verst',
			sources: ['belproftrans-moscow-brest'],
			note: '≈ 620 versts'
		}
	},
	{
		id: 'L-bobruisk-gomel',
		name: 'Bobruisk – Gomel',
		sections: ['R25b', 'R25c'],
		published: {
			value: 141.8,
			unit: 'verst',
			sources: ['lokomotiv-rostov-libau-romny', 'yoda-libau-romny']
		}
	},
	{
		id: 'L-perm-main-1910',
		name: 'Perm railway main line Vyatka – Perm – Kungur – Yekaterinburg – Chelyabinsk (1910)',
		sections: ['R13a', 'R13c', 'R13d', 'R13e'],
		published: { value: 1107, unit: 'km', sources: ['crazylike-perm-rly'] }
	},
	{
		id: 'L-yaroslavl-vologda',
		name: 'Yaroslavl – Vologda',
		sections: ['R31'],
		exclude: [{ section: 'R31', to: [39.8353, 57.6256] }],
		adjust: ['R31'],
		published: {
			value: 196,
			unit: 'verst',
			sources: ['severinform-2007-yaroslavl-vologda'],
			note: 'measured from the Yaroslavl shape point of R31'
		}
	},
	{
		id: 'L-zhmerinka-odessa',
		name: 'Zhmerinka – Birzula – Odessa',
		sections: ['R36'],
		exclude: [{ section: 'R36', to: [28.11, 49.04] }],
		published: {
			value: 357,
			unit: 'verst',
			sources: ['batyr-odessa-railway'],
			note: 'Zhmerinka is 357 versts from Odessa-Glavnaya; measured from the Zhmerinka shape point of R36'
		}
	}
];
