// Spanish catalogue for the game screens (choose, set up, play, debrief, walkthrough, board) and the
// classroom-kit panels: English text (the key) → Spanish text. Merged into ES by es.ts; kept apart
// so two people can edit at once.
export const ES_GAME: Readonly<Record<string, string>> = {
  // Shell
  Screens: 'Pantallas',
  'That address does not name a screen; showing the scenario list.': 'Esa dirección no corresponde a ninguna pantalla; se muestra la lista de escenarios.',
  'Some scenario files could not be read: {files}': 'No se pudieron leer algunos archivos de escenario: {files}',
  'Close panel': 'Cerrar',
  Teacher: 'Docente',
  // Share
  'Share link': 'Enlace para compartir',
  'Link copied.': 'Enlace copiado.',
  'Copying is not allowed here; the link is selected: press Ctrl+C.': 'Aquí no se permite copiar; el enlace está seleccionado: pulse Ctrl+C.',
  'Share this set-up': 'Compartir esta configuración',
  'Opening this link shows the same scenario, inputs, seed and objective, and so the same results.':
    'Al abrir este enlace se ven el mismo escenario, los mismos datos, la misma semilla y el mismo objetivo, y por tanto los mismos resultados.',
  // Teacher panel
  Open: 'Libre',
  Locked: 'Bloqueado',
  Hidden: 'Oculto',
  'Locked inputs are shown but cannot be changed; hidden inputs are not shown. Settings are kept in this browser and go into share links.':
    'Los datos bloqueados se muestran pero no se pueden cambiar; los ocultos no se muestran. Los ajustes se guardan en este navegador y van en los enlaces compartidos.',
  'Hide outcomes until I reveal them': 'Ocultar los resultados hasta que yo los muestre',
  'Students predict the chance of success before they see results': 'El alumnado predice la probabilidad de éxito antes de ver los resultados',
  Input: 'Dato',
  'Students may': 'El alumnado puede',
  Apply: 'Aplicar',
  Cancel: 'Cancelar',
  // Files
  '(file): larger than 1 MB; a scenario file is a few kilobytes.': '(archivo): mayor de 1 MB; un archivo de escenario ocupa unos pocos kilobytes.',
  'The file was not imported: {count} problems.': 'El archivo no se importó: {count} problemas.',
  'Imported “{title}”; it is kept in this browser and listed on Choose.': 'Se importó «{title}»; queda guardado en este navegador y aparece en Elegir.',
  'Import a scenario file': 'Importar un archivo de escenario',
  'or drop a .json file anywhere on this page.': 'o suelte un archivo .json en cualquier parte de esta página.',
  'Scenario files': 'Archivos de escenario',
  'class set-up': 'configuración de clase',
  // Choose
  troops: 'efectivos',
  Remove: 'Quitar',
  'Choose a scenario': 'Elija un escenario',
  'How many troops does an invasion take? In late 2025 about {troops} US troops were reported near Venezuela, and analysts called that not enough for a full-scale invasion. Pick a force size and test the claim.':
    '¿Cuántas tropas hacen falta para una invasión? A finales de 2025 se informó de unos {troops} efectivos estadounidenses cerca de Venezuela, y los analistas dijeron que no bastaban para una invasión a gran escala. Elija un tamaño de fuerza y ponga a prueba la afirmación.',
  'What if…': '¿Y si…?',
  'Your imported scenarios (kept in this browser)': 'Sus escenarios importados (guardados en este navegador)',
  'Back-tests: does the model reproduce history?': 'Pruebas históricas: ¿reproduce el modelo la historia?',
  // Set up
  'Seize and hold the capital region (3 months with enough troops)': 'Tomar y mantener la región de la capital (3 meses con tropas suficientes)',
  'Invade and control the whole country (36 months)': 'Invadir y controlar todo el país (36 meses)',
  'Limited use of force: hold one small region for a set time': 'Uso limitado de la fuerza: mantener una región pequeña durante un tiempo fijado',
  'Intervening force': 'Fuerza interviniente',
  Defender: 'Defensor',
  'Host security forces': 'Fuerzas de seguridad locales',
  Objective: 'Objetivo',
  'Locked by the teacher.': 'Bloqueado por el docente.',
  ' (this scenario’s objective)': ' (el objetivo de este escenario)',
  'A seed is 1 to 64 characters; keeping the last one.': 'Una semilla tiene de 1 a 64 caracteres; se mantiene la anterior.',
  'New seed': 'Nueva semilla',
  'Reset all to published': 'Volver a los valores publicados',
  'Enter your forecast before you play; the debrief scores it.': 'Introduzca su pronóstico antes de jugar; el balance lo puntúa.',
  'Forecast saved: {share}.': 'Pronóstico guardado: {share}.',
  'Type a percentage from 0 to 100, e.g. 35.': 'Escriba un porcentaje de 0 a 100, p. ej. 35.',
  'Save forecast': 'Guardar pronóstico',
  'Your forecast: chance of success (%)': 'Su pronóstico: probabilidad de éxito (%)',
  ' (capital)': ' (la capital)',
  'Set up: {title}': 'Preparar: {title}',
  'Teacher mode': 'Modo docente',
  'The orange mark on each slider is the published value; hover or focus a control for its source and date. A change starts a new game.':
    'La marca naranja de cada control es el valor publicado; pase el puntero o enfoque un control para ver su fuente y fecha. Un cambio empieza una partida nueva.',
  'What this scenario assumes': 'Qué supone este escenario',
  Seed: 'Semilla',
  'The same seed and inputs always give the same game. Change it to see another roll of the dice.':
    'La misma semilla y los mismos datos dan siempre la misma partida. Cámbiela para ver otra tirada de dados.',
  'The board: {count} region, {people} people': 'El tablero: {count} región, {people} habitantes',
  'The board: {count} regions, {people} people': 'El tablero: {count} regiones, {people} habitantes',
  Region: 'Región',
  Terrain: 'Terreno',
  'Play this set-up': 'Jugar con esta configuración',
  // Debrief
  'Debrief: {title}': 'Balance: {title}',
  'The teacher has hidden the outcomes for now.': 'El docente ha ocultado los resultados por ahora.',
  'Reveal outcomes (teacher)': 'Mostrar los resultados (docente)',
  'What the analysts said, and what the model finds': 'Qué dijeron los analistas y qué encuentra el modelo',
  'Change the inputs': 'Cambiar los datos',
  'Choose another scenario': 'Elegir otro escenario',
  'The results are still being computed.': 'Los resultados aún se están calculando.',
  'Print handout': 'Imprimir hoja',
  'changed (published {value})': 'cambiado (publicado {value})',
  published: 'publicado',
  'Set-up': 'Configuración',
  Value: 'Valor',
  Source: 'Fuente',
  'Which single input changed the chance of success the most, and why might that be?': '¿Qué dato cambió más la probabilidad de éxito, y por qué podría ser?',
  'Do the model’s results support the analysts’ claim that about 10,000 troops was not enough? What would change your mind?':
    '¿Apoyan los resultados del modelo la afirmación de los analistas de que unos 10.000 efectivos no bastaban? ¿Qué le haría cambiar de opinión?',
  'What does the model leave out (politics, time, allies, the population’s choices), and how could that change the answer?':
    '¿Qué deja fuera el modelo (política, tiempo, aliados, las decisiones de la población) y cómo podría cambiar eso la respuesta?',
  'Compare the back-tests with history: where does the model do well, and where would you trust it less?':
    'Compare las pruebas históricas con la historia: ¿dónde acierta el modelo y dónde confiaría menos en él?',
  'Questions for discussion': 'Preguntas para el debate',
  'Results are shown after you enter a forecast.': 'Los resultados se muestran después de introducir un pronóstico.',
  'Reveal the results': 'Mostrar los resultados',
  'Your forecast: {share}. Scoring it…': 'Su pronóstico: {share}. Puntuándolo…',
  'Your forecast, scored': 'Su pronóstico, puntuado',
  '{points} points out of 100': '{points} puntos de 100',
  'You forecast {forecast}; the model succeeded in {actual} of runs ({error} percentage points apart). Brier score {brier} (best possible here {best}; lower is better).':
    'Usted pronosticó {forecast}; el modelo tuvo éxito en el {actual} de las simulaciones ({error} puntos porcentuales de diferencia). Puntuación de Brier {brier} (la mejor posible aquí {best}; cuanto más baja, mejor).',
};
