// Trotsky's train, 1918–1921: the data behind geodata/journeys/train/ (built by build-train.mjs).
// Research: shared/reference/train_itinerary.md (first pass, J01–J17), train_itinerary_addendum.md (second pass:
// corrections, N18–N22, records R01–R45), distance_claims.md and seed-dictionary-entry.txt (= Smele 2015 p. 833).
// Edit THIS file, then run `node scripts/geodata/build-train.mjs` (and build-legs.mjs for routed geometry).
//
// Conventions used below (see build-train.mjs):
// - A stop may give `present: [first, last?]`: the days a document places Trotsky there. The builder turns it into
//   `arrive`/`depart` bounded by the neighbouring stops (arrive.date = first documented day; depart.date = last).
// - Base (Moscow) stops that no source dates are `reconstructed`. Their window is [earliest, latest]; `date` is the
//   direct-travel estimate (a return: soon after the last front stop; a departure: just in time for the next one).
// - `legIn` on a stop describes the leg that arrives at it (mode, via, grade, reasoning, sources, notes).

const day = (date, note) => ({ date, precision: 'day', ...(note ? { note } : {}) });
const approx = (date, earliest, latest, note) => ({
	date,
	precision: 'approx',
	...(earliest ? { earliest } : {}),
	...(latest ? { latest } : {}),
	...(note ? { note } : {})
});
const note = (kind, text, sources) => ({ kind, text, sources });
const win = (start, end) => ({ start: day(start), end: day(end) });

const RECON_RETURN =
	'No source records the return to Moscow. Trips are counted from Moscow and back (addendum §3), so the trip is closed at the base; the date shown assumes direct travel after the last dated stop, and the window runs to the next dated record.';
const RECON_DEPART =
	'No source records the departure from Moscow. The window runs from the last dated record in Moscow (or the end of the previous trip) to the first dated stop of this trip; the date shown assumes direct travel to it.';
const HTRA_STAMP =
	'HTRA order headers give the place where the order was issued; they place Trotsky there and the train only by inference (train_itinerary.md §4.8).';

export const JOURNEY = {
	id: 'train',
	title: "Trotsky's train",
	subtitle: 'The train of the Chairman of the Revolutionary War Council of the Republic, 1918–1921',
	summary:
		"From August 1918 Trotsky, People's Commissar for War and Chairman of the Revolutionary War Council, ran the Red Army from a special train that shuttled between Moscow and the fronts of the civil war. The sources give 36 trips and between 75,000 miles and 'over 200,000 km' in all, but no list of the trips has been found. This journey places the 21 trips that dated, place-stamped documents (chiefly his numbered orders, telegrams and speeches) let us rebuild; the others are shown as windows where they must lie.",
	base: 'moscow',
	region: { bbox: [20, 40.5, 66, 70] }
};

// ---------------------------------------------------------------------------------------------------------------
// Trips in date order. `label` = the research's own code (not a historical trip number).
export const TRIPS = [
	// 1 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J01',
		title: 'First run: Sviyazhsk and the Kazan front',
		front: 'Eastern',
		grade: 'documented',
		sources: [
			'htra-1919-ch158',
			'felshtinsky-chernyavsky-2012-p121',
			'smele-2015-p833',
			'reisner-dzen-sviyazhsk',
			'htra-1918-ch33'
		],
		notes: [
			note(
				'caution',
				'The return to Moscow for the VTsIK session of 2 Sep 1918 closes this trip (first pass J01/J02; addendum §3). Whether Trotsky travelled in the train is not stated.',
				['uzda-dlya-trotskogo-p47']
			)
		],
		stops: [
			{
				place: 'moscow_kazansky_stn',
				depart: day(
					'1918-08-08',
					'At dawn, about 7 a.m. (memoir of M. Glazman quoted by Felshtinsky & Chernyavsky). The train was formed during the night of 7–8 Aug.'
				),
				summary:
					"The train, formed during the night of 7–8 August, leaves Moscow's Kazansky station at dawn for Sviyazhsk with a unit of Latvian riflemen aboard. A Military Revolutionary Tribunal sits in the train (order of 8 Aug, 'written in the train': 'Leaving for the Czechoslovak front…').",
				grade: 'documented',
				sources: [
					'htra-1919-ch158',
					'felshtinsky-chernyavsky-2012-p121',
					'felshtinsky-chernyavsky-2012-litresp-p26',
					'smele-2015-p833',
					'htra-1918-ch33'
				],
				notes: [
					note(
						'disagreement',
						"Formation date: Smele gives 'first formed at Moscow, on 7 August 1918'; the HTRA editorial note 84 says it was organised 'during the night of August 7–8' and set off at dawn; Felshtinsky & Chernyavsky date its first departure from Kazansky station 8 Aug. The readings agree if it was formed overnight and left at dawn on 8 Aug.",
						['smele-2015-p833', 'htra-1919-ch158', 'felshtinsky-chernyavsky-2012-p121']
					),
					note(
						'seed',
						"The seed entry says the train was 'first formed at Moscow, on 7 August 1918' and 'immediately dispatched for Sviiazhsk'; the departure itself is dated 8 Aug by the other sources.",
						['smele-2015-p833', 'felshtinsky-chernyavsky-2012-p121']
					)
				]
			},
			{
				place: 'sviyazhsk_stn',
				arrive: approx(
					'1918-08-10',
					'1918-08-09',
					'1918-08-10',
					"'On the third or fourth day after the fall of Kazan' (Kazan fell on 6 Aug) — L. Reisner."
				),
				depart: approx(
					'1918-08-31',
					'1918-08-30',
					'1918-09-01',
					'After Order No. 31 of 30 Aug and the news of the attempt on Lenin (30 Aug); Trotsky was in Moscow on 2 Sep.'
				),
				summary:
					"Trotsky's headquarters on the Kazan front, opposite Kazan. Orders of 24 Aug and 30 Aug (No. 31) are issued on this front. On 28 Aug Kappel's raid reaches the rear: the train's crew fights about a verst from the train for about eight hours (My Life).",
				grade: 'documented',
				sources: [
					'reisner-dzen-sviyazhsk',
					'htra-1918-ch33',
					'my-life-ch33',
					'svanidze-khroniki-1-p50'
				],
				notes: [
					note(
						'caution',
						"The sources say 'Sviyazhsk'. The point is Sviyazhsk station (Nizhniye Vyazovye, at the west end of the Volga bridge), where the train stood; the old town of Sviyazhsk lies on its island about 9 km to the south-east.",
						['wikipedia-sviyazhsk-station', 'reisner-dzen-sviyazhsk']
					)
				],
				legIn: {
					via: ['murom', 'arzamas', 'romodanovo'],
					grade: 'probable',
					reasoning:
						"The departure 'for Sviyazhsk' is documented. The route via Murom and Arzamas is inferred from the order of Kamenshchikov, Trotsky's 'chief of defence of the Moscow–Kazan railway route', who set up camps at Murom, Arzamas and Sviyazhsk. Whether the direct Arzamas–Sergach–Shikhrany (Kanash) line was open in August 1918 is not established, so the leg is drawn over the older Arzamas–Romodanovo–Alatyr–Kanash line, which certainly was; the direct line (shorter) may have been used.",
					sources: ['svanidze-khroniki-1-p50', 'htra-1919-ch158', 'reisner-dzen-sviyazhsk']
				}
			},
			{
				place: 'moscow',
				arrive: approx(
					'1918-09-02',
					'1918-08-31',
					'1918-09-02',
					'In Moscow by 2 Sep; arrival day not recorded.'
				),
				summary:
					'Back in Moscow after the attempt on Lenin (30 Aug): Trotsky speaks at the session of the VTsIK on 2 Sep that creates the Revolutionary War Council of the Republic.',
				grade: 'probable',
				reasoning: 'Presence in Moscow on 2 Sep is documented; how he travelled is not stated.',
				sources: ['uzda-dlya-trotskogo-p47'],
				legIn: {
					via: ['romodanovo', 'arzamas', 'murom'],
					grade: 'reconstructed',
					reasoning:
						'The means of travel is not stated. Drawn by rail on the line of the outward journey.',
					sources: ['uzda-dlya-trotskogo-p47', 'svanidze-khroniki-1-p50']
				}
			}
		]
	},
	// 2 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J02+J03',
		title: 'Kazan retaken, then down the Volga to Saratov and Nikolaevsk',
		front: 'Eastern',
		grade: 'documented',
		sources: [
			'lenin-cw44-1918-09-10',
			'wikirouge-htra-kazan-speech-1918',
			'penza-online-trotsky',
			'pugachevskoe-vremya-zloj-genij',
			'pugachevskoe-vremya-daines',
			'varfolomeev-saratov',
			'htra-1918-ch37'
		],
		notes: [
			note(
				'caution',
				'The first pass counted J02 (Sviyazhsk → Moscow → Sviyazhsk) and J03 separately. Counting trips Moscow-to-Moscow, as the addendum does, they are one trip: back to the front c. 3 Sep, back in Moscow by 30 Sep. A return to Moscow between 12 and 16 Sep cannot be excluded (no evidence).',
				['uzda-dlya-trotskogo-p47', 'htra-1918-ch37']
			),
			note(
				'caution',
				"Simbirsk was retaken on 11 or 12 Sep 1918; Trotsky's presence there was not seen in any source.",
				['wikirouge-htra-order-32']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1918-09-03',
					'1918-09-02',
					'1918-09-08',
					"'Back on the Kazan front for its capture' (10 Sep); the first pass dates the return to the front c. 3–4 Sep."
				),
				summary: 'Trotsky returns from Moscow to the Kazan front after the VTsIK session.',
				grade: 'reconstructed',
				reasoning:
					'Presence in Moscow on 2 Sep and at Sviyazhsk on 10 Sep are documented; the departure day between them is not.',
				sources: ['uzda-dlya-trotskogo-p47', 'lenin-cw44-1918-09-10']
			},
			{
				place: 'sviyazhsk_stn',
				present: ['1918-09-10'],
				summary:
					"Lenin's cipher telegram of 10 Sep is addressed to 'Trotsky, Sviyazhsk'. Kazan is retaken the same day. Order No. 32 ('the month of fighting before Kazan passed under my eyes').",
				grade: 'documented',
				sources: ['lenin-cw44-1918-09-10', 'wikirouge-htra-order-32'],
				notes: [
					note(
						'disagreement',
						"Order No. 32 is dated 10 Sep 1918 in the header of the wikirouge text and 'Sept. 14, 1918' in the HTRA vol. 1 contents list.",
						['wikirouge-htra-order-32', 'htra-1918-ch33']
					)
				],
				legIn: {
					via: ['murom', 'arzamas', 'romodanovo'],
					grade: 'reconstructed',
					reasoning:
						'The means and route of the return to the front are not stated; drawn on the line of the first run.',
					sources: ['uzda-dlya-trotskogo-p47', 'svanidze-khroniki-1-p50']
				}
			},
			{
				place: 'kazan',
				present: ['1918-09-11'],
				summary:
					'Kazan, retaken on 10 Sep: on 11 Sep Trotsky speaks in the Kazan theatre on the significance of its capture. An order of 12 Sep is issued on the Kazan front.',
				grade: 'documented',
				sources: ['wikirouge-htra-kazan-speech-1918', 'htra-1918-ch33'],
				legIn: {
					grade: 'reconstructed',
					reasoning:
						'Sviyazhsk station and Kazan lie on opposite banks of the Volga, joined by the railway bridge of 1913 to Zeleny Dol, which was fought over in Aug–Sep 1918. Whether Trotsky crossed by rail or by boat on 10–11 Sep is not recorded.',
					sources: ['wikirouge-htra-kazan-speech-1918']
				}
			},
			{
				place: 'penza',
				arrive: day('1918-09-16'),
				depart: day('1918-09-16', 'The train left after half an hour.'),
				passThrough: true,
				summary:
					'The train passes through Penza: a half-hour stop with a rally on the station square, then it leaves (Красное знамя, 17 Sep 1918).',
				grade: 'documented',
				sources: ['penza-online-trotsky'],
				legIn: {
					grade: 'reconstructed',
					reasoning:
						'Where Trotsky was between 12 and 16 Sep is not recorded. Drawn by the shortest line on the period network from Kazan to Penza.',
					sources: ['htra-1918-ch33', 'penza-online-trotsky']
				}
			},
			{
				place: 'saratov',
				arrive: day('1918-09-17', "'His famous armoured train arrived at Saratov station.'"),
				summary:
					'The train arrives at Saratov station; rally in the garden of the former Commercial Assembly.',
				grade: 'documented',
				sources: ['pugachevskoe-vremya-zloj-genij', 'varfolomeev-saratov'],
				legIn: {
					grade: 'documented',
					reasoning:
						'The train left Penza on 16 Sep and arrived at Saratov station on 17 Sep; the line between them is not named.',
					sources: ['penza-online-trotsky', 'pugachevskoe-vremya-zloj-genij']
				}
			},
			{
				place: 'nikolaevsk',
				arrive: day('1918-09-20'),
				summary:
					"Trotsky comes 'on his armoured train' to the Fourth Army (Chapaev's troops) at Nikolaevsk.",
				grade: 'documented',
				sources: ['pugachevskoe-vremya-daines', 'varfolomeev-saratov'],
				notes: [
					note(
						'disagreement',
						"V. O. Daines (quoted) gives 20 Sep 1918; the introduction of the same local site says 'at the end of September'.",
						['pugachevskoe-vremya-daines', 'pugachevskoe-vremya-zloj-genij']
					)
				],
				legIn: {
					grade: 'reconstructed',
					reasoning:
						"The local source says he came 'on his armoured train', but no railway to Nikolaevsk in 1918 was found: the period network has the Saratov–Pokrovsk train ferry and the Trans-Volga line from Pokrovsk, but no dated line to Nikolaevsk. The leg is left as a straight line between the two places until the route is known.",
					sources: ['pugachevskoe-vremya-daines'],
					notes: [
						note(
							'caution',
							'Not routed: Nikolaevsk is not a station of the period rail network. He may have left the train at a railhead and gone on by road, or used a line not yet on the network.',
							['pugachevskoe-vremya-daines', 'pugachevskoe-vremya-zloj-genij']
						)
					]
				}
			},
			{
				place: 'moscow',
				arrive: approx(
					'1918-09-30',
					'1918-09-21',
					'1918-09-30',
					'In Moscow by 30 Sep; arrival day not recorded.'
				),
				summary:
					'Back in Moscow: on 30 Sep Trotsky speaks on the situation at the fronts at the session of the All-Russia Central Executive Committee.',
				grade: 'documented',
				sources: ['htra-1918-ch37', 'dostoevskiyfyodor-sovrespublika-2'],
				legIn: {
					grade: 'reconstructed',
					reasoning:
						'The return route is not recorded. Nikolaevsk is not on the period rail network, so the leg is a straight line (see the outward leg).',
					sources: ['htra-1918-ch37', 'pugachevskoe-vremya-daines']
				}
			}
		]
	},
	// 3 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J04',
		title: 'Southern Front: Kozlov, Bobrov, Voronezh',
		front: 'Southern',
		grade: 'documented',
		sources: ['htra-1918-ch36', 'voencomuezd-lj-1673691', 'htra-1918-ch37'],
		notes: [
			note(
				'caution',
				'A separate trip: Trotsky was in Moscow on 30 Sep 1918 (addendum R02), which closes the first pass\'s "late Sep – early Oct" gap.',
				['htra-1918-ch37']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1918-10-04', '1918-09-30', '1918-10-04'),
				summary: 'Departure for the Southern Front.',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['htra-1918-ch37', 'htra-1918-ch36']
			},
			{
				place: 'kozlov',
				present: ['1918-10-05'],
				summary: 'Order No. 43 greeting the troops of the Southern Front.',
				grade: 'documented',
				sources: ['htra-1918-ch36']
			},
			{
				place: 'bobrov',
				present: ['1918-10-07'],
				summary: 'Order No. 44, on deserters.',
				grade: 'documented',
				sources: ['htra-1918-ch36']
			},
			{
				place: 'voronezh',
				arrive: approx(
					'1918-10-08',
					'1918-10-07',
					'1918-10-08',
					"The report puts the news of Samara's capture (7–8 Oct) 'yesterday morning'."
				),
				summary:
					'Parade on Third International Square, then a rally of about 7,000 at the Voronezh and Otrozhka railway workshops; news of the capture of Samara arrives during his speech.',
				grade: 'documented',
				sources: ['voencomuezd-lj-1673691']
			},
			{
				place: 'moscow',
				arrive: approx('1918-10-09', '1918-10-09', '1918-11-01'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['voencomuezd-lj-1673691']
			}
		]
	},
	// 4 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J05',
		title: 'Tsaritsyn after Stalin’s recall; Liski',
		front: 'Southern',
		grade: 'documented',
		sources: ['htra-1918-ch36', 'my-life-vatsetis-p75'],
		notes: [
			note(
				'caution',
				'The first pass notes that J05 may be two separate trips: between Tsaritsyn (4 Nov) and Liski (20 Nov) only orders without a place are known (Nos. 58 of 7 Nov, 60 of 15 Nov, 61 of 16 Nov).',
				['htra-1918-ch36']
			),
			note(
				'caution',
				'The meeting with Sverdlov on the way (My Life) is not dated in the sources read; the research assigns it to this trip.',
				['my-life-vatsetis-p75']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1918-11-01',
					'1918-10-10',
					'1918-11-02',
					"The first pass puts the departure in 'late Oct'."
				),
				summary: 'Departure for Tsaritsyn.',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['htra-1918-ch36']
			},
			{
				place: 'tsaritsyn',
				present: ['1918-11-04'],
				summary:
					"Trotsky comes to Tsaritsyn 'to put things in order' after Stalin's recall; on the way he meets Sverdlov, who is travelling in a special train to collect Stalin (My Life). Order No. 55 at Tsaritsyn (No. 56 of 3 Nov has no place).",
				grade: 'documented',
				sources: ['htra-1918-ch36', 'my-life-vatsetis-p75']
			},
			{
				place: 'liski',
				present: ['1918-11-20'],
				summary: 'Order No. 62 at Liski station.',
				grade: 'documented',
				sources: ['htra-1918-ch36']
			},
			{
				place: 'moscow',
				arrive: approx(
					'1918-11-22',
					'1918-11-21',
					'1918-12-12',
					'Orders Nos. 64–65 of 24 Nov carry no place.'
				),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1918-ch36', 'lenin-cw44-1918-12']
			}
		]
	},
	// 5 ---------------------------------------------------------------------------------------------------------
	{
		label: 'N18',
		title: 'Southern Front circuit at the turn of 1918–1919',
		front: 'Southern',
		grade: 'documented',
		sources: [
			'lenin-cw44-1918-12',
			'mia-es-1918-order-69',
			'trotsky-papers-v2-p211',
			'trotsky-papers-v2-p219',
			'trotsky-papers-v2-p227',
			'trotsky-papers-v2-p231',
			'trotsky-papers-v2-p235',
			'htra-1919-ch37'
		],
		notes: [
			note(
				'caution',
				'New in the addendum: the first half of the first pass\'s J06. The telegrams from Kursk, Kozlov and Voronezh come from the outgoing files of the "Field Chancery of the train of the Chairman of the RVSR", so they place the train\'s chancery as well as Trotsky.',
				['trotsky-papers-v2-p235']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1918-12-10',
					'1918-11-22',
					'1918-12-10',
					'Order No. 69 is dated at Voronezh on 11 Dec 1918 (about 580 km from Moscow).'
				),
				summary: 'Departure (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['mia-es-1918-order-69']
			},
			{
				place: 'voronezh',
				present: ['1918-12-11'],
				summary:
					"Order No. 69 to the Red Army and Navy, dated at Voronezh: 'Only a model soldier has the right to the name of communist'. By 12–13 Dec Lenin telegraphs to Trotsky 'at his present whereabouts'.",
				grade: 'documented',
				sources: ['mia-es-1918-order-69', 'lenin-cw44-1918-12']
			},
			{
				place: 'kursk',
				present: ['1918-12-26'],
				summary:
					"Telegram to Lenin, 'From: Kursk 26/XII, No. 1511' (lubricants, hay and other supplies).",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p211']
			},
			{
				place: 'kozlov',
				present: ['1918-12-27'],
				summary: "Telegram to Lenin, 'From: Kozlov 27/XII, No. 1526' (the extraordinary levy).",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p219']
			},
			{
				place: 'voronezh',
				present: ['1918-12-31', '1919-01-02'],
				summary:
					"Telegram to Lenin of 31 Dec (No. 1633: Shteyngauz's special train held at Nikolayevka junction); letter to Lenin of 2 Jan 1919 (No. 35: the position in the Ukraine, an intercepted Petlyura telegram).",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p227', 'trotsky-papers-v2-p231']
			},
			{
				place: 'kursk',
				present: ['1919-01-02'],
				summary:
					"Telegram to Lenin and Sverdlov, 'From: Kursk 2/1, No. 36' (Podvoisky as Ukrainian military commissar), from the file of the Field Chancery of the train. Nos. 35 (Voronezh) and 36 (Kursk) are consecutive: a same-day move of about 230 km via Kastornoye.",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p235', 'trotsky-papers-v2-p231']
			},
			{
				place: 'gryazi',
				present: ['1919-01-10'],
				summary:
					'Order No. 75 at Gryazi, 10 Jan 1919, the day before Balashov; Gryazi lies on the line from Kursk towards Balashov (via Yelets–Gryazi–Povorino).',
				grade: 'documented',
				sources: ['escritos-militares-1919-toc', 'htra-1919-toc-pdfslide'],
				notes: [
					note(
						'disagreement',
						'The English contents list the order undated (the first pass interpolated 6 Jan from its number); the contents of the Spanish edition date it 10 Jan 1919.',
						['escritos-militares-1919-toc', 'htra-1919-toc-pdfslide']
					)
				]
			},
			{
				place: 'balashov',
				present: ['1919-01-11'],
				summary:
					"Order No. 76 at Balashov, on the Left SR plot. A letter to Lenin of the same day says he is 'shortly leaving for Balashov'.",
				grade: 'documented',
				sources: ['htra-1919-ch37', 'trotsky-papers-v2-p249'],
				notes: [
					note(
						'caution',
						'A Balashov local-history forum records a visit by Trotsky with an unsuccessful attempt on his life; it is undated and may belong to 11 Jan or 25 Jan 1919.',
						['kopatel-balashov-forum']
					)
				]
			},
			{
				place: 'moscow',
				arrive: approx(
					'1919-01-13',
					'1919-01-12',
					'1919-01-18',
					'On 19 Jan Trotsky was in Petrograd.'
				),
				summary: 'Return to Moscow (not recorded), on the way to Petrograd.',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['trotsky-papers-v2-p255']
			}
		]
	},
	// 6 ---------------------------------------------------------------------------------------------------------
	{
		label: 'N19',
		title: 'Petrograd, January 1919',
		front: 'North-Western',
		grade: 'probable',
		reasoning:
			"The place is documented (telegram 'From: Petrograd 19/1.1919, No. 303'); that the train itself went is probable: No. 303 sits in the same numbered outgoing register as the Field Chancery letter No. 35 of 2 Jan.",
		sources: ['trotsky-papers-v2-p255'],
		notes: [
			note(
				'caution',
				'No biography read by the research mentions this visit; the only corroboration is a secondary claim that Trotsky was at the Narva front on 18–19 Jan 1919. Treat it as documented for the place but unconfirmed as a separate train trip.',
				['trotsky-papers-v2-p255', 'weaponsandwarfare-2021-estonia']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-01-18', '1919-01-13', '1919-01-18'),
				summary: 'Departure for Petrograd (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['trotsky-papers-v2-p255']
			},
			{
				place: 'petrograd',
				present: ['1919-01-19'],
				summary:
					"Telegram to Lenin, 'From: Petrograd 19/1.1919, No. 303': 'On the basis of observations made during my last visit to the Southern Front…'.",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p255'],
				notes: [
					note(
						'caution',
						"A secondary web page says Trotsky, 'personally directing the defence' of Narva (18–19 Jan 1919), 'narrowly escaped being captured'. Not confirmed by any primary source read.",
						['weaponsandwarfare-2021-estonia']
					)
				]
			},
			{
				place: 'moscow',
				arrive: approx(
					'1919-01-20',
					'1919-01-20',
					'1919-01-21',
					'On 22 Jan Trotsky was at Kozlov.'
				),
				summary: 'Back through Moscow (not recorded) on the way to the Southern Front.',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['trotsky-papers-v2-p257']
			}
		]
	},
	// 7 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J06',
		title: 'Kozlov, Voronezh, Balashov and the Nikolayev Division at Pokrovsk',
		front: 'Southern',
		grade: 'documented',
		sources: [
			'trotsky-papers-v2-p257',
			'trotsky-papers-v2-p259',
			'trotsky-papers-v2-p261',
			'htra-1920-ch79'
		],
		notes: [
			note(
				'caution',
				"Redefined by the addendum: the first pass's J06 ran from December; its December–early January part is now N18, and J06 starts after Petrograd (19 Jan).",
				['trotsky-papers-v2-p255']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-01-21', '1919-01-20', '1919-01-21'),
				summary: 'Departure for the Southern Front (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['trotsky-papers-v2-p257']
			},
			{
				place: 'kozlov',
				present: ['1919-01-22'],
				summary: "Telegram to Lenin, 'From: Kozlov', No. 338.",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p257']
			},
			{
				place: 'voronezh',
				present: ['1919-01-23'],
				summary: "Telegram to Lenin, 'From: Voronezh', No. 373.",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p259']
			},
			{
				place: 'balashov',
				present: ['1919-01-25'],
				summary:
					"Secret telegram No. 9 to Lenin, 'From: Balashov': 'I am leaving for Arzamas to ascertain the main needs of the Eastern Front'.",
				grade: 'documented',
				sources: ['trotsky-papers-v2-p261']
			},
			{
				place: 'pokrovsk',
				present: ['1919-01-27'],
				summary:
					"Order No. 78 to the mutinous Nikolayev Division: 'I have come to your front in order to put an end to your… mutiny.'",
				grade: 'documented',
				sources: ['htra-1920-ch79'],
				notes: [note('caution', HTRA_STAMP, ['htra-1920-ch79'])],
				legIn: {
					via: ['saratov'],
					grade: 'reconstructed',
					reasoning:
						'Balashov to Pokrovsk by rail runs through Rtishchevo and Saratov; how the Volga was crossed between Saratov and Pokrovsk in January is not recorded.',
					sources: ['trotsky-papers-v2-p261', 'htra-1920-ch79']
				}
			},
			{
				place: 'arzamas',
				arrive: approx('1919-01-30', '1919-01-28', '1919-02-06'),
				passThrough: true,
				summary:
					'Arzamas, where Trotsky said on 25 Jan he was going, to learn the needs of the Eastern Front. Whether and when he went is not recorded.',
				grade: 'reconstructed',
				reasoning:
					'Stated intention only (telegram of 25 Jan from Balashov). The Pokrovsk order of 27 Jan shows he went there first; Arzamas lies on the way back to Moscow, so it is kept as a reconstructed waypoint.',
				sources: ['trotsky-papers-v2-p261']
			},
			{
				place: 'moscow',
				arrive: approx('1919-01-31', '1919-01-29', '1919-02-06'),
				summary: 'Return to Moscow, early February (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['trotsky-papers-v2-p261'],
				legIn: {
					via: ['murom'],
					grade: 'reconstructed',
					reasoning: 'Arzamas to Moscow on the Moscow–Kazan line via Murom; not recorded.',
					sources: ['svanidze-khroniki-1-p50']
				}
			}
		]
	},
	// 8 ---------------------------------------------------------------------------------------------------------
	{
		label: 'N20',
		title: 'Petrograd and Yamburg: the Northern Army, February 1919',
		front: 'North-Western',
		grade: 'documented',
		sources: ['htra-1919-ch133', 'lenin-cw-fayllar-p193', 'htra-1919-ch03'],
		notes: [
			note(
				'caution',
				"The mandate of 10 Feb 1919 for Comrade Pukhin, 'in charge of movement of' the train (no place), fits this trip.",
				['legendofhistory-pukhin-mandate']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-02-05', '1919-01-31', '1919-02-09'),
				summary: 'Departure for Petrograd (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['lenin-cw-fayllar-p193']
			},
			{
				place: 'petrograd',
				arrive: approx(
					'1919-02-06',
					'1919-02-01',
					'1919-02-10',
					'A Lenin Collected Works editorial note next to an item of 6 Feb 1919.'
				),
				passThrough: true,
				summary:
					"The train passes through Petrograd: an editorial note in Lenin's Collected Works says Trotsky's train 'had left Petrograd for Yamburg'.",
				grade: 'probable',
				reasoning: 'The note implies the train came through Petrograd; it does not date the stop.',
				sources: ['lenin-cw-fayllar-p193']
			},
			{
				place: 'yamburg',
				present: ['1919-02-11'],
				summary:
					"Order No. 79 'to the soldiers of the Northern Army defending the approaches to Petrograd': Trotsky was 'instructed to visit your front by the Council of People's Commissars'.",
				grade: 'documented',
				sources: ['htra-1919-ch133', 'lenin-cw-fayllar-p193']
			},
			{
				place: 'moscow',
				arrive: approx('1919-02-23', '1919-02-12', '1919-02-23', 'In Moscow by 23 Feb.'),
				summary:
					'Back in Moscow: on 23 Feb Trotsky speaks at a training course in the former Alekseyevsk Military School; on 24 Feb he reports in the Hall of Columns.',
				grade: 'documented',
				sources: ['htra-1919-ch03']
			}
		]
	},
	// 9 ---------------------------------------------------------------------------------------------------------
	{
		label: 'J07',
		title: "Eastern Front against Kolchak's offensive: Sarapul, Kazan, Samara",
		front: 'Eastern',
		grade: 'documented',
		sources: [
			'htra-1919-ch39',
			'stalin-protiv-trotskogo-p108',
			'htra-1919-ch111',
			'volkogonov-1992-knigochet-p199',
			'htra-1919-ch112'
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1919-03-17',
					'1919-03-03',
					'1919-03-17',
					'After Order No. 80 (Moscow, 2 Mar); Trotsky missed the 8th Party Congress (18–23 Mar) because he had been sent to the Eastern Front.'
				),
				summary:
					"In Moscow on 2 Mar (Order No. 80, on Dumenko's cavalry division); departure for the Eastern Front before the 8th Party Congress.",
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['htra-1919-ch39', 'htra-1920-ch82', 'stalin-protiv-trotskogo-p108']
			},
			{
				place: 'sarapul',
				present: ['1919-03-26'],
				summary: 'Order No. 87 to the Second Army.',
				grade: 'documented',
				sources: ['htra-1919-ch111']
			},
			{
				place: 'kazan',
				arrive: approx(
					'1919-04-01',
					'1919-03-27',
					'1919-04-05',
					"'Early April': Trotsky writing in 'his train, moving again to Kazan' (Volkogonov)."
				),
				summary: 'The train moves again to Kazan (early April).',
				grade: 'probable',
				reasoning:
					'Volkogonov places Trotsky in his train moving to Kazan in early April; no dated document from Kazan was seen.',
				sources: ['volkogonov-1992-knigochet-p199']
			},
			{
				place: 'samara',
				present: ['1919-04-06'],
				summary: 'Speech to the Samara province executive committee and party committee.',
				grade: 'documented',
				sources: ['htra-1919-ch112']
			},
			{
				place: 'moscow',
				arrive: approx('1919-04-15', '1919-04-14', '1919-04-18'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning:
					RECON_RETURN +
					" Samara (6 Apr) to Vologda (20 Apr) almost certainly ran through Moscow (addendum §3). On 13 Apr the train newspaper В пути (No. 31) printed Trotsky's 'What does Kolchak hope for?' with the dateline 'Nizhny Novgorod – Kazan': the train was then on the way between the two, so the return is drawn by Kazan and Nizhny Novgorod and reaches Moscow no earlier than 14 Apr.",
				sources: ['htra-1919-ch112', 'htra-1920-ch94', 'mia-es-1919-04-13-kolchak'],
				legIn: {
					via: ['kazan', 'nizhny'],
					grade: 'reconstructed',
					reasoning:
						"The dateline 'Nizhny Novgorod – Kazan' of 13 Apr 1919 names a route, not a point or a direction; read here as the way back from the Eastern Front. It could also be a separate run out of Moscow to Kazan and back between 8 and 19 Apr.",
					sources: ['mia-es-1919-04-13-kolchak']
				}
			}
		]
	},
	// 10 --------------------------------------------------------------------------------------------------------
	{
		label: 'N21',
		title: 'Northern and Eastern Fronts: Vologda, Vyatka, Kazan, Vyatskiye Polyany',
		front: 'Northern / Eastern',
		grade: 'documented',
		sources: ['htra-1920-ch94', 'htra-1919-ch123', 'htra-1919-ch130', 'htra-1919-ch131'],
		notes: [
			note(
				'caution',
				'Counted as a separate trip because the way from Samara (6 Apr) to Vologda (20 Apr) almost certainly ran through Moscow (reconstructed); it may be a continuation of J07.',
				['htra-1919-ch112', 'htra-1920-ch94']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-04-18', '1919-04-09', '1919-04-19'),
				summary: 'Departure for the Northern Front (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['htra-1920-ch94']
			},
			{
				place: 'vologda',
				present: ['1919-04-20'],
				summary: 'Order No. 89 to the forces of the Northern Front.',
				grade: 'documented',
				sources: ['htra-1920-ch94']
			},
			{
				place: 'vyatka',
				present: ['1919-04-23', '1919-04-26'],
				summary:
					"Order No. 90 to the commissars of the Third Army (23 Apr, printed 'Vyarka'); address to the Third Army, dated at Vyatka (26 Apr, printed 'Vyatha'): 'I have spent a few days with your army'.",
				grade: 'documented',
				sources: ['mia-es-1919-order-90', 'htra-1919-ch123'],
				notes: [
					note(
						'caution',
						"Where Trotsky spent the 'few days' with the Third Army (c. 22–26 Apr) is not recorded; the order of 23 Apr and the address of 26 Apr are both dated at Vyatka.",
						['htra-1919-ch123', 'mia-es-1919-order-90']
					)
				]
			},
			{
				place: 'kazan',
				present: ['1919-05-05'],
				summary:
					'Order No. 94: S. S. Kamenev goes on leave and Samoilo takes command of the Eastern Front.',
				grade: 'documented',
				sources: ['htra-1919-ch130'],
				legIn: {
					grade: 'reconstructed',
					reasoning:
						'The way from Vyatka to Kazan (26 Apr – 5 May) is not recorded. There was no direct line; with Perm in White hands and the Kazan–Sarapul–Krasnoufimsk line not yet through, the shortest route on the period network runs back through Vologda and Moscow. A passage through Moscow would make this two trips.',
					sources: ['htra-1919-ch123', 'htra-1919-ch130']
				}
			},
			{
				place: 'vyatskiye_polyany',
				present: ['1919-05-06'],
				summary: "Order No. 95, stamped Vyatskiye Polyany: 'When I visited you on May 6…'.",
				grade: 'documented',
				sources: ['htra-1919-ch131']
			},
			{
				place: 'moscow',
				arrive: approx('1919-05-08', '1919-05-07', '1919-05-11'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1919-ch131']
			}
		]
	},
	// 11 --------------------------------------------------------------------------------------------------------
	{
		label: 'J08',
		title: 'Southern and Ukrainian Fronts, May–July 1919',
		front: 'Southern / Ukrainian',
		grade: 'documented',
		sources: [
			'htra-1919-toc-pdfslide',
			'mia-es-1919-order-97',
			'mia-es-1919-order-108',
			'htra-1919-ch42',
			'iknigi-sovrespublika-2-p14',
			'htra-1919-ch45',
			'htra-1919-ch47',
			'nestormakhno-rvsr-order-1824',
			'wikirouge-htra-order-106',
			'nestormakhno-order-112',
			'htra-1919-ch16',
			'htra-1919-ch61',
			'my-life-thelib-budenny-p5'
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-05-11', '1919-05-08', '1919-05-11'),
				summary: 'Departure for the Southern Front (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['mia-es-1919-order-97']
			},
			{
				place: 'kozlov',
				present: ['1919-05-12'],
				summary:
					'Order No. 97 to the Red Army and Navy, dated at Kozlov on 12 May 1919: commanders who evade their duty will be punished twice as severely as deserters.',
				grade: 'documented',
				sources: ['mia-es-1919-order-97', 'htra-1919-toc-pdfslide'],
				notes: [
					note(
						'disagreement',
						'The English contents list the order undated (the first pass interpolated 13 May from its number); the Spanish translation dates it 12 May 1919.',
						['mia-es-1919-order-97', 'htra-1919-toc-pdfslide']
					)
				]
			},
			{
				place: 'kupyansk',
				present: ['1919-05-15'],
				summary:
					'Order No. 98 outlawing the ataman Grigoriev (Kupyansk: junction of the Voronezh–Valuiki and Kharkov–Donbass lines).',
				grade: 'documented',
				sources: ['htra-1919-ch42']
			},
			{
				place: 'kiev',
				present: ['1919-05-20'],
				summary: "Speech at a workers' meeting in Kiev ('Here, in Kiev…').",
				grade: 'documented',
				sources: ['iknigi-sovrespublika-2-p14']
			},
			{
				place: 'izyum',
				present: ['1919-05-22'],
				summary: 'Order No. 99 to the "N" Army.',
				grade: 'documented',
				sources: ['htra-1919-ch45']
			},
			{
				place: 'liski',
				arrive: approx('1919-05-24', '1919-05-23', '1919-05-25'),
				passThrough: true,
				summary: 'Railhead assumed for the visit to Boguchar, which lay off the railway.',
				grade: 'reconstructed',
				reasoning:
					'Boguchar probably lay off the railway in 1919 (railways_1918.md), so Trotsky left the train at a station on the Voronezh–Rostov line. The station is not recorded. Liski, where the line from Izyum and Kupyansk meets it, is the nearest station on the period network; a station further south (e.g. Rossosh or Kantemirovka) would shorten the road stretch.',
				sources: ['htra-1919-ch47']
			},
			{
				place: 'boguchar',
				present: ['1919-05-25'],
				summary:
					"Order No. 100 at Boguchar ('half-way between Voronezh and Tsaritsyn'), against the Upper Don rising.",
				grade: 'documented',
				sources: ['htra-1919-ch47'],
				legIn: {
					mode: 'car',
					grade: 'reconstructed',
					reasoning:
						'Off the railway; by road from the assumed railhead. Trotsky carried cars in the train. Shown as a straight line.',
					sources: ['htra-1919-ch47', 'smele-2015-p833']
				}
			},
			{
				place: 'liski',
				arrive: approx('1919-05-26', '1919-05-26', '1919-06-03'),
				passThrough: true,
				summary: 'Back to the assumed railhead.',
				grade: 'reconstructed',
				reasoning:
					'See the outward railhead: the station where Trotsky rejoined the train is not recorded.',
				sources: ['htra-1919-ch47'],
				legIn: {
					mode: 'car',
					grade: 'reconstructed',
					reasoning:
						'By road back to the assumed railhead; not recorded. Shown as a straight line.',
					sources: ['htra-1919-ch47']
				}
			},
			{
				place: 'kharkov',
				present: ['1919-06-04'],
				summary: "RVSR Order No. 1824, signed first by Trotsky, against Makhno's congress.",
				grade: 'documented',
				sources: ['nestormakhno-rvsr-order-1824']
			},
			{
				place: 'balakleya',
				present: ['1919-06-06'],
				summary:
					"Order No. 106 at Balakleya station ('on the line between Kharkov and Izyum, about half-way').",
				grade: 'documented',
				sources: ['wikirouge-htra-order-106']
			},
			{
				place: 'lozovaya',
				present: ['1919-06-08'],
				summary:
					"Order No. 108 to all the forces of the Soviet Ukraine, dated at Lozovaya station: 'Makhnovism must be liquidated!'",
				grade: 'documented',
				sources: ['mia-es-1919-order-108']
			},
			{
				place: 'kharkov',
				present: ['1919-06-18'],
				summary: "Order No. 112: the sentence on the 'Makhnovite traitors'.",
				grade: 'documented',
				sources: ['nestormakhno-order-112']
			},
			{
				place: 'voronezh',
				present: ['1919-06-27'],
				summary: 'Order No. 118.',
				grade: 'documented',
				sources: ['htra-1919-ch16']
			},
			{
				place: 'kursk',
				present: ['1919-06-29'],
				summary: 'Order No. 119, against deserters.',
				grade: 'documented',
				sources: ['htra-1919-ch61']
			},
			{
				place: 'moscow',
				arrive: approx('1919-07-05', '1919-06-30', '1919-07-05', 'In Moscow by 5 Jul.'),
				summary: "Moscow: on 5 Jul the Politburo refuses Trotsky's resignation.",
				grade: 'documented',
				sources: ['my-life-thelib-budenny-p5']
			}
		]
	},
	// 12 --------------------------------------------------------------------------------------------------------
	{
		label: 'J09',
		title: 'Southern Front and the Ukraine, July–August 1919',
		front: 'Southern / Ukrainian',
		grade: 'documented',
		sources: [
			'my-life-thelib-budenny-p5',
			'mia-es-1919-order-121',
			'htra-1919-ch64',
			'htra-1919-ch68',
			'htra-1919-ch71',
			'htra-1919-ch73',
			'htra-1919-ch74',
			'htra-1919-ch75',
			'htra-1919-ch76',
			'htra-1919-ch77',
			'wikirouge-htra-order-136',
			'htra-1919-ch82',
			'htra-1919-ch88'
		],
		notes: [
			note(
				'caution',
				'Revised by the addendum: the first pass ran J09 to 12 Sep; its September part is now N22. The Penza order of 29 Jul, three days after Korenyevo station and three days before Voronezh, is feasible but its routing is not known. Dated orders show two runs into the Ukraine within this trip (Smorodino – Kremenchug – Korenyevo, 18–26 Jul; Vorozhba – Konotop, 2–8 Aug) with Penza and Voronezh between; no return to Moscow between them is recorded, so they are kept as one trip.',
				['htra-1919-ch76']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1919-07-07',
					'1919-07-05',
					'1919-07-08',
					"'I… immediately left for the Southern front' (My Life); Order No. 121 is dated at Voronezh station on 9 Jul."
				),
				summary:
					"After the resignation episode Trotsky 'immediately' leaves for the Southern Front.",
				grade: 'probable',
				reasoning: 'The immediate departure is stated (My Life); its day is not.',
				sources: ['my-life-thelib-budenny-p5']
			},
			{
				place: 'voronezh',
				present: ['1919-07-09', '1919-07-11'],
				summary:
					"Order No. 121 at Voronezh station (9 Jul), after the Krasnaya Gorka conspiracy: Soviet policy towards the commanders is unchanged. Order No. 122 (11 Jul); a meeting of Eighth Army political workers 'in his headquarters in Voronezh' (vote 41 to 2).",
				grade: 'documented',
				sources: ['mia-es-1919-order-121', 'htra-1919-ch64', 'knigalub-31434939-p36'],
				notes: [
					note(
						'disagreement',
						'The first pass placed the undated Order No. 121 (Voronezh station) at the end of the previous trip, about 1 Jul; the Spanish translation of the Marxists Internet Archive dates it 9 Jul 1919, which puts it here.',
						['mia-es-1919-order-121', 'htra-1919-toc-pdfslide']
					)
				]
			},
			{
				place: 'smorodino_stn',
				present: ['1919-07-18'],
				summary:
					"Order No. 126 to the forces on the Southern front, dated at 'Smorodino station' (the station of Trostyanets, on the Sumy line): 'Now, when the armies of the Southern front are taking the offensive…', on sparing prisoners and deserters who come over.",
				grade: 'documented',
				sources: ['htra-1919-ch68']
			},
			{
				place: 'kremenchug',
				present: ['1919-07-21', '1919-07-22'],
				summary:
					"Order No. 129 to the Red Army (21 Jul); Order No. 130 to the troops on the territory of the Ukrainian SSR and Order No. 131 to the Fourteenth Army (22 Jul). Lenin writes on 29 Jul: 'While in the Ukraine, you, of course, ascertained the position there'.",
				grade: 'documented',
				sources: ['htra-1919-ch71', 'htra-1919-ch73', 'htra-1919-ch74', 'lenin-cw44-1919-07-29'],
				legIn: {
					via: ['romny', 'romodan'],
					grade: 'reconstructed',
					reasoning:
						'The Volunteer Army held Kharkov from 24 Jun 1919, so the shortest course from the Sumy line by Lyubotin and Poltava was closed; the leg is drawn back by Sumy, Vorozhba and Bakhmach to Romny and down the Romny – Romodan – Kremenchug line. The route is not recorded.',
					sources: ['clevergeek-volunteer-army-kharkov', 'wikipedia-kharkiv-operation-1919']
				}
			},
			{
				place: 'korenevo_stn',
				present: ['1919-07-26'],
				summary:
					"Order No. 132 to the Twelfth and Fourteenth Armies, dated at 'Korenyevo station' on the Kursk–Kiev line between Lgov and Vorozhba: the Ukrainian state farms in the zone adjoining the front are placed under the armies' protection.",
				grade: 'documented',
				sources: ['htra-1919-ch75'],
				legIn: {
					via: ['romodan', 'romny'],
					grade: 'reconstructed',
					reasoning:
						'With Kharkov in White hands from 24 Jun 1919 the way north from Kremenchug lay by Romodan, Romny and Bakhmach to the Kursk–Kiev line at Konotop. The route is not recorded.',
					sources: ['clevergeek-volunteer-army-kharkov', 'wikipedia-kharkiv-operation-1919']
				}
			},
			{
				place: 'penza',
				present: ['1919-07-29'],
				summary: 'Order No. 134 to the Ninth Army.',
				grade: 'documented',
				sources: ['htra-1919-ch76'],
				notes: [
					note(
						'caution',
						'Routing flag (addendum R26): three days after Korenyevo station (26 Jul) and three days before Voronezh; feasible, but the route is not known.',
						['htra-1919-ch76']
					)
				]
			},
			{
				place: 'voronezh',
				present: ['1919-08-01'],
				summary: 'Order No. 135.',
				grade: 'documented',
				sources: ['htra-1919-ch77']
			},
			{
				place: 'vorozhba',
				present: ['1919-08-02'],
				summary: 'Order No. 136 at Vorozhba junction, on the Kursk–Kiev line.',
				grade: 'documented',
				sources: ['wikirouge-htra-order-136']
			},
			{
				place: 'konotop',
				present: ['1919-08-08'],
				summary:
					'Order No. 142 to the Fourteenth Army, dated at Konotop: responsible workers of the army who absent themselves without leave.',
				grade: 'documented',
				sources: ['htra-1919-ch82']
			},
			{
				place: 'voronezh',
				present: ['1919-08-13'],
				summary: "Order No. 143, on forged orders (header misprinted 'Vonezh').",
				grade: 'documented',
				sources: ['htra-1919-ch88']
			},
			{
				place: 'moscow',
				arrive: approx('1919-08-15', '1919-08-14', '1919-09-03'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1919-ch88']
			}
		]
	},
	// 13 --------------------------------------------------------------------------------------------------------
	{
		label: 'N22',
		title: "Against Mamontov's raid: Tula, Orel, Tambov",
		front: 'Southern',
		grade: 'documented',
		sources: ['htra-1919-ch92', 'htra-1919-ch93', 'htra-1919-ch99'],
		notes: [
			note(
				'caution',
				"A telegram of 6 Sep 1919 to the Commander-in-Chief and the Central Committee was sent 'from the front' (place not seen).",
				['my-life-thelib-budenny-p5']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1919-09-03', '1919-08-15', '1919-09-04'),
				summary: 'Departure south on the Moscow–Kursk line (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART + ' Tula is the first stop south of Moscow on the Kursk line.',
				sources: ['htra-1919-ch92']
			},
			{
				place: 'tula',
				present: ['1919-09-04'],
				summary: "Order No. 146, 'Into battle against Mamontov's brigand gang'.",
				grade: 'documented',
				sources: ['htra-1919-ch92']
			},
			{
				place: 'orel',
				present: ['1919-09-04'],
				summary:
					'Order No. 147, on intelligence and rumours about Mamontov. Same day as Tula: about 180 km down the Moscow–Kursk line.',
				grade: 'documented',
				sources: ['htra-1919-ch93']
			},
			{
				place: 'tambov',
				present: ['1919-09-12'],
				summary:
					"Order No. 149 to the forces advancing on Gryazi–Voronezh, during Mamontov's raid.",
				grade: 'documented',
				sources: ['htra-1919-ch99']
			},
			{
				place: 'moscow',
				arrive: approx('1919-09-14', '1919-09-13', '1919-10-15'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1919-ch99', 'russiangiant-2022-10-18']
			}
		]
	},
	// 14 --------------------------------------------------------------------------------------------------------
	{
		label: 'J10',
		title: 'The defence of Petrograd against Yudenich',
		front: 'North-Western',
		grade: 'documented',
		sources: [
			'russiangiant-2022-10-18',
			'gilbert-atlas-petrograd-1919',
			'htra-1919-ch140',
			'htra-1919-ch149',
			'htra-1919-ch156',
			'htra-1919-ch158',
			'htra-1919-ch108',
			'smele-2015-p833'
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1919-10-15',
					'1919-10-15',
					'1919-10-17',
					"Politburo of 15 Oct; 'Троцкий сразу же выехал в Петроград'."
				),
				summary:
					'After the Politburo session of 15 Oct Trotsky leaves for Petrograd at once; articles written on the way are printed in the train newspaper В пути (En Route).',
				grade: 'documented',
				sources: ['russiangiant-2022-10-18']
			},
			{
				place: 'petrograd',
				arrive: approx(
					'1919-10-17',
					'1919-10-16',
					'1919-10-18',
					'In Petrograd by 17/18 Oct; the train staff were in combat from 17 Oct.'
				),
				depart: approx(
					'1919-11-04',
					'1919-11-04',
					'1919-11-29',
					'Last dated order in Petrograd: 4 Nov (Nos. 163–170 of 2–4 Nov).'
				),
				summary:
					"Defence of Petrograd. Order to the Seventh Army on 18 Oct; dated items in Petrograd on 20 and 30 Oct (No. 162a) and 2–4 Nov (Nos. 163–170). The train's staff fight at the front with the Seventh Army from 17 Oct to 3 Nov: 3 killed, 6 wounded, 3 shell-shocked (Order No. 169, 4 Nov). The train is awarded the Order of the Red Banner for this defence (Smele).",
				grade: 'documented',
				sources: [
					'russiangiant-2022-10-18',
					'lenin-cw44-1919-10-18',
					'htra-1919-ch140',
					'lenin-cw44-1919-10-22',
					'htra-1919-ch149',
					'htra-1919-ch151',
					'htra-1919-ch154',
					'htra-1919-ch155',
					'htra-1919-ch156',
					'htra-1919-ch158',
					'htra-1919-ch159',
					'smele-2015-p833'
				],
				notes: [
					note(
						'caution',
						"Gatchina, Krasnoye Selo and Yamburg appear in Trotsky's texts as objectives, not as places the train visited; Kronstadt is not a stop.",
						['htra-1919-ch158']
					)
				],
				legIn: {
					via: ['tosno'],
					grade: 'documented',
					reasoning:
						'Yudenich failed to cut the Moscow–Tosno–Petrograd railway, so Trotsky could enter the city by it (Gilbert).',
					sources: ['russiangiant-2022-10-18', 'gilbert-atlas-petrograd-1919']
				}
			},
			{
				place: 'moscow',
				arrive: approx(
					'1919-11-30',
					'1919-11-05',
					'1919-11-30',
					'In Moscow by 30 Nov; arrival day not recorded.'
				),
				summary: "Moscow: Order No. 174 'to the Red forces entering the Ukraine', 30 Nov.",
				grade: 'documented',
				sources: ['htra-1919-ch108'],
				legIn: {
					via: ['tosno'],
					grade: 'probable',
					reasoning:
						'The return is not recorded; the Nikolaev line via Tosno is the only direct line.',
					sources: ['htra-1919-ch108']
				}
			}
		]
	},
	// 15 --------------------------------------------------------------------------------------------------------
	{
		label: 'J11',
		title: 'The Urals: the First Labour Army',
		front: 'Urals (labour armies)',
		grade: 'documented',
		sources: [
			'htra-1920-ch09',
			'htra-1920-ch12',
			'htra-1920-ch11',
			'htra-1920-ch15',
			'lenin-cw44-1920-03-08',
			'trotsky-na-puti-sigunov-1920',
			'krasnoufimsk-liternyj-poezd'
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1920-02-10',
					'1919-12-12',
					'1920-02-11',
					"Trotsky was in Moscow on 11 Dec 1919 (Order No. 180). His letter to I. A. Sigunov is dated 'Samara – Yekaterinburg, 12 February 1920' and printed by the train's press, so the train had left Moscow (about 1,050 km from Samara) by 11 Feb."
				),
				summary:
					'In Moscow on 11 Dec 1919 (Order No. 180, on overcoming guerrilla-ism in the Ukraine). Departure for the Urals (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['wikirouge-htra-order-180', 'trotsky-na-puti-sigunov-1920']
			},
			{
				place: 'yekaterinburg',
				present: ['1920-02-24', '1920-03-04'],
				summary:
					'Yekaterinburg: Order No. 194 as Chairman of the RVS of the First Labour Army (24 Feb); report to the Yekaterinburg party organisation (25 Feb); Order No. 195 turning the Third Army to labour tasks (26 Feb); Order No. 198 on the all-Urals subbotnik commission (4 Mar).',
				grade: 'documented',
				sources: ['htra-1920-ch09', 'htra-1920-ch12', 'htra-1920-ch11', 'htra-1920-ch15'],
				legIn: {
					via: ['samara'],
					grade: 'probable',
					reasoning:
						"Trotsky's letter to the Perm peasant I. A. Sigunov carries the dateline 'Samara – Yekaterinburg, 12 February 1920' and the imprint of the train's press: the train went by Samara, then (the network's shortest course) Ufa – Zlatoust – Chelyabinsk to Yekaterinburg. The stations between are not recorded.",
					sources: ['trotsky-na-puti-sigunov-1920'],
					notes: [
						note(
							'disagreement',
							"A Krasnoufimsk library article says Trotsky's special train of Feb 1920 took the same route to the Middle Urals as Dzerzhinsky's in 1922, i.e. Kazan – Sarapul – Krasnoufimsk, a line Tatar-inform opens to Moscow trains only on 1 Jul 1920. The train's own dateline 'Samara – Yekaterinburg' (12 Feb 1920) points to the Samara route; the leg follows it.",
							[
								'krasnoufimsk-liternyj-poezd',
								'tatar-inform-agryz-90',
								'trotsky-na-puti-sigunov-1920'
							]
						)
					]
				}
			},
			{
				place: 'moscow',
				arrive: approx(
					'1920-03-12',
					'1920-03-11',
					'1920-05-05',
					"Still away after 8 Mar: Lenin's telegram to Trotsky went 'via the military, by army line'."
				),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['lenin-cw44-1920-03-08', 'azov23-photo-1920-05-05'],
				legIn: {
					via: ['samara'],
					grade: 'reconstructed',
					reasoning: 'Return not recorded; drawn back along the outward route by Samara.',
					sources: ['trotsky-na-puti-sigunov-1920']
				}
			}
		]
	},
	// 16 --------------------------------------------------------------------------------------------------------
	{
		label: 'J12',
		title: 'The Polish war: Novozybkov, Gomel, Mogilev',
		front: 'Western',
		grade: 'documented',
		sources: [
			'azov23-photo-1920-05-05',
			'htra-1920-ch26',
			'htra-1920-ch28',
			'htra-1920-ch30',
			'htra-1920-ch31',
			'htra-1920-ch32',
			'htra-1920-ch36',
			'lenin-cw44-1920-06-04'
		],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1920-05-07',
					'1920-05-05',
					'1920-05-08',
					'Photo caption: Lenin listens to Trotsky speaking to Red Army men leaving for the Polish front, Moscow, 5 May 1920; Order No. 210 is dated at Smolensk on 8 May.'
				),
				summary:
					'Moscow, 5 May: Trotsky speaks to Red Army men leaving for the Polish front (photo caption).',
				grade: 'reconstructed',
				reasoning:
					RECON_DEPART +
					' Bounded by the Moscow photo of 5 May and Order No. 210 at Smolensk on 8 May (about 420 km by the Moscow – Brest line).',
				sources: ['azov23-photo-1920-05-05', 'htra-1920-ch26']
			},
			{
				place: 'smolensk',
				present: ['1920-05-08'],
				summary:
					"Order No. 210 to the forces of the Western Front, dated at Smolensk, the front's headquarters: 'Having arrived on the Western front… I greet you'. Order No. 213 of 9 May to the commanders of the Western Front carries no place.",
				grade: 'documented',
				sources: ['htra-1920-ch26', 'htra-1920-ch28']
			},
			{
				place: 'novozybkov',
				present: ['1920-05-10'],
				summary: 'Order No. 214 to the Sixteenth Army.',
				grade: 'documented',
				sources: ['htra-1920-ch30'],
				legIn: {
					via: ['bryansk'],
					grade: 'reconstructed',
					reasoning:
						'Novozybkov before Gomel fits the Bryansk–Unecha–Novozybkov–Gomel line (addendum §4.8); from Smolensk the Riga–Orel line runs by Roslavl to Bryansk. The route is not recorded.',
					sources: ['htra-1920-ch30', 'htra-1920-ch32']
				}
			},
			{
				place: 'gomel',
				present: ['1920-05-10'],
				summary:
					'Order No. 215, against desertion, and Order No. 217 to the troops of the Western and South-Western Fronts.',
				grade: 'documented',
				sources: ['htra-1920-ch31', 'htra-1920-ch32']
			},
			{
				place: 'mogilev',
				present: ['1920-05-15'],
				summary:
					"Order No. 220, signed as Chairman of the RVSR and People's Commissar for Transport: a charge of gun-cotton found at the 106-verst point between Shklov and Kopys; the order is to be posted on all railway lines of the Western Front.",
				grade: 'documented',
				sources: ['htra-1920-ch36', 'marxists-malta-1920-05-15']
			},
			{
				place: 'moscow',
				arrive: approx(
					'1920-05-17',
					'1920-05-16',
					'1920-06-04',
					"Probably back by 4 Jun: Lenin's note asks for Trotsky's conclusion at the Council of Defence or by telephone."
				),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['lenin-cw44-1920-06-04']
			}
		]
	},
	// 17 --------------------------------------------------------------------------------------------------------
	{
		label: 'J13',
		title: 'Against Wrangel: Kharkov, Yekaterinodar, Aleksandrovsk',
		front: 'Southern / Caucasian',
		grade: 'documented',
		sources: [
			'htra-1920-ch47',
			'htra-1920-ch58',
			'wikirouge-htra-order-240',
			'htra-1920-ch62',
			'htra-1920-ch64'
		],
		notes: [
			note(
				'caution',
				"Trotsky later said the stores of Wrangel's Kuban landing force were removed 'from the coast at Akhtari, in trucks'. He does not say he was there, so Akhtari is not a stop.",
				['marxists-malta-1920-09-01']
			),
			note(
				'caution',
				'J14 (Smolensk 8 Sep, Minsk 9 Sep) may be a continuation of this trip without a stop in Moscow.',
				['htra-1920-ch64', 'wikirouge-htra-order-240']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1920-08-21', '1920-08-17', '1920-08-22'),
				summary:
					'Moscow: Order No. 233 to the Red forces fighting against White-Guard Poland (14 Aug); report to the Moscow Soviet (17 Aug). Departure for the south (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['htra-1920-ch47', 'htra-1920-ch58']
			},
			{
				place: 'kharkov',
				present: ['1920-08-23'],
				summary:
					'Order No. 235 to the forces of the Southern Front (on appointments without regard to previous rank).',
				grade: 'documented',
				sources: ['wikirouge-htra-order-240']
			},
			{
				place: 'yekaterinodar',
				present: ['1920-08-26'],
				summary: "Order No. 236 to the Ninth Army, against Wrangel's Kuban landing.",
				grade: 'documented',
				sources: ['htra-1920-ch62'],
				legIn: {
					via: ['rostov', 'tikhoretsk'],
					grade: 'reconstructed',
					reasoning:
						'The route is not recorded; Kharkov to Yekaterinodar by rail runs through Rostov and Tikhoretskaya.',
					sources: ['htra-1920-ch62']
				}
			},
			{
				place: 'aleksandrovsk',
				present: ['1920-08-30'],
				summary: "Order No. 239: 'Having arrived on your front from Caucasia…'.",
				grade: 'documented',
				sources: ['htra-1920-ch64'],
				legIn: {
					grade: 'documented',
					reasoning: "'Having arrived on your front from Caucasia'; the line is not named.",
					sources: ['htra-1920-ch64']
				}
			},
			{
				place: 'moscow',
				arrive: approx('1920-09-01', '1920-08-31', '1920-09-07'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1920-ch64']
			}
		]
	},
	// 18 --------------------------------------------------------------------------------------------------------
	{
		label: 'J14',
		title: 'Western Front: Smolensk and Minsk',
		front: 'Western',
		grade: 'documented',
		sources: ['wikirouge-htra-order-240', 'htra-1920-ch52'],
		stops: [
			{
				place: 'moscow',
				depart: approx('1920-09-06', '1920-09-01', '1920-09-07'),
				summary: 'Departure for the Western Front (not recorded).',
				grade: 'reconstructed',
				reasoning:
					RECON_DEPART +
					' J14 may instead continue J13 directly (Aleksandrovsk 30 Aug leaves nine days for the transfer).',
				sources: ['wikirouge-htra-order-240']
			},
			{
				place: 'smolensk',
				present: ['1920-09-08'],
				summary:
					'Order No. 240 to the forces of the Western Front: commanders and commissars to be appointed without regard to their previous posts.',
				grade: 'documented',
				sources: ['wikirouge-htra-order-240']
			},
			{
				place: 'minsk',
				present: ['1920-09-09'],
				summary: "Order No. 241, against the 'agents of the Polish gentry'.",
				grade: 'documented',
				sources: ['htra-1920-ch52']
			},
			{
				place: 'moscow',
				arrive: approx('1920-09-11', '1920-09-10', '1920-10-11'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['htra-1920-ch52']
			}
		]
	},
	// 19 --------------------------------------------------------------------------------------------------------
	{
		label: 'J15',
		title: 'Kharkov, against Wrangel, October 1920',
		front: 'Southern',
		grade: 'documented',
		sources: ['htra-1920-ch70', 'htra-1920-ch72'],
		stops: [
			{
				place: 'moscow',
				depart: approx(
					'1920-10-10',
					'1920-09-11',
					'1920-10-10',
					"Lenin's coded telegram 'Trotsky only' of 10 Oct 1920 suggests Trotsky was already away from Moscow that day."
				),
				summary: 'Departure for the Southern Front (not recorded).',
				grade: 'reconstructed',
				reasoning:
					RECON_DEPART +
					" Latest bound 10 Oct: a telegram sent 'in code' to 'Trotsky only' on that day is read as addressed to him away from Moscow (an inference; the telegram names no place).",
				sources: ['htra-1920-ch70', 'lenin-cw44-1920-10-10']
			},
			{
				place: 'kharkov',
				present: ['1920-10-13', '1920-10-14'],
				summary:
					'Order No. 246 to the armies of the Southern Front after the peace with Poland (13 Oct); Order No. 247 to the War Department and the Transport Commissariat, on the Ukrainian railwaymen (14 Oct).',
				grade: 'documented',
				sources: ['htra-1920-ch70', 'htra-1920-ch72']
			},
			{
				place: 'moscow',
				arrive: approx('1920-10-16', '1920-10-15', '1921-01-14'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning:
					RECON_RETURN +
					' The train newspaper В пути still appeared on 27 Oct 1920 (No. 136, no place).',
				sources: ['htra-1920-ch72', 'fenzin-v-puti-136']
			}
		]
	},
	// 20 --------------------------------------------------------------------------------------------------------
	{
		label: 'J16',
		title: 'Petrograd, January 1921 (party discussion)',
		front: 'none (party discussion)',
		grade: 'probable',
		reasoning:
			'Presence in Petrograd in mid-January 1921 is documented; the use of the train is not stated.',
		sources: ['felshtinsky-chernyavsky-2012-hubbooks-p114'],
		notes: [
			note(
				'caution',
				"The 1991 Revvoensovet book gives the 36 trips for '1918–1920'; the two 1921 trips (J16, J17) may lie outside that count.",
				['revvoensovet-1991-p20']
			)
		],
		stops: [
			{
				place: 'moscow',
				depart: approx('1921-01-13', '1920-10-16', '1921-01-19'),
				summary: 'Departure for Petrograd (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['felshtinsky-chernyavsky-2012-hubbooks-p114']
			},
			{
				place: 'petrograd',
				arrive: approx(
					'1921-01-15',
					'1921-01-11',
					'1921-01-20',
					"'В середине января Троцкий побывал в Петрограде.'"
				),
				summary:
					"Mid-January 1921: Trotsky in Petrograd for party meetings during the trade-union discussion, including one with sailors' representatives and Zinoviev.",
				grade: 'probable',
				reasoning:
					'The visit is documented for mid-January without a day; travel by the train is not stated.',
				sources: ['felshtinsky-chernyavsky-2012-hubbooks-p114']
			},
			{
				place: 'moscow',
				arrive: approx('1921-01-17', '1921-01-16', '1921-03-04'),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['felshtinsky-chernyavsky-2012-hubbooks-p114']
			}
		]
	},
	// 21 --------------------------------------------------------------------------------------------------------
	{
		label: 'J17',
		title: 'Kronstadt, March 1921',
		front: 'North-Western (Kronstadt)',
		grade: 'probable',
		reasoning:
			"Trotsky's presence at Petrograd on 5 Mar 1921 is documented; the train is shown there in a 1921 photo caption, not dated to the day.",
		sources: ['avrich-kronstadt-p31', 'pinocchiopedia-trotskys-train'],
		stops: [
			{
				place: 'moscow',
				depart: approx('1921-03-04', '1921-01-17', '1921-03-04'),
				summary: 'Departure for Petrograd (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_DEPART,
				sources: ['avrich-kronstadt-p31']
			},
			{
				place: 'petrograd',
				present: ['1921-03-05'],
				summary:
					"Trotsky's ultimatum to Kronstadt, 5 Mar 1921. A photo caption reads 'Leon Trotsky (left) and the train at Petrograd, 1921'.",
				grade: 'documented',
				sources: ['avrich-kronstadt-p31', 'pinocchiopedia-trotskys-train'],
				notes: [
					note('caution', 'Kronstadt was the target, not a stop of the train.', [
						'avrich-kronstadt-p31'
					])
				]
			},
			{
				place: 'moscow',
				arrive: approx('1921-03-07', '1921-03-06', undefined),
				summary: 'Return to Moscow (not recorded).',
				grade: 'reconstructed',
				reasoning: RECON_RETURN,
				sources: ['avrich-kronstadt-p31']
			}
		]
	}
];

// ---------------------------------------------------------------------------------------------------------------
export const TRIP_COUNT = {
	value: 36,
	wording: [
		{
			text: 'In the course of the civil wars, the train made 36 such visits to the various Red fronts and traveled at least 75,000 miles.',
			sources: ['smele-2015-p833']
		},
		{
			text: 'С 8 августа 1918 г., когда поезд впервые покинул Казанский вокзал Москвы, он совершил тридцать шесть рейсов, пройдя свыше 100 тысяч километров [594], то есть два с половиной раза «опоясал» земной шар.',
			sources: ['felshtinsky-chernyavsky-2012-p121']
		},
		{
			text: 'В 1918―1920 годах он совершил 36 рейсов, составивших около 100 тысяч верст.',
			sources: ['revvoensovet-1991-p20']
		}
	]
};

const notIndependent = (of, src) => note('caution', `Not independent: ${of}`, src);

export const CLAIMS = [
	{
		id: 'smele-75000-mi',
		value: 75000,
		unit: 'mi',
		qualifier: 'at least',
		wording:
			'In the course of the civil wars, the train made 36 such visits to the various Red fronts and traveled at least 75,000 miles.',
		language: 'en',
		covers:
			"The whole service of the train 'in the course of the civil wars' (36 visits to the fronts); the period is not bounded.",
		sources: ['smele-2015-p833'],
		notes: [
			note(
				'caution',
				"About 120,700 km or 113,100 versts (compiler's conversion). That is 13–20% more than the Russian archive-based figures; no source read explains the English figure. It is also the seed entry's figure.",
				['smele-2015-p833', 'revvoensovet-1991-p20']
			)
		]
	},
	{
		id: 'enwiki-75000-mi',
		value: 75000,
		unit: 'mi',
		qualifier: 'at least',
		wording:
			'In the course of the civil war, the train made 36 such trips to the fronts and traveled at least 75,000 mi.',
		language: 'en',
		covers: 'The civil war.',
		sources: ['enwiki-trotskys-train'],
		notes: [
			notIndependent('the English Wikipedia sentence follows Smele (2015) almost word for word.', [
				'enwiki-trotskys-train',
				'smele-2015-p833'
			])
		]
	},
	{
		id: 'enwiki-mirror-121000-km',
		value: 121000,
		unit: 'km',
		qualifier: 'at least',
		wording: '…traveled at least 75,000 miles (121,000 km).',
		language: 'en',
		covers: 'The civil war.',
		sources: ['pinocchiopedia-trotskys-train'],
		notes: [
			notIndependent(
				"121,000 km is Wikipedia's unit-conversion template applied to Smele's 75,000 miles, not a separate figure.",
				['pinocchiopedia-trotskys-train', 'smele-2015-p833']
			)
		]
	},
	{
		id: 'felshtinsky-chernyavsky-100000-km',
		value: 100000,
		unit: 'km',
		qualifier: 'over',
		wording:
			'С 8 августа 1918 г., когда поезд впервые покинул Казанский вокзал Москвы, он совершил тридцать шесть рейсов, пройдя свыше 100 тысяч километров [594], то есть два с половиной раза «опоясал» земной шар.',
		language: 'ru',
		translation:
			"From 8 August 1918, when the train first left Moscow's Kazan station, it made thirty-six trips, covering over 100 thousand kilometres [594], that is, it 'girdled' the globe two and a half times.",
		covers: 'From 8 Aug 1918 (the end is not stated); 36 trips.',
		sources: ['felshtinsky-chernyavsky-2012-p121'],
		notes: [
			note(
				'caution',
				"Footnote 594, which should give the archival source, could not be read. 2.5 × the equator (40,075 km) ≈ 100,200 km, consistent with the text (compiler's arithmetic).",
				['felshtinsky-chernyavsky-2012-p121']
			),
			note(
				'caution',
				'This and the 1991 Revvoensovet figure are the two Russian archive-based figures; whether they derive from one archival count is not established.',
				['felshtinsky-chernyavsky-2012-p121', 'revvoensovet-1991-p20']
			)
		]
	},
	{
		id: 'revvoensovet-100000-verst',
		value: 100000,
		unit: 'verst',
		qualifier: 'about',
		wording: 'В 1918―1920 годах он совершил 36 рейсов, составивших около 100 тысяч верст.',
		language: 'ru',
		translation: 'In 1918–1920 it made 36 trips, amounting to about 100 thousand versts.',
		covers: '1918–1920; 36 trips.',
		sources: ['revvoensovet-1991-p20'],
		notes: [
			note(
				'caution',
				"About 106,700 km or 66,300 miles (1 verst = 1.0668 km; compiler's conversion).",
				['revvoensovet-1991-p20']
			)
		]
	},
	{
		id: 'volkogonov-200000-km',
		value: 200000,
		unit: 'km',
		qualifier: 'over',
		wording:
			'По некоторым данным, за годы Гражданской войны поезд Троцкого прошел более 200 тысяч километров',
		language: 'ru',
		translation:
			"By some data, over the years of the Civil War Trotsky's train covered more than 200 thousand kilometres.",
		covers: 'The years of the Civil War.',
		sources: ['volkogonov-1992-bubooker-p63'],
		notes: [
			note(
				'caution',
				"An outlier: twice the Russian archive-based figures, and Volkogonov attributes it only to 'some data' ('по некоторым данным').",
				['volkogonov-1992-bubooker-p63', 'revvoensovet-1991-p20']
			)
		]
	}
];

export const FACTS = [
	{
		id: 'formation',
		topic: 'formation',
		text: "The train — formally 'the Train of the Chairman of the Revvoensovet of the Republic', to Trotsky simply 'the train' — was formed in Moscow during the night of 7–8 August 1918 and left Kazansky station at dawn on 8 August for Sviyazhsk on the Volga front, with a unit of Latvian riflemen aboard.",
		grade: 'documented',
		sources: [
			'smele-2015-p833',
			'htra-1919-ch158',
			'felshtinsky-chernyavsky-2012-p121',
			'felshtinsky-chernyavsky-2012-litresp-p26'
		],
		notes: [
			note(
				'disagreement',
				"Smele: 'first formed at Moscow, on 7 August 1918'; HTRA note 84: organised 'during the night of August 7–8' and set off at dawn; Felshtinsky & Chernyavsky: first left Kazansky station on 8 Aug (about 7 a.m. in Glazman's memoir).",
				[
					'smele-2015-p833',
					'htra-1919-ch158',
					'felshtinsky-chernyavsky-2012-p121',
					'felshtinsky-chernyavsky-2012-litresp-p26'
				]
			)
		]
	},
	{
		id: 'composition-1918',
		topic: 'composition',
		text: 'At first the train consisted of 2 armoured engines and 12 wagons.',
		grade: 'probable',
		sources: ['smele-2015-p833'],
		notes: [
			note(
				'disagreement',
				"Variants: 'twelve carriages and 250 people' (Spectator review of Volkogonov); 'первоначально в поезде было 15 вагонов' (Chernyavsky).",
				['spectator-1996-04-13-p33', 'chernyavsky-lev-trotskii-p108']
			)
		]
	},
	{
		id: 'composition-1919',
		topic: 'composition',
		text: "By late 1919 the train had become two separate echelons, with armoured wagons (turrets and embrasures for machine guns and cannon), flatbed trucks for armoured cars and other vehicles (including Trotsky's Rolls-Royce command car from the tsar's garage), a telegraph station, a radio station, an electricity-generating wagon, a printing house, a library, a secretariat wagon, a kitchen, a bathhouse wagon and a wagon for a collapsible small aircraft.",
		grade: 'documented',
		sources: ['smele-2015-p833']
	},
	{
		id: 'crew-guard',
		topic: 'crew',
		text: 'A special guard unit of some 100 elite troops (mostly Latvians) in special red uniforms and Red Army hats, with cooks, mechanics, technicians, political agitators and secretaries.',
		grade: 'documented',
		sources: ['smele-2015-p833']
	},
	{
		id: 'crew-1921',
		topic: 'crew',
		text: "By 21 January 1921 there were 407 people attached to the institution of 'the train', doing 80 different jobs.",
		grade: 'documented',
		sources: ['smele-2015-p833', 'ruwiki-poezd-trotskogo']
	},
	{
		id: 'commanders',
		topic: 'crew',
		text: "Commanders of the train: S. V. Chikkolini (Shikolini), a member of the VTsIK, appointed by Trotsky, served only a short time (he later chaired the revolutionary tribunal of the Southern Front); then, through the civil war, R. A. Peterson, at first the train's head of communications.",
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-2012-p121', 'ruwiki-poezd-trotskogo'],
		notes: [
			note('caution', 'The day Peterson took over is not given in the sources read.', [
				'felshtinsky-chernyavsky-2012-p121'
			])
		]
	},
	{
		id: 'tribunal',
		topic: 'organisation',
		text: "A Military Revolutionary Tribunal sat in the train from its first run (order of 8 August 1918, 'written in the train').",
		grade: 'documented',
		sources: ['htra-1918-ch33']
	},
	{
		id: 'field-chancery',
		topic: 'organisation',
		text: "The train carried a 'Field Chancery of the train of the Chairman of the RVSR' with its own numbered registers of outgoing papers (e.g. Nos. 35 and 36, Voronezh and Kursk, 2 Jan 1919).",
		grade: 'documented',
		sources: ['trotsky-papers-v2-p235', 'trotsky-papers-v2-p231']
	},
	{
		id: 'movement-mandate',
		topic: 'organisation',
		text: "A mandate of 10 February 1919 put Comrade Pukhin 'in charge of movement of' the train.",
		grade: 'documented',
		sources: ['legendofhistory-pukhin-mandate']
	},
	{
		id: 'newspaper',
		topic: 'press',
		text: 'The train printed its own newspaper, В пути (En Route): No. 102 of 26 Oct 1919 greets the Southern Front on the recapture of Voronezh; No. 103 of 3 Nov 1919 (Petrograd); No. 136 of 27 Oct 1920 is against Wrangel. Articles written on the way to Petrograd in October 1919 were printed in it.',
		grade: 'documented',
		sources: ['htra-1919-ch106', 'htra-1919-ch153', 'fenzin-v-puti-136', 'russiangiant-2022-10-18'],
		notes: [
			note(
				'caution',
				'The fenzin.org page prints the year of No. 136 as 1919; its content is of 1920.',
				['fenzin-v-puti-136']
			)
		]
	},
	{
		id: 'award-red-banner',
		topic: 'award',
		text: "The train was awarded the Order of the Red Banner. Smele: 'for its part in deflecting the advance on Petrograd of General N. N. Iudenich in October 1919'.",
		grade: 'probable',
		sources: ['smele-2015-p833', 'revvoensovet-1991-p20'],
		notes: [
			note(
				'disagreement',
				"What the award was for differs: Smele (and the English Wikipedia after him) gives the defence of Petrograd against Yudenich, October 1919; the 1991 Revvoensovet book names the fighting 'под Свияжском … (август 1918 г.)' and 'против Юденича (октябрь 1919 г.)' — its Sviyazhsk passage is garbled in the copy read.",
				['smele-2015-p833', 'enwiki-trotskys-train', 'revvoensovet-1991-p20']
			),
			note(
				'seed',
				"The seed's Red Banner 'on 31 December 1919' is Trotsky's personal award for Petrograd (entry 'Trotsky'), not the train's.",
				['smele-2015-p833']
			)
		]
	},
	{
		id: 'combat-1918-kappel',
		topic: 'combat',
		text: "28 August 1918, near Sviyazhsk: Kappel's raid reached the rear and the train's crew fought about a verst from the train for about eight hours.",
		grade: 'documented',
		sources: ['my-life-ch33']
	},
	{
		id: 'combat-1919-petrograd',
		topic: 'combat',
		text: 'Petrograd, 17 October – 3 November 1919: the train staff fought at the front with the Seventh Army; 3 killed, 6 wounded, 3 shell-shocked (Order No. 169, 4 Nov 1919).',
		grade: 'documented',
		sources: ['htra-1919-ch158']
	},
	{
		id: 'combat-total',
		topic: 'combat',
		text: "The train was in action against White and other forces on 13 occasions during the civil wars and suffered 15 casualties (and 15 more 'missing').",
		grade: 'documented',
		sources: ['smele-2015-p833']
	},
	{
		id: 'service-length',
		topic: 'service',
		text: "On 4 November 1919 Trotsky wrote of 'our train, which has now served for fifteen months' (Order No. 169).",
		grade: 'documented',
		sources: ['htra-1919-ch158']
	},
	{
		id: 'speed',
		topic: 'speed',
		text: 'Speed: 70 km/h (the figure given in the Russian Wikipedia infobox).',
		grade: 'probable',
		sources: ['ruwiki-poezd-trotskogo'],
		notes: [
			note(
				'caution',
				'An infobox value; its source could not be read. It is presumably a maximum, not an average over the trips.',
				['ruwiki-poezd-trotskogo']
			)
		]
	},
	{
		id: 'fronts',
		topic: 'service',
		text: "Trotsky worked less in the commissariat in Moscow than on the train, appearing now on the Eastern, now on the Southern, now on the Western front; he made especially many trips to the Southern front, in his words 'the most stubborn, the longest and the most dangerous' (Volkogonov). Of the 21 trips placed here, 9 went to the Southern, Ukrainian or Caucasian fronts.",
		grade: 'documented',
		sources: ['volkogonov-1992-bubooker-p63'],
		notes: [
			note('caution', "The count of placed trips by front is the compiler's, from this data set.", [
				'volkogonov-1992-bubooker-p63'
			])
		]
	},
	{
		id: 'route-records',
		topic: 'records',
		text: "Route records once existed: the Red Army's fifth-anniversary exhibition of 1923 showed 'schemes of the train's routes with the mileage by year and for the five years as a whole' (Tarkhova), and Blyumkin drew up a route plan for the 1922 train exhibition (Volkogonov). Neither was found; they are the most promising lead to the full list of 36 trips.",
		grade: 'documented',
		sources: ['tarkhova-1998', 'volkogonov-trotsky-en-whosread-p24']
	},
	{
		id: 'secrecy',
		topic: 'organisation',
		text: "The train's routes were kept in the strictest secrecy ('Маршруты поезда держались в строжайшем секрете') — one reason why no list of its trips survives in print.",
		grade: 'documented',
		sources: ['felshtinsky-chernyavsky-2012-p121'],
		notes: [
			note(
				'caution',
				"The second half of the sentence is the compiler's comment, not the source's.",
				['felshtinsky-chernyavsky-2012-p121']
			)
		]
	}
];

export const UNPLACED = [
	{
		id: 'u-1918-10',
		window: win('1918-10-09', '1918-11-01'),
		why: "Between Voronezh (c. 8 Oct) and the Tsaritsyn trip (first dated 4 Nov; departure only 'late Oct'). No dated place record was found; J04 and J05 may be one trip, or another lies between.",
		sources: ['voencomuezd-lj-1673691', 'htra-1918-ch36']
	},
	{
		id: 'u-1918-11-12',
		window: win('1918-11-21', '1918-12-10'),
		why: 'After Liski (20 Nov) and Orders Nos. 64–65 (24 Nov, no place); before Voronezh on 11 Dec (Order No. 69), where the next trip is already under way.',
		guess: 'A Southern Front trip, or an Eastern (Perm-direction) trip.',
		sources: ['htra-1918-ch36', 'mia-es-1918-order-69', 'stalin-protiv-trotskogo-p108']
	},
	{
		id: 'u-1919-04',
		window: win('1919-04-07', '1919-04-19'),
		why: 'After Samara (6 Apr), before Vologda (20 Apr): the Eastern Front counter-offensive. J07 and N21 may be one trip or two.',
		sources: ['htra-1919-ch112', 'htra-1920-ch94']
	},
	{
		id: 'u-1919-09-10',
		window: win('1919-09-13', '1919-10-14'),
		why: 'After Tambov (12 Sep), before the Politburo in Moscow (15 Oct). Denikin took Kursk (21 Sep) and Orel (14 Oct); Trotsky wrote on the defence of Tula.',
		guess: 'Tula–Orel sector trip(s).',
		sources: ['htra-1919-ch99', 'htra-1919-ch106', 'htra-1919-ch105', 'russiangiant-2022-10-18']
	},
	{
		id: 'u-1919-12a',
		window: win('1919-12-01', '1919-12-10'),
		why: 'Between two Moscow anchors: Order No. 174 (30 Nov 1919) and Order No. 180 on guerrilla-ism (11 Dec 1919). Only a short trip fits.',
		sources: ['htra-1919-ch108', 'wikirouge-htra-order-180']
	},
	{
		id: 'u-1919-12b',
		window: win('1919-12-12', '1920-02-10'),
		why: "After Moscow (11 Dec 1919), before the train is on the Samara – Yekaterinburg line (12 Feb 1920): the Southern counter-offensive into the Ukraine, then the labour-army period. Trotsky's report to the Communist fraction of the trade-union council on 12 Jan 1920 (in Moscow, where the council sat; the place is not printed) would split the window in two.",
		guess: 'One or two Southern trips.',
		sources: ['wikirouge-htra-order-180', 'trotsky-na-puti-sigunov-1920']
	},
	{
		id: 'u-1920-03-04',
		window: win('1920-03-09', '1920-05-04'),
		why: 'After the Urals trip (still away after 8 Mar 1920), before Moscow (5 May).',
		guess: 'Urals, Petrograd or Ukraine trips.',
		sources: ['lenin-cw44-1920-03-08', 'azov23-photo-1920-05-05']
	},
	{
		id: 'u-1920-06',
		window: win('1920-06-05', '1920-06-29'),
		why: 'Between the Moscow anchors of 4 Jun (probable) and 30 Jun 1920 (Order No. 230).',
		guess: 'Western Front trip.',
		sources: ['lenin-cw44-1920-06-04', 'htra-1920-ch41']
	},
	{
		id: 'u-1920-07a',
		window: win('1920-07-01', '1920-07-16'),
		why: 'Between Moscow on 30 Jun and 17 Jul 1920 (Orders Nos. 230 and 231); the Western offensive began on 4 Jul.',
		guess: 'Western Front trip.',
		sources: ['htra-1920-ch41', 'htra-1920-ch43', 'htra-1920-ch58']
	},
	{
		id: 'u-1920-07b',
		window: win('1920-07-18', '1920-08-13'),
		why: 'Between Moscow on 17 Jul and 14 Aug 1920 (Orders Nos. 231 and 233). Order No. 232, dated at Moscow on 31 Jul 1920, after Trotsky questioned the French deputy Lafont himself, splits it: a trip would fall on 18–30 Jul or 1–13 Aug.',
		sources: ['htra-1920-ch43', 'htra-1920-ch47', 'mia-es-1920-order-232']
	},
	{
		id: 'u-1920-09-10',
		window: win('1920-09-10', '1920-10-10'),
		why: 'Between Minsk (9 Sep) and the Kharkov trip (away from Moscow by 10 Oct 1920). Order No. 242, dated at Moscow on 24 Sep 1920, splits it: a trip would fall on 10–23 Sep or 25 Sep – 10 Oct.',
		sources: ['htra-1920-ch52', 'mia-es-1920-order-242', 'lenin-cw44-1920-10-10']
	},
	{
		id: 'u-1920-11-12',
		window: win('1920-10-15', '1920-12-31'),
		why: "After Kharkov (14 Oct 1920): Wrangel's defeat at Perekop in November. The train newspaper В пути still appeared on 27 Oct 1920 (No. 136, no place). On 29 Nov 1920 Trotsky told the Soviet press he had 'not long ago' returned from the Donets Basin, where with a commission of the Council of People's Commissars he had inspected the coal and metal industries: a trip in this window whose towns and days are not known.",
		guess: 'A Southern or Crimean-direction trip; a Donets Basin inspection in November.',
		sources: ['htra-1920-ch72', 'fenzin-v-puti-136', 'htra-1920-ch115']
	},
	{
		id: 'u-1921',
		window: win('1921-01-01', '1921-12-31'),
		why: "Beyond J16 and J17 nothing is placed in 1921, though the train still had 407 staff on 21 Jan 1921. The 1991 Revvoensovet book gives the 36 trips for '1918–1920', so 1921 trips may fall outside the count.",
		sources: ['smele-2015-p833', 'revvoensovet-1991-p20']
	}
];

export const NOTES = [
	note(
		'caution',
		"No published list of the 36 trips was found. The trips here are rebuilt from dated, place-stamped documents; their codes (J01–J17 from the first research pass, N18–N22 from the second) are the compiler's own, not historical trip numbers. A trip is counted as one departure from Moscow to the front(s) and back.",
		['smele-2015-p833', 'felshtinsky-chernyavsky-2012-p121', 'revvoensovet-1991-p20']
	),
	note(
		'caution',
		'Counting as the second research pass does, 21 of the 36 trips are placed (20 if N21 continues J07; 23 if J02 and J03 are kept apart and N19 is confirmed as a train trip; 19 of the 36 for 1918–1920 if the 1921 trips fall outside the count).',
		['revvoensovet-1991-p20']
	),
	note(
		'caution',
		"Order headers in How the Revolution Armed and 'From:' lines in the Trotsky Papers give where Trotsky issued a document; they place the train only by inference. Documents from the train's Field Chancery files place the train's chancery too.",
		['htra-1919-ch158', 'trotsky-papers-v2-p235']
	),
	note(
		'caution',
		"A figure of 105,000 km is sometimes quoted for the train's total distance; the research found it in no source. It matches 'about 100,000 versts' converted (106,680 km) and rounded down — a hypothesis only, so it is not listed as a claim.",
		['revvoensovet-1991-p20']
	),
	note(
		'seed',
		"The seed entry (Smele) gives 36 visits and 'at least 75,000 miles' (≈120,700 km). The Russian archive-based works give about 100,000 versts (≈106,700 km, 1918–1920) and over 100,000 km; Volkogonov has 'more than 200,000 km' 'by some data'. The figures are shown side by side; none is treated as settled.",
		[
			'smele-2015-p833',
			'revvoensovet-1991-p20',
			'felshtinsky-chernyavsky-2012-p121',
			'volkogonov-1992-bubooker-p63'
		]
	),
	note(
		'seed',
		'The seed gives the initial train as 2 armoured engines and 12 wagons; other sources give 12 carriages and 250 people, or 15 wagons.',
		['smele-2015-p833', 'spectator-1996-04-13-p33', 'chernyavsky-lev-trotskii-p108']
	),
	note(
		'seed',
		"The seed dates the formation 7 August 1918 and says the train was 'immediately dispatched for Sviiazhsk'; HTRA note 84 and Felshtinsky & Chernyavsky put the formation in the night of 7–8 August and the departure at dawn on 8 August.",
		['smele-2015-p833', 'htra-1919-ch158', 'felshtinsky-chernyavsky-2012-p121']
	),
	note(
		'seed',
		"The seed's 'Order of the Red Banner on 31 December 1919' is Trotsky's own award for Petrograd. The train's Red Banner is given by Smele for Petrograd (October 1919); the 1991 Revvoensovet book also names Sviyazhsk (August 1918).",
		['smele-2015-p833', 'revvoensovet-1991-p20']
	),
	note(
		'seed',
		"The seed's 36 visits are not bounded in time ('in the course of the civil wars'); the 1991 Revvoensovet book gives them for 1918–1920, Felshtinsky & Chernyavsky count them from 8 Aug 1918.",
		['smele-2015-p833', 'revvoensovet-1991-p20', 'felshtinsky-chernyavsky-2012-p121']
	),
	note(
		'caution',
		"Sanity check (compiler's computation, distance_claims.md): the great-circle length of the J01–J17 trips closed to Moscow is about 26,900 km, roughly 31,000–36,000 km by rail — about a third of the published totals, consistent with only half of the 36 trips being placed and with shuttles inside front zones being invisible in the documents.",
		['smele-2015-p833', 'revvoensovet-1991-p20']
	)
];
