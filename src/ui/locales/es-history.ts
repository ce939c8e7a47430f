// Spanish for the history table (src/ui/history/history-screen.ts) and its links.
export const ES_HISTORY = {
  History: 'Historia',
  'Does the model match history?': '¿Coincide el modelo con la historia?',
  "The model agrees with a case when history's class is the model's most likely class. Nothing is tuned per case: a miss is shown, with the reason the model cannot follow that case.":
    'El modelo coincide con un caso cuando la clase de la historia es la clase más probable del modelo. Nada se ajusta caso por caso: cada desacierto se muestra, con la razón por la que el modelo no puede seguir ese caso.',
  "Each back-test at its published inputs ({runs} runs): history's outcome class beside the model's distribution over the four classes.":
    'Cada prueba histórica con sus datos publicados ({runs} simulaciones): la clase de resultado de la historia junto a la distribución del modelo entre las cuatro clases.',
  Case: 'Caso',
  "History's class": 'Clase de la historia',
  "Model's distribution": 'Distribución del modelo',
  'Most likely in the model': 'Más probable en el modelo',
  'Agree?': '¿Coinciden?',
  'Where the model misses': 'Dónde falla el modelo',
  Agrees: 'Coincide',
  Disagrees: 'No coincide',
  'by {date}': 'a {date}',
  'Computing…': 'Calculando…',
  'Computing {done} of {cases} cases…': 'Calculando {done} de {cases} casos…',
  'The model agrees with history in {agree} of {cases} cases, with one set of model constants for all of them.': 'El modelo coincide con la historia en {agree} de {cases} casos, con un único conjunto de constantes del modelo para todos.',
  "The model misses: its most likely class is {modal} ({modalShare} of runs); history's class, {history}, comes in {historyShare} of runs.":
    'El modelo falla: su clase más probable es {modal} ({modalShare} de las simulaciones); la clase de la historia, {history}, aparece en {historyShare} de las simulaciones.',
  'Back to the scenarios': 'Volver a los escenarios',
  'Does the model match history? See the table of every back-test.': '¿Coincide el modelo con la historia? Mira la tabla de todas las pruebas históricas.',
} as const;
