// Spanish for the shipped scenarios' claims (scenarios/*.json `claims`): who spoke, the sentence the
// model tests, the reason for each check's level, and the claim's own source line, looked up through
// tData where a card shows them. A source's exact words stay in English inside their quotation marks
// (only a source's exact words go inside quotation marks); a Spanish gloss may follow outside them.
// tests/app/scenario-text-es.test.ts checks every shipped claim has its entries here.
export const ES_CLAIMS = {
  // --- Who, and the claim's own source line (shown when it cites no catalogue source)
  'Experts quoted by the Financial Times': 'Expertos citados por el Financial Times',
  'Seth Jones, a former US Special Operations Command official': 'Seth Jones, exfuncionario del Mando de Operaciones Especiales de EE. UU.',
  'Bradley Martin, a former Navy surface warfare captain now at the think-tank Rand': 'Bradley Martin, excapitán de guerra de superficie de la Armada, hoy en el centro de estudios Rand',
  'Mark Cancian, a former Pentagon official': 'Mark Cancian, exfuncionario del Pentágono',
  'Financial Times, on the 1983 intervention': 'Financial Times, sobre la intervención de 1983',
  'Financial Times, on the 1989 intervention': 'Financial Times, sobre la intervención de 1989',
  'Historical outcome (Associated Press)': 'Resultado histórico (Associated Press)',
  'Historical outcome (American RadioWorks; Netherlands Ministry of Defence)': 'Resultado histórico (American RadioWorks; Netherlands Ministry of Defence)',
  'Historical outcome (Wikipedia; Virtual War Memorial Australia)': 'Resultado histórico (Wikipedia; Virtual War Memorial Australia)',
  'Historical outcome (Wikipedia; Library of Congress)': 'Resultado histórico (Wikipedia; Library of Congress)',
  'Historical outcome (American RadioWorks; Ministry of National Defence of Poland)': 'Resultado histórico (American RadioWorks; Ministry of National Defence of Poland)',
  'Historical outcome (Wikipedia; UN Chronicle)': 'Resultado histórico (Wikipedia; UN Chronicle)',
  'Financial Times, October 2025': 'Financial Times, octubre de 2025',
  'Financial Times, October 2025; outcome: Wikipedia, United States invasion of Grenada': 'Financial Times, octubre de 2025; resultado: Wikipedia, United States invasion of Grenada',
  'Financial Times, October 2025; outcome: L. Yates (US Army Center of Military History), Army News Service, 4 December 2014':
    'Financial Times, octubre de 2025; resultado: L. Yates (US Army Center of Military History), Army News Service, 4 de diciembre de 2014',
  'Associated Press, 25 May 2014, via WIAT (troop timeline, April 2004 entry)': 'Associated Press, 25 de mayo de 2014, vía WIAT (cronología de tropas, entrada de abril de 2004)',
  'Wikipedia, International Force East Timor (infobox), 2025; Virtual War Memorial Australia, INTERFET / UNTAET 1999-2002':
    'Wikipedia, International Force East Timor (ficha), 2025; Virtual War Memorial Australia, INTERFET / UNTAET 1999-2002',
  'Wikipedia, Operation Uphold Democracy (infobox), 2025; Library of Congress, Dominican Republic and Haiti: Country Studies, 2001':
    'Wikipedia, Operation Uphold Democracy (ficha), 2025; Library of Congress, Dominican Republic and Haiti: Country Studies, 2001',
  'Wikipedia, United Nations Operation in Somalia II (infobox), 2025; UN Chronicle, 1995': 'Wikipedia, United Nations Operation in Somalia II (ficha), 2025; UN Chronicle, 1995',

  // --- Venezuela: the 2025 build-up
  'With the 10,000 troops in the region, a full-scale invasion and control of the country succeeds in fewer than 5% of runs.':
    'Con los 10.000 efectivos de la región, una invasión a gran escala con control del país tiene éxito en menos del 5 % de las simulaciones.',
  'The article says the forces in the region, about 10,000 troops, are "not enough for a full-scale invasion": control of the country in fewer than 1 run in 20 is read as not enough. The 5% is the project\'s judgment, not a figure from the article.':
    'El artículo dice que las fuerzas de la región, unos 10.000 efectivos, son "not enough for a full-scale invasion" (insuficientes para una invasión a gran escala): controlar el país en menos de 1 simulación de cada 20 se lee como insuficiente. El 5 % es un criterio del proyecto, no una cifra del artículo.',
  'A Panama-sized force, 30,000 troops, is not enough for the much larger Venezuela: full control of the country succeeds in fewer than 5% of runs.':
    'Una fuerza del tamaño de la de Panamá, 30.000 efectivos, no basta para una Venezuela mucho mayor: el control total del país tiene éxito en menos del 5 % de las simulaciones.',
  'The article\'s Panama force is "about 30,000 troops"; Venezuela is a much larger country. Control in fewer than 1 run in 20 is read as not enough; the 5% is the project\'s judgment.':
    'La fuerza de Panamá del artículo es de "about 30,000 troops" (unos 30.000 efectivos); Venezuela es un país mucho mayor. El control en menos de 1 simulación de cada 20 se lee como insuficiente; el 5 % es un criterio del proyecto.',
  'The model has no special operations, so it cannot test this quote. What it checks instead: whether the ground force in the region, about 10,000 troops, could seize and hold the capital region; it does so in fewer than 10% of runs.':
    'El modelo no tiene operaciones especiales, así que no puede poner a prueba esta cita. Lo que comprueba en su lugar: si la fuerza terrestre de la región, unos 10.000 efectivos, podría tomar y mantener la región capital; lo logra en menos del 10 % de las simulaciones.',
  "About 10,000 troops are in the region. Fewer than 1 run in 10 is the project's threshold for rarely; it is not Jones's figure, and he spoke of special operations, which the model does not have.":
    'En la región hay unos 10.000 efectivos. Menos de 1 simulación de cada 10 es el umbral del proyecto para «rara vez»; no es una cifra de Jones, que hablaba de operaciones especiales, algo que el modelo no tiene.',

  // --- Venezuela: a limited use of force
  'With 10,000 troops a limited use of force works: one small, sparsely populated region is entered and held for two months in at least half of the runs. But it stays limited: the capital region is seized and held in fewer than 10% of runs.':
    'Con 10.000 efectivos funciona un uso limitado de la fuerza: se entra en una región pequeña y poco poblada y se mantiene durante dos meses en al menos la mitad de las simulaciones. Pero sigue siendo limitado: la región capital se toma y se mantiene en menos del 10 % de las simulaciones.',
  'The "uses of force that fall below the level of a full-up invasion" are read here as one small, lightly defended region of the schematic board held for two months; possible is read as at least half the runs (the project\'s judgment).':
    'Los "uses of force that fall below the level of a full-up invasion" (usos de la fuerza por debajo de una invasión completa) se leen aquí como una región pequeña y poco defendida del tablero esquemático mantenida durante dos meses; posible se lee como al menos la mitad de las simulaciones (criterio del proyecto).',
  'The "fairly limited because of the size of the force" is read as: the same force rarely takes the capital region, fewer than 1 run in 10 (the project\'s threshold for rarely).':
    'El "fairly limited because of the size of the force" (bastante limitado por el tamaño de la fuerza) se lee así: la misma fuerza rara vez toma la región capital, en menos de 1 simulación de cada 10 (el umbral del proyecto para «rara vez»).',

  // --- Venezuela: the minimum and the planners' force
  'Half of 50,000 falls short: at 25,000 the capital region is seized and held in fewer than half of the runs. At 50,000 an invasion becomes possible: the capital region is seized and held in at least half of the runs, but the whole country is not controlled in most of them.':
    'La mitad de 50.000 se queda corta: con 25.000 la región capital se toma y se mantiene en menos de la mitad de las simulaciones. Con 50.000 una invasión se vuelve posible: la región capital se toma y se mantiene en al menos la mitad de las simulaciones, pero en la mayoría de ellas no se controla todo el país.',
  'An "absolute minimum" means less does not suffice. 25,000, half of 50,000, is the project\'s choice of a level clearly below it, and not sufficing is read as fewer than half the runs.':
    'Un "absolute minimum" (mínimo absoluto) significa que menos no basta. 25.000, la mitad de 50.000, es el nivel claramente inferior que elige el proyecto, y no bastar se lee como menos de la mitad de las simulaciones.',
  "At the minimum an invasion becomes possible: read as seizing and holding the capital region in at least half the runs. The 50% is the project's reading of a minimum, not Cancian's figure.":
    'En el mínimo una invasión se vuelve posible: se lee como tomar y mantener la región capital en al menos la mitad de las simulaciones. El 50 % es la lectura que hace el proyecto de un mínimo, no una cifra de Cancian.',
  "A minimum to invade is not a force that controls the whole country (his planners want 150,000): read as country control in fewer than half the runs (the project's judgment).":
    'Un mínimo para invadir no es una fuerza que controle todo el país (sus planificadores quieren 150.000): se lee como control del país en menos de la mitad de las simulaciones (criterio del proyecto).',
  "A planner's force of 150,000 seizes and holds the capital region in at least 90% of runs and brings the whole country under control in more runs than not.":
    'Una fuerza de planificación de 150.000 toma y mantiene la región capital en al menos el 90 % de las simulaciones y pone todo el país bajo control en más de la mitad de ellas.',
  'What "the war planners would want" is read as a force that takes the capital region reliably: at least 90% of runs, the project\'s threshold for reliably.':
    'Lo que "the war planners would want" (querrían los planificadores de la guerra) se lee como una fuerza que toma la región capital de forma fiable: al menos el 90 % de las simulaciones, el umbral del proyecto para «de forma fiable».',
  "It must also bring the whole country under control more likely than not: more than half the runs (the project's judgment, not Cancian's figure).":
    'Además debe poner todo el país bajo control con más probabilidad que no: más de la mitad de las simulaciones (criterio del proyecto, no una cifra de Cancian).',

  // --- Back-tests
  'History: the Taliban government fell in late 2001, but by 2004 an insurgency was still being fought and the intervention was growing, not leaving. A model that fits history enters the capital region in at least half of its runs.':
    'Historia: el gobierno talibán cayó a finales de 2001, pero en 2004 todavía se combatía una insurgencia y la intervención crecía en lugar de retirarse. Un modelo que se ajusta a la historia entra en la región capital en al menos la mitad de sus simulaciones.',
  'History entered the capital within weeks; a model that fits history must enter it in most runs.':
    'En la historia se entró en la capital en pocas semanas; un modelo que se ajusta a la historia debe entrar en ella en la mayoría de las simulaciones.',
  'History: the war did not resume, the force was cut from 60,000 to 31,000 after a year and no insurgency grew. A model that fits history ends with the country stabilized in at least half of its runs.':
    'Historia: la guerra no se reanudó, la fuerza se redujo de 60.000 a 31.000 al cabo de un año y no creció ninguna insurgencia. Un modelo que se ajusta a la historia termina con el país estabilizado en al menos la mitad de sus simulaciones.',
  'History’s class (stabilized) must be the model’s majority outcome; half the runs is the lowest share that makes it the majority.':
    'La clase de la historia (estabilizada) debe ser el resultado mayoritario del modelo; la mitad de las simulaciones es la menor proporción que la hace mayoritaria.',
  'History: the militias were defeated or withdrew, the UN administration took over in February 2000 and the territory became independent in May 2002. A model that fits history ends with the territory stabilized in at least half of its runs.':
    'Historia: las milicias fueron derrotadas o se retiraron, la administración de la ONU asumió el mando en febrero de 2000 y el territorio se independizó en mayo de 2002. Un modelo que se ajusta a la historia termina con el territorio estabilizado en al menos la mitad de sus simulaciones.',
  'History: major combat lasted 3-4 days, the military council was removed and an interim government followed. A model that fits history enters the island in at least 90% of runs and ends with it under control in at least 80%.':
    'Historia: el combate principal duró 3-4 días, el consejo militar fue apartado y le siguió un gobierno interino. Un modelo que se ajusta a la historia entra en la isla en al menos el 90 % de las simulaciones y termina con ella bajo control en al menos el 80 %.',
  "History: the island was entered within days. A model that fits history enters in nearly every run; 90% is the project's allowance for the model's chance.":
    'Historia: se entró en la isla en pocos días. Un modelo que se ajusta a la historia entra en casi todas las simulaciones; el 90 % es el margen que el proyecto deja al azar del modelo.',
  "History: a new government followed without an insurgency. A model that fits history reaches control in most runs; 80% is the project's allowance.":
    'Historia: siguió un nuevo gobierno sin insurgencia. Un modelo que se ajusta a la historia logra el control en la mayoría de las simulaciones; el 80 % es el margen del proyecto.',
  'History: the military government stepped down, the army was demobilized by early 1995 and the elected government was restored without an insurgency. A model that fits history ends with the country stabilized in at least half of its runs.':
    'Historia: el gobierno militar dimitió, el ejército quedó desmovilizado a principios de 1995 y el gobierno electo fue restituido sin insurgencia. Un modelo que se ajusta a la historia termina con el país estabilizado en al menos la mitad de sus simulaciones.',
  'History: the Yugoslav forces withdrew, the force and a UN administration held the territory and no insurgency grew against them within three years. A model that fits history ends with the territory stabilized in at least half of its runs.':
    'Historia: las fuerzas yugoslavas se retiraron, la fuerza y una administración de la ONU mantuvieron el territorio y en tres años no creció ninguna insurgencia contra ellas. Un modelo que se ajusta a la historia termina con el territorio estabilizado en al menos la mitad de sus simulaciones.',
  'History: the Panama Defense Forces were dissolved within days and a new government installed. A model that fits history enters the country in at least 90% of runs and ends with it under control in at least 80%.':
    'Historia: las Fuerzas de Defensa de Panamá fueron disueltas en pocos días y se instaló un nuevo gobierno. Un modelo que se ajusta a la historia entra en el país en al menos el 90 % de las simulaciones y termina con él bajo control en al menos el 80 %.',
  "History: the country was entered within days. A model that fits history enters in nearly every run; 90% is the project's allowance for the model's chance.":
    'Historia: se entró en el país en pocos días. Un modelo que se ajusta a la historia entra en casi todas las simulaciones; el 90 % es el margen que el proyecto deja al azar del modelo.',
  "History: the defence forces were dissolved and a new government installed without an insurgency. A model that fits history reaches control in most runs; 80% is the project's allowance.":
    'Historia: las fuerzas de defensa fueron disueltas y se instaló un nuevo gobierno sin insurgencia. Un modelo que se ajusta a la historia logra el control en la mayoría de las simulaciones; el 80 % es el margen del proyecto.',
  'History: the interventions ended with the UN withdrawal in March 1995 and no government in control. A model that fits history ends with the country failed or contested in at least half of its runs, that is, stabilized in at most half.':
    'Historia: las intervenciones terminaron con la retirada de la ONU en marzo de 1995 y sin ningún gobierno en control. Un modelo que se ajusta a la historia termina con el país fracasado o disputado en al menos la mitad de sus simulaciones, es decir, estabilizado como mucho en la mitad.',
  'History’s class (failed) is not stabilized; a model that fits history must not make stabilized its majority outcome.':
    'La clase de la historia (fracasada) no es estabilizada; un modelo que se ajusta a la historia no debe hacer de «estabilizada» su resultado mayoritario.',
} satisfies Record<string, string>;
