// Sea lanes for the exile journey: shape points [lng, lat] between ports (the ports themselves are
// added from places.geojson by build-exile.mjs). Lanes are composed from named stretches so that the
// same water (Bosporus, Dardanelles, Strait of Messina…) is drawn the same way every time.
// Every lane is checked against Natural Earth 50m land by scripts/geodata/check-sea-legs.mjs.
// The stretches are reconstructions of ordinary steamer routes (see each leg's "reasoning").

const rev = (a) => [...a].reverse();

// Black Sea: off Odessa to the northern mouth of the Bosporus.
const ODESSA_OUT = [
	[30.78, 46.46],
	[30.86, 46.38],
	[30.7, 45.6],
	[30.35, 44.5],
	[29.6, 42.3],
	[29.18, 41.3]
];
// Bosporus, north to south (mid-channel).
const BOSPORUS_N_S = [
	[29.12, 41.225],
	[29.085, 41.195],
	[29.065, 41.165],
	[29.065, 41.135],
	[29.07, 41.11],
	[29.058, 41.09],
	[29.048, 41.075],
	[29.032, 41.052],
	[29.012, 41.03],
	[28.99, 41.012]
];
// Istanbul (Sarayburnu) to Büyükada across the Sea of Marmara.
const ISTANBUL_PRINKIPO = [
	[28.99, 41.0],
	[29.03, 40.95],
	[29.08, 40.89],
	[29.11, 40.87]
];
// Istanbul to the Dardanelles (Gelibolu) through the Sea of Marmara, north of Marmara Island.
const MARMARA_W = [
	[28.97, 40.99],
	[28.6, 40.88],
	[28.0, 40.78],
	[27.55, 40.74],
	[27.1, 40.6],
	[26.75, 40.43]
];
// Dardanelles, north-east to south-west (mid-channel).
const DARDANELLES_NE_SW = [
	[26.68, 40.38],
	[26.6, 40.32],
	[26.5, 40.25],
	[26.43, 40.19],
	[26.395, 40.155],
	[26.375, 40.12],
	[26.34, 40.08],
	[26.26, 40.04],
	[26.15, 39.99]
];
// Aegean: Dardanelles mouth to the Kafireas (Cavo Doro) channel and round Cape Sounion to Piraeus.
const AEGEAN_TO_PIRAEUS = [
	[25.95, 39.75],
	[25.6, 39.3],
	[25.2, 38.6],
	[24.75, 38.12],
	[24.63, 38.03],
	[24.4, 37.85],
	[24.15, 37.62],
	[23.95, 37.6],
	[23.75, 37.8],
	[23.64, 37.92]
];
// Piraeus round the south of Salamis to the eastern entrance of the Corinth Canal (Isthmia).
const PIRAEUS_TO_CANAL = [
	[23.6, 37.92],
	[23.52, 37.86],
	[23.38, 37.8],
	[23.15, 37.85],
	[23.02, 37.905]
];
// Corinth Canal (Isthmia -> Poseidonia) and the Gulf of Corinth to the Rio–Antirrio strait and the
// Gulf of Patras, out past Kefalonia and Zakynthos.
const CANAL_TO_IONIAN = [
	[22.96, 37.945],
	[22.85, 38.05],
	[22.5, 38.16],
	[22.2, 38.22],
	[21.95, 38.3],
	[21.78, 38.315],
	[21.65, 38.3],
	[21.4, 38.25],
	[21.15, 38.2],
	[20.95, 38.0],
	[20.7, 37.95]
];
// Ionian Sea to the southern entrance of the Strait of Messina.
const IONIAN_TO_MESSINA = [
	[19.0, 37.9],
	[17.0, 37.85],
	[15.8, 37.85],
	[15.6, 38.0]
];
// Strait of Messina, south to north, and out into the Tyrrhenian.
const MESSINA_S_N = [
	[15.6, 38.06],
	[15.615, 38.13],
	[15.625, 38.2],
	[15.645, 38.255],
	[15.68, 38.3],
	[15.7, 38.4]
];
// Tyrrhenian: north of the Strait of Messina to Naples through the Bocca Grande (Capri–Ischia).
const TYRRHENIAN_TO_NAPLES = [
	[15.3, 39.0],
	[14.6, 40.0],
	[14.1, 40.52],
	[14.18, 40.72],
	[14.24, 40.82]
];
// Naples out through the Bocca Grande to the Strait of Bonifacio.
const NAPLES_TO_BONIFACIO = [
	[14.24, 40.82],
	[14.18, 40.72],
	[14.1, 40.52],
	[12.0, 40.9],
	[10.0, 41.2],
	[9.6, 41.3]
];
// Strait of Bonifacio, east to west, and on to the approaches of Marseilles.
const BONIFACIO_E_W = [
	[9.4, 41.33],
	[9.2, 41.31],
	[9.0, 41.3],
	[8.6, 41.35]
];
const TO_MARSEILLE = [
	[7.0, 42.5],
	[5.6, 43.1],
	[5.32, 43.2],
	[5.33, 43.25],
	[5.355, 43.283]
];
// Off Marseilles (where the Bulgaria stopped and the police launch took Trotsky off) to Cassis.
const OFF_MARSEILLE_TO_CASSIS = [
	[7.0, 42.5],
	[5.6, 43.1],
	[5.38, 43.17],
	[5.5, 43.19],
	[5.535, 43.207]
];
// Tyrrhenian from the Strait of Messina straight to the Strait of Bonifacio (1933, Bulgaria).
const MESSINA_TO_BONIFACIO = [
	[15.3, 39.0],
	[13.0, 40.3],
	[10.5, 41.1],
	[9.6, 41.3]
];
// Piraeus round Cape Sounion, south of Kythera and Cape Matapan into the Ionian (no canal).
const PIRAEUS_ROUND_PELOPONNESE = [
	[23.6, 37.92],
	[23.62, 37.8],
	[23.75, 37.6],
	[23.6, 37.3],
	[23.4, 36.8],
	[23.4, 36.15],
	[23.0, 35.95],
	[22.5, 36.0],
	[22.0, 36.2],
	[21.5, 36.6],
	[20.5, 37.2],
	[19.0, 37.5]
];
// Ionian to Catania harbour.
const IONIAN_TO_CATANIA = [
	[17.0, 37.5],
	[15.5, 37.45],
	[15.14, 37.48]
];
// Catania north along the Sicilian coast to the Strait of Messina.
const CATANIA_TO_MESSINA = [
	[15.14, 37.48],
	[15.3, 37.6],
	[15.45, 37.85],
	[15.6, 38.0]
];
// Brindisi out through the Strait of Otranto, west of Kefalonia, south of Kythera and up past Kea into
// the Aegean.
const BRINDISI_TO_AEGEAN = [
	[17.99, 40.66],
	[18.3, 40.4],
	[19.0, 39.9],
	[19.6, 39.2],
	[19.95, 38.35],
	[20.4, 37.5],
	[21.3, 36.6],
	[22.0, 36.2],
	[22.5, 36.0],
	[23.0, 35.95],
	[23.4, 36.15],
	[23.7, 36.6],
	[24.0, 37.2],
	[24.15, 37.62],
	[24.4, 37.85],
	[24.63, 38.03],
	[24.75, 38.12],
	[25.2, 38.6],
	[25.6, 39.3],
	[25.95, 39.75]
];
// Dunkirk to Esbjerg through the southern North Sea, outside the Frisian islands.
const DUNKIRK_TO_ESBJERG = [
	[2.37, 51.08],
	[2.5, 51.2],
	[3.0, 51.45],
	[3.9, 52.2],
	[4.4, 53.0],
	[5.5, 53.75],
	[7.0, 54.05],
	[7.9, 54.6],
	[8.05, 55.2],
	[8.2, 55.5],
	[8.33, 55.49],
	[8.41, 55.47]
];
// Antwerp down the Scheldt and the Westerschelde to the sea.
const SCHELDT_OUT = [
	[4.39, 51.24],
	[4.33, 51.3],
	[4.29, 51.35],
	[4.22, 51.4],
	[4.1, 51.415],
	[3.95, 51.42],
	[3.78, 51.4],
	[3.6, 51.42],
	[3.45, 51.48],
	[3.2, 51.6]
];
// North Sea and Skagerrak to the mouth of the Oslofjord.
const NORTH_SEA_TO_OSLOFJORD = [
	[3.6, 52.6],
	[4.8, 54.5],
	[6.5, 56.7],
	[8.3, 57.7],
	[9.8, 58.4],
	[10.5, 58.9],
	[10.6, 59.1]
];
// Oslofjord from its mouth up through the Drøbak narrows to Oslo harbour.
const OSLOFJORD_IN = [
	[10.6, 59.3],
	[10.56, 59.5],
	[10.6, 59.6],
	[10.62, 59.66],
	[10.6, 59.72],
	[10.63, 59.82],
	[10.71, 59.89],
	[10.735, 59.905]
];
// Fagerstrand down the Oslofjord and out through the Skagerrak, North Sea, Strait of Dover and the
// English Channel to the Atlantic, past the Azores (between São Miguel and Santa Maria), north of the Bahamas, through the Straits of
// Florida and across the Gulf of Mexico to the Pánuco bar at Tampico.
const FAGERSTRAND_TO_TAMPICO = [
	[10.58, 59.72],
	[10.62, 59.66],
	[10.6, 59.6],
	[10.56, 59.5],
	[10.6, 59.3],
	[10.6, 59.1],
	[10.5, 58.9],
	[9.8, 58.4],
	[8.3, 57.7],
	[6.5, 56.7],
	[4.5, 54.5],
	[2.6, 52.4],
	[1.8, 51.3],
	[1.45, 51.0],
	[0.5, 50.55],
	[-1.5, 50.2],
	[-3.5, 49.9],
	[-5.5, 49.5],
	[-7.0, 48.8],
	[-15.0, 44.0],
	[-22.0, 39.5],
	[-24.5, 37.4],
	[-27.0, 37.2],
	[-40.0, 32.5],
	[-55.0, 29.5],
	[-70.0, 27.8],
	[-78.5, 27.6],
	[-79.7, 27.0],
	[-79.85, 26.0],
	[-80.0, 25.0],
	[-80.6, 24.25],
	[-82.0, 24.1],
	[-83.5, 24.0],
	[-86.0, 24.3],
	[-90.0, 24.0],
	[-94.0, 23.0],
	[-97.0, 22.4],
	[-97.74, 22.27],
	[-97.78, 22.26],
	[-97.81, 22.24],
	[-97.835, 22.225]
];

export const LANES = {
	'odessa>istanbul': [...ODESSA_OUT, ...BOSPORUS_N_S],
	'istanbul>buyukada': ISTANBUL_PRINKIPO,
	'buyukada>istanbul': rev(ISTANBUL_PRINKIPO),
	'istanbul>piraeus': [...MARMARA_W, ...DARDANELLES_NE_SW, ...AEGEAN_TO_PIRAEUS],
	'piraeus>corinth_canal': PIRAEUS_TO_CANAL,
	'corinth_canal>naples': [
		...CANAL_TO_IONIAN,
		...IONIAN_TO_MESSINA,
		...MESSINA_S_N,
		...TYRRHENIAN_TO_NAPLES
	],
	'naples>marseille': [...NAPLES_TO_BONIFACIO, ...BONIFACIO_E_W, ...TO_MARSEILLE],
	'dunkirk>esbjerg': DUNKIRK_TO_ESBJERG,
	'esbjerg>dunkirk': rev(DUNKIRK_TO_ESBJERG),
	'brindisi>istanbul': [...BRINDISI_TO_AEGEAN, ...rev(DARDANELLES_NE_SW), ...rev(MARMARA_W)],
	'piraeus>catania': [...PIRAEUS_ROUND_PELOPONNESE, ...IONIAN_TO_CATANIA],
	'catania>cassis': [
		...CATANIA_TO_MESSINA,
		...MESSINA_S_N,
		...MESSINA_TO_BONIFACIO,
		...BONIFACIO_E_W,
		...OFF_MARSEILLE_TO_CASSIS
	],
	'antwerp>oslo': [...SCHELDT_OUT, ...NORTH_SEA_TO_OSLOFJORD, ...OSLOFJORD_IN],
	'fagerstrand>tampico': FAGERSTRAND_TO_TAMPICO
};

// Approximate shape points for rail legs outside the period network (no network file there).
// They follow the line through the towns named, as free shape points; they are not places.
export const RAIL_TRACES = {
	// Esbjerg – Kolding – Fredericia – (Little Belt) – Odense – Nyborg – (Great Belt train ferry) –
	// Korsør – Ringsted – Roskilde – Taastrup – Copenhagen.
	'esbjerg>copenhagen': [
		[8.75, 55.48],
		[9.47, 55.49],
		[9.75, 55.57],
		[9.73, 55.5],
		[10.39, 55.4],
		[10.8, 55.31],
		[11.14, 55.33],
		[11.79, 55.45],
		[12.08, 55.64],
		[12.3, 55.65]
	],
	// Dunkirk – Paris – (Dijon) – Lyon – Avignon – Marseilles (the PLM main line).
	'dunkirk>marseille': [
		[2.78, 50.29],
		[2.35, 48.88],
		[3.57, 47.8],
		[5.04, 47.32],
		[4.84, 45.76],
		[4.81, 43.94]
	],
	// Marseilles – Toulon – Nice – Ventimiglia – Genoa – Milan – Venice – Bologna – Ancona – Bari –
	// Brindisi.
	'marseille>brindisi': [
		[5.93, 43.12],
		[7.26, 43.7],
		[7.61, 43.79],
		[8.93, 44.41],
		[9.19, 45.46],
		[12.32, 45.44],
		[11.34, 44.49],
		[13.51, 43.61],
		[16.87, 41.12]
	],
	// Paris (Gare du Nord) – Brussels – Antwerp.
	'paris>antwerp': [
		[2.36, 48.88],
		[3.07, 50.0],
		[4.35, 50.85]
	]
};
