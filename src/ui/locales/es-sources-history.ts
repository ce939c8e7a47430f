// Spanish for the back-test scenarios' sourced values (scenarios/*.json other than Venezuela): each
// value's source text, its note and the terrain reason, looked up through tData as in es-sources.ts
// (texts the Venezuela scenarios share are there). A source's exact words stay in English inside their
// quotation marks; names and titles stay as written.
export const ES_SOURCES_HISTORY = {
  'World Bank SP.POP.TOTL, Afghanistan 2001 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Afganistán 2001 (copia datasets/population de la serie del Banco Mundial)',
  'the low hostility of every back-test (the policing tier, 2 per 1,000); no published measure of popular opposition exists for this case, and one value for all back-tests avoids tuning (docs/model.md §7a).':
    'la hostilidad baja de todas las pruebas históricas (el nivel policial, 2 por 1.000); no existe una medida publicada de la oposición popular para este caso, y un solo valor para todas las pruebas históricas evita ajustes (docs/model.md §7a).',
  'Design choice: a mountainous country, the rugged terrain class (1.5) (docs/model.md §7b, Dupuy terrain classes).':
    'Decisión de diseño: un país montañoso, la clase de terreno accidentado (1,5) (docs/model.md §7b, clases de terreno de Dupuy).',
  'a single-theatre board, one region with the whole population, as in the other back-tests (docs/model.md §2).': 'un tablero de un solo teatro, una región con toda la población, como en las demás pruebas históricas (docs/model.md §2).',
  'Associated Press, 25 May 2014 (troop timeline): 2,500 US troops in December 2001, about 9,700 at the end of 2002':
    'Associated Press, 25 de mayo de 2014 (cronología de tropas): 2.500 efectivos estadounidenses en diciembre de 2001, unos 9.700 a finales de 2002',
  'the same intervener quality as every shipped scenario, an order of magnitude of a combat-effectiveness edge (about 2, Dupuy 1987) times an air and surveillance edge (about 1.5, Biddle 2004); not tuned to this case (docs/model.md §7a).':
    'la misma calidad del interventor que en todos los escenarios incluidos, el orden de magnitud de una ventaja de eficacia en combate (unos 2, Dupuy 1987) por una ventaja aérea y de vigilancia (unos 1,5, Biddle 2004); no ajustada a este caso (docs/model.md §7a).',
  'the same uncertainty of the quality edge (σ of its logarithm) as every shipped scenario (docs/model.md §7a).':
    'la misma incertidumbre de la ventaja de calidad (σ de su logaritmo) que en todos los escenarios incluidos (docs/model.md §7a).',
  'the 3:1 planning norm used as the plan’s target ratio in every shipped scenario (docs/model.md §7a).': 'la norma de planificación de 3:1, usada como relación objetivo del plan en todos los escenarios incluidos (docs/model.md §7a).',
  'Congressional Budget Office, letter to Sen. R. Byrd, 3 Sep 2003: a US occupation force of 67,000-106,000 sustainable indefinitely; the same global value as every shipped scenario':
    'Congressional Budget Office, carta al senador R. Byrd, 3 sep. 2003: una fuerza de ocupación estadounidense de 67.000-106.000 sostenible indefinidamente; el mismo valor global que en todos los escenarios incluidos',
  'Army Times, 18 Feb 2016: deploy-to-dwell goal 1:2, i.e. one-year tours; the same global value as every shipped scenario':
    'Army Times, 18 feb. 2016: meta de despliegue y descanso de 1:2, es decir, misiones de un año; el mismo valor global que en todos los escenarios incluidos',
  'CNN, 25 Sep 2001: "the Taliban have only between 12,000 and 15,000 troops, Pakistani officials and CNN analysts said"':
    'CNN, 25 sep. 2001: "the Taliban have only between 12,000 and 15,000 troops, Pakistani officials and CNN analysts said"',
  'the planner’s conservative case used in every shipped scenario, every regular fights (docs/model.md §7a).': 'el caso prudente del planificador usado en todos los escenarios incluidos: combaten todos los regulares (docs/model.md §7a).',
  'the same value as the other scenarios; with one region every defender is in the capital region anyway (docs/model.md §7a).':
    'el mismo valor que en los demás escenarios; con una sola región, todos los defensores están de todos modos en la región capital (docs/model.md §7a).',
  'no sourced effective militia figure for 2001 in the project’s sources; 0 as in the other back-tests (docs/model.md §7a).':
    'las fuentes del proyecto no tienen una cifra de milicia efectiva para 2001; 0 como en las demás pruebas históricas (docs/model.md §7a).',
  'Dupuy, Understanding War (1987), Quantified Judgment Model posture factors: hasty defence 1.3 (prepared 1.5, fortified 1.6); the same value as every shipped scenario':
    'Dupuy, Understanding War (1987), factores de postura del Quantified Judgment Model: defensa improvisada 1,3 (preparada 1,5, fortificada 1,6); el mismo valor que en todos los escenarios incluidos',
  'after Biddle, Military Power (2004), the same value as every shipped scenario: the defender has not mastered the modern system of force employment (docs/model.md §7a).':
    'según Biddle, Military Power (2004), el mismo valor que en todos los escenarios incluidos: el defensor no domina el sistema moderno de empleo de la fuerza (docs/model.md §7a).',
  'the new authorities had no army or police of their own at the start (they were built from 2002); 0 (docs/model.md §4).':
    'las nuevas autoridades no tenían al principio ejército ni policía propios (se formaron desde 2002); 0 (docs/model.md §4).',
  'with no pre-war host forces counted, the retained share has no effect; 0 for clarity (docs/model.md §4).':
    'sin fuerzas locales de antes de la guerra contadas, la proporción conservada no tiene efecto; 0 por claridad (docs/model.md §4).',
  'World Bank SP.POP.TOTL, Bosnia and Herzegovina 1995 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Bosnia y Herzegovina 1995 (copia datasets/population de la serie del Banco Mundial)',
  'The force was replaced after a year by SFOR, originally 31,000 (FAMA Collection, 2015); the model keeps its global rotation rule.':
    'Al cabo de un año la fuerza fue sustituida por la SFOR, al principio de 31.000 (FAMA Collection, 2015); el modelo mantiene su regla global de rotación.',
  'the armies of the parties separated under the Dayton agreement and did not fight the implementation force; 0 regulars (docs/model.md §7a).':
    'los ejércitos de las partes se separaron según el acuerdo de Dayton y no combatieron a la fuerza de aplicación; 0 regulares (docs/model.md §7a).',
  'no sourced armed opposition to the force; 0 as in the other back-tests (docs/model.md §7a).': 'no hay oposición armada a la fuerza con fuente; 0 como en las demás pruebas históricas (docs/model.md §7a).',
  'the parties’ own police are not counted as host forces of the intervention (no sourced figure fits the model’s meaning); 0 (docs/model.md §4).':
    'la policía propia de las partes no se cuenta como fuerza local de la intervención (ninguna cifra con fuente encaja con su significado en el modelo); 0 (docs/model.md §4).',
  'World Bank SP.POP.TOTL, Timor-Leste 1999 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Timor-Leste 1999 (copia datasets/population de la serie del Banco Mundial)',
  'Design choice: a small mountainous territory, the rugged terrain class (1.5), as for Grenada (docs/model.md §7b, Dupuy terrain classes).':
    'Decisión de diseño: un territorio pequeño y montañoso, la clase de terreno accidentado (1,5), como para Granada (docs/model.md §7b, clases de terreno de Dupuy).',
  'Virtual War Memorial Australia (2024): INTERFET "grew to over 11,500 strong"; Wikipedia, International Force East Timor (2025): "11,500 personnel (at the peak of deployment)"; 24ur.com, Feb 2000: about 11,000':
    'Virtual War Memorial Australia (2024): INTERFET "grew to over 11,500 strong"; Wikipedia, International Force East Timor (2025): "11,500 personnel (at the peak of deployment)"; 24ur.com, feb. 2000: unos 11.000',
  'the Indonesian armed forces withdrew by agreement and did not fight the intervention; 0 regulars (docs/model.md §7a).':
    'las fuerzas armadas indonesias se retiraron por acuerdo y no combatieron a la intervención; 0 regulares (docs/model.md §7a).',
  'the sources give no strength for the pro-Indonesian militias (Wikipedia, International Force East Timor, lists it as unknown); 0 as in the other back-tests (docs/model.md §7a).':
    'las fuentes no dan efectivos para las milicias proindonesias (Wikipedia, International Force East Timor, los da como desconocidos); 0 como en las demás pruebas históricas (docs/model.md §7a).',
  'no security forces of the new territory existed in 1999 (the Indonesian police left with the army); 0 (docs/model.md §4).':
    'en 1999 no existían fuerzas de seguridad del nuevo territorio (la policía indonesia se fue con el ejército); 0 (docs/model.md §4).',
  'World Bank, World Development Indicators SP.POP.TOTL, Grenada 1983.': 'Banco Mundial, World Development Indicators SP.POP.TOTL, Granada 1983.',
  'low hostility for a back-test; the model has no published measure of popular opposition (docs/model.md §8).':
    'hostilidad baja para una prueba histórica; el modelo no tiene una medida publicada de la oposición popular (docs/model.md §8).',
  'Design choice: a small mountainous island, classed rugged (docs/model.md §8).': 'Decisión de diseño: una isla pequeña y montañosa, clasificada como accidentada (docs/model.md §8).',
  'a single-theatre board, one region with the whole population (docs/model.md §8).': 'un tablero de un solo teatro, una región con toda la población (docs/model.md §8).',
  'Derived: about 7,300 US troops plus 353 of the Caribbean Peace Force (Wikipedia infobox on the invasion of Grenada); the Financial Times (Oct 2025) says "more than 7,000 soldiers and Marines".':
    'Derivado: unos 7.300 efectivos estadounidenses más 353 de la Fuerza de Paz del Caribe (ficha de Wikipedia sobre la invasión de Granada); el Financial Times (oct. 2025) dice "more than 7,000 soldiers and Marines".',
  'The sum 7,300 + 353; The Times (London, 2019) says 7,000.': 'La suma 7.300 + 353; The Times (Londres, 2019) dice 7.000.',
  "Derived: about 1,200-1,500 soldiers of the People's Revolutionary Army plus about 780 Cubans, mostly armed construction workers (Wikipedia infobox on the 1983 invasion of Grenada).":
    'Derivado: unos 1.200-1.500 soldados del Ejército Revolucionario del Pueblo más unos 780 cubanos, en su mayoría trabajadores de la construcción armados (ficha de Wikipedia sobre la invasión de Granada de 1983).',
  'The sums 1,200 + 780 and 1,500 + 780.': 'Las sumas 1.200 + 780 y 1.500 + 780.',
  'the same as the Venezuela scenarios; with one region every defender is in the capital region anyway (docs/model.md §8).':
    'lo mismo que en los escenarios de Venezuela; con una sola región, todos los defensores están de todos modos en la región capital (docs/model.md §8).',
  'no sourced effective militia figure for Grenada 1983; 0 means resistance starts only from the regulars and the hostility floor (docs/model.md §8).':
    'no hay una cifra de milicia efectiva con fuente para Granada 1983; 0 significa que la resistencia empieza solo con los regulares y el mínimo de hostilidad (docs/model.md §8).',
  "no sourced figure for the security forces kept on by the interim government; 0 lets the intervener's troops carry the whole density (docs/model.md §8).":
    'no hay una cifra con fuente de las fuerzas de seguridad que conservó el gobierno interino; 0 deja que las tropas del interventor aporten toda la densidad (docs/model.md §8).',
  'with no pre-war host forces counted, the retained share has no effect; 0 for clarity (docs/model.md §8).':
    'sin fuerzas locales de antes de la guerra contadas, la proporción conservada no tiene efecto; 0 por claridad (docs/model.md §8).',
  'World Bank SP.POP.TOTL, Haiti 1994 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Haití 1994 (copia datasets/population de la serie del Banco Mundial)',
  'Design choice: one region for the whole country mixes cities and mountains, so the middle terrain class (mixed, 1.3) is used, as for Panama (docs/model.md §7b, Dupuy terrain classes).':
    'Decisión de diseño: una sola región para todo el país mezcla ciudades y montañas, así que se usa la clase de terreno intermedia (mixto, 1,3), como para Panamá (docs/model.md §7b, clases de terreno de Dupuy).',
  'Wikipedia, Operation Uphold Democracy (infobox), 2025: 25,000 US troops': 'Wikipedia, Operation Uphold Democracy (ficha), 2025: 25.000 efectivos estadounidenses',
  'Med: an encyclopedia figure; other summaries give about 20,000.': 'Fiabilidad media: una cifra de enciclopedia; otros resúmenes dan unos 20.000.',
  'Library of Congress, Dominican Republic and Haiti: Country Studies (2001): the FAd’H "had a strength of about 6,200"; Tampa Bay Times, 22 Oct 1994: 7,450 soldiers':
    'Library of Congress, Dominican Republic and Haiti: Country Studies (2001): las FAd’H "had a strength of about 6,200"; Tampa Bay Times, 22 oct. 1994: 7.450 soldados',
  'no sourced effective militia figure that fits the model’s meaning (the press estimate of 60,000 paramilitaries counts members, not fighters); 0 as in the other back-tests (docs/model.md §7a).':
    'no hay una cifra de milicia efectiva con fuente que encaje con su significado en el modelo (la estimación de prensa de 60.000 paramilitares cuenta miembros, no combatientes); 0 como en las demás pruebas históricas (docs/model.md §7a).',
  'Derived: some 3,300 soldiers accepted into the Interim Public Security Force (Library of Congress, 2001) out of about 8,000 military and police: 3,300 / 8,000 ≈ 0.41':
    'Derivado: unos 3.300 soldados admitidos en la Fuerza Provisional de Seguridad Pública (Library of Congress, 2001) de unos 8.000 militares y policías: 3.300 / 8.000 ≈ 0,41',
  'World Bank SP.POP.TOTL, Kosovo 1999 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Kosovo 1999 (copia datasets/population de la serie del Banco Mundial)',
  'Design choice: plains ringed by mountains, the middle terrain class (mixed, 1.3) (docs/model.md §7b, Dupuy terrain classes).':
    'Decisión de diseño: llanuras rodeadas de montañas, la clase de terreno intermedia (mixto, 1,3) (docs/model.md §7b, clases de terreno de Dupuy).',
  'Belgrade withdrew all its army and police units from Kosovo by agreement (Netherlands Ministry of Defence), so none fought the force; 0 regulars (docs/model.md §7a).':
    'Belgrado retiró por acuerdo todas sus unidades del ejército y de la policía de Kosovo (Netherlands Ministry of Defence), así que ninguna combatió a la fuerza; 0 regulares (docs/model.md §7a).',
  'no sourced armed opposition to the force (the Kosovo Liberation Army was to be disarmed, not fought); 0 as in the other back-tests (docs/model.md §7a).':
    'no hay oposición armada a la fuerza con fuente (el Ejército de Liberación de Kosovo debía ser desarmado, no combatido); 0 como en las demás pruebas históricas (docs/model.md §7a).',
  'the Yugoslav police left with the army and a new police force was built later; 0 (docs/model.md §4).': 'la policía yugoslava se fue con el ejército y más tarde se formó una nueva policía; 0 (docs/model.md §4).',
  'World Bank, World Development Indicators SP.POP.TOTL, Panama 1989.': 'Banco Mundial, World Development Indicators SP.POP.TOTL, Panamá 1989.',
  'Design choice: one region for the whole country mixes cities and countryside, so the middle terrain class (mixed, Dupuy 1.3) is used (docs/model.md §8).':
    'Decisión de diseño: una sola región para todo el país mezcla ciudades y campo, así que se usa la clase de terreno intermedia (mixto, Dupuy 1,3) (docs/model.md §8).',
  'US Army Heritage & Education Center (27,684); L. Yates (US Army Center of Military History), Army News Service, 4 Dec 2014: "some 13,000 U.S. troops stationed there".':
    'US Army Heritage & Education Center (27.684); L. Yates (US Army Center of Military History), Army News Service, 4 dic. 2014: "some 13,000 U.S. troops stationed there".',
  'About 13,000 were already in Panama and about 14,000 were flown in.': 'Unos 13.000 ya estaban en Panamá y unos 14.000 llegaron por aire.',
  'Panama Defense Forces in Dec 1989: 12,800-16,000, police, national guard and army together (versions of the Wikipedia infobox on the invasion differ).':
    'Fuerzas de Defensa de Panamá en dic. 1989: 12.800-16.000, con policía, guardia nacional y ejército juntos (las versiones de la ficha de Wikipedia sobre la invasión difieren).',
  'no sourced effective militia figure for Panama 1989; 0 means resistance starts only from the regulars and the hostility floor (docs/model.md §8).':
    'no hay una cifra de milicia efectiva con fuente para Panamá 1989; 0 significa que la resistencia empieza solo con los regulares y el mínimo de hostilidad (docs/model.md §8).',
  "no sourced figure for the security forces kept on by the new government (the Panama Defense Forces were dissolved); 0 lets the intervener's troops carry the whole density (docs/model.md §8).":
    'no hay una cifra con fuente de las fuerzas de seguridad que conservó el nuevo gobierno (las Fuerzas de Defensa de Panamá fueron disueltas); 0 deja que las tropas del interventor aporten toda la densidad (docs/model.md §8).',
  'World Bank SP.POP.TOTL, Somalia 1992 (datasets/population mirror of the World Bank series)': 'World Bank SP.POP.TOTL, Somalia 1992 (copia datasets/population de la serie del Banco Mundial)',
  'Design choice: most of the country is arid plain, the open terrain class (1.0) (docs/model.md §7b, Dupuy terrain classes).':
    'Decisión de diseño: la mayor parte del país es llanura árida, la clase de terreno abierto (1,0) (docs/model.md §7b, clases de terreno de Dupuy).',
  'Med: an encyclopedia figure. 28,000 is the US share alone.': 'Fiabilidad media: una cifra de enciclopedia. 28.000 es solo la parte estadounidense.',
  'no national army existed in 1992: the state had collapsed after the fall of Siad Barre in 1991 (United Nations, UNOSOM background) (docs/model.md §7a).':
    'en 1992 no existía un ejército nacional: el Estado se había desmoronado tras la caída de Siad Barre en 1991 (Naciones Unidas, antecedentes de la ONUSOM) (docs/model.md §7a).',
  'the armed factions have no sourced aggregate strength in the project’s sources; 0 as in the other back-tests, so resistance starts from the hostility floor (docs/model.md §7a).':
    'las facciones armadas no tienen en las fuentes del proyecto un efectivo agregado con fuente; 0 como en las demás pruebas históricas, así que la resistencia empieza en el mínimo de hostilidad (docs/model.md §7a).',
  'no national police or army existed to be kept on (the state had collapsed in 1991); 0 (docs/model.md §4).': 'no existían policía ni ejército nacionales que conservar (el Estado se había desmoronado en 1991); 0 (docs/model.md §4).',
} satisfies Record<string, string>;
