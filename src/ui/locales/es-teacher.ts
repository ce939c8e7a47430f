// Spanish for the teacher's PIN and lock (src/ui/kit/pin-prompt.ts, teacher-panel.ts, header.ts),
// predict-before-play (src/ui/kit/play-gate.ts), the share dialog's loopback warning and the
// handout's paper size (src/ui/kit/paper.ts).
export const ES_TEACHER = {
  // --- PIN and lock
  'The PIN keeps teacher controls out of students’ way in class; it is a convenience, not security. The browser belongs to the student: clearing the site’s data, or editing or replacing the link, undoes it.':
    'El PIN aparta los controles docentes del alcance del alumnado en clase; es una comodidad, no una medida de seguridad. El navegador es del estudiante: borrar los datos del sitio, o editar o sustituir el enlace, lo deshace.',
  Unlock: 'Desbloquear',
  'Too many wrong tries: wait {seconds} seconds, then try again.': 'Demasiados intentos fallidos: espera {seconds} segundos y vuelve a intentarlo.',
  'This browser cannot check the PIN here (it needs the page served over https or from this computer).': 'Este navegador no puede comprobar el PIN aquí (necesita que la página se sirva por https o desde este equipo).',
  'That PIN is not right. Too many wrong tries: wait {seconds} seconds, then try again.': 'Ese PIN no es correcto. Demasiados intentos fallidos: espera {seconds} segundos y vuelve a intentarlo.',
  'That PIN is not right. Teacher controls stay locked.': 'Ese PIN no es correcto. Los controles docentes siguen bloqueados.',
  'Teacher PIN': 'PIN docente',
  'Teacher controls are locked': 'Los controles docentes están bloqueados',
  'Type the teacher’s PIN to open the teacher controls.': 'Escribe el PIN docente para abrir los controles docentes.',
  'This screen is for the teacher. Type the teacher’s PIN to open it.': 'Esta pantalla es para el docente. Escribe el PIN docente para abrirla.',
  'Teacher (locked)': 'Docente (bloqueado)',
  'A PIN is 4 to 12 digits (0-9).': 'Un PIN tiene de 4 a 12 dígitos (0-9).',
  'This browser cannot set a PIN here (it needs the page served over https or from this computer).': 'Este navegador no puede fijar un PIN aquí (necesita que la página se sirva por https o desde este equipo).',
  'Set a PIN first (4 or more digits): locking needs one.': 'Fija primero un PIN (4 dígitos o más): bloquear lo necesita.',
  'Students enter a forecast before they can play or see results': 'El alumnado introduce un pronóstico antes de poder jugar o ver resultados',
  'New PIN (leave empty to keep the current one)': 'PIN nuevo (déjalo vacío para conservar el actual)',
  'PIN (4 or more digits)': 'PIN (4 dígitos o más)',
  'Remove the PIN': 'Quitar el PIN',
  'With a PIN, the teacher controls (this panel, the reveal button, the Class screen) are hidden from students and open only with the PIN, on every page load and for anyone who opens your share links. Only a salted hash of the PIN is kept, never the PIN.':
    'Con un PIN, los controles docentes (este panel, el botón de mostrar resultados, la pantalla Clase) quedan ocultos para el alumnado y solo se abren con el PIN, en cada carga de la página y para quien abra tus enlaces compartidos. Solo se guarda un hash con sal del PIN, nunca el PIN.',
  'Advanced: model constants': 'Avanzado: constantes del modelo',
  'Apply and lock': 'Aplicar y bloquear',
  // --- Predict before play
  'Your teacher asks for your forecast first: enter the chance of success you expect, then play.': 'Tu docente pide primero tu pronóstico: introduce la probabilidad de éxito que esperas y después juega.',
  // --- Share dialog on a loopback address
  'Students’ devices cannot open this link: it points to this computer only ({host}).': 'Los dispositivos del alumnado no pueden abrir este enlace: apunta solo a este equipo ({host}).',
  'To fix it, run “npm run start:lan” to serve the game on the classroom network and share the address it prints, or put the built game on a web host (see docs/hosting.md).':
    'Para arreglarlo, ejecuta «npm run start:lan» para servir el juego en la red del aula y comparte la dirección que muestra, o publica el juego compilado en un alojamiento web (consulta docs/hosting.md).',
  // --- Handout paper size
  'Paper for the handout': 'Papel de la hoja',
  'A4 (most countries)': 'A4 (la mayoría de los países)',
  'Letter (US, Canada, Mexico…)': 'Carta (EE. UU., Canadá, México…)',
} satisfies Record<string, string>;
