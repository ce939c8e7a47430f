// Spanish for model v3's inputs and constants (src/model/scenario-schema.ts, src/model/advanced-v3.ts)
// and the Set up group they sit in.
export const ES_V3 = {
  'Resistance after entry': 'Resistencia tras la entrada',
  'share a month': 'proporción al mes',
  'Defenders who go to ground': 'Defensores que pasan a la clandestinidad',
  'Share of the fighting regulars who carry on as resistance after the entry, however it ended.': 'Proporción de los regulares que combatieron y que siguen como resistencia tras la entrada, haya terminado como haya terminado.',
  'Host forces target': 'Objetivo de fuerzas locales',
  'The size host forces grow toward (never below the size they start at).': 'El tamaño hacia el que crecen las fuerzas locales (nunca por debajo del tamaño con el que empiezan).',
  'Outside support': 'Apoyo exterior',
  'Support or sanctuary from outside that feeds the resistance whatever the density (0 none, 1 sustained); how strongly is the advanced constant s_o, which history set to 0.':
    'Apoyo o refugio desde el exterior que alimenta la resistencia sea cual sea la densidad (0 ninguno, 1 sostenido); con qué fuerza lo fija la constante avanzada s_o, que la historia dejó en 0.',
  'Reconcilable share': 'Proporción reconciliable',
  'Share of the resistance that can be won over while its region is covered.': 'Proporción de la resistencia que se puede ganar mientras su región está cubierta.',
  'Hostility response to foreign troops': 'Respuesta de la hostilidad a las tropas extranjeras',
  'Control (v3): hostility moves toward its start plus ζ × the foreign share of the security forces.': 'Control (v3): la hostilidad se mueve hacia su valor inicial más ζ × la proporción extranjera de las fuerzas de seguridad.',
  'calibrated on history to 0, which the table could not tell from 0.2; the range runs to 0.2 (docs/model.md §4b, docs/model-v3-calibration.md).':
    'calibrado con la historia en 0, que la tabla no pudo distinguir de 0,2; el rango llega a 0,2 (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Design choice: calibrated on history to 0, which the table could not tell from 0.2; the range runs to 0.2 (docs/model.md §4b, docs/model-v3-calibration.md).':
    'Decisión de diseño: calibrado con la historia en 0, que la tabla no pudo distinguir de 0,2; el rango llega a 0,2 (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Resistance growth from outside support': 'Crecimiento de la resistencia por apoyo exterior',
  'Control (v3): extra monthly growth of resistance at full outside support (o = 1), whatever the density.': 'Control (v3): crecimiento mensual adicional de la resistencia con apoyo exterior pleno (o = 1), sea cual sea la densidad.',
  'calibrated on history to 0, which the table could not tell from 0.04; the range runs to 0.04 (docs/model.md §4b, docs/model-v3-calibration.md).':
    'calibrado con la historia en 0, que la tabla no pudo distinguir de 0,04; el rango llega a 0,04 (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Design choice: calibrated on history to 0, which the table could not tell from 0.04; the range runs to 0.04 (docs/model.md §4b, docs/model-v3-calibration.md).':
    'Decisión de diseño: calibrado con la historia en 0, que la tabla no pudo distinguir de 0,04; el rango llega a 0,04 (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Reconciliation per covered month': 'Reconciliación por mes cubierto',
  'Control (v3): in a covered month this share of the reconcilable part of the resistance is won over.': 'Control (v3): en un mes cubierto se gana esta proporción de la parte reconciliable de la resistencia.',
  'a reconcilable part won over within about ten covered months; half to double (docs/model.md §4b).': 'una parte reconciliable ganada en unos diez meses cubiertos; de la mitad al doble (docs/model.md §4b).',
  'Design choice: a reconcilable part won over within about ten covered months; half to double (docs/model.md §4b).':
    'Decisión de diseño: una parte reconciliable ganada en unos diez meses cubiertos; de la mitad al doble (docs/model.md §4b).',
  'Months of growing resistance before the intervener leaves': 'Meses de resistencia creciente antes de que el interventor se retire',
  'Control (v3): after W months in a row with resistance above × W times its start, every troop goes home (99: never within 36 months).':
    'Control (v3): tras W meses seguidos con la resistencia por encima de × W veces su nivel inicial, todas las tropas vuelven a casa (99: nunca dentro de los 36 meses).',
  'calibrated on history to never; the range starts at 18 months, between the early withdrawals of the table (about 15-20 months) (docs/model.md §4b, docs/model-v3-calibration.md).':
    'calibrado con la historia en nunca; el rango empieza en 18 meses, entre las retiradas tempranas de la tabla (unos 15-20 meses) (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Design choice: calibrated on history to never; the range starts at 18 months, between the early withdrawals of the table (about 15-20 months) (docs/model.md §4b, docs/model-v3-calibration.md).':
    'Decisión de diseño: calibrado con la historia en nunca; el rango empieza en 18 meses, entre las retiradas tempranas de la tabla (unos 15-20 meses) (docs/model.md §4b, docs/model-v3-calibration.md).',
  'Design choice, calibrated on history; published host-force paths were slower, about 150 months (docs/model.md §4b).':
    'Decisión de diseño, calibrada con la historia; las trayectorias publicadas de fuerzas locales fueron más lentas, unos 150 meses (docs/model.md §4b).',
  'Design choice of model version 3, one value for every scenario, calibrated on history where the table could tell (docs/model.md §4b).':
    'Decisión de diseño de la versión 3 del modelo, un valor para todos los escenarios, calibrado con la historia donde la tabla podía decidir (docs/model.md §4b).',
  'rise of hostility with the foreign share of the security forces': 'aumento de la hostilidad con la proporción extranjera de las fuerzas de seguridad',
  'months over which hostility closes the gap to its new level': 'meses en los que la hostilidad cierra la brecha hasta su nuevo nivel',
  'extra monthly growth of resistance at full outside support': 'crecimiento mensual adicional de la resistencia con apoyo exterior pleno',
  'share of the reconcilable resistance won over in a covered month': 'proporción de la resistencia reconciliable que se gana en un mes cubierto',
  'months in a row of grown resistance before the intervener leaves (99: never)': 'meses seguidos de resistencia crecida antes de que el interventor se retire (99: nunca)',
  'how many times its start resistance must stay above for political will to run down': 'cuántas veces su nivel inicial debe mantenerse la resistencia para que la voluntad política se agote',
  'Months for hostility to respond': 'Meses para que responda la hostilidad',
  'Control (v3): hostility closes 1/T_g of the gap to its new level each month.': 'Control (v3): la hostilidad cierra cada mes 1/T_g de la brecha hasta su nuevo nivel.',
  'a year to move most of the way; half to double (docs/model.md §4b).': 'un año para recorrer la mayor parte del camino; de la mitad al doble (docs/model.md §4b).',
  'Design choice: a year to move most of the way; half to double (docs/model.md §4b).': 'Decisión de diseño: un año para recorrer la mayor parte del camino; de la mitad al doble (docs/model.md §4b).',
  'Resistance multiple that wears down political will': 'Múltiplo de la resistencia que agota la voluntad política',
  'Control (v3): the intervener’s patience runs down while resistance stays above this multiple of its start.':
    'Control (v3): la paciencia del interventor se agota mientras la resistencia se mantiene por encima de este múltiplo de su nivel inicial.',
  'resistance doubled, a growth anyone can see; from half as much again to three times (docs/model.md §4b).': 'la resistencia duplicada, un crecimiento que cualquiera ve; de una vez y media a tres veces (docs/model.md §4b).',
  'Design choice: resistance doubled, a growth anyone can see; from half as much again to three times (docs/model.md §4b).':
    'Decisión de diseño: la resistencia duplicada, un crecimiento que cualquiera ve; de una vez y media a tres veces (docs/model.md §4b).',
  'Your saved set-up was made with model version {version}; this copy runs version {current}. Its changed inputs were kept, but the results may differ from the ones you saw.':
    'Tu preparación guardada se hizo con la versión {version} del modelo; esta copia usa la versión {current}. Se han conservado sus cambios, pero los resultados pueden diferir de los que viste.',
  'Your saved set-up was made with an earlier model version; this copy runs version {current}. Its changed inputs were kept, but the results may differ from the ones you saw.':
    'Tu preparación guardada se hizo con una versión anterior del modelo; esta copia usa la versión {current}. Se han conservado sus cambios, pero los resultados pueden diferir de los que viste.',
} as const;
