// Spanish for the About page (src/ui/about/**): the rules, the success rule, the numbers and their
// status, the limits, the critics, the sources and the teacher guide's section.
export const ES_ABOUT = {
  About: 'Acerca de',
  'About the model': 'Sobre el modelo',
  'About the model: the rules, every number and its source, the limits and the teacher guide': 'Sobre el modelo: las reglas, cada número y su fuente, los límites y la guía docente',
  'How Threshold decides a run, where every number comes from, what the model cannot say and who disagrees with its approach. The figures below are the model’s own: change an input on Set up and the table of scenario inputs follows.':
    'Cómo decide Threshold una simulación, de dónde sale cada número, qué no puede decir el modelo y quién discrepa de su enfoque. Las cifras son las del propio modelo: cambia un dato en Preparar y la tabla de datos del escenario lo sigue.',
  'On this page': 'En esta página',
  'The rules in plain words': 'Las reglas en palabras sencillas',
  'The country is drawn as a few regions, each with a share of the population and a terrain class; one is the capital region. A campaign has two phases. Chance enters in three places only: the intervener’s quality, drawn once per run; one die roll per region per entry day; one random shock per region per control month. Each run has its own seed, so many runs give a distribution of outcomes, not one answer.':
    'El país se dibuja como unas pocas regiones, cada una con una parte de la población y un tipo de terreno; una es la región capital. Una campaña tiene dos fases. El azar entra solo en tres lugares: la calidad del interventor, sorteada una vez por simulación; una tirada de dado por región y día de entrada; un choque aleatorio por región y mes de control. Cada simulación tiene su propia semilla, así que muchas simulaciones dan una distribución de resultados, no una única respuesta.',
  'Entry (days)': 'Entrada (días)',
  'Troops are placed on regions. Each day, in every region under attack, the combat-power ratio (troops times quality, against defenders times posture and terrain) sets the chance that the attack wins the day: even at 1:1, higher as the ratio grows. A win moves the region’s score one step up, a loss one step down; at +{wins} the region is entered, at −{losses} the attack culminates and its troops return to the reserve. After {days} days an undecided region is a stalemate. A model day is one round of these engagements: its count is not the number of calendar days a real operation took.':
    'Las tropas se colocan en regiones. Cada día, en cada región atacada, la relación de potencia de combate (tropas por calidad, frente a defensores por postura y terreno) fija la probabilidad de que el ataque gane el día: pareja a 1:1 y mayor cuanto mayor es la relación. Una victoria sube un paso la puntuación de la región y una derrota la baja; a +{wins} se entra en la región, a −{losses} el ataque culmina y sus tropas vuelven a la reserva. Tras {days} días, una región sin decidir queda en tablas. Un día del modelo es una ronda de estos combates: su cuenta no es el número de días de calendario que duró una operación real.',
  'Control (months)': 'Control (meses)',
  'In each entered region, troops per 1,000 inhabitants (host security forces count at half weight) are compared with the requirement: the larger of what the population’s hostility requires and {lambda} security personnel per active resister. The ratio is the coverage. Covered regions see resistance shrink; short ones see it grow, which raises the requirement further, so the first months decide much. From month {rotation} on (a scenario input; this is the chosen scenario’s value) only a sustainable force may stay in the country. The control phase lasts {months} months.':
    'En cada región en la que se entró, las tropas por 1.000 habitantes (las fuerzas de seguridad locales cuentan a medio peso) se comparan con el requisito: el mayor entre lo que exige la hostilidad de la población y {lambda} efectivos de seguridad por insurgente activo. La relación es la cobertura. En las regiones cubiertas la resistencia disminuye; en las que no llegan, crece, lo que sube aún más el requisito, así que los primeros meses deciden mucho. Desde el mes {rotation} (un dato del escenario; este es el valor del escenario elegido) solo una fuerza sostenible puede quedarse en el país. La fase de control dura {months} meses.',
  'When a run succeeds': 'Cuándo tiene éxito una simulación',
  'The four classes a country run can end in:': 'Las cuatro clases en que puede terminar una simulación con el objetivo país:',
  'The success rate on every screen is the share of runs that reach the objective: under the country objective, only “stabilized” counts ({share} of the population in stabilized regions, and the capital).':
    'La tasa de éxito de cada pantalla es la proporción de simulaciones que alcanzan el objetivo: con el objetivo país solo cuenta «estabilizado» (el {share} de la población en regiones estabilizadas, y la capital).',
  'Every number and its status': 'Cada número y su estado',
  'Each number is published (a source gives it), derived (the project’s arithmetic on published figures) or a design choice (no published value exists; the reason is given). The same label appears on the set-up sliders, the handout, the tornado and the exports.':
    'Cada número es publicado (lo da una fuente), derivado (cálculos del proyecto sobre cifras publicadas) o una decisión de diseño (no existe un valor publicado; se da el motivo). La misma etiqueta aparece en los controles de Preparar, la hoja impresa, el tornado y las exportaciones.',
  'Scenario inputs: {title} (a student can change them)': 'Datos del escenario: {title} (el alumnado puede cambiarlos)',
  'Model constants (the same for every scenario)': 'Constantes del modelo (las mismas en todos los escenarios)',
  Number: 'Número',
  'Source or reason': 'Fuente o motivo',
  'Known limits: what the model cannot say': 'Límites conocidos: lo que el modelo no puede decir',
  'No negotiation or consent: a permissive entry can be represented only through low cohesion and low hostility.':
    'Sin negociación ni consentimiento: una entrada sin oposición solo se puede representar con cohesión baja y hostilidad baja.',
  'No outside help for the resistance, no sanctuaries, no allied local forces at entry.': 'Sin ayuda exterior a la resistencia, sin santuarios, sin fuerzas locales aliadas en la entrada.',
  'Distance, roads, ports and the sea are not in the model; country size matters only through how troops spread over regions.':
    'Las distancias, carreteras, puertos y el mar no están en el modelo; el tamaño del país solo cuenta por cómo se reparten las tropas entre regiones.',
  'Defenders do not move between regions, and the militia does not fight at entry: it only seeds later resistance.': 'Los defensores no se mueven entre regiones y la milicia no combate en la entrada: solo siembra la resistencia posterior.',
  'Beyond the rotation cap, more troops buy only the first year: once the cap binds, the capped force plus host forces meet the requirement that hostility sets or they do not. For Venezuela, above a hostility of about 0.36 no troop level stabilizes the country.':
    'Más allá del tope de rotación, más tropas solo compran el primer año: cuando el tope se aplica, la fuerza limitada más las fuerzas locales alcanzan el requisito que fija la hostilidad o no lo alcanzan. Para Venezuela, por encima de una hostilidad de 0,36 aproximadamente ningún nivel de tropas estabiliza el país.',
  'Several constants have no published value (the design choices above). They are set once and never tuned to a case; the back-tests check that the same values give the historical outcomes.':
    'Varias constantes no tienen valor publicado (las decisiones de diseño de arriba). Se fijan una vez y nunca se ajustan a un caso; las pruebas históricas comprueban que los mismos valores dan los resultados históricos.',
  'No politics, no time pressure, no casualties at home, no cost: the model says nothing about whether an invasion would be wise, legal or likely.':
    'Sin política, sin presión del tiempo, sin bajas en casa, sin coste: el modelo no dice nada sobre si una invasión sería sensata, legal o probable.',
  'The numbers are aggregate and dated: the population split uses the 2011 census, the defender figures are second-hand, and the militia’s effective strength is a judgment.':
    'Los números son agregados y tienen fecha: el reparto de la población usa el censo de 2011, las cifras de los defensores son de segunda mano y la fuerza efectiva de la milicia es una estimación.',
  'The critics': 'Las críticas',
  'Density rules may not predict success. Jeffrey Friedman studied 171 counterinsurgency campaigns and found that “conventional rules of thumb for force sizing, including the recommendation put forth in official US military doctrine, receive no empirical support”. {cite}':
    'Las reglas de densidad quizá no predicen el éxito. Jeffrey Friedman estudió 171 campañas de contrainsurgencia y halló que “conventional rules of thumb for force sizing, including the recommendation put forth in official US military doctrine, receive no empirical support” (las reglas prácticas habituales para dimensionar fuerzas no tienen apoyo empírico). {cite}',
  'Density matters but is not enough. Steven Goode finds that forces sized to the population and to the insurgency matter: enough forces is “a necessary, but by no means sufficient, condition”. {cite}':
    'La densidad importa, pero no basta. Steven Goode halla que importan las fuerzas dimensionadas según la población y la insurgencia: tener fuerzas suficientes es “a necessary, but by no means sufficient, condition” (una condición necesaria, pero en absoluto suficiente). {cite}',
  'The 3:1 rule is not a law of combat. Joshua Epstein argued that the rule cannot be tested as stated and that war is dynamic: attackers and defenders adapt. {cite}':
    'La regla del 3:1 no es una ley del combate. Joshua Epstein sostuvo que la regla, tal como se formula, no se puede comprobar y que la guerra es dinámica: atacantes y defensores se adaptan. {cite}',
  'Where the 3:1 rule comes from. The Dupuy Institute traced the Army’s three-to-one planning factor to a staff college manual, and reports that the tie-down ratios of counterinsurgency were disputed by practitioners. {cite}':
    'De dónde viene la regla del 3:1. The Dupuy Institute rastreó el factor de planificación de tres a uno del Ejército hasta un manual de la escuela de estado mayor, e informa de que quienes hicieron contrainsurgencia discutieron las proporciones de fuerza. {cite}',
  'The model takes the side of density in its structure (troops per 1,000 against a requirement) and keeps the objection as a limit: the requirement tiers are judgments, and hostility moves the result more than troops do.':
    'El modelo se pone del lado de la densidad en su estructura (tropas por 1.000 frente a un requisito) y mantiene la objeción como un límite: los niveles de requisito son estimaciones, y la hostilidad mueve el resultado más que las tropas.',
  Sources: 'Fuentes',
  'Every published number, quote and claim card cites one of these sources by its id.': 'Cada número publicado, cita y tarjeta de afirmación cita una de estas fuentes por su identificador.',
  'Teacher guide': 'Guía docente',
  'The teacher guide could not be loaded.': 'No se pudo cargar la guía docente.',
  // Model constants
  'Fitted to 672 division-level engagements of 1904-1991 (C. Lawrence, War by Numbers, 2017).': 'Ajustado a 672 combates a nivel de división de 1904-1991 (C. Lawrence, War by Numbers, 2017).',
  'Design choice: a campaign of about ten engagements (docs/model.md §7b).': 'Decisión de diseño: una campaña de unos diez combates (docs/model.md §7b).',
  'Design choice of the order of magnitude of Dupuy’s 1-3% a day attrition (docs/model.md §7b).': 'Decisión de diseño del orden de magnitud del desgaste del 1-3 % diario de Dupuy (docs/model.md §7b).',
  'Design choice, set once for every scenario and never tuned to a case (docs/model.md §7b).': 'Decisión de diseño, fijada una vez para todos los escenarios y nunca ajustada a un caso (docs/model.md §7b).',
  'Design choice, shaped after Epstein (2002) (docs/model.md §7b).': 'Decisión de diseño, con la forma de Epstein (2002) (docs/model.md §7b).',
  'Policing tier of 1-4 per 1,000 (J. T. Quinlivan, RAND Review, 2003).': 'Nivel de policía de 1-4 por 1.000 (J. T. Quinlivan, RAND Review, 2003).',
  'Above 10:1 counterinsurgents “nearly always” succeeded (C. Lawrence, The Dupuy Institute, 83 cases).': 'Por encima de 10:1 la contrainsurgencia “nearly always” (casi siempre) tuvo éxito (C. Lawrence, The Dupuy Institute, 83 casos).',
  'Dupuy’s Quantified Judgment Model terrain factors (T. N. Dupuy).': 'Factores de terreno del Quantified Judgment Model de Dupuy (T. N. Dupuy).',
  'slope of the combat curve': 'pendiente de la curva de combate',
  'force ratio of even odds': 'relación de fuerzas de probabilidades parejas',
  'net engagement wins to enter a region': 'victorias netas para entrar en una región',
  'net engagement losses at which an attack culminates': 'derrotas netas con las que un ataque culmina',
  'daily loss of strength of the day’s loser': 'pérdida diaria de fuerza del perdedor del día',
  'daily loss of strength of the day’s winner': 'pérdida diaria de fuerza del ganador del día',
  'days of the entry phase at most': 'días de la fase de entrada como máximo',
  'months of the control phase': 'meses de la fase de control',
  'share of the regulars who fought that start the resistance': 'proporción de los regulares que combatieron que inicia la resistencia',
  'share of the militia that starts the resistance': 'proporción de la milicia que inicia la resistencia',
  'smallest starting resistance, per opposed inhabitant': 'resistencia inicial mínima, por habitante opuesto',
  'host forces grow toward this many per inhabitant': 'las fuerzas locales crecen hasta tantas por habitante',
  'months over which host forces close the gap': 'meses en que las fuerzas locales cierran la diferencia',
  'weight of a host soldier against an intervention soldier': 'peso de un soldado local frente a uno de la intervención',
  'security personnel needed per active resister': 'efectivos de seguridad necesarios por insurgente activo',
  'monthly growth scale of resistance': 'escala de crecimiento mensual de la resistencia',
  'monthly random noise of resistance (log scale)': 'ruido aleatorio mensual de la resistencia (escala logarítmica)',
  'active resisters at most, as a share of the opposed population': 'insurgentes activos como máximo, como proporción de la población opuesta',
  'capital objective: months covered in a row': 'objetivo capital: meses seguidos cubierta',
  'country objective: population share of stabilized regions for success': 'objetivo país: proporción de la población en regiones estabilizadas para el éxito',
  'country objective: population share of failed regions for “failed”': 'objetivo país: proporción de la población en regiones fracasadas para «fracaso»',
  'terrain multipliers of the defence': 'multiplicadores de terreno de la defensa',
  '{count} per 1,000': '{count} por 1.000',
  'Adjustable on Set up, under Advanced.': 'Se puede cambiar en Preparar, en Avanzado.',
  'days after which an undecided capital attack is renewed by the capital’s reserve': 'días tras los que la reserva de la capital renueva un ataque sin decidir sobre ella',
  'Design choice: twice the length of a typical entry walk at 3:1 (docs/model.md §5).': 'Decisión de diseño: el doble de la duración típica de una entrada a 3:1 (docs/model.md §5).',
  'months of held coverage for “stabilized”': 'meses de cobertura mantenida para «estabilizada»',
  'Design choice: half a year, long enough that a lucky month does not count, short enough to fit after the rotation cap (docs/model.md §4).':
    'Decisión de diseño: medio año, suficiente para que un mes de suerte no cuente y lo bastante corto para caber tras el tope de rotación (docs/model.md §4).',
  'resistance multiple for “failed”': 'múltiplo de la resistencia para «fracasada»',
} satisfies Record<string, string>;
