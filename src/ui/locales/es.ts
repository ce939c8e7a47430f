// Spanish catalogue: English text (the key) → Spanish text. Placeholders such as {count} must stay
// the same (tests/app/i18n.test.ts checks it, and that every t('…') key in src/ui, src/view and
// src/app has an entry here). Neutral Latin American Spanish; instructions use the informal "tú".
import { ES_ANALYSIS } from './es-analysis';
import { ES_GAME } from './es-game';
import { ES_SCENARIOS } from './es-scenarios';
import { ES_CLAIMS } from './es-claims';
import { ES_ASSUMES } from './es-assumes';
import { ES_SOURCES } from './es-sources';
import { ES_SOURCES_HISTORY } from './es-sources-history';
import { ES_PLAY } from './es-play';
import { ES_SCENARIO_ERRORS } from './es-scenario-errors';
import { ES_VERDICTS } from './es-verdicts';
import { ES_STATUS } from './es-status';
import { ES_WORDS } from './es-words';
import { ES_ABOUT } from './es-about';
import { ES_HISTORY } from './es-history';
import { ES_ADVANCED } from './es-advanced';
import { ES_CLASS } from './es-class';
import { ES_TEACHER } from './es-teacher';
import { ES_WHY } from './es-why';
import { ES_FORGIVING } from './es-forgiving';
import { ES_LADDER } from './es-ladder';
import { ES_TEAMS } from './es-teams';
import { ES_CASES_A } from './es-cases-a';
import { ES_V3 } from './es-v3';
import { ES_CASES_B } from './es-cases-b';
import { ES_CASES_C } from './es-cases-c';

export const ES = {
  ...ES_GAME,
  ...ES_SCENARIOS,
  ...ES_CLAIMS,
  ...ES_ASSUMES,
  ...ES_SOURCES,
  ...ES_SOURCES_HISTORY,
  ...ES_ANALYSIS,
  ...ES_PLAY,
  ...ES_SCENARIO_ERRORS,
  ...ES_VERDICTS,
  ...ES_STATUS,
  ...ES_WORDS,
  ...ES_ABOUT,
  ...ES_ADVANCED,
  ...ES_HISTORY,
  ...ES_CLASS,
  ...ES_TEACHER,
  ...ES_WHY,
  ...ES_FORGIVING,
  ...ES_LADDER,
  ...ES_TEAMS,
  ...ES_CASES_A,
  ...ES_V3,
  ...ES_CASES_B,
  ...ES_CASES_C,
  // --- Shell: screen names and header (index.html, src/app/main.ts)
  Choose: 'Elegir',
  'Set up': 'Preparar',
  Play: 'Jugar',
  Debrief: 'Balance',
  Analysis: 'Análisis',
  Help: 'Ayuda',
  'Skip to content': 'Ir al contenido',
  'Threshold: how many troops does an invasion take?': 'Threshold: ¿cuántas tropas hacen falta para una invasión?',
  Language: 'Idioma',
  English: 'English',
  Español: 'Español',

  // --- Classroom-kit controls, as docs/teacher-guide*.md names them (for the screens that add them)
  Share: 'Compartir',
  'Copy link': 'Copiar enlace',
  'Show QR code': 'Mostrar código QR',
  'Export scenario': 'Exportar escenario',
  Import: 'Importar',
  'Export CSV': 'Exportar CSV',
  'Save chart as PNG': 'Guardar gráfico como PNG',
  'Print debrief': 'Imprimir balance',
  'Teacher mode': 'Modo docente',
  Lock: 'Bloquear',
  Hide: 'Ocultar',
  'Hide outcomes': 'Ocultar resultados',
  'Predict first': 'Predecir primero',
  Reveal: 'Revelar',
  'High contrast': 'Alto contraste',
  'Your forecast: chance of success (%)': 'Tu pronóstico: probabilidad de éxito (%)',
  '{points} points': '{points} puntos',
  'Brier score {score}': 'Puntuación de Brier {score}',

  // --- Outcome words (src/ui/format.ts OUTCOME_WORDS, through tData)
  'entry failed': 'entrada fallida',
  'failed after entry': 'fracaso tras la entrada',
  // Feminine, like the region states (es-game.ts): one word serves a region and an outcome.
  contested: 'disputada',
  stabilized: 'estabilizada',

  // --- Input catalogue (src/model/inputs.ts labels and help, through tData)
  'Intervention troops': 'Tropas de intervención',
  'Ground troops committed to the campaign.': 'Tropas terrestres comprometidas en la campaña.',
  'Intervener quality': 'Calidad del interventor',
  'Relative combat effectiveness per soldier (median).': 'Eficacia de combate relativa por soldado (mediana).',
  'Quality uncertainty': 'Incertidumbre de la calidad',
  'How much quality varies from run to run.': 'Cuánto varía la calidad de una simulación a otra.',
  'Planned force ratio': 'Relación de fuerzas prevista',
  'Combat-power ratio the automatic plan aims for in each region.': 'Relación de potencia de combate que el plan automático busca en cada región.',
  'Sustainable force after rotation': 'Fuerza sostenible tras la rotación',
  'Force that can stay in the country once units rotate.': 'Fuerza que puede permanecer en el país una vez que las unidades rotan.',
  'Rotation month': 'Mes de rotación',
  'Month from which the rotation cap applies.': 'Mes a partir del cual se aplica el límite de rotación.',
  'Defending regulars': 'Fuerzas regulares defensoras',
  'Regular ground forces of the defender.': 'Fuerzas terrestres regulares del defensor.',
  Cohesion: 'Cohesión',
  'Share of regulars that actually fight.': 'Proporción de las fuerzas regulares que realmente combate.',
  'Concentration in the capital': 'Concentración en la capital',
  'Share of fighting regulars concentrated in the capital region.': 'Proporción de las fuerzas regulares combatientes concentrada en la región capital.',
  'Militia (effective)': 'Milicia (efectiva)',
  'Militia that seeds later resistance (effective strength, not claims).': 'Milicia que siembra la resistencia posterior (fuerza efectiva, no la declarada).',
  'Defender posture': 'Postura del defensor',
  'Hasty 1.3, prepared 1.5, fortified 1.6 (Dupuy).': 'Improvisada 1,3; preparada 1,5; fortificada 1,6 (Dupuy).',
  'Defender mastery': 'Dominio del defensor',
  'How far the defender has mastered the modern system (shrinks the quality edge).': 'Hasta qué punto el defensor domina el sistema moderno (reduce la ventaja de calidad).',
  Population: 'Población',
  'People in the country.': 'Habitantes del país.',
  Hostility: 'Hostilidad',
  'Share of the population opposed to the intervention and new order.': 'Proporción de la población que se opone a la intervención y al nuevo orden.',
  'Pre-war army and police': 'Ejército y policía de preguerra',
  'Security forces before the war.': 'Fuerzas de seguridad antes de la guerra.',
  'Host forces retained': 'Fuerzas locales conservadas',
  'Share of them kept on by the new authorities.': 'Proporción de ellas que conservan las nuevas autoridades.',
  'Months to hold': 'Meses que sostener',
  'Limited objective: months the region must be held.': 'Objetivo limitado: meses que hay que sostener la región.',

  // --- Share links (src/app/share-link.ts)
  'The link could not be read; the app opened with its usual set-up.': 'No se pudo leer el enlace; la aplicación se abrió con su configuración habitual.',
  'The link is too long ({length} characters, at most {max}); it was not used.': 'El enlace es demasiado largo ({length} caracteres, como máximo {max}); no se ha usado.',
  'The link has too many parts ({count}); it was not used.': 'El enlace tiene demasiadas partes ({count}); no se ha usado.',
  'The link gives "{name}" more than once; the first value was used.': 'El enlace indica «{name}» más de una vez; se ha usado el primer valor.',
  'The link does not say which model version made it; results may differ from the ones it was made with.': 'El enlace no indica con qué versión del modelo se hizo; los resultados pueden diferir de los originales.',
  "The link was made with model version {linkVersion}; this copy runs version {version}. The scenario opens with its published values and the link's changed inputs were not applied.":
    'El enlace se hizo con la versión {linkVersion} del modelo; esta copia usa la versión {version}. El escenario se abre con sus valores publicados y no se han aplicado los cambios del enlace.',
  'The link was made with model version {linkVersion}; this copy runs version {version}. Its changed inputs were applied, but the results may differ from the ones it was made with.':
    'El enlace se hizo con la versión {linkVersion} del modelo; esta copia usa la versión {version}. Se han aplicado sus cambios, pero los resultados pueden diferir de los originales.',
  'The link names no scenario; the first scenario opened instead.': 'El enlace no indica ningún escenario; se ha abierto el primero.',
  'The link names a scenario this copy does not have ({id}); the first scenario opened instead.': 'El enlace indica un escenario que esta copia no tiene ({id}); se ha abierto el primero.',
  "The link's seed is not valid (letters, digits, spaces and . _ : - only, at most 64); seed {seed} was used.": 'La semilla del enlace no es válida (solo letras, cifras, espacios y . _ : -, como máximo 64); se ha usado la semilla {seed}.',
  "The link's objective ({objective}) is unknown; the scenario's own objective was used.": 'El objetivo del enlace ({objective}) es desconocido; se ha usado el objetivo propio del escenario.',
  'The link asks for a language this app does not have ({lang}); it was ignored.': 'El enlace pide un idioma que esta aplicación no tiene ({lang}); se ha ignorado.',
  'The link changes an unknown input ({input}); it was ignored.': 'El enlace cambia un dato desconocido ({input}); se ha ignorado.',
  'The link gives "{input}" a value that is not a number; the published value was used.': 'El enlace da a «{input}» un valor que no es un número; se ha usado el valor publicado.',
  'The link gives "{input}" a value outside {min} to {max}; the published value was used.': 'El enlace da a «{input}» un valor fuera del intervalo de {min} a {max}; se ha usado el valor publicado.',
  '"{input}" takes whole numbers; the link\'s value was rounded to {value}.': '«{input}» solo admite números enteros; el valor del enlace se ha redondeado a {value}.',
  'The link has a part this app does not know ({name}); it was ignored.': 'El enlace tiene una parte que esta aplicación no conoce ({name}); se ha ignorado.',
  'The link locks or hides an unknown input ({input}); it was ignored.': 'El enlace bloquea u oculta un dato desconocido ({input}); se ha ignorado.',
  'The link\'s teacher setting "{name}" should be 1 or 0; it is off.': 'El ajuste docente «{name}» del enlace debe ser 1 o 0; queda desactivado.',

  // --- QR codes (src/app/qr.ts)
  'There is no link to show as a QR code.': 'No hay ningún enlace que mostrar como código QR.',
  'The link is too long for a QR code that can be scanned from a projector ({length} characters, at most {max}).':
    'El enlace es demasiado largo para un código QR que se pueda escanear desde un proyector ({length} caracteres, como máximo {max}).',
  'The link could not be turned into a QR code.': 'No se pudo convertir el enlace en un código QR.',
  'QR code of the share link': 'Código QR del enlace para compartir',

  // --- Storage (src/app/storage.ts)
  'The saved set-up could not be read; the app starts with the first scenario.': 'No se pudo leer la configuración guardada; la aplicación empieza con el primer escenario.',
  'A saved input change ({input}) was not valid and was dropped.': 'Un cambio guardado de un dato ({input}) no era válido y se ha descartado.',
  "The saved objective was not valid; the scenario's own objective is used.": 'El objetivo guardado no era válido; se usa el objetivo propio del escenario.',
  'A saved setting ({name}) was not valid; its default is used.': 'Un ajuste guardado ({name}) no era válido; se usa su valor por defecto.',
  'The saved custom scenarios were not a list and could not be read.': 'Los escenarios propios guardados no formaban una lista y no se pudieron leer.',
  'A copy of the saved data as it was has been kept.': 'Se ha conservado una copia de los datos guardados tal como estaban.',
  'No copy of the saved data could be made, so it will not be overwritten; changes last until the page is closed.':
    'No se pudo hacer una copia de los datos guardados, así que no se sobrescribirán; los cambios duran hasta que se cierre la página.',
  'This browser does not keep settings here (storage is off); the app starts with its defaults and changes last until the page is closed.':
    'Este navegador no guarda ajustes aquí (el almacenamiento está desactivado); la aplicación empieza con sus valores por defecto y los cambios duran hasta que se cierre la página.',
  'This browser does not allow saved settings here; the app starts with its defaults and changes last until the page is closed.':
    'Este navegador no permite guardar ajustes aquí; la aplicación empieza con sus valores por defecto y los cambios duran hasta que se cierre la página.',
  'Settings were saved by a newer version of Threshold; this version starts with its defaults and does not change them.':
    'Los ajustes los guardó una versión más reciente de Threshold; esta versión empieza con sus valores por defecto y no los modifica.',
  'Saved settings could not be read; the app starts with its defaults. A copy of the unreadable data was kept.':
    'No se pudieron leer los ajustes guardados; la aplicación empieza con sus valores por defecto. Se ha conservado una copia de los datos ilegibles.',
  'Saved settings could not be read and no copy could be made; the app starts with its defaults and will not overwrite them.':
    'No se pudieron leer los ajustes guardados ni hacer una copia; la aplicación empieza con sus valores por defecto y no los sobrescribirá.',
  '{count} saved custom scenario did not pass the checks and was not loaded; it is kept in storage so nothing is lost.':
    '{count} escenario propio guardado no superó las comprobaciones y no se ha cargado; se conserva en el almacenamiento para no perder nada.',
  '{count} saved custom scenarios did not pass the checks and were not loaded; they are kept in storage so nothing is lost.':
    '{count} escenarios propios guardados no superaron las comprobaciones y no se han cargado; se conservan en el almacenamiento para no perder nada.',
  'Not saved: this browser is not keeping settings for this page. The change lasts until the page is closed.': 'No guardado: este navegador no conserva ajustes para esta página. El cambio dura hasta que se cierre la página.',
  'Not saved: browser storage is full. What was saved before is kept; this change lasts until the page is closed.':
    'No guardado: el almacenamiento del navegador está lleno. Lo guardado antes se conserva; este cambio dura hasta que se cierre la página.',
  'Not saved: the browser refused to store it. What was saved before is kept; this change lasts until the page is closed.':
    'No guardado: el navegador se negó a almacenarlo. Lo guardado antes se conserva; este cambio dura hasta que se cierre la página.',
  '{count} saved custom scenario uses the id of a shipped scenario ({ids}) and was set aside, not listed; it is kept in storage.':
    '{count} escenario propio guardado usa el id de un escenario incluido ({ids}) y se dejó aparte, sin mostrarlo; se conserva en el almacenamiento.',
  '{count} saved custom scenarios use the ids of shipped scenarios ({ids}) and were set aside, not listed; they are kept in storage.':
    '{count} escenarios propios guardados usan ids de escenarios incluidos ({ids}) y se dejaron aparte, sin mostrarlos; se conservan en el almacenamiento.',
  '{count} saved custom scenario repeats the id of another one ({ids}) and was set aside, not listed; it is kept in storage.':
    '{count} escenario propio guardado repite el id de otro ({ids}) y se dejó aparte, sin mostrarlo; se conserva en el almacenamiento.',
  '{count} saved custom scenarios repeat the ids of others ({ids}) and were set aside, not listed; they are kept in storage.':
    '{count} escenarios propios guardados repiten ids de otros ({ids}) y se dejaron aparte, sin mostrarlos; se conservan en el almacenamiento.',
  'At most {max} custom scenarios are listed: {count} more saved one ({ids}) was set aside. It is kept in storage; remove one to list it.':
    'Se muestran como máximo {max} escenarios propios: {count} guardado más ({ids}) se dejó aparte. Se conserva en el almacenamiento; elimina uno para mostrarlo.',
  'At most {max} custom scenarios are listed: {count} more saved ones ({ids}) were set aside. They are kept in storage; remove some to list them.':
    'Se muestran como máximo {max} escenarios propios: {count} guardados más ({ids}) se dejaron aparte. Se conservan en el almacenamiento; elimina algunos para mostrarlos.',
  'Not saved: a newer version of Threshold (in another tab) has saved settings in this browser, and this version does not change them. This change lasts until the page is closed.':
    'No guardado: una versión más nueva de Threshold (en otra pestaña) ha guardado ajustes en este navegador, y esta versión no los cambia. Este cambio dura hasta que se cierre la página.',
  'Imported “{title}” for this session only; it is not kept in this browser. {reason}': 'Se importó «{title}» solo para esta sesión; no queda guardado en este navegador. {reason}',
  'Not imported: a shipped scenario already has the id “{id}”.': 'No importado: un escenario incluido ya tiene el id «{id}».',
  'Not saved: at most {max} custom scenarios can be kept. Remove one first.': 'No guardado: se pueden conservar como máximo {max} escenarios propios. Elimina uno primero.',

  // --- Teacher mode and predictions (src/app/teacher.ts)
  'Teacher settings were not readable; teacher mode is off.': 'No se pudieron leer los ajustes docentes; el modo docente está desactivado.',
  'Teacher setting "{name}" should be on or off; it is off.': 'El ajuste docente «{name}» debe estar activado o desactivado; queda desactivado.',
  'Teacher setting "{name}" should be a list of inputs; it is empty.': 'El ajuste docente «{name}» debe ser una lista de datos; queda vacío.',
  'Teacher settings name an unknown input ({input}); it was ignored.': 'Los ajustes docentes nombran un dato desconocido ({input}); se ha ignorado.',
  'The troop level cannot be hidden (every chart and figure shows it); it stays visible. It can be locked.': 'El nivel de tropas no se puede ocultar (todos los gráficos y cifras lo muestran); sigue visible. Se puede bloquear.',
  'Spot on': 'En el blanco',
  Close: 'Cerca',
  Off: 'Desviado',
  'Far off': 'Muy desviado',
  // --- The one seed rule (src/app/state-schema.ts), as storage, share links and the seed fields word it
  'The saved seed was not valid (1 to 64 characters, no control or invisible characters); seed {seed} is used.': 'La semilla guardada no era válida (de 1 a 64 caracteres, sin caracteres de control ni invisibles); se usa la semilla {seed}.',
  "The link's seed is not valid (1 to 64 characters, no control or invisible characters); seed {seed} was used.":
    'La semilla del enlace no es válida (de 1 a 64 caracteres, sin caracteres de control ni invisibles); se ha usado la semilla {seed}.',
  'A seed cannot contain control or invisible characters; keeping the last one.': 'Una semilla no puede contener caracteres de control ni invisibles; se mantiene la anterior.',
} satisfies Record<string, string>;

/** Every English text the code may pass to t(): a key without a Spanish entry is a type error. */
export type MessageKey = keyof typeof ES;
