// Spanish catalogue for the Play screen's generated text: the event log (src/ui/play/describe.ts),
// region rows and widgets, advice, refusals, the rotation panel and the words drawn on the Phaser
// board. English text (the key) → Spanish text; merged into ES by es.ts. Neutral Latin American
// Spanish, informal "tú"; only the model's own terms (force ratio, odds column, density per 1,000,
// rotation cap).
export const ES_PLAY: Readonly<Record<string, string>> = {
  // Event log
  '{title}: {troops} troops in reserve. Place them on regions, then end the day.':
    '{title}: {troops} efectivos en reserva. Colócalos en las regiones y luego termina el día.',
  'Day {day}.': 'Día {day}.',
  'Day {day}: {region} entered; organized resistance there broke.': 'Día {day}: se logró la entrada en {region}; la resistencia organizada allí se quebró.',
  'Day {day}: the attack on {region} culminated; its troops return to the reserve.': 'Día {day}: el ataque sobre {region} se agotó; sus efectivos vuelven a la reserva.',
  'Entry phase over after {count} day. Monthly control turns begin.': 'La fase de entrada terminó tras {count} día. Empiezan los turnos mensuales de control.',
  'Entry phase over after {count} days. Monthly control turns begin.': 'La fase de entrada terminó tras {count} días. Empiezan los turnos mensuales de control.',
  'Month {month}.': 'Mes {month}.',
  'No region has been entered, so there is nothing to hold: the whole country counts as hostile.':
    'No se logró la entrada en ninguna región, así que no hay nada que mantener: todo el país cuenta como hostil.',
  'Month {month}: first rotation. At most {cap} troops can stay in the country from now on.':
    'Mes {month}: primera rotación. A partir de ahora pueden quedarse en el país como máximo {cap} efectivos.',
  'Month {month}: the objective is met.': 'Mes {month}: se cumple el objetivo.',
  'Game over: {outcome}; objective achieved.': 'Fin de la partida: {outcome}; objetivo logrado.',
  'Game over: {outcome}; objective not achieved.': 'Fin de la partida: {outcome}; objetivo no logrado.',
  '{region} now has {troops} troops.': '{region} tiene ahora {troops} efectivos.',
  'Turn undone: placements since the last day or month were taken back.': 'Turno deshecho: se retiraron las colocaciones hechas desde el último día o mes.',
  '{region}: no organized defenders; entered unopposed.': '{region}: sin defensores organizados; entrada sin oposición.',
  '{region}: force ratio {ratio}, odds column {column}, {odds}; rolled {die}: the attack advances. Score {score}.':
    '{region}: relación de fuerzas {ratio}, columna de probabilidades {column}, {odds}; salió {die}: el ataque avanza. Marcador {score}.',
  '{region}: force ratio {ratio}, odds column {column}, {odds}; rolled {die}: the defence holds. Score {score}.':
    '{region}: relación de fuerzas {ratio}, columna de probabilidades {column}, {odds}; salió {die}: la defensa resiste. Marcador {score}.',
  'Region entered.': 'Entrada lograda en la región.',
  'The attack culminates.': 'El ataque se agota.',
  'Stalemate: time is up.': 'Estancamiento: se acabó el tiempo.',
  '{region}: {density} per 1,000 against {requirement} needed (coverage {coverage}); {trend}.':
    '{region}: {density} por cada 1.000 frente a {requirement} necesarios (cobertura {coverage}); {trend}.',
  'resistance steady': 'resistencia estable',
  'resistance up {change}': 'resistencia en alza, {change}',
  'resistance down {change}': 'resistencia en baja, {change}',
  '{faces} of 10 faces advance (exactly {chance})': '{faces} de 10 caras avanzan (exactamente {chance})',
  'rolled {die}: advance': 'salió {die}: avanza',
  'rolled {die}: held': 'salió {die}: resiste',

  // Region rows and widgets
  '{region}: {troops} troops': '{region}: {troops} efectivos',
  'Day {day}: ratio {ratio} → column': 'Día {day}: relación {ratio} → columna',
  'Next day with {troops} troops: ratio {ratio}, column {column}, {odds}.': 'Próximo día con {troops} efectivos: relación {ratio}, columna {column}, {odds}.',
  'Next day: ratio {ratio} → column': 'Próximo día: relación {ratio} → columna',
  Score: 'Marcador',
  'Now: {density} per 1,000 vs {requirement} needed (hostility {hostility}, resistance {resistance}); coverage':
    'Ahora: {density} por cada 1.000 frente a {requirement} necesarios (hostilidad {hostility}, resistencia {resistance}); cobertura',
  'Last month: coverage {coverage}, {trend}.': 'Mes pasado: cobertura {coverage}, {trend}.',
  'Share of the population': 'Proporción de la población',
  '{share} pop.': '{share} pobl.',
  'Share of the population; the capital region': 'Proporción de la población; región de la capital',
  '{share} pop. · capital': '{share} pobl. · cap.',
  '{share} pop. · objective': '{share} pobl. · objetivo',
  'Troops in {region}': 'Efectivos en {region}',
  'Remove {troops} troops from {region}': 'Quitar {troops} efectivos de {region}',
  'Add {troops} troops to {region}': 'Añadir {troops} efectivos a {region}',
  all: 'todo',
  'all: put the whole reserve ({troops}) in {region}': 'todo: pon toda la reserva ({troops}) en {region}',
  'd10: faces 1 to {faces} advance': 'd10: las caras 1 a {faces} avanzan',
  'd10: faces 1 to {faces} advance; rolled {die}, advance': 'd10: las caras 1 a {faces} avanzan; salió {die}, avanza',
  'd10: faces 1 to {faces} advance; rolled {die}, held': 'd10: las caras 1 a {faces} avanzan; salió {die}, resiste',
  'Engagement score {score} (enter at +{limit}, culminate at −{limit})': 'Marcador del enfrentamiento {score} (entrada con +{limit}, se agota con −{limit})',
  'Density {density} per 1,000 against {requirement} needed': 'Densidad de {density} por cada 1.000 frente a {requirement} necesarios',
  '{density} per 1,000 vs {requirement} needed (hostility {hostility}, resistance {resistance}); coverage {coverage}':
    '{density} por cada 1.000 frente a {requirement} necesarios (hostilidad {hostility}, resistencia {resistance}); cobertura {coverage}',
  '{amount}k': '{amount} mil',
  '{amount}M': '{amount} M',

  // Advice and the rotation panel
  'Send {troops} troops home (rotation cap).': 'Envía {troops} efectivos a casa (límite de rotación).',
  'Keep the troops where they are.': 'Deja los efectivos donde están.',
  'the reserve': 'la reserva',
  '{troops} from {region}': '{troops} de {region}',
  'all {troops}': 'todos, {troops}',
  'the whole excess, {troops}': 'todo el exceso, {troops}',

  // Refused actions
  'The game has ended.': 'La partida terminó.',
  'The entry phase is over: end the month instead.': 'La fase de entrada terminó: termina el mes.',
  'Months start after the entry phase: end the day instead.': 'Los meses empiezan después de la fase de entrada: termina el día.',
  'Troops go home only during control.': 'Los efectivos vuelven a casa solo durante el control.',
  'That cannot be done in this phase.': 'Eso no se puede hacer en esta fase.',
  'No such region.': 'No existe esa región.',
  'Only {troops} troops are in reserve.': 'Solo hay {troops} efectivos en reserva.',
  'Only {troops} troops are in reserve; {asked} asked.': 'Solo hay {troops} efectivos en reserva; pediste {asked}.',
  '{region} has failed: the attack culminated there.': '{region} fracasó: el ataque se agotó allí.',
  '{region} is being entered: its troops are committed until the walk ends.': '{region} está en entrada: sus efectivos están comprometidos hasta que termine el recorrido.',
  '{region} was not entered: troops can only be placed in entered regions during control.':
    'No se logró la entrada en {region}: durante el control solo se pueden colocar efectivos en regiones con entrada lograda.',
  'From month {month} at most {cap} troops can stay; {total} are in the country. Send troops home first.':
    'Desde el mes {month} pueden quedarse como máximo {cap} efectivos; hay {total} en el país. Primero envía efectivos a casa.',
  'That number of troops cannot be moved.': 'No se puede mover ese número de efectivos.',
  'Nothing has changed this turn.': 'No cambió nada en este turno.',

  // Words drawn on the Phaser board (src/ui/play/board-text.ts boardLabels)
  'Entry, day {day}': 'Entrada, día {day}',
  'Control, month {month}': 'Control, mes {month}',
  '{troops} troops': '{troops} efectivos',
  'no troops': 'sin efectivos',
};
