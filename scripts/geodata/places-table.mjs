// Names, kinds and countries of the places in ../../../shared/reference/places.csv, keyed by place id.
// Read by build-places.mjs. Coordinates come from places.csv unless `coord` overrides them (with a source),
// see places-checks.mjs.
//
// Per id:
//   n      display name used at the time of the journeys (period name)
//   m      modern name (defaults to n)
//   l      localName: Russian or local-script name as used in the period (defaults to the csv column)
//   k      kind: city | town | village | station | junction | port | residence | pass | island | landmark
//   c      ISO 3166-1 alpha-2 of the modern country
//   names  [name, lang, from?, to?] — every name with the years it applied; when omitted the build uses
//          [n, 'en'] (+ [m, 'en'] if different) and [l, <local lang>]. A year is only written where a
//          cited source (src) states it.
//   src    source ids for the names and rename years
//   notes  extra Note objects

export const TABLE = {
	moscow: { n: 'Moscow', l: 'Москва', k: 'city', c: 'RU' },
	moscow_kazansky_stn: {
		n: 'Moscow, Kazansky station',
		l: 'Казанский вокзал',
		k: 'station',
		c: 'RU',
		names: [
			['Moscow, Kazansky station', 'en'],
			['Kazan station (Moscow)', 'en'],
			['Казанский вокзал', 'ru']
		]
	},
	moscow_yaroslavsky_stn: {
		n: 'Moscow, Yaroslavsky station',
		l: 'Ярославский вокзал',
		k: 'station',
		c: 'RU',
		names: [
			['Moscow, Yaroslavsky station', 'en'],
			['Yaroslavl station (Moscow)', 'en'],
			['Ярославский вокзал', 'ru']
		]
	},
	kolomna: { n: 'Kolomna', l: 'Коломна', k: 'town', c: 'RU' },
	ryazan: { n: 'Ryazan', l: 'Рязань', k: 'city', c: 'RU' },
	ryazhsk: { n: 'Ryazhsk', l: 'Ряжск', k: 'town', c: 'RU' },
	murom: { n: 'Murom', l: 'Муром', k: 'town', c: 'RU' },
	arzamas: { n: 'Arzamas', l: 'Арзамас', k: 'town', c: 'RU' },
	romodanovo: {
		n: 'Romodanovo',
		l: 'Ромоданово',
		k: 'junction',
		c: 'RU',
		names: [
			['Romodanovo', 'en'],
			['Timiryazevo', 'en'],
			['Ромоданово', 'ru']
		],
		notes: [
			{
				kind: 'caution',
				text: 'places.csv notes that older sources also call the junction Timiryazevo; the years of that name were not established.',
				sources: ['echelon-places-csv']
			}
		]
	},
	ruzayevka: { n: 'Ruzayevka', l: 'Рузаевка', k: 'junction', c: 'RU' },
	saransk: { n: 'Saransk', l: 'Саранск', k: 'town', c: 'RU' },
	alatyr: { n: 'Alatyr', l: 'Алатырь', k: 'town', c: 'RU' },
	kanash: {
		n: 'Shikhrany',
		m: 'Kanash',
		l: 'Шихраны',
		k: 'junction',
		c: 'RU',
		names: [
			['Shikhrany', 'en', null, 1920],
			['Kanash', 'en', 1920],
			['Шихраны', 'ru', null, 1920],
			['Канаш', 'ru', 1920]
		],
		src: ['bre-kanash'],
		notes: [
			{
				kind: 'disagreement',
				text: 'The Great Russian Encyclopedia dates the renaming of the settlement and station Shikhrany to Kanash to 1920 (kanashen.ru: 20 Aug 1920; town status 1925); en.wikipedia says the place was called Shikhrany until 1925. Trotsky-era sources of 1918 say Shikhrany.',
				sources: ['bre-kanash', 'wikipedia-kanash']
			}
		]
	},
	sviyazhsk: {
		n: 'Sviyazhsk',
		l: 'Свияжск',
		k: 'village',
		c: 'RU',
		notes: [
			{
				kind: 'caution',
				text: 'The point is the village on the island (Wikipedia infobox); the railway station of the same name lay west of the island, across the Sviyaga.',
				sources: ['echelon-places-csv']
			}
		]
	},
	zelenodolsk: {
		n: 'Zeleny Dol',
		m: 'Zelenodolsk',
		l: 'Зелёный Дол',
		k: 'town',
		c: 'RU',
		names: [
			['Zeleny Dol', 'en'],
			['Paratsk', 'en', null, 1928],
			['Zelenodolsk', 'en', 1932],
			['Зелёный Дол', 'ru'],
			['Паратск', 'ru', null, 1928],
			['Зеленодольск', 'ru', 1932]
		],
		src: ['tatarica-zelenodolsk'],
		notes: [
			{
				kind: 'caution',
				text: "In 1918 Zeleny Dol was the name of the railway station (opened 1894); the settlement itself was officially Paratsk until it became the workers' settlement Zeleny Dol in 1928 and the town of Zelenodolsk in 1932.",
				sources: ['tatarica-zelenodolsk']
			}
		]
	},
	kazan: { n: 'Kazan', l: 'Казань', k: 'city', c: 'RU' },
	simbirsk: {
		n: 'Simbirsk',
		m: 'Ulyanovsk',
		l: 'Симбирск',
		k: 'city',
		c: 'RU',
		names: [
			['Simbirsk', 'en', null, 1924],
			['Ulyanovsk', 'en', 1924],
			['Симбирск', 'ru', null, 1924],
			['Ульяновск', 'ru', 1924]
		],
		src: ['infoplease-ulyanovsk']
	},
	syzran: { n: 'Syzran', l: 'Сызрань', k: 'town', c: 'RU' },
	samara: {
		n: 'Samara',
		l: 'Самара',
		k: 'city',
		c: 'RU',
		names: [
			['Samara', 'en', null, 1935],
			['Kuibyshev', 'en', 1935, 1991],
			['Samara', 'en', 1991],
			['Самара', 'ru'],
			['Куйбышев', 'ru', 1935, 1991]
		],
		src: ['britannica-samara']
	},
	penza: { n: 'Penza', l: 'Пенза', k: 'city', c: 'RU' },
	rtishchevo: { n: 'Rtishchevo', l: 'Ртищево', k: 'junction', c: 'RU' },
	atkarsk: { n: 'Atkarsk', l: 'Аткарск', k: 'town', c: 'RU' },
	saratov: { n: 'Saratov', l: 'Саратов', k: 'city', c: 'RU' },
	pokrovsk: {
		n: 'Pokrovsk',
		m: 'Engels',
		l: 'Покровск',
		k: 'town',
		c: 'RU',
		names: [
			['Pokrovskaya Sloboda', 'en', null, 1914],
			['Pokrovsk', 'en', 1914, 1931],
			['Engels', 'en', 1931],
			['Покровская слобода', 'ru', null, 1914],
			['Покровск', 'ru', 1914, 1931],
			['Энгельс', 'ru', 1931],
			['Kosakenstadt', 'de']
		],
		src: ['russia-ic-engels', 'volga-german-institute-pokrovsk']
	},
	nikolaevsk: {
		n: 'Nikolaevsk',
		m: 'Pugachyov',
		l: 'Николаевск',
		k: 'town',
		c: 'RU',
		names: [
			['Nikolaevsk', 'en', null, 1918],
			['Pugachyov', 'en', 1918],
			['Pugachev', 'en', 1918],
			['Николаевск', 'ru', null, 1918],
			['Пугачёв', 'ru', 1918]
		],
		src: ['wikipedia-pugachyov']
	},
	volsk: { n: 'Volsk', l: 'Вольск', k: 'town', c: 'RU' },
	kozlov: {
		n: 'Kozlov',
		m: 'Michurinsk',
		l: 'Козлов',
		k: 'town',
		c: 'RU',
		names: [
			['Kozlov', 'en', null, 1932],
			['Michurinsk', 'en', 1932],
			['Козлов', 'ru', null, 1932],
			['Мичуринск', 'ru', 1932]
		],
		src: ['loc-authority-michurinsk']
	},
	tambov: { n: 'Tambov', l: 'Тамбов', k: 'city', c: 'RU' },
	gryazi: { n: 'Gryazi', l: 'Грязи', k: 'junction', c: 'RU' },
	voronezh: { n: 'Voronezh', l: 'Воронеж', k: 'city', c: 'RU' },
	bobrov: { n: 'Bobrov', l: 'Бобров', k: 'town', c: 'RU' },
	liski: {
		n: 'Liski',
		l: 'Лиски',
		k: 'junction',
		c: 'RU',
		names: [
			['Liski', 'en'],
			['Svoboda', 'en', 1928, 1943],
			['Georgiu-Dezh', 'en', 1965, 1991],
			['Лиски', 'ru'],
			['Свобода', 'ru', 1928, 1943],
			['Георгиу-Деж', 'ru', 1965, 1991]
		],
		src: ['pospelov-2001-liski'],
		notes: [
			{
				kind: 'caution',
				text: 'The station kept the name Liski (opened 1870); the settlement merged with it in 1928 was named Svoboda until 1943.',
				sources: ['pospelov-2001-liski']
			},
			{
				kind: 'disagreement',
				text: 'Pospelov (2001) dates Svoboda 1928–1943 and Georgiu-Dezh 1965–1991; a second entry on the same dictionary page gives Svoboda 1918–43, and en.wikipedia gives the return to Liski as 1990.',
				sources: ['pospelov-2001-liski', 'wikipedia-liski']
			}
		]
	},
	boguchar: { n: 'Boguchar', l: 'Богучар', k: 'town', c: 'RU' },
	balashov: { n: 'Balashov', l: 'Балашов', k: 'town', c: 'RU' },
	povorino: { n: 'Povorino', l: 'Поворино', k: 'junction', c: 'RU' },
	borisoglebsk: { n: 'Borisoglebsk', l: 'Борисоглебск', k: 'town', c: 'RU' },
	kamyshin: { n: 'Kamyshin', l: 'Камышин', k: 'town', c: 'RU' },
	tsaritsyn: {
		n: 'Tsaritsyn',
		m: 'Volgograd',
		l: 'Царицын',
		k: 'city',
		c: 'RU',
		names: [
			['Tsaritsyn', 'en', null, 1925],
			['Stalingrad', 'en', 1925, 1961],
			['Volgograd', 'en', 1961],
			['Царицын', 'ru', null, 1925],
			['Сталинград', 'ru', 1925, 1961],
			['Волгоград', 'ru', 1961]
		],
		src: ['wikipedia-volgograd']
	},
	valuyki: { n: 'Valuyki', l: 'Валуйки', k: 'town', c: 'RU' },
	yelets: { n: 'Yelets', l: 'Елец', k: 'town', c: 'RU' },
	tula: { n: 'Tula', l: 'Тула', k: 'city', c: 'RU' },
	orel: {
		n: 'Orel',
		m: 'Oryol',
		l: 'Орёл',
		k: 'city',
		c: 'RU',
		names: [
			['Orel', 'en'],
			['Oryol', 'en'],
			['Орёл', 'ru']
		]
	},
	kursk: { n: 'Kursk', l: 'Курск', k: 'city', c: 'RU' },
	serpukhov: { n: 'Serpukhov', l: 'Серпухов', k: 'town', c: 'RU' },
	kharkov: {
		n: 'Kharkov',
		m: 'Kharkiv',
		l: 'Харьков',
		k: 'city',
		c: 'UA',
		names: [
			['Kharkov', 'en'],
			['Kharkiv', 'en'],
			['Харьков', 'ru'],
			['Харків', 'uk']
		]
	},
	balakleya: {
		n: 'Balakleya',
		m: 'Balakliia',
		l: 'Балаклея',
		k: 'station',
		c: 'UA',
		names: [
			['Balakleya', 'en'],
			['Balakliia', 'en'],
			['Балаклея', 'ru'],
			['Балаклія', 'uk']
		]
	},
	kupyansk: {
		n: 'Kupyansk',
		m: 'Kupiansk',
		l: 'Купянск',
		k: 'town',
		c: 'UA',
		names: [
			['Kupyansk', 'en'],
			['Kupiansk', 'en'],
			['Купянск', 'ru'],
			["Куп'янськ", 'uk']
		]
	},
	izyum: {
		n: 'Izyum',
		m: 'Izium',
		l: 'Изюм',
		k: 'town',
		c: 'UA',
		names: [
			['Izyum', 'en'],
			['Izium', 'en'],
			['Изюм', 'ru'],
			['Ізюм', 'uk']
		]
	},
	vorozhba: {
		n: 'Vorozhba',
		l: 'Ворожба',
		k: 'junction',
		c: 'UA',
		names: [
			['Vorozhba', 'en'],
			['Ворожба', 'ru'],
			['Ворожба', 'uk']
		]
	},
	kiev: {
		n: 'Kiev',
		m: 'Kyiv',
		l: 'Киев',
		k: 'city',
		c: 'UA',
		names: [
			['Kiev', 'en'],
			['Kyiv', 'en'],
			['Киев', 'ru'],
			['Київ', 'uk']
		]
	},
	aleksandrovsk: {
		n: 'Aleksandrovsk',
		m: 'Zaporizhzhia',
		l: 'Александровск',
		k: 'city',
		c: 'UA',
		names: [
			['Aleksandrovsk', 'en', null, 1921],
			['Zaporozhye', 'en', 1921],
			['Zaporizhzhia', 'en', 1921],
			['Александровск', 'ru', null, 1921],
			['Запорожье', 'ru', 1921],
			['Запоріжжя', 'uk', 1921]
		],
		src: ['universalium-zaporizhzhya']
	},
	yekaterinodar: {
		n: 'Yekaterinodar',
		m: 'Krasnodar',
		l: 'Екатеринодар',
		k: 'city',
		c: 'RU',
		names: [
			['Yekaterinodar', 'en', null, 1920],
			['Ekaterinodar', 'en', null, 1920],
			['Krasnodar', 'en', 1920],
			['Екатеринодар', 'ru', null, 1920],
			['Краснодар', 'ru', 1920]
		],
		src: ['wikipedia-krasnodar']
	},
	akhtari: {
		n: 'Akhtari',
		m: 'Primorsko-Akhtarsk',
		l: 'Ахтари',
		k: 'town',
		c: 'RU',
		names: [
			['Akhtari', 'en'],
			['Primorsko-Akhtarskaya', 'en', 1900],
			['Primorsko-Akhtarsk', 'en', 1949],
			['Ахтари', 'ru'],
			['Приморско-Ахтарская', 'ru', 1900],
			['Приморско-Ахтарск', 'ru', 1949]
		],
		src: ['kavkaz-toponyms-primorsko-akhtarsk'],
		notes: [
			{
				kind: 'caution',
				text: 'Akhtari is the name used in the sources for the 1920 landing area and the name of the railway terminus (1914); the stanitsa itself was Primorsko-Akhtarskaya from 1900 (briefly a town 1922–1926) and became the town of Primorsko-Akhtarsk in 1949.',
				sources: ['kavkaz-toponyms-primorsko-akhtarsk']
			}
		]
	},
	rostov: { n: 'Rostov-on-Don', l: 'Ростов-на-Дону', k: 'city', c: 'RU' },
	novocherkassk: { n: 'Novocherkassk', l: 'Новочеркасск', k: 'town', c: 'RU' },
	tikhoretsk: {
		n: 'Tikhoretskaya',
		m: 'Tikhoretsk',
		l: 'Тихорецкая',
		k: 'junction',
		c: 'RU',
		names: [
			['Tikhoretskaya', 'en'],
			['Tikhoretsk', 'en', 1926],
			['Тихорецкая', 'ru'],
			['Тихорецк', 'ru', 1926]
		],
		src: ['russia-ic-tikhoretsk'],
		notes: [
			{
				kind: 'caution',
				text: 'Tikhoretskaya was the name of the junction station (opened 1875); the settlement round it became the town of Tikhoretsk in 1926.',
				sources: ['russia-ic-tikhoretsk']
			}
		]
	},
	astrakhan: { n: 'Astrakhan', l: 'Астрахань', k: 'city', c: 'RU' },
	petrograd: {
		n: 'Petrograd',
		m: 'Saint Petersburg',
		l: 'Петроград',
		k: 'city',
		c: 'RU',
		names: [
			['Saint Petersburg', 'en', null, 1914],
			['Petrograd', 'en', 1914, 1924],
			['Leningrad', 'en', 1924, 1991],
			['Saint Petersburg', 'en', 1991],
			['St Petersburg', 'en', 1991],
			['Петроград', 'ru', 1914, 1924],
			['Ленинград', 'ru', 1924, 1991],
			['Санкт-Петербург', 'ru', 1991]
		],
		src: ['latimes-1991-st-petersburg']
	},
	tosno: { n: 'Tosno', l: 'Тосно', k: 'town', c: 'RU' },
	gatchina: {
		n: 'Gatchina',
		l: 'Гатчина',
		k: 'town',
		c: 'RU',
		names: [
			['Gatchina', 'en', null, 1923],
			['Trotsk', 'en', 1923, 1929],
			['Krasnogvardeysk', 'en', 1929, 1944],
			['Gatchina', 'en', 1944],
			['Гатчина', 'ru'],
			['Троцк', 'ru', 1923, 1929],
			['Красногвардейск', 'ru', 1929, 1944]
		],
		src: ['wikipedia-gatchina']
	},
	krasnoye_selo: { n: 'Krasnoye Selo', l: 'Красное Село', k: 'town', c: 'RU' },
	yamburg: {
		n: 'Yamburg',
		m: 'Kingisepp',
		l: 'Ямбург',
		k: 'town',
		c: 'RU',
		names: [
			['Yamburg', 'en', null, 1922],
			['Kingisepp', 'en', 1922],
			['Ямбург', 'ru', null, 1922],
			['Кингисепп', 'ru', 1922]
		],
		src: ['wikipedia-kingisepp']
	},
	luga: { n: 'Luga', l: 'Луга', k: 'town', c: 'RU' },
	kronstadt: { n: 'Kronstadt', l: 'Кронштадт', k: 'port', c: 'RU' },
	yekaterinburg: {
		n: 'Yekaterinburg',
		l: 'Екатеринбург',
		k: 'city',
		c: 'RU',
		names: [
			['Yekaterinburg', 'en', null, 1924],
			['Ekaterinburg', 'en'],
			['Sverdlovsk', 'en', 1924, 1991],
			['Yekaterinburg', 'en', 1991],
			['Екатеринбург', 'ru'],
			['Свердловск', 'ru', 1924, 1991]
		],
		src: ['britannica-yekaterinburg']
	},
	krasnoufimsk: { n: 'Krasnoufimsk', l: 'Красноуфимск', k: 'town', c: 'RU' },
	ufa: { n: 'Ufa', l: 'Уфа', k: 'city', c: 'RU' },
	vyatka: {
		n: 'Vyatka',
		m: 'Kirov',
		l: 'Вятка',
		k: 'city',
		c: 'RU',
		names: [
			['Vyatka', 'en', null, 1934],
			['Kirov', 'en', 1934],
			['Вятка', 'ru', null, 1934],
			['Киров', 'ru', 1934]
		],
		src: ['wikipedia-kirov']
	},
	perm: {
		n: 'Perm',
		l: 'Пермь',
		k: 'city',
		c: 'RU',
		names: [
			['Perm', 'en', null, 1940],
			['Molotov', 'en', 1940, 1957],
			['Perm', 'en', 1957],
			['Пермь', 'ru'],
			['Молотов', 'ru', 1940, 1957]
		],
		src: ['britannica-perm']
	},
	nizhny: {
		n: 'Nizhny Novgorod',
		l: 'Нижний Новгород',
		k: 'city',
		c: 'RU',
		names: [
			['Nizhny Novgorod', 'en', null, 1932],
			['Gorky', 'en', 1932, 1990],
			['Nizhny Novgorod', 'en', 1990],
			['Нижний Новгород', 'ru'],
			['Горький', 'ru', 1932, 1990]
		],
		src: ['britannica-nizhny-novgorod']
	},
	smolensk: { n: 'Smolensk', l: 'Смоленск', k: 'city', c: 'RU' },
	vyazma: { n: 'Vyazma', l: 'Вязьма', k: 'town', c: 'RU' },
	orsha: {
		n: 'Orsha',
		l: 'Орша',
		k: 'junction',
		c: 'BY',
		names: [
			['Orsha', 'en'],
			['Орша', 'ru'],
			['Орша', 'be']
		]
	},
	mogilev: {
		n: 'Mogilev',
		m: 'Mogilev',
		l: 'Могилёв',
		k: 'city',
		c: 'BY',
		names: [
			['Mogilev', 'en'],
			['Mahilyow', 'en'],
			['Могилёв', 'ru'],
			['Магілёў', 'be']
		]
	},
	gomel: {
		n: 'Gomel',
		l: 'Гомель',
		k: 'city',
		c: 'BY',
		names: [
			['Gomel', 'en'],
			['Homyel', 'en'],
			['Гомель', 'ru'],
			['Гомель', 'be']
		]
	},
	minsk: {
		n: 'Minsk',
		l: 'Минск',
		k: 'city',
		c: 'BY',
		names: [
			['Minsk', 'en'],
			['Минск', 'ru'],
			['Мінск', 'be']
		]
	},
	bryansk: { n: 'Bryansk', l: 'Брянск', k: 'city', c: 'RU' },
	orenburg: {
		n: 'Orenburg',
		l: 'Оренбург',
		k: 'city',
		c: 'RU',
		names: [
			['Orenburg', 'en', null, 1938],
			['Chkalov', 'en', 1938, 1957],
			['Orenburg', 'en', 1957],
			['Оренбург', 'ru'],
			['Чкалов', 'ru', 1938, 1957]
		],
		src: ['collins-chkalov']
	},
	akbulak: {
		n: 'Ak-Bulak',
		m: 'Akbulak',
		l: 'Ак-Булак',
		k: 'station',
		c: 'RU',
		names: [
			['Ak-Bulak', 'en'],
			['Akbulak', 'en'],
			['Ак-Булак', 'ru'],
			['Акбулак', 'ru']
		]
	},
	aktyubinsk: {
		n: 'Aktyubinsk',
		m: 'Aktobe',
		l: 'Актюбинск',
		k: 'town',
		c: 'KZ',
		names: [
			['Ak-Tyube', 'en', 1869, 1891],
			['Aktyubinsk', 'en', 1891, 1999],
			['Aktobe', 'en', 1999],
			['Актюбинск', 'ru', 1891, 1999],
			['Ақтөбе', 'kk']
		],
		src: ['encyclopedia-kz-aktobe']
	},
	kzylorda: {
		n: 'Kzyl-Orda',
		m: 'Kyzylorda',
		l: 'Кзыл-Орда',
		k: 'town',
		c: 'KZ',
		names: [
			['Ak-Mechet', 'en', null, 1853],
			['Perovsk', 'en', 1853],
			['Ak-Mechet', 'en'],
			['Kzyl-Orda', 'en', 1925],
			['Kyzylorda', 'en'],
			['Ак-Мечеть', 'ru', null, 1853],
			['Перовск', 'ru', 1853],
			['Кзыл-Орда', 'ru', 1925],
			['Қызылорда', 'kk']
		],
		src: ['britannica-qyzylorda'],
		notes: [
			{
				kind: 'caution',
				text: 'Britannica: renamed Perovsk after the Russian capture of 1853; the name Ak-Mechet was restored after 1917 (year not given) and the city became Kzyl-Orda in 1925. The 1928 and 1929 journeys therefore passed Kzyl-Orda.',
				sources: ['britannica-qyzylorda']
			}
		]
	},
	arys: {
		n: 'Arys',
		l: 'Арысь',
		k: 'junction',
		c: 'KZ',
		names: [
			['Arys', 'en'],
			['Арысь', 'ru'],
			['Арыс', 'kk']
		]
	},
	aulieata: {
		n: 'Aulie-Ata',
		m: 'Taraz',
		l: 'Аулие-Ата',
		k: 'town',
		c: 'KZ',
		names: [
			['Aulie-Ata', 'en', null, 1936],
			['Mirzoyan', 'en', 1936, 1938],
			['Dzhambul', 'en', 1938, 1997],
			['Zhambyl', 'en'],
			['Taraz', 'en', 1997],
			['Аулие-Ата', 'ru', null, 1936],
			['Мирзоян', 'ru', 1936, 1938],
			['Джамбул', 'ru', 1938, 1997],
			['Тараз', 'kk', 1997]
		],
		src: ['infoplease-taraz'],
		notes: [
			{
				kind: 'disagreement',
				text: 'The Columbia Encyclopedia (and taraztour.kz: 8 Jan 1997) date the restoration of the name Taraz to 1997; Britannica gives Zhambyl/Dzhambul for 1938–92 and does not mention Mirzoyan.',
				sources: ['infoplease-taraz', 'britannica-taraz']
			}
		]
	},
	frunze: {
		n: 'Frunze',
		m: 'Bishkek',
		l: 'Фрунзе',
		k: 'city',
		c: 'KG',
		names: [
			['Pishpek', 'en', null, 1926],
			['Frunze', 'en', 1926, 1991],
			['Bishkek', 'en', 1991],
			['Пишпек', 'ru', null, 1926],
			['Фрунзе', 'ru', 1926, 1991],
			['Бишкек', 'ky', 1991]
		],
		src: ['loc-authority-bishkek', 'encyclopedia-com-bishkek'],
		notes: [
			{
				kind: 'caution',
				text: 'Both exile journeys (January 1928 and January 1929) fall after the renaming of Pishpek to Frunze (1926); some sources of the journeys still say Pishpek.',
				sources: ['loc-authority-bishkek']
			}
		]
	},
	kurdai_pass: {
		n: 'Kurdai pass',
		m: 'Kordai pass',
		l: 'Курдайский перевал',
		k: 'pass',
		c: 'KZ',
		names: [
			['Kurdai pass', 'en'],
			['Kordai pass', 'en'],
			['Курдайский перевал', 'ru'],
			['Қордай асуы', 'kk']
		]
	},
	almaata: {
		n: 'Alma-Ata',
		m: 'Almaty',
		l: 'Алма-Ата',
		k: 'city',
		c: 'KZ',
		names: [
			['Verny', 'en', null, 1921],
			['Alma-Ata', 'en', 1921, 1993],
			['Almaty', 'en', 1993],
			['Верный', 'ru', null, 1921],
			['Алма-Ата', 'ru', 1921],
			['Алматы', 'kk']
		],
		src: ['ehistory-kz-verny-almaty']
	},
	odessa: {
		n: 'Odessa',
		m: 'Odesa',
		l: 'Одесса',
		k: 'port',
		c: 'UA',
		names: [
			['Odessa', 'en'],
			['Odesa', 'en'],
			['Одесса', 'ru'],
			['Одеса', 'uk']
		]
	},
	istanbul: {
		n: 'Constantinople',
		m: 'Istanbul',
		l: 'İstanbul',
		k: 'city',
		c: 'TR',
		names: [
			['Constantinople', 'en', null, 1930],
			['Istanbul', 'en', 1930],
			['İstanbul', 'tr'],
			['Константинополь', 'ru']
		],
		src: ['istanbul-name-1930'],
		notes: [
			{
				kind: 'caution',
				text: 'In 1929–1933 Western sources still wrote Constantinople; Turkey asked foreigners to use Istanbul from 3 Jan 1929 and enforced it through the postal law of 28 March 1930.',
				sources: ['istanbul-name-1930']
			}
		]
	},
	buyukada: {
		n: 'Prinkipo',
		m: 'Büyükada',
		l: 'Büyükada',
		k: 'island',
		c: 'TR',
		names: [
			['Prinkipo', 'en'],
			['Büyükada', 'en'],
			['Buyukada', 'en'],
			['Büyükada', 'tr'],
			['Πρίγκηπος', 'el']
		],
		src: ['wikipedia-nl-buyukada']
	},
	piraeus: {
		n: 'Piraeus',
		l: 'Πειραιάς',
		k: 'port',
		c: 'GR',
		names: [
			['Piraeus', 'en'],
			['Πειραιάς', 'el']
		]
	},
	corinth_canal: {
		n: 'Corinth Canal',
		l: 'Διώρυγα της Κορίνθου',
		k: 'landmark',
		c: 'GR',
		names: [
			['Corinth Canal', 'en'],
			['Διώρυγα της Κορίνθου', 'el']
		]
	},
	naples: { n: 'Naples', l: 'Napoli', k: 'port', c: 'IT', ll: 'it' },
	catania: { n: 'Catania', l: 'Catania', k: 'port', c: 'IT', ll: 'it' },
	brindisi: { n: 'Brindisi', l: 'Brindisi', k: 'port', c: 'IT', ll: 'it' },
	venice: { n: 'Venice', l: 'Venezia', k: 'city', c: 'IT', ll: 'it' },
	marseille: { n: 'Marseille', l: 'Marseille', k: 'port', c: 'FR', ll: 'fr' },
	cassis: { n: 'Cassis', l: 'Cassis', k: 'port', c: 'FR', ll: 'fr' },
	tonneins: { n: 'Tonneins', l: 'Tonneins', k: 'town', c: 'FR', ll: 'fr' },
	royan: { n: 'Royan', l: 'Royan', k: 'town', c: 'FR', ll: 'fr' },
	saint_palais: {
		n: 'Saint-Palais-sur-Mer',
		l: 'Saint-Palais-sur-Mer',
		k: 'residence',
		c: 'FR',
		ll: 'fr',
		names: [
			['Saint-Palais-sur-Mer', 'en'],
			['Les Embruns', 'fr'],
			['Saint-Palais-sur-Mer', 'fr']
		]
	},
	bordeaux: { n: 'Bordeaux', l: 'Bordeaux', k: 'city', c: 'FR', ll: 'fr' },
	montdemarsan: { n: 'Mont-de-Marsan', l: 'Mont-de-Marsan', k: 'town', c: 'FR', ll: 'fr' },
	bagneres: { n: 'Bagnères-de-Bigorre', l: 'Bagnères-de-Bigorre', k: 'town', c: 'FR', ll: 'fr' },
	barbizon: {
		n: 'Barbizon',
		l: 'Barbizon',
		k: 'residence',
		c: 'FR',
		ll: 'fr',
		names: [
			['Barbizon', 'en'],
			['Ker Monique', 'fr'],
			['Barbizon', 'fr']
		]
	},
	lagny: { n: 'Lagny-sur-Marne', l: 'Lagny-sur-Marne', k: 'town', c: 'FR', ll: 'fr' },
	chamonix: {
		n: 'Chamonix',
		m: 'Chamonix-Mont-Blanc',
		l: 'Chamonix',
		k: 'town',
		c: 'FR',
		ll: 'fr',
		names: [
			['Chamonix', 'en'],
			['Chamonix-Mont-Blanc', 'fr']
		]
	},
	st_pierre_chartreuse: {
		n: 'Saint-Pierre-de-Chartreuse',
		l: 'Saint-Pierre-de-Chartreuse',
		k: 'village',
		c: 'FR',
		ll: 'fr'
	},
	domene: { n: 'Domène', l: 'Domène', k: 'town', c: 'FR', ll: 'fr' },
	grenoble: { n: 'Grenoble', l: 'Grenoble', k: 'city', c: 'FR', ll: 'fr' },
	paris: { n: 'Paris', l: 'Paris', k: 'city', c: 'FR', ll: 'fr' },
	dunkirk: {
		n: 'Dunkirk',
		l: 'Dunkerque',
		k: 'port',
		c: 'FR',
		names: [
			['Dunkirk', 'en'],
			['Dunkerque', 'fr']
		]
	},
	esbjerg: { n: 'Esbjerg', l: 'Esbjerg', k: 'port', c: 'DK', ll: 'da' },
	copenhagen: {
		n: 'Copenhagen',
		l: 'København',
		k: 'city',
		c: 'DK',
		names: [
			['Copenhagen', 'en'],
			['København', 'da']
		]
	},
	antwerp: {
		n: 'Antwerp',
		l: 'Antwerpen',
		k: 'port',
		c: 'BE',
		names: [
			['Antwerp', 'en'],
			['Antwerpen', 'nl'],
			['Anvers', 'fr']
		]
	},
	oslo: {
		n: 'Oslo',
		l: 'Oslo',
		k: 'city',
		c: 'NO',
		names: [
			['Christiania', 'en', null, 1924],
			['Kristiania', 'no', 1878, 1924],
			['Oslo', 'en', 1925],
			['Oslo', 'no', 1925]
		],
		src: ['wikipedia-kristiania']
	},
	jevnaker: { n: 'Jevnaker', l: 'Jevnaker', k: 'village', c: 'NO', ll: 'no' },
	honefoss: {
		n: 'Hønefoss',
		l: 'Hønefoss',
		k: 'town',
		c: 'NO',
		names: [
			['Hønefoss', 'en'],
			['Honefoss', 'en'],
			['Hønefoss', 'no']
		]
	},
	wexhall: {
		n: 'Wexhall',
		l: 'Wexhall (Veksal)',
		k: 'residence',
		c: 'NO',
		names: [
			['Wexhall', 'en'],
			['Weksal', 'en'],
			['Veksal', 'no'],
			['Wexhall', 'no']
		]
	},
	sundby_hurum: {
		n: 'Sundby, Hurum',
		l: 'Sundby, Storsand, Hurum',
		k: 'residence',
		c: 'NO',
		names: [
			['Sundby, Hurum', 'en'],
			['Sundby', 'no'],
			['Storsand', 'no']
		]
	},
	fagerstrand: { n: 'Fagerstrand', l: 'Fagerstrand', k: 'port', c: 'NO', ll: 'no' },
	tampico: { n: 'Tampico', l: 'Tampico', k: 'port', c: 'MX', ll: 'es' },
	lecheria: {
		n: 'Lechería station',
		l: 'Estación Lechería',
		k: 'station',
		c: 'MX',
		names: [
			['Lechería station', 'en'],
			['Lecheria', 'en'],
			['Estación Lechería', 'es']
		]
	},
	mexico_city: {
		n: 'Mexico City',
		l: 'Ciudad de México',
		k: 'city',
		c: 'MX',
		names: [
			['Mexico City', 'en'],
			['Ciudad de México', 'es'],
			['México, D.F.', 'es']
		]
	},
	coyoacan: {
		n: 'Coyoacán',
		l: 'Coyoacán',
		k: 'town',
		c: 'MX',
		names: [
			['Coyoacán', 'en'],
			['Coyoacan', 'en'],
			['Coyoacán', 'es']
		]
	},
	casa_azul: {
		n: 'Casa Azul',
		l: 'La Casa Azul',
		k: 'residence',
		c: 'MX',
		names: [
			['Casa Azul', 'en'],
			['Blue House', 'en'],
			['La Casa Azul', 'es'],
			['Museo Frida Kahlo', 'es']
		]
	},
	casa_viena: {
		n: 'Avenida Viena house',
		m: 'Museo Casa de León Trotsky',
		l: 'Casa de Avenida Viena',
		k: 'residence',
		c: 'MX',
		names: [
			['Avenida Viena house', 'en'],
			['Trotsky House Museum', 'en'],
			['Museo Casa de León Trotsky', 'es']
		]
	},
	lyubertsy: { n: 'Lyubertsy', l: 'Люберцы', k: 'junction', c: 'RU' },
	kovrov: { n: 'Kovrov', l: 'Ковров', k: 'town', c: 'RU' },
	sergach: { n: 'Sergach', l: 'Сергач', k: 'town', c: 'RU' },
	sarapul: { n: 'Sarapul', l: 'Сарапул', k: 'town', c: 'RU' },
	druzhinino: { n: 'Druzhinino', l: 'Дружинино', k: 'junction', c: 'RU' },
	kungur: { n: 'Kungur', l: 'Кунгур', k: 'town', c: 'RU' },
	chusovoy: {
		n: 'Chusovskaya',
		m: 'Chusovoy',
		l: 'Чусовская',
		k: 'junction',
		c: 'RU',
		names: [
			['Chusovskaya', 'en'],
			['Chusovoy', 'en', 1933],
			['Чусовская', 'ru'],
			['Чусовой', 'ru', 1933]
		],
		src: ['bre-chusovoy']
	},
	nizhny_tagil: { n: 'Nizhny Tagil', l: 'Нижний Тагил', k: 'town', c: 'RU' },
	zlatoust: { n: 'Zlatoust', l: 'Златоуст', k: 'town', c: 'RU' },
	chelyabinsk: { n: 'Chelyabinsk', l: 'Челябинск', k: 'city', c: 'RU' },
	glazov: { n: 'Glazov', l: 'Глазов', k: 'town', c: 'RU' },
	kotlas: { n: 'Kotlas', l: 'Котлас', k: 'town', c: 'RU' },
	buzuluk: { n: 'Buzuluk', l: 'Бузулук', k: 'town', c: 'RU' },
	uralsk: {
		n: 'Uralsk',
		m: 'Oral',
		l: 'Уральск',
		k: 'town',
		c: 'KZ',
		names: [
			['Uralsk', 'en'],
			['Oral', 'en'],
			['Уральск', 'ru'],
			['Орал', 'kk']
		]
	},
	morshansk: { n: 'Morshansk', l: 'Моршанск', k: 'town', c: 'RU' },
	kirsanov: { n: 'Kirsanov', l: 'Кирсанов', k: 'town', c: 'RU' },
	lipetsk: { n: 'Lipetsk', l: 'Липецк', k: 'town', c: 'RU' },
	uryupinsk: {
		n: 'Uryupinskaya',
		m: 'Uryupinsk',
		l: 'Урюпинская',
		k: 'town',
		c: 'RU',
		names: [
			['Uryupinskaya', 'en', null, 1929],
			['Uryupinsk', 'en', 1929],
			['Урюпинская', 'ru', null, 1929],
			['Урюпинск', 'ru', 1929]
		],
		src: ['russia-ic-uryupinsk']
	},
	kalach: { n: 'Kalach-na-Donu', l: 'Калач-на-Дону', k: 'town', c: 'RU' },
	millerovo: { n: 'Millerovo', l: 'Миллерово', k: 'town', c: 'RU' },
	taganrog: { n: 'Taganrog', l: 'Таганрог', k: 'port', c: 'RU' },
	novorossiysk: { n: 'Novorossiysk', l: 'Новороссийск', k: 'port', c: 'RU' },
	belgorod: { n: 'Belgorod', l: 'Белгород', k: 'town', c: 'RU' },
	lozovaya: {
		n: 'Lozovaya',
		m: 'Lozova',
		l: 'Лозовая',
		k: 'junction',
		c: 'UA',
		names: [
			['Lozovaya', 'en'],
			['Lozova', 'en'],
			['Лозовая', 'ru'],
			['Лозова', 'uk']
		]
	},
	yekaterinoslav: {
		n: 'Yekaterinoslav',
		m: 'Dnipro',
		l: 'Екатеринослав',
		k: 'city',
		c: 'UA',
		names: [
			['Yekaterinoslav', 'en', null, 1926],
			['Ekaterinoslav', 'en', null, 1926],
			['Dnepropetrovsk', 'en', 1926, 2016],
			['Dnipropetrovsk', 'en', 1926, 2016],
			['Dnipro', 'en', 2016],
			['Sicheslav', 'uk'],
			['Екатеринослав', 'ru', null, 1926],
			['Днепропетровск', 'ru', 1926, 2016],
			['Дніпро', 'uk', 2016]
		],
		src: ['wikipedia-dnipro']
	},
	melitopol: {
		n: 'Melitopol',
		l: 'Мелитополь',
		k: 'town',
		c: 'UA',
		names: [
			['Melitopol', 'en'],
			['Мелитополь', 'ru'],
			['Мелітополь', 'uk']
		]
	},
	simferopol: {
		n: 'Simferopol',
		l: 'Симферополь',
		k: 'city',
		c: 'UA',
		names: [
			['Simferopol', 'en'],
			['Симферополь', 'ru'],
			['Сімферополь', 'uk']
		]
	},
	sevastopol: {
		n: 'Sevastopol',
		l: 'Севастополь',
		k: 'port',
		c: 'UA',
		names: [
			['Sevastopol', 'en'],
			['Севастополь', 'ru'],
			['Севастополь', 'uk']
		]
	},
	konotop: {
		n: 'Konotop',
		l: 'Конотоп',
		k: 'junction',
		c: 'UA',
		names: [
			['Konotop', 'en'],
			['Конотоп', 'ru'],
			['Конотоп', 'uk']
		]
	},
	bakhmach: {
		n: 'Bakhmach',
		l: 'Бахмач',
		k: 'junction',
		c: 'UA',
		names: [
			['Bakhmach', 'en'],
			['Бахмач', 'ru'],
			['Бахмач', 'uk']
		]
	},
	bobruisk: {
		n: 'Bobruisk',
		m: 'Babruysk',
		l: 'Бобруйск',
		k: 'town',
		c: 'BY',
		names: [
			['Bobruisk', 'en'],
			['Babruysk', 'en'],
			['Бобруйск', 'ru'],
			['Бабруйск', 'be']
		]
	},
	zhlobin: {
		n: 'Zhlobin',
		l: 'Жлобин',
		k: 'junction',
		c: 'BY',
		names: [
			['Zhlobin', 'en'],
			['Жлобин', 'ru'],
			['Жлобін', 'be']
		]
	},
	vileyka: {
		n: 'Vileyka',
		m: 'Vilyeyka',
		l: 'Вилейка',
		k: 'town',
		c: 'BY',
		names: [
			['Vileyka', 'en'],
			['Vilyeyka', 'en'],
			['Вилейка', 'ru'],
			['Вілейка', 'be'],
			['Wilejka', 'pl']
		]
	},
	stolbtsy: {
		n: 'Stolbtsy',
		m: 'Stowbtsy',
		l: 'Столбцы',
		k: 'town',
		c: 'BY',
		names: [
			['Stolbtsy', 'en'],
			['Stowbtsy', 'en'],
			['Столбцы', 'ru'],
			['Стоўбцы', 'be'],
			['Stołpce', 'pl']
		]
	},
	baranovichi: {
		n: 'Baranovichi',
		m: 'Baranavichy',
		l: 'Барановичи',
		k: 'junction',
		c: 'BY',
		names: [
			['Baranovichi', 'en'],
			['Baranavichy', 'en'],
			['Барановичи', 'ru'],
			['Баранавічы', 'be'],
			['Baranowicze', 'pl']
		]
	},
	brest: {
		n: 'Brest-Litovsk',
		m: 'Brest',
		l: 'Брест-Литовск',
		k: 'city',
		c: 'BY',
		names: [
			['Brest-Litovsk', 'en', null, 1921],
			['Brest', 'en'],
			['Брест-Литовск', 'ru', null, 1921],
			['Брэст', 'be'],
			['Brześć nad Bugiem', 'pl']
		],
		src: ['treccani-brest']
	},
	tashkent: {
		n: 'Tashkent',
		l: 'Ташкент',
		k: 'city',
		c: 'UZ',
		names: [
			['Tashkent', 'en'],
			['Ташкент', 'ru'],
			['Toshkent', 'uz']
		]
	},
	pompeii: {
		n: 'Pompeii',
		m: 'Pompei',
		l: 'Pompei',
		k: 'landmark',
		c: 'IT',
		names: [
			['Pompeii', 'en'],
			['Pompei', 'it']
		]
	},
	tultitlan: {
		n: 'Tultitlán',
		l: 'Tultitlán',
		k: 'town',
		c: 'MX',
		names: [
			['Tultitlán', 'en'],
			['Tultitlan', 'en'],
			['Tultitlán', 'es']
		]
	},
	otrozhka: { n: 'Otrozhka', l: 'Отрожка', k: 'junction', c: 'RU' },
	shklov: {
		n: 'Shklov',
		m: 'Shklow',
		l: 'Шклов',
		k: 'town',
		c: 'BY',
		names: [
			['Shklov', 'en'],
			['Shklow', 'en'],
			['Шклов', 'ru'],
			['Шклоў', 'be']
		]
	},
	kopys: {
		n: 'Kopys',
		l: 'Копысь',
		k: 'village',
		c: 'BY',
		names: [
			['Kopys', 'en'],
			['Копысь', 'ru'],
			['Копысь', 'be']
		]
	},
	sollihogda: {
		n: 'Sollihøgda',
		l: 'Sollihøgda',
		k: 'pass',
		c: 'NO',
		names: [
			['Sollihøgda', 'en'],
			['Sollihogda', 'en'],
			['Sollihøgda', 'no']
		]
	},
	ulleval: {
		n: 'Ullevål hospital',
		l: 'Ullevål sykehus',
		k: 'landmark',
		c: 'NO',
		names: [
			['Ullevål hospital', 'en'],
			['Ulleval hospital', 'en'],
			['Ullevål sykehus', 'no']
		]
	},
	vologda: { n: 'Vologda', l: 'Вологда', k: 'city', c: 'RU' },
	vyatskiye_polyany: { n: 'Vyatskiye Polyany', l: 'Вятские Поляны', k: 'town', c: 'RU' },
	kremenchug: {
		n: 'Kremenchug',
		m: 'Kremenchuk',
		l: 'Кременчуг',
		k: 'town',
		c: 'UA',
		names: [
			['Kremenchug', 'en'],
			['Kremenchuk', 'en'],
			['Кременчуг', 'ru'],
			['Кременчук', 'uk']
		]
	},
	novozybkov: { n: 'Novozybkov', l: 'Новозыбков', k: 'town', c: 'RU' }
};
