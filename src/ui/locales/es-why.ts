// Spanish for the debrief's "why" panel (src/ui/debrief/why-panel.ts and why-words.ts); informal "tú",
// as the play screen.
export const ES_WHY = {
  'Why it worked': 'Por qué funcionó',
  'Why it did not work': 'Por qué no funcionó',
  'Why: what these inputs need': 'Por qué: lo que exigen estos datos',
  'The margins above each requirement, and what the model says these assumptions need.': 'Los márgenes sobre cada requisito, y lo que según el modelo exigen estos supuestos.',
  'The shortfalls against each requirement, and what the model says these assumptions need.': 'Lo que faltó frente a cada requisito, y lo que según el modelo exigen estos supuestos.',
  'No finished game yet: the automatic plan’s day 1 with these inputs, against each requirement.': 'Aún no hay una partida terminada: el día 1 del plan automático con estos datos, frente a cada requisito.',
  'Force ratio for entry': 'Relación de fuerzas para entrar',
  'Troops per 1,000 for holding': 'Soldados por cada 1.000 habitantes para controlar',
  'Troops these assumptions need': 'Soldados que exigen estos supuestos',
  'What would change the result most': 'Lo que más cambiaría el resultado',
  'Computing the troops these assumptions need for {target} success…': 'Calculando los soldados que exigen estos supuestos para un {target} de éxito…',
  'Finding the inputs that would change the result most…': 'Buscando los datos que más cambiarían el resultado…',
  'This could not be computed: {error}': 'No se pudo calcular: {error}',
  '{region} had no organized defenders: it was entered without a roll.': '{region} no tenía defensores organizados: se entró sin tirada.',
  'Your force never attacked {region}, so it could not be entered there: its force ratio was 0.': 'Tu fuerza nunca atacó {region}, así que no pudo entrar allí: su relación de fuerzas fue 0.',
  'The plan aims for {target} ({status}), where the model gives about {chance} entry (derived: the entry walk without losses).':
    'El plan busca {target} ({status}), con lo que el modelo da cerca de un {chance} de entrada (derivado: el recorrido de entrada sin pérdidas).',
  '{target} there takes about {troops} troops (derived: A = R*·D·π·τ/Q from the region’s defenders, posture, terrain and quality).':
    '{target} allí exige unos {troops} soldados (derivado: A = R*·D·π·τ/Q a partir de los defensores, la postura, el terreno y la calidad de la región).',
  'Your force ratio in {region} on model day {day} was {ratio} (model output, as your log records it).': 'Tu relación de fuerzas en {region} el día {day} del modelo fue {ratio} (resultado del modelo, tal como lo registra tu diario).',
  'The automatic plan’s force ratio in {region} on model day 1 is {ratio} (model output, from its day-1 allocation).':
    'La relación de fuerzas del plan automático en {region} el día 1 del modelo es {ratio} (resultado del modelo, según su reparto del día 1).',
  'The plan aims for {target} ({status}), where the model gives about {chance} entry; at {ratio} it gives {chanceHad} (derived: the entry walk without losses).':
    'El plan busca {target} ({status}), con lo que el modelo da cerca de un {chance} de entrada; con {ratio} da un {chanceHad} (derivado: el recorrido de entrada sin pérdidas).',
  'Entry needs about {factor} times more combat power there: about {troops} troops for {target} instead of the {attackers} sent (derived: A = R*·D·π·τ/Q).':
    'Entrar exige allí unas {factor} veces más potencia de combate: unos {troops} soldados para {target} en lugar de los {attackers} enviados (derivado: A = R*·D·π·τ/Q).',
  'That is {factor} times the plan’s ratio, a margin above what entry needs: {target} took about {troops} troops and {attackers} were sent (derived: A = R*·D·π·τ/Q).':
    'Son {factor} veces la relación del plan, un margen sobre lo que exige entrar: {target} exigía unos {troops} soldados y se enviaron {attackers} (derivado: A = R*·D·π·τ/Q).',
  'The force was {had} troops per 1,000 inhabitants (derived: {troops} troops over {population} people).': 'La fuerza era de {had} soldados por cada 1.000 habitantes (derivado: {troops} soldados entre {population} personas).',
  'Hostility {g} ({status}) requires about {required} per 1,000 to hold (derived: d_pop(g) = 2·10^((g − 0.1)/0.6), a design choice set on Quinlivan’s tiers).':
    'Una hostilidad de {g} ({status}) exige unos {required} por cada 1.000 para controlar (derivado: d_pop(g) = 2·10^((g − 0,1)/0,6), una decisión de diseño ajustada a los niveles de Quinlivan).',
  'Holding needs about {factor} times the troops per 1,000 the force had.': 'Controlar exige unas {factor} veces los soldados por cada 1.000 que tenía la fuerza.',
  'That is {factor} times the requirement, a margin above what holding needs.': 'Son {factor} veces el requisito, un margen sobre lo que exige controlar.',
  '{density} per 1,000 is below even the policing tier of {low}-{high} per 1,000; difficult stability cases take {difficult} or more.':
    '{density} por cada 1.000 queda incluso por debajo del nivel de vigilancia policial de {low}-{high} por cada 1.000; los casos de estabilización difíciles exigen {difficult} o más.',
  '{density} per 1,000 is within the policing tier of {low}-{high} per 1,000; difficult stability cases take {difficult} or more.':
    '{density} por cada 1.000 está dentro del nivel de vigilancia policial de {low}-{high} por cada 1.000; los casos de estabilización difíciles exigen {difficult} o más.',
  '{density} per 1,000 is above the policing tier of {low}-{high} per 1,000 and below the {difficult} or more of difficult stability cases.':
    '{density} por cada 1.000 supera el nivel de vigilancia policial de {low}-{high} por cada 1.000 y queda por debajo de los {difficult} o más de los casos de estabilización difíciles.',
  '{density} per 1,000 reaches the {difficult} or more per 1,000 of difficult stability cases.': '{density} por cada 1.000 alcanza los {difficult} o más por cada 1.000 de los casos de estabilización difíciles.',
  '(Tiers published: J. T. Quinlivan, RAND Review, 2003.)': '(Niveles publicados: J. T. Quinlivan, RAND Review, 2003.)',
  'Under these assumptions, {target} success takes more than {max} troops: the search does not reach it by then (model output, {runs} runs, seed “{seed}”; your force: {had}).':
    'Con estos supuestos, un {target} de éxito exige más de {max} soldados: la búsqueda no lo alcanza antes (resultado del modelo, {runs} partidas, semilla «{seed}»; tu fuerza: {had}).',
  'Under these assumptions, {target} success takes about {troops} troops, {density} per 1,000 (model output, {runs} runs, seed “{seed}”; your force: {had}).':
    'Con estos supuestos, un {target} de éxito exige unos {troops} soldados, {density} por cada 1.000 (resultado del modelo, {runs} partidas, semilla «{seed}»; tu fuerza: {had}).',
  'At {troops} troops the automatic plan succeeds in {rate} of {runs} runs as set (model output).': 'Con {troops} soldados el plan automático tiene éxito en el {rate} de {runs} partidas con los datos fijados (resultado del modelo).',
  'No input moved across its range changes that: here the troop level decides, not the assumptions.': 'Ningún dato movido dentro de su rango lo cambia: aquí decide el número de soldados, no los supuestos.',
  'no range given: ±50% assumed': 'sin rango dado: se supone ±50 %',
  'an end of its {range}': 'un extremo de su {range}',
  '{input} {from} → {to} ({range}) would raise success from {before} to {after}.': '{input} {from} → {to} ({range}) subiría el éxito del {before} al {after}.',
  '{input} {from} → {to} ({range}) would lower success from {before} to {after}.': '{input} {from} → {to} ({range}) bajaría el éxito del {before} al {after}.',
  'At about {troops} troops, the level these assumptions need, it succeeds in {rate}, and there:': 'Con unos {troops} soldados, el nivel que exigen estos supuestos, tiene éxito en el {rate}, y ahí:',
  'no input moved across its range changes that either.': 'tampoco ningún dato movido dentro de su rango lo cambia.',
} as const;
