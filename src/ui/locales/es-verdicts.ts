// Spanish for the claim cards' verdicts across input ranges (src/ui/kit/verdict-words.ts, the
// debrief's cards and the analysis screen's quote cards).
export const ES_VERDICTS = {
  'depends on the inputs': 'depende de los datos',
  'not testable by this model': 'este modelo no puede ponerla a prueba',
  '{label} ({symbol}): {atLow} at {low}, {atHigh} at {high}; it changes near {at}': '{label} ({symbol}): {atLow} con {low}, {atHigh} con {high}; cambia cerca de {at}',
  'No verdict on the quote: the figures below are what the model checks instead.': 'Sin veredicto sobre la cita: las cifras de abajo son lo que el modelo comprueba en su lugar.',
  'At the current inputs the model {verdict}.': 'Con los datos actuales el modelo {verdict}.',
  'The model {verdict} at the current inputs and at both ends of every declared input range ({count} inputs, {runs} runs at each end).':
    'El modelo {verdict} con los datos actuales y en los dos extremos de cada rango declarado ({count} datos, {runs} simulaciones en cada extremo).',
  'At the current inputs the model {verdict}, but the verdict flips inside a declared range: {flips}. (Where it changes is an estimate between the values the model ran.)':
    'Con los datos actuales el modelo {verdict}, pero el veredicto cambia dentro de un rango declarado: {flips}. (Dónde cambia es una estimación entre los valores que el modelo calculó.)',
  "The model's verdict:": 'Veredicto del modelo:',
  'As reported: {text}': 'Según la crónica: {text}',
  'Why this level: {why}': 'Por qué este nivel: {why}',
  'The model cannot test this quote; at {troops} troops it checks instead: {claim}': 'El modelo no puede poner a prueba esta cita; con {troops} soldados comprueba en su lugar: {claim}',
} as const;
