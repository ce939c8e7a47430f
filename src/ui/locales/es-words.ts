// Spanish for the words that state what a number is (issue 11, "words agree with numbers"): outcome
// classes with their meaning (src/ui/kit/outcome-words.ts), the debrief's facts
// (src/ui/debrief/outcome-facts.ts), the die and the requirement in play.
export const ES_WORDS = {
  'the key region was never entered': 'nunca se entró en la región clave',
  'Country objective (invade and control the whole country): after {months} months the run is stabilized, the only success, if the capital region and regions holding at least {stab} of the population are stabilized; failed if regions holding at least {failed} of the population failed or were never entered; entry failed if the capital was never entered; otherwise contested.':
    'Objetivo país (invadir y controlar todo el país): tras {months} meses la simulación queda estabilizada, el único éxito, si la región capital y regiones con al menos el {stab} de la población están estabilizadas; fracasada si regiones con al menos el {failed} de la población fracasaron o nunca se entró en ellas; entrada fallida si nunca se entró en la capital; disputada en otro caso.',
  'the capital and regions holding at least {stab} of the people were covered in each of the last {months} months':
    'la capital y regiones con al menos el {stab} de la población estuvieron cubiertas en cada uno de los últimos {months} meses',
  'regions holding at least {failed} of the people failed (resistance above {multiple} times its start) or were never entered':
    'regiones con al menos el {failed} de la población fracasaron (resistencia por encima de {multiple} veces la inicial) o nunca se entró en ellas',
  'not yet stabilized: the capital and regions holding {stab} of the people must each be covered in each of the last {months} months; failed or never-entered regions hold less than {failed}':
    'aún no estabilizado: la capital y regiones con el {stab} de la población deben estar cubiertas en cada uno de los últimos {months} meses; las regiones fracasadas o sin entrar tienen menos del {failed}',
  'the key region was covered in each of the last {months} months': 'la región clave estuvo cubierta en cada uno de los últimos {months} meses',
  'resistance in the key region grew above {multiple} times its start': 'la resistencia en la región clave superó {multiple} veces la inicial',
  'the key region is entered but was not covered in each of the last {months} months, and its resistance stayed below {multiple} times its start':
    'se entró en la región clave pero no estuvo cubierta en cada uno de los últimos {months} meses, y su resistencia no superó {multiple} veces la inicial',
  'At the end of the last month each entered region is classed: failed if its active resistance has grown above {multiple} times its level at the start of control; otherwise stabilized if it was covered (troops per 1,000 at or above the requirement) in each of the last {months} months; otherwise contested. A region never entered counts as failed. (Covered regions see resistance shrink in expectation, so a lucky month of random noise cannot make a region stabilized or failed.)':
    'Al final del último mes se clasifica cada región en la que se entró: fracasada si su resistencia activa superó {multiple} veces su nivel al inicio del control; si no, estabilizada si estuvo cubierta (tropas por 1.000 iguales o superiores al requisito) en cada uno de los últimos {months} meses; disputada en otro caso. Una región en la que nunca se entró cuenta como fracasada. (En las regiones cubiertas la resistencia disminuye en promedio, así que un mes de suerte del ruido aleatorio no basta para estabilizar ni hacer fracasar una región.)',
  'Capital objective (seize and hold the capital region): succeeds if the capital region is entered and covered for {months} months in a row.':
    'Objetivo capital (tomar y mantener la región capital): se logra si se entra en la región capital y está cubierta durante {months} meses seguidos.',
  'Limited objective (a use of force below invasion): succeeds if the chosen region is entered and covered in every month of the holding period. The model has no counter-attack, so “held” means the density test.':
    'Objetivo limitado (un uso de la fuerza por debajo de la invasión): se logra si se entra en la región elegida y está cubierta en cada mes del periodo de permanencia. El modelo no tiene contraataques, así que «mantener» significa pasar la prueba de densidad.',
  'Game over; objective achieved.': 'Fin de la partida; objetivo logrado.',
  'Game over; objective not achieved.': 'Fin de la partida; objetivo no logrado.',
  '{outcome}; objective achieved': '{outcome}; objetivo logrado',
  '{outcome}; objective not achieved': '{outcome}; objetivo no logrado',
  '{region} was entered on model day {day} (a round of engagements, not a calendar day).': 'Se entró en {region} el día {day} del modelo (una ronda de combates, no un día de calendario).',
  'After {count} month, {covered} of the population lived in covered regions, with {resisters} active resisters per 1,000 people in the whole country.':
    'Tras {count} mes, el {covered} de la población vivía en regiones cubiertas; insurgentes activos: {resisters} por 1.000 en todo el país.',
  'After {count} months, {covered} of the population lived in covered regions, with {resisters} active resisters per 1,000 people in the whole country.':
    'Tras {count} meses, el {covered} de la población vivía en regiones cubiertas; insurgentes activos: {resisters} por 1.000 en todo el país.',
  'Stabilized regions hold {stabilized} of the people; regions never entered ({never}) count as failed, with no resisters counted.':
    'Regiones estabilizadas: {stabilized} de la población; nunca entradas ({never}): cuentan como fracasadas, sin insurgentes.',
  'At the end, of the starting force: {placed} placed in regions, {reserve} in reserve, {home} sent home.': 'Al final, de la fuerza inicial: {placed} en regiones, {reserve} en reserva, {home} de vuelta a casa.',
  '{chance} chance to advance (the die rounds it to {faces} of 10 faces)': '{chance} de probabilidad de avanzar (el dado la redondea a {faces} de 10 caras)',
  'Now: {density} per 1,000 vs {requirement} needed (the larger of {hostility} required by hostility and {resistance} by resistance); coverage':
    'Ahora: {density} por 1.000 frente a {requirement} necesarios (el mayor de {hostility} que exige la hostilidad y {resistance} que exige la resistencia); cobertura',
  '{density} per 1,000 vs {requirement} needed (the larger of {hostility} required by hostility and {resistance} by resistance); coverage {coverage}':
    '{density} por 1.000 frente a {requirement} necesarios (el mayor de {hostility} que exige la hostilidad y {resistance} que exige la resistencia); cobertura {coverage}',
  'Share of the population in covered regions (blue, left axis) and active resisters per 1,000 inhabitants of the whole country (red, right axis), by month':
    'Proporción de la población en regiones cubiertas (azul, eje izquierdo) e insurgentes activos por cada 1.000 habitantes de todo el país (rojo, eje derecho), por mes',
  'Population in covered regions': 'Población en regiones cubiertas',
  'population in covered regions (left axis)': 'población en regiones cubiertas (eje izquierdo)',
} satisfies Record<string, string>;
