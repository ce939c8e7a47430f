// Spanish for the value-status labels (src/ui/kit/status-label.ts), the set-up and analysis inputs,
// the handout, the tornado's range kinds and the input exports.
export const ES_STATUS = {
  derived: 'derivado',
  'design choice': 'decisión de diseño',
  'changed ({status}: {value})': 'cambiado ({status}: {value})',
  'Published: {source} (as of {date}).': 'Publicado: {source} (a {date}).',
  'Derived: {source} (as of {date}).': 'Derivado: {source} (a {date}).',
  'Design choice: {reason}': 'Decisión de diseño: {reason}',
  'assumed ±50% (no range given)': 'supuesto ±50 % (sin rango dado)',
  'derived range': 'rango derivado',
  'design range': 'rango de diseño',
  'No range given: ±50% of the value assumed': 'Sin rango dado: se supone ±50 % del valor',
  'Range kind': 'Tipo de rango',
  Status: 'Estado',
  'Reset {input} to the scenario value {value} ({status})': 'Restablecer {input} al valor del escenario {value} ({status})',
  'Range {low}-{high} ({kind}).': 'Rango {low}-{high} ({kind}).',
  'Reset all to the scenario values': 'Restablecer todo a los valores del escenario',
  'Reset to the scenario values': 'Restablecer los valores del escenario',
  'The orange mark on each slider is the scenario’s value, labelled published, derived or design choice; hover or focus a control for its source or reason. A change starts a new game.':
    'La marca naranja de cada control es el valor del escenario, marcado como publicado, derivado o decisión de diseño; pasa el cursor o enfoca un control para ver su fuente o su motivo. Un cambio inicia una partida nueva.',
  'Export the inputs (CSV)': 'Exportar los datos (CSV)',
  'Export the inputs (JSON)': 'Exportar los datos (JSON)',
} satisfies Record<string, string>;
