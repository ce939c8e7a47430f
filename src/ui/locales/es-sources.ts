// Spanish for the shipped Venezuela scenarios' sourced values: each value's source text (without a
// leading "Design choice: ", which the screens word themselves), its note and each region's terrain
// reason, looked up through tData by src/ui/kit/status-label.ts and the Set up tooltips; and the input
// units and terrain classes; and the data of the analysis and history screens (see below). A source's
// exact words stay in English inside their quotation marks. Back-test scenarios' own value sources are
// in es-sources-history.ts.
export const ES_SOURCES = {
  // Units of the inputs (src/model/scenario-schema.ts, src/model/advanced.ts) and terrain classes
  share: 'proporción',
  people: 'personas',
  months: 'meses',
  open: 'abierto',
  mixed: 'mixto',
  urban: 'urbano',
  rugged: 'accidentado',
  // Source texts, notes and terrain reasons (scenarios/venezuela-*.json)
  'UN DESA, World Population Prospects 2024 (the World Bank series SP.POP.TOTL gives the same value); the upper end of the range is the CIA World Factbook estimate for 2025.':
    'UN DESA, World Population Prospects 2024 (la serie SP.POP.TOTL del Banco Mundial da el mismo valor); el extremo superior del rango es la estimación de 2025 del CIA World Factbook.',
  'The CIA World Factbook estimates 31,755,435 (2025). Sources differ by about 3.3 million, mainly over how to count the roughly 8 million emigrants.':
    'El CIA World Factbook estima 31.755.435 (2025). Las fuentes difieren en unos 3,3 millones, sobre todo por cómo contar a los unos 8 millones de emigrantes.',
  'no published measure of how many Venezuelans would oppose an intervention and a new order; 0.3 is the middle of the design range (docs/model.md §7a).':
    'no hay ninguna medida publicada de cuántos venezolanos se opondrían a una intervención y a un nuevo orden; 0,3 es el centro del rango de diseño (docs/model.md §7a).',
  'Design range 0.2 to 0.4: across it the control outcome moves more than with any troop number (docs/model.md §12). Above about 0.36 no troop level stabilizes the country once the rotation cap binds (docs/model.md §11).':
    'Rango de diseño de 0,2 a 0,4: a lo largo de él el resultado del control cambia más que con cualquier número de efectivos (docs/model.md §12). Por encima de 0,36 aproximadamente, ningún nivel de efectivos estabiliza el país una vez que actúa el tope de rotación (docs/model.md §11).',
  "Density 503/km² (derived); the three entities form one metropolitan region (English Wikipedia, List of metropolitan areas in Venezuela, citing INE 2013). The class is the project's judgment, not a published classification (docs/model.md §7a).":
    'Densidad 503/km² (derivada); las tres entidades forman una región metropolitana (Wikipedia en inglés, List of metropolitan areas in Venezuela, que cita al INE 2013). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  'Derived: INE Venezuela, XIV Censo Nacional 2011 (enumerated), state totals summed into the board regions (docs/model.md §7a).':
    'Derivado: INE Venezuela, XIV Censo Nacional 2011 (población empadronada), totales de los estados sumados en las regiones del tablero (docs/model.md §7a).',
  '4,971,986 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '4.971.986 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  "Density 332/km² (derived); two large metropolitan areas (same list, INE 2013 estimates). The class is the project's judgment, not a published classification (docs/model.md §7a).":
    'Densidad 332/km² (derivada); dos grandes áreas metropolitanas (misma lista, estimaciones del INE 2013). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '3,876,052 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '3.876.052 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  "Two large metropolitan areas in lowlands and mountains (CIA World Factbook, Terrain) with sparsely settled dry and lowland zones; density 61/km² (derived). The class is the project's judgment, not a published classification (docs/model.md §7a).":
    'Dos grandes áreas metropolitanas entre tierras bajas y montañas (CIA World Factbook, Terrain) con zonas secas y bajas poco pobladas; densidad 61/km² (derivada). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '6,982,970 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '6.982.970 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  'Mountains (CIA World Factbook, Terrain: "Andes Mountains … in northwest"); population in valleys, 90/km² (derived). The class is the project\'s judgment, not a published classification (docs/model.md §7a).':
    'Montañas (CIA World Factbook, Terrain: "Andes Mountains … in northwest"); población en los valles, 90/km² (derivada). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '2,683,867 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '2.683.867 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  'Central plains (CIA World Factbook, Terrain: "central plains (llanos)"); density 16/km² (derived). The class is the project\'s judgment, not a published classification (docs/model.md §7a).':
    'Llanos centrales (CIA World Factbook, Terrain: "central plains (llanos)"); densidad 16/km² (derivada). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '3,222,689 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '3.222.689 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  "A coastal city belt plus eastern plains, a mountainous coast and the islands; density 44/km² (derived). The class is the project's judgment, not a published classification (docs/model.md §7a).":
    'Un cinturón de ciudades costeras más llanos orientales, una costa montañosa y las islas; densidad 44/km² (derivada). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '3,765,246 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '3.765.246 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  "Guiana Highlands and forest (CIA World Factbook, Terrain); half the national area, 6.3% of the people; density 3.8/km² (derived). The class is the project's judgment, not a published classification (docs/model.md §7a).":
    'Macizo guayanés y selva (CIA World Factbook, Terrain); la mitad de la superficie nacional, el 6,3 % de la población; densidad 3,8/km² (derivada). La clase es un criterio del proyecto, no una clasificación publicada (docs/model.md §7a).',
  '1,725,120 of 27,227,930 people in the 2011 census (derived share; assumes emigration since 2015 left state shares unchanged, unverified).':
    '1.725.120 de 27.227.930 personas en el censo de 2011 (proporción derivada; supone que la emigración desde 2015 no cambió las proporciones de los estados, sin verificar).',
  'Financial Times, Oct 2025: "About 10,000 troops, eight warships, a nuclear-powered fast-attack submarine and F-35 fighter jets have been deployed to the region".':
    'Financial Times, oct. 2025: "About 10,000 troops, eight warships, a nuclear-powered fast-attack submarine and F-35 fighter jets have been deployed to the region".',
  'Most were afloat, not a ground force ashore (Politico, about 10 Dec 2025: "no sizable American ground force is waiting in the region"); later reports counted nearly 15,000 in the region (NewsGhana, 1 Dec 2025, and other outlets, Nov-Dec 2025).':
    'La mayoría estaba embarcada, no era una fuerza terrestre en tierra (Politico, hacia el 10 dic. 2025: "no sizable American ground force is waiting in the region"); informaciones posteriores contaron casi 15.000 en la región (NewsGhana, 1 dic. 2025, y otros medios, nov.-dic. 2025).',
  'order of magnitude of a combat-effectiveness edge (Dupuy, Understanding War, 1987: CEV about 2) times an air and surveillance edge of about 1.5 (Biddle, Military Power, 2004) (docs/model.md §7a).':
    'orden de magnitud de una ventaja de eficacia en combate (Dupuy, Understanding War, 1987: CEV de unos 2) por una ventaja aérea y de vigilancia de unos 1,5 (Biddle, Military Power, 2004) (docs/model.md §7a).',
  'uncertainty of the quality edge (σ of its logarithm); no published value (docs/model.md §7a).': 'incertidumbre de la ventaja de calidad (σ de su logaritmo); sin valor publicado (docs/model.md §7a).',
  'the plan aims for the 3:1 planning norm (Mearsheimer, International Security 13(4), 1989; US Army planning factor, CGSC ST 100-9, 1991), which gives about 98% entry per region in the model (docs/model.md §5).':
    'el plan apunta a la norma de planificación de 3:1 (Mearsheimer, International Security 13(4), 1989; factor de planificación del Ejército de EE. UU., CGSC ST 100-9, 1991), que da en el modelo una entrada de alrededor del 98 % por región (docs/model.md §5).',
  'Congressional Budget Office, letter to Sen. R. Byrd, 3 Sep 2003: a US occupation force of 67,000-106,000 sustainable indefinitely (the published value is this range; 100,000 is a round value inside it, near its top).':
    'Congressional Budget Office, carta al senador R. Byrd, 3 sep. 2003: una fuerza de ocupación estadounidense de 67.000-106.000 sostenible indefinidamente (el valor publicado es este rango; 100.000 es un valor redondo dentro de él, cerca de su extremo superior).',
  'Derived from the Army Times, 18 Feb 2016: the deploy-to-dwell goal of 1:2 means one-year tours, so the rotation cap applies from month 12.':
    'Derivado de Army Times, 18 feb. 2016: la meta de despliegue y descanso de 1:2 supone misiones de un año, así que el tope de rotación se aplica desde el mes 12.',
  'Mark Cancian (CSIS), quoted in Politico about 10 Dec 2025 and summarised by TASS, 11 Dec 2025: "some 90,000 including the army, marines and National Guard".':
    'Mark Cancian (CSIS), citado en Politico hacia el 10 dic. 2025 y resumido por TASS, 11 dic. 2025: "some 90,000 including the army, marines and National Guard".',
  'The upper figure is all active armed forces, 123,000 (IISS Military Balance, as reported by Folha de S.Paulo, Apr 2019). The CIA World Factbook gives 125,000-150,000.':
    'La cifra superior son todas las fuerzas armadas activas, 123.000 (IISS Military Balance, según Folha de S.Paulo, abr. 2019). El CIA World Factbook da 125.000-150.000.',
  "the planner's conservative case, every regular fights (docs/model.md §7a). Lower it to explore desertion or a negotiated entry.":
    'el caso prudente del planificador: combaten todos los regulares (docs/model.md §7a). Bájalo para explorar la deserción o una entrada negociada.',
  'share of the fighting regulars concentrated in the capital region; the rest are spread by population (docs/model.md §7a).':
    'proporción de los regulares combatientes concentrados en la región capital; el resto se reparte según la población (docs/model.md §7a).',
  'effective militia strength, about half of the independent estimates (IISS 220,000; CIA World Factbook about 200,000, 2025), because a nominal roll is not a fighting force (docs/model.md §7a).':
    'efectivo real de la milicia, alrededor de la mitad de las estimaciones independientes (IISS 220.000; CIA World Factbook unos 200.000, 2025), porque una lista nominal no es una fuerza combatiente (docs/model.md §7a).',
  'Government claims of 4.5 to 8.2 million militia members (Aug-Sep 2025) are claims, not estimates, and are not used.':
    'Las cifras del gobierno, de 4,5 a 8,2 millones de milicianos (ago.-sep. 2025), son afirmaciones, no estimaciones, y no se usan.',
  'Dupuy, Understanding War (1987), Quantified Judgment Model posture factors: hasty defence 1.3 (prepared 1.5, fortified 1.6).':
    'Dupuy, Understanding War (1987), factores de postura del Quantified Judgment Model: defensa improvisada 1,3 (preparada 1,5, fortificada 1,6).',
  'after Biddle, Military Power (2004): 0 means the defender has not mastered the modern system of force employment, so the quality edge applies in full (docs/model.md §7a).':
    'según Biddle, Military Power (2004): 0 significa que el defensor no domina el sistema moderno de empleo de la fuerza, así que la ventaja de calidad se aplica por completo (docs/model.md §7a).',
  'pre-war army and police of the order of the active armed forces (123,000, IISS) plus police; no published police total was found (docs/model.md §7a).':
    'ejército y policía de antes de la guerra del orden de las fuerzas armadas activas (123.000, IISS) más la policía; no se encontró un total publicado de la policía (docs/model.md §7a).',
  'share of the pre-war forces kept on by the new authorities; 0 is a full dissolution (docs/model.md §7a).':
    'proporción de las fuerzas de antes de la guerra que conservan las nuevas autoridades; 0 es una disolución completa (docs/model.md §7a).',
  'a limited objective holds one small region for eight weeks, two control months; a teaching example, not a real plan (docs/model.md §8).':
    'un objetivo limitado mantiene una región pequeña durante ocho semanas, dos meses de control; un ejemplo didáctico, no un plan real (docs/model.md §8).',
  'Mark Cancian, a former Pentagon official, in the Financial Times, Oct 2025: 50,000 US troops "would be the absolute minimum" needed to invade Venezuela; also TASS\'s summary of Politico, 11 Dec 2025.':
    'Mark Cancian, exfuncionario del Pentágono, en el Financial Times, oct. 2025: 50.000 efectivos estadounidenses "would be the absolute minimum" (serían el mínimo absoluto) para invadir Venezuela; también el resumen de Politico hecho por TASS, 11 dic. 2025.',
  'Financial Times, Oct 2025: Panama 1989 "with about 30,000 troops, or three times the number in the Caribbean today".':
    'Financial Times, oct. 2025: Panamá 1989 "with about 30,000 troops, or three times the number in the Caribbean today".',
  'The recorded Panama total was 27,684, about 13,000 of them already stationed there (US Army Heritage & Education Center; L. Yates, Army News Service, 4 Dec 2014).':
    'El total registrado en Panamá fue de 27.684, unos 13.000 de ellos ya destacados allí (US Army Heritage & Education Center; L. Yates, Army News Service, 4 dic. 2014).',
  'Mark Cancian, a former Pentagon official, in the Financial Times, Oct 2025: "the war planners would want something more like 150,000".':
    'Mark Cancian, exfuncionario del Pentágono, en el Financial Times, oct. 2025: "the war planners would want something more like 150,000".',
  // The density chart's past cases, Quinlivan's bands and their sources (src/ui/analysis/densities.ts),
  // the analysis markers' labels, words and sources (scenarios/*.json `referenceForces`), and the
  // History table's source lines (scenarios/*.json `history.source`). Names and titles stay as written.
  'Historical densities: derived from US troop numbers and World Bank population of the intervention year; Dobbins et al., RAND MR-1753 (2003), for the published comparisons (docs/sources.md).':
    'Densidades históricas: derivadas de las cifras de tropas estadounidenses y de la población del Banco Mundial del año de la intervención; Dobbins et al., RAND MR-1753 (2003), para las comparaciones publicadas (docs/sources.md).',
  'Grenada 1983': 'Granada 1983',
  'Panama 1989': 'Panamá 1989',
  'Dominican Rep. 1965': 'Rep. Dominicana 1965',
  'Iraq 2003 / 2007': 'Irak 2003 / 2007',
  'Haiti 1994': 'Haití 1994',
  'Afghanistan 2001': 'Afganistán 2001',
  '77: US troops only (about 7,300); 80.6: with the 353 of the Caribbean Peace Force, the 7,653 the Grenada scenario plays; both for 94,948 people':
    '77: solo tropas estadounidenses (unos 7.300); 80,6: con los 353 de la Fuerza de Paz del Caribe, los 7.653 que juega el escenario de Granada; ambos para 94.948 personas',
  'Coalition, inside Kosovo': 'Coalición, dentro de Kosovo',
  Coalition: 'Coalición',
  '27,684 in total, about half already stationed there': '27.684 en total, cerca de la mitad ya destacados allí',
  'About 6 (ashore peak, unverified) to 11 (42,000)': 'De unos 6 (máximo en tierra, sin verificar) a 11 (42.000)',
  'US only': 'solo EE. UU.',
  'National; higher in the south': 'Nacional; mayor en el sur',
  'Dobbins: 20; Quinlivan: 23.7': 'Dobbins: 20; Quinlivan: 23,7',
  'Dobbins: 18.6; Quinlivan: 22.6': 'Dobbins: 18,6; Quinlivan: 22,6',
  'Quinlivan: 6.1; Dobbins: about 6': 'Quinlivan: 6,1; Dobbins: unos 6',
  'Dobbins: 3.5': 'Dobbins: 3,5',
  'Dobbins: 0.2': 'Dobbins: 0,2',
  'Derived: US troops (Wikipedia infobox) over World Bank population': 'Derivado: tropas estadounidenses (ficha de Wikipedia) entre la población del Banco Mundial',
  'Derived: coalition troops over World Bank population; Dobbins et al., RAND MR-1753 (2003); Quinlivan 2003 (second-hand)':
    'Derivado: tropas de la coalición entre la población del Banco Mundial; Dobbins et al., RAND MR-1753 (2003); Quinlivan 2003 (de segunda mano)',
  'Derived: US troops (US Army Heritage & Education Center) over World Bank population': 'Derivado: tropas estadounidenses (US Army Heritage & Education Center) entre la población del Banco Mundial',
  'Derived: US troops (unverified ashore peak; 42,000 in total) over World Bank population': 'Derivado: tropas estadounidenses (máximo en tierra sin verificar; 42.000 en total) entre la población del Banco Mundial',
  'Derived: US troops over World Bank population; Quinlivan 2003; Dobbins et al., RAND MR-1753 (2003)': 'Derivado: tropas estadounidenses entre la población del Banco Mundial; Quinlivan 2003; Dobbins et al., RAND MR-1753 (2003)',
  'Derived: US troops over World Bank population; Dobbins et al., RAND MR-1753 (2003)': 'Derivado: tropas estadounidenses entre la población del Banco Mundial; Dobbins et al., RAND MR-1753 (2003)',
  'Policing a peaceful population: 1-4 per 1,000': 'Vigilancia de una población pacífica: 1-4 por cada 1.000',
  'Difficult stability cases: 20 or more per 1,000': 'Casos de estabilización difíciles: 20 o más por cada 1.000',
  'J. T. Quinlivan, "Burden of Victory", RAND Review, Summer 2003': 'J. T. Quinlivan, "Burden of Victory", RAND Review, verano de 2003',
  'J. T. Quinlivan, RAND Review, Summer 2003 ("as large as or larger than 20 … per thousand")': 'J. T. Quinlivan, RAND Review, verano de 2003 ("as large as or larger than 20 … per thousand")',
  '≈10,000 (late 2025)': '≈10.000 (finales de 2025)',
  '50,000 "absolute minimum"': '50.000 "absolute minimum" (mínimo absoluto)',
  '150,000 planners': '150.000 de los planificadores',
  'Panama 1989: 27,684': 'Panamá 1989: 27.684',
  '27,684 US troops in total; about 13,000 of them were already stationed in Panama.': '27.684 efectivos estadounidenses en total; unos 13.000 de ellos ya estaban destacados en Panamá.',
  'US Army Heritage & Education Center (27,684); L. Yates (US Army Center of Military History), Army News Service, 4 December 2014':
    'US Army Heritage & Education Center (27.684); L. Yates (US Army Center of Military History), Army News Service, 4 de diciembre de 2014',
  'Financial Times, October 2025; Task & Purpose, late October 2025 ("roughly 10,000 personnel")': 'Financial Times, octubre de 2025; Task & Purpose, finales de octubre de 2025 ("roughly 10,000 personnel")',
  "Financial Times, October 2025; the 50,000 also in TASS's summary of Politico, 11 December 2025": 'Financial Times, octubre de 2025; los 50.000 también en el resumen de Politico hecho por TASS, 11 de diciembre de 2025',
  'Financial Times report': 'Información del Financial Times',
  'Associated Press, 25 May 2014 (troop timeline); Associated Press, 7 Jan 2011 (Taliban strength over time)':
    'Associated Press, 25 de mayo de 2014 (cronología de tropas); Associated Press, 7 de enero de 2011 (efectivos talibanes a lo largo del tiempo)',
  'Netherlands Ministry of Defence, IFOR, SFOR and EUFOR; FAMA Collection, The Dayton Peace Accords (2015); American RadioWorks (2003), reporting James Dobbins':
    'Netherlands Ministry of Defence, IFOR, SFOR and EUFOR; FAMA Collection, The Dayton Peace Accords (2015); American RadioWorks (2003), que recoge a James Dobbins',
  'Wikipedia, International Force East Timor (infobox); Virtual War Memorial Australia, INTERFET / UNTAET 1999-2002': 'Wikipedia, International Force East Timor (ficha); Virtual War Memorial Australia, INTERFET / UNTAET 1999-2002',
  'Wikipedia, United States invasion of Grenada (infobox); Financial Times, Oct 2025': 'Wikipedia, United States invasion of Grenada (ficha); Financial Times, oct. 2025',
  'Wikipedia, Operation Uphold Democracy (infobox), 2025; Library of Congress, Dominican Republic and Haiti: Country Studies, 2001; Tampa Bay Times, 22 Oct 1994':
    'Wikipedia, Operation Uphold Democracy (ficha), 2025; Library of Congress, Dominican Republic and Haiti: Country Studies, 2001; Tampa Bay Times, 22 oct. 1994',
  'Ministry of National Defence of Poland, KFOR; Netherlands Ministry of Defence, Kosovo Force 1999-2000; American RadioWorks (2003), reporting James Dobbins':
    'Ministry of National Defence of Poland, KFOR; Netherlands Ministry of Defence, Kosovo Force 1999-2000; American RadioWorks (2003), que recoge a James Dobbins',
  'L. Yates (US Army Center of Military History) via Army News Service, 4 Dec 2014; Wikipedia, United States invasion of Panama (infobox)':
    'L. Yates (US Army Center of Military History) vía Army News Service, 4 dic. 2014; Wikipedia, United States invasion of Panama (ficha)',
} satisfies Record<string, string>;
