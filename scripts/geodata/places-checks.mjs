// Checks of the coordinates that places.csv flags APPROXIMATE (and of any other coordinate we re-checked).
// Read by build-places.mjs. Per id:
//   status   'verified' (the csv coordinate agrees with the cited source) | 'corrected' (replaced by `coord`)
//            | 'approximate' (no citable coordinate found for the object itself; the csv value is kept)
//   coord    [lat, lon] from the cited source; only with status 'corrected'
//   coordSource  text for the place's coordSource when corrected
//   note     what it was checked against and how far off it was (km, haversine)
//   sources  source ids (geodata/sources.json)
//   notes    extra Note objects for the place
// Rule used: a csv value within about 1 km of a sourced coordinate of the same object is 'verified' and kept
// (so that network and journey files need not re-snap); beyond that it is 'corrected' to the sourced value.
export const CHECKS = {
	moscow_kazansky_stn: {
		status: 'verified',
		note: 'Checked against the Wikipedia infobox coordinate of Moscow Kazansky station (55.77333, 37.65639): the csv point is 0.04 km away.',
		sources: ['wikipedia-moscow-kazansky-station']
	},
	moscow_yaroslavsky_stn: {
		status: 'verified',
		note: 'Checked against the Wikipedia infobox coordinate of Moscow Yaroslavskaya station (55.77611, 37.65806): the csv point is 0.08 km away.',
		sources: ['wikipedia-moscow-yaroslavsky-station']
	},
	romodanovo: {
		status: 'corrected',
		coord: [54.42083, 45.34167],
		coordSource:
			'de.wikipedia "Romodanowo (Mordwinien)" infobox: 54°25′15″N 45°20′30″E (settlement; the junction station lies in it)',
		note: 'The csv estimate (54.43, 45.33) was 1.27 km from the de.wikipedia coordinate of the settlement of Romodanovo; replaced by that coordinate. No separate coordinate of the station building was found.',
		sources: ['wikipedia-de-romodanowo']
	},
	nikolaevsk: {
		status: 'verified',
		note: 'Checked against the Wikipedia coordinate of Pugachyov (52.017, 48.800): the csv point is 0.11 km away.',
		sources: ['wikipedia-pugachyov']
	},
	kupyansk: {
		status: 'verified',
		note: 'Checked against the it.wikipedia coordinate of Kupiansk town (49.70639, 37.61667): 0.51 km. (en.wikipedia gives 49°43′N 37°35′E, 2.5 km west; de.wikipedia 49°42′N 37°36′E.)',
		sources: ['wikipedia-it-kupjansk'],
		notes: [
			{
				kind: 'caution',
				text: 'The point is the town. The railway junction station lies in the separate settlement Kupiansk-Vuzlovyi, a few km from the town; no sourced coordinate for it was found.',
				sources: ['wikipedia-it-kupjansk']
			}
		]
	},
	vorozhba: {
		status: 'verified',
		note: 'Checked against the de.wikipedia coordinate of Vorozhba (51.17139, 34.22806), a town that grew round the junction station: 0.57 km.',
		sources: ['wikipedia-de-woroschba']
	},
	akbulak: {
		status: 'verified',
		note: 'Checked against the de.wikipedia coordinate of Akbulak (51.00556, 55.61944), a settlement founded in 1904 round the Ak-Bulak station: 0.62 km.',
		sources: ['wikipedia-de-akbulak']
	},
	kurdai_pass: {
		status: 'approximate',
		note: 'No citable coordinate of the Kurdai (Kordai) pass was found with the search tool (searched en/ru pages for the pass and the Bishkek–Almaty road); the csv estimate is kept. The Kordai district page (43°19′48″N 75°04′12″E) only confirms the general area, about 9 km from the csv point.',
		sources: ['echelon-places-csv']
	},
	buyukada: {
		status: 'verified',
		note: 'Checked against the nl.wikipedia coordinate of the island (40°51′N 29°7′E, minute precision): 0.93 km; the csv point lies on the north shore near the town and pier.',
		sources: ['wikipedia-nl-buyukada']
	},
	corinth_canal: {
		status: 'verified',
		note: 'Checked against the Wikipedia infobox coordinate of the Corinth Canal (37.93472, 22.98389): 0.10 km.',
		sources: ['wikipedia-corinth-canal']
	},
	cassis: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Cassis (43.21667, 5.53889): 0.25 km.',
		sources: ['wikipedia-fr-cassis']
	},
	tonneins: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Tonneins (44.39056, 0.30917): 0.05 km.',
		sources: ['wikipedia-fr-tonneins']
	},
	saint_palais: {
		status: 'approximate',
		note: 'The csv point is 0.46 km from the fr.wikipedia coordinate of the commune of Saint-Palais-sur-Mer (45.64389, -1.08694), so it marks the village, not the villa "Les Embruns", whose position was not found.',
		sources: ['wikipedia-fr-saint-palais-sur-mer'],
		notes: [
			{
				kind: 'caution',
				text: 'Broué puts the villa about 10 km north of Royan; the centre of Saint-Palais is about 5 km north-west of Royan, so the villa may lie well outside the village centre. Its exact site is unknown.',
				sources: ['wikipedia-fr-saint-palais-sur-mer', 'echelon-places-csv']
			}
		]
	},
	bagneres: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Bagnères-de-Bigorre (43.06528, 0.15056): 0.13 km.',
		sources: ['wikipedia-fr-bagneres-de-bigorre']
	},
	barbizon: {
		status: 'approximate',
		note: 'No coordinate of the villa "Ker Monique" (quartier du Grand Veneur, Barbizon) was found; the csv estimate of the village is kept.',
		sources: ['echelon-places-csv']
	},
	chamonix: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Chamonix-Mont-Blanc (45.92306, 6.86972): 0.12 km.',
		sources: ['wikipedia-fr-chamonix']
	},
	st_pierre_chartreuse: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Saint-Pierre-de-Chartreuse (45.34333, 5.81611): 0.26 km.',
		sources: ['wikipedia-fr-saint-pierre-de-chartreuse']
	},
	domene: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of Domène (45.20333, 5.83972): 0.07 km.',
		sources: ['wikipedia-fr-domene']
	},
	jevnaker: {
		status: 'verified',
		note: 'Checked against the fr.wikipedia coordinate of the village of Jevnaker (60.24056, 10.38556): 0.21 km. The pension itself is not located.',
		sources: ['wikipedia-fr-jevnaker']
	},
	honefoss: {
		status: 'verified',
		note: 'Checked against the no.wikipedia coordinate of Hønefoss station (60.16917, 10.24806), about 500 m from the town centre: 0.45 km. (en.wikipedia gives the town only to the minute, 60°10′N 10°18′E, 2.4 km east.)',
		sources: ['wikipedia-no-honefoss-stasjon']
	},
	wexhall: {
		status: 'approximate',
		note: 'No coordinate of the Knudsen house (Heradsbygdveien 26) was found. The sources place Wexhall (Veksal, farm no. 55) in Heradsbygda, a few km north of Hønefoss, east of the Sokna river and west of Oppenåsen, close to where road 7 to Soknedalen leaves the E16; the csv point (about 1.9 km north of Hønefoss station) is consistent with that but unverified.',
		sources: [
			'dagsavisen-sensasjonell-rettssak',
			'historieboka-trotskij-norge',
			'wikipedia-no-veksal'
		]
	},
	sundby_hurum: {
		status: 'approximate',
		note: 'No coordinate of the farm Sundby at Storsand (Hurum) was found; the sources only name it (on the Oslofjord opposite Drøbak). The csv estimate is kept.',
		sources: ['dagsavisen-sensasjonell-rettssak']
	},
	fagerstrand: {
		status: 'verified',
		note: 'Checked against the Wikipedia coordinate of the village of Fagerstrand, Nesodden (59°44′N 10°36′E, minute precision): 0.93 km. Whether the tanker Ruth left from here is disputed (see places.csv).',
		sources: ['wikipedia-fagerstrand']
	},
	lecheria: {
		status: 'corrected',
		coord: [19.59917, -99.18683],
		coordSource:
			'en.wikipedia "Lechería railway station" infobox: 19°35′57.0″N 99°11′12.6″W (the 2008 Tren Suburbano station)',
		note: 'The csv estimate (19.6225, -99.186) was 2.60 km north of the Wikipedia coordinate of Lechería station; replaced by that coordinate.',
		sources: ['wikipedia-lecheria-station'],
		notes: [
			{
				kind: 'caution',
				text: 'The coordinate is that of the modern suburban station. The 1880s Mexican Central station of the same name, where Trotsky left the train in January 1937, is out of use; its building survives but its own coordinate was not found.',
				sources: ['wikipedia-lecheria-station']
			}
		]
	},
	casa_azul: {
		status: 'verified',
		note: 'Checked against the Wikipedia infobox coordinate of the Frida Kahlo Museum (19.35503, -99.16284): 0.04 km.',
		sources: ['wikipedia-frida-kahlo-museum']
	},
	casa_viena: {
		status: 'approximate',
		note: 'No coordinate of the Museo Casa de León Trotsky (Av. Río Churubusco 410, formerly Avenida Viena 19) was found; the csv estimate, 0.23 km north-east of the Casa Azul coordinate, is kept.',
		sources: ['museo-trotsky-address']
	},
	druzhinino: {
		status: 'verified',
		note: 'Checked against the ru.wikipedia coordinate of Druzhinino station (56.79083, 59.51833): 0.14 km.',
		sources: ['wikipedia-ru-druzhinino-station']
	},
	otrozhka: {
		status: 'corrected',
		coord: [51.72833, 39.26667],
		coordSource: 'ru.wikipedia "Отрожка (станция)" infobox: 51°43′42″N 39°16′00″E',
		note: 'The csv estimate (51.70, 39.27) was 3.16 km south of the ru.wikipedia coordinate of Otrozhka junction station; replaced by that coordinate.',
		sources: ['wikipedia-ru-otrozhka-station']
	},
	shklov: {
		status: 'verified',
		note: 'Checked against the be.wikipedia coordinate of the town of Shklov (54.20833, 30.28694): 1.00 km (station not located separately).',
		sources: ['wikipedia-be-shklou']
	},
	kopys: {
		status: 'verified',
		note: 'Checked against the be.wikipedia coordinate of the settlement of Kopys (54.32444, 30.29167): 0.99 km.',
		sources: ['wikipedia-be-kopys'],
		notes: [
			{
				kind: 'caution',
				text: 'The point is the settlement; Kopys railway station on the Orsha–Mogilev line is about 2 km from it (position not found).',
				sources: ['wikipedia-be-kopys']
			}
		]
	},
	sollihogda: {
		status: 'corrected',
		coord: [59.96667, 10.35],
		coordSource: 'en.wikipedia "Sollihøgda": 59°58′N 10°21′E (minute precision)',
		note: 'The csv estimate (59.98, 10.33) was 1.85 km from the Wikipedia coordinate of Sollihøgda; replaced by that coordinate (itself only to the minute, about ±1 km).',
		sources: ['wikipedia-sollihogda']
	},
	ulleval: {
		status: 'verified',
		note: 'Checked against the Wikipedia infobox coordinate of Ullevål hospital (59.93694, 10.73722): 0.01 km.',
		sources: ['wikipedia-ulleval-hospital']
	}
};
