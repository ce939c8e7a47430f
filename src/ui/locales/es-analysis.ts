// Spanish catalogue for the analysis screen (src/ui/analysis/**, src/ui/screens/analysis.ts, src/app/worker*):
// English text (the key) → Spanish text. Merged into ES by es.ts; kept apart so two people can edit at once.
export const ES_ANALYSIS: Readonly<Record<string, string>> = {
  // --- Screen frame and status (src/ui/screens/analysis.ts)
  'capital objective': 'objetivo capital',
  'country objective': 'objetivo país',
  'limited objective': 'objetivo limitado',
  'not reached below {max}': 'no se alcanza por debajo de {max}',
  '{target} success is not reached below {max} troops under these assumptions; with every ranged input at its optimistic end it is reached at about {troops}.':
    'Un éxito del {target} no se alcanza por debajo de {max} soldados con estos supuestos; con cada dato con rango en su extremo optimista se alcanza hacia {troops}.',
  '{target} success is not reached below {max} troops under these assumptions.':
    'Un éxito del {target} no se alcanza por debajo de {max} soldados con estos supuestos.',
  '{target} success takes about {troops} troops ({density} per 1,000 inhabitants).':
    'Un éxito del {target} requiere unos {troops} soldados ({density} por cada 1.000 habitantes).',
  'Sampling uncertainty (95% bounds of the runs): {low} to {high}.':
    'Incertidumbre de muestreo (límites del 95 % de las partidas): de {low} a {high}.',
  'Input uncertainty (band ends): {optimistic} at the optimistic ends to {pessimistic} at the pessimistic ends.':
    'Incertidumbre de los datos (extremos de la banda): de {optimistic} en los extremos optimistas a {pessimistic} en los pesimistas.',
  'Analysis: every troop level at once': 'Análisis: todos los niveles de tropas a la vez',
  Scenario: 'Escenario',
  'Runs per troop level computed so far': 'Partidas por nivel de tropas calculadas hasta ahora',
  'Success rate against troop level': 'Tasa de éxito según el nivel de tropas',
  'Published force sizes on the chart': 'Tamaños de fuerza publicados en el gráfico',
  'How many troops for': '¿Cuántos soldados para un',
  '% success under these assumptions?': '% de éxito con estos supuestos?',
  'Troops per 1,000 inhabitants: this country at the published force sizes, and past interventions':
    'Soldados por cada 1.000 habitantes: este país con los tamaños de fuerza publicados, e intervenciones pasadas',
  'Sensitivity: which input, moved across its published range, changes the success rate most':
    'Sensibilidad: qué dato, movido a lo largo de su rango publicado, cambia más la tasa de éxito',
  'One run set at the current troop level: days to enter the capital and outcome shares':
    'Una serie de partidas con el nivel de tropas actual: días para entrar en la capital y reparto de resultados',
  '{label}: {density} per 1,000, {success} success (quote)': '{label}: {density} por cada 1.000, {success} de éxito (cita)',
  '{label}: {density} per 1,000 (quote)': '{label}: {density} por cada 1.000 (cita)',
  'Computing…': 'Calculando…',
  'Success rate ({objective})': 'Tasa de éxito ({objective})',
  'Entry rate: the key region entered': 'Tasa de entrada: se entró en la región clave',
  'Band: {inputs} moved together to the pessimistic and to the optimistic ends of their published ranges (same runs; inputs you set are kept as set)':
    'Banda: {inputs} movidos a la vez a los extremos pesimista y optimista de sus rangos publicados (mismas partidas; los datos que fijaste se mantienen)',
  'Band: no input you have not set has a published range': 'Banda: ningún dato que no hayas fijado tiene un rango publicado',
  'Dotted line: your target rate; dot: where the curve first reaches it; dark bar: its 95% sampling interval; light bar: from the optimistic to the pessimistic band curve':
    'Línea de puntos: tu tasa objetivo; punto: donde la curva la alcanza por primera vez; barra oscura: su intervalo de muestreo del 95 %; barra clara: de la curva optimista a la pesimista de la banda',
  'Error: {message}': 'Fallo: {message}',
  'All done: {runs} runs per troop level on {workers} workers, seed "{seed}".':
    'Terminado: {runs} partidas por nivel de tropas en {workers} procesos, semilla «{seed}».',
  'Curve refined; band, sensitivity and run set still computing…': 'Curva afinada; banda, sensibilidad y serie de partidas aún en cálculo…',
  'Coarse curve ready ({runs} runs per level); refining…': 'Curva aproximada lista ({runs} partidas por nivel); afinando…',
  'coarse curve drawn {ms} ms after the change · {done} of {runs} runs per level · {jobs} jobs running':
    'curva aproximada dibujada {ms} ms después del cambio · {done} de {runs} partidas por nivel · {jobs} tareas en curso',
  '{jobs} jobs running': '{jobs} tareas en curso',
  '{title}: {question} Objective: {objective}.': '{title}: {question} Objetivo: {objective}.',
  // --- Controls and chart frames (src/ui/analysis/controls.ts, svg.ts)
  Assumptions: 'Supuestos',
  'Shared with Set up: a change here changes the game too.': 'Compartido con Preparar: un cambio aquí cambia también la partida.',
  'published {value}': 'publicado {value}',
  'Reset to published values': 'Volver a los valores publicados',
  'Data table': 'Tabla de datos',
  // --- Sweep chart (src/ui/analysis/sweep-chart.ts)
  'Troops per 1,000 inhabitants': 'Soldados por cada 1.000 habitantes',
  'current {troops}': 'actual {troops}',
  '{target} at ≈{troops}': '{target} con ≈{troops}',
  '{target} not reached below {max}': '{target} no se alcanza por debajo de {max}',
  'Updating the curve for the new inputs…': 'Actualizando la curva con los nuevos datos…',
  'Computing the curve…': 'Calculando la curva…',
  'Success and entry rate by troop level': 'Tasa de éxito y de entrada según el nivel de tropas',
  Troops: 'Soldados',
  'Success and entry rate by troop level ({objective})': 'Tasa de éxito y de entrada según el nivel de tropas ({objective})',
  'Per 1,000': 'Por cada 1.000',
  Success: 'Éxito',
  '95% interval': 'Intervalo del 95 %',
  Entry: 'Entrada',
  'Band low (pessimistic)': 'Banda baja (pesimista)',
  'Band high (optimistic)': 'Banda alta (optimista)',
  Runs: 'Partidas',
  '{success} at {troops} ({density} per 1,000)': '{success} con {troops} ({density} por cada 1.000)',
  'the runs shown': 'las partidas mostradas',
  'The {objective} succeeds in {shares} and {last} at {troops} troops, out of {runs} runs per level (refining towards {target}).':
    'El {objective} se logra en {shares} y en {last} con {troops} soldados, sobre {runs} partidas por nivel (afinando hacia {target}).',
  'The {objective} succeeds in {shares} and {last} at {troops} troops, out of {runs} runs per level.':
    'El {objective} se logra en {shares} y en {last} con {troops} soldados, sobre {runs} partidas por nivel.',
  'The band spans the pessimistic and optimistic ends of the published ranges of {inputs}.':
    'La banda abarca los extremos pesimista y optimista de los rangos publicados de {inputs}.',
  'No unset input has a published range, so the band is the curve itself.':
    'Ningún dato sin fijar tiene un rango publicado, así que la banda es la propia curva.',
  'It does not reach {target} below {max} troops.': 'No alcanza el {target} por debajo de {max} soldados.',
  'It first reaches {target} at about {troops} troops.': 'Alcanza el {target} por primera vez hacia {troops} soldados.',
  // --- Run set (src/ui/analysis/runset-chart.ts)
  'entry failed': 'entrada fallida',
  'failed after entry': 'fracaso tras la entrada',
  'Computing the run set…': 'Calculando la serie de partidas…',
  'Runs by day of capital entry': 'Partidas según el día de entrada en la capital',
  Day: 'Día',
  'Day the capital region was entered': 'Día en que se entró en la región capital',
  'Outcome shares of {runs} runs, seed "{seed}"': 'Reparto de resultados de {runs} partidas, semilla «{seed}»',
  'Runs by day of capital entry ({runs} runs, seed "{seed}")': 'Partidas según el día de entrada en la capital ({runs} partidas, semilla «{seed}»)',
  '{runs} runs with seed "{seed}" at {troops} troops: the {objective} succeeds in {success} (key region entered in {entry}).':
    '{runs} partidas con la semilla «{seed}» y {troops} soldados: el {objective} se logra en el {success} (región clave alcanzada en el {entry}).',
  'The capital region was entered in {count} runs, on day {day} at the median.': 'Se entró en la región capital en {count} partidas, el día {day} en la mediana.',
  'No run entered the capital region: the limited objective aims at another region.': 'Ninguna partida entró en la región capital: el objetivo limitado apunta a otra región.',
  'The capital region was never entered.': 'Nunca se entró en la región capital.',
  'Outcomes: {shares}.': 'Resultados: {shares}.',
  // --- Sensitivity (src/ui/analysis/tornado-chart.ts)
  'Success rate at {troops} troops, each input at the ends of its published range': 'Tasa de éxito con {troops} soldados, cada dato en los extremos de su rango publicado',
  Input: 'Dato',
  'Low end': 'Extremo bajo',
  'Rate at low end': 'Tasa en el extremo bajo',
  'High end': 'Extremo alto',
  'Rate at high end': 'Tasa en el extremo alto',
  'Swing (points)': 'Variación (puntos)',
  Source: 'Fuente',
  'Computing the sensitivity…': 'Calculando la sensibilidad…',
  'No input of this scenario has a published range, so there is no tornado.': 'Ningún dato de este escenario tiene un rango publicado, así que no hay gráfico de sensibilidad.',
  'At {troops} troops the {objective} succeeds in {success} of {runs} runs as set, and no input moved across its published range changes that: here the troop level decides, not the assumptions.':
    'Con {troops} soldados el {objective} se logra en el {success} de {runs} partidas tal como está, y ningún dato movido a lo largo de su rango publicado lo cambia: aquí decide el nivel de tropas, no los supuestos.',
  'At {troops} troops the {objective} succeeds in {success} of {runs} runs as set.': 'Con {troops} soldados el {objective} se logra en el {success} de {runs} partidas tal como está.',
  '{input} moves it most: {low} at {lowValue} and {high} at {highValue}; next is {next} ({nextLow} to {nextHigh}).':
    '{input} es lo que más la mueve: {low} con {lowValue} y {high} con {highValue}; le sigue {next} (de {nextLow} a {nextHigh}).',
  '{input} moves it most: {low} at {lowValue} and {high} at {highValue}.': '{input} es lo que más la mueve: {low} con {lowValue} y {high} con {highValue}.',
  // --- Densities (src/ui/analysis/density-chart.ts)
  '{country} at {troops}': '{country} con {troops}',
  'Current setting: {troops}': 'Valor actual: {troops}',
  'your troop level': 'tu nivel de tropas',
  'population from the current inputs': 'población según los datos actuales',
  Case: 'Caso',
  Note: 'Nota',
  'Your setting, {troops} troops, is {density} per 1,000.': 'Tu valor, {troops} soldados, equivale a {density} por cada 1.000.',
  "With this population, 1 per 1,000 takes about {one} troops, Iraq's 6 about {six}, and Quinlivan's 20 for difficult cases about {twenty}. Scale: logarithmic.":
    'Con esta población, 1 por cada 1.000 requiere unos {one} soldados, los 6 de Irak unos {six} y los 20 de Quinlivan para los casos difíciles unos {twenty}. Escala: logarítmica.',
  'About {troops} troops are {density} per 1,000 inhabitants here:': 'Unos {troops} soldados son aquí {density} por cada 1.000 habitantes:',
  'below every past case shown': 'por debajo de todos los casos pasados mostrados',
  'above every past case shown': 'por encima de todos los casos pasados mostrados',
  'above only {cases}': 'por encima solo de {cases}',
  'below {cases}': 'por debajo de {cases}',
  "; below Quinlivan's policing band of 1-4 per 1,000.": '; por debajo de la franja policial de Quinlivan de 1 a 4 por cada 1.000.',
  "; inside Quinlivan's policing band of 1-4 per 1,000.": '; dentro de la franja policial de Quinlivan de 1 a 4 por cada 1.000.',
  "; above Quinlivan's policing band (1-4) but below the 20 per 1,000 of difficult cases.": '; por encima de la franja policial de Quinlivan (1 a 4) pero por debajo de los 20 por cada 1.000 de los casos difíciles.',
  '; at or above the 20 per 1,000 Quinlivan found in difficult cases.': '; en o por encima de los 20 por cada 1.000 que Quinlivan halló en los casos difíciles.',
  // --- Quotes and claims (src/ui/analysis/quotes.ts); the quotations themselves stay as published
  'Claim tested at {troops} troops: {claim}': 'Afirmación puesta a prueba con {troops} soldados: {claim}',
  'What the analysts said, and what the model shows': 'Lo que dijeron los analistas y lo que muestra el modelo',
  'Other claims in this scenario': 'Otras afirmaciones de este escenario',
  'Under the current inputs the model agrees: {lines}.': 'Con los datos actuales el modelo coincide: {lines}.',
  'Under the current inputs the model disagrees: {lines}.': 'Con los datos actuales el modelo discrepa: {lines}.',
  'Checking this claim under the current inputs…': 'Comprobando esta afirmación con los datos actuales…',
  '{density} per 1,000 inhabitants': '{density} por cada 1.000 habitantes',
  'The model here: at {troops} troops ({density}) the {objective} succeeds in {success} of {runs} runs; the key region is entered in {entry}.':
    'El modelo aquí: con {troops} soldados ({density}) el {objective} se logra en el {success} de {runs} partidas; se entra en la región clave en el {entry}.',
  'The model here: {density}; computing…': 'El modelo aquí: {density}; calculando…',
  // --- Force-size marker labels (src/ui/analysis/markers.ts, looked up with tData)
  '≈10,000 (late 2025)': '≈10.000 (finales de 2025)',
  'Panama 1989: 27,684': 'Panamá 1989: 27.684',
  '"about 30,000"': '«unos 30.000»',
  '50,000 "absolute minimum"': '50.000 «mínimo absoluto»',
  '150,000 planners': '150.000 según los planificadores',
  // --- Exports (src/ui/analysis/export-tools.ts)
  'No data yet: wait for the chart to finish computing.': 'Aún no hay datos: espera a que el gráfico termine de calcularse.',
  'The chart could not be saved as an image.': 'No se pudo guardar el gráfico como imagen.',
  // --- Teacher mode and worker failures (src/ui/analysis/teacher-gate.ts, src/ui/screens/analysis.ts)
  'The charts, tables and exports of this screen show outcomes, so they appear once the outcomes are shown.': 'Los gráficos, las tablas y las exportaciones de esta pantalla muestran resultados, así que aparecen cuando se muestren los resultados.',
  'A computation in the background failed. Change an input or reload the page to try again.': 'Falló un cálculo en segundo plano. Cambia un dato o recarga la página para intentarlo de nuevo.',
  // --- The analysis service's results in words (src/ui/analysis/{error-text,quotes,tornado-chart}.ts, src/ui/debrief/debrief-screen.ts)
  'a background worker stopped': 'se detuvo un proceso en segundo plano',
  'the input {path} is not valid': 'el dato {path} no es válido',
  'the request was not valid ({code})': 'la petición no era válida ({code})',
  'the model failed (a bug; please report it)': 'el modelo falló (es un error; por favor, avísanos)',
  'Under the current inputs the model agrees.': 'Con los datos actuales el modelo coincide.',
  'Under the current inputs the model disagrees.': 'Con los datos actuales el modelo discrepa.',
  'published range': 'rango publicado',
  'No published range: ±50% of the value assumed': 'Sin rango publicado: se supone ±50 % del valor',
  'Success rate at {troops} troops, each input at the ends of its range': 'Tasa de éxito con {troops} soldados, cada dato en los extremos de su rango',
  'Success rate at {troops} troops': 'Tasa de éxito con {troops} soldados',
  'as set: {rate}': 'tal como está: {rate}',
  'No input of this scenario can be moved, so there is no tornado.': 'Ningún dato de este escenario se puede mover, así que no hay gráfico de sensibilidad.',
  'At {troops} troops the {objective} succeeds in {success} of {runs} runs as set, and no input moved across its range changes that: here the troop level decides, not the assumptions.':
    'Con {troops} soldados el {objective} se logra en el {success} de {runs} partidas tal como está, y ningún dato movido a lo largo de su rango lo cambia: aquí decide el nivel de tropas, no los supuestos.',
  'Sensitivity: which input, moved across its range (published, or ±50% where none is published), changes the success rate most':
    'Sensibilidad: qué dato, movido a lo largo de su rango (el publicado, o ±50 % si no hay ninguno publicado), cambia más la tasa de éxito',
  'Runs of the automatic plan computed so far': 'Partidas del plan automático calculadas hasta ahora',
  'Checking the claims in the background…': 'Comprobando las afirmaciones en segundo plano…',
  'Checking the claims in the background: {percent} done.': 'Comprobando las afirmaciones en segundo plano: {percent} hecho.',
  'Each check ran {runs} times with seed “{seed}”, at the troop level it names (or the published one) and with your other inputs.':
    'Cada comprobación se ejecutó {runs} veces con la semilla «{seed}», con el nivel de tropas que indica (o el publicado) y con tus demás datos.',
};
