// Spanish catalogue for forgiving, watchable play (src/ui/play/forgiving.ts, the Play screen's
// confirm before ending the entry phase with nothing placed, and the Choose card's Continue / New
// game). English text (the key) → Spanish text; merged into ES by es.ts. Neutral Latin American
// Spanish, informal "tú".
export const ES_FORGIVING = {
  Pause: 'Pausa',
  'Auto-play the plan': 'Jugar el plan solo',
  Restart: 'Reiniciar',
  'Play to the end': 'Jugar hasta el final',
  Step: 'Paso',
  'Auto-play finished: the game is over.': 'El juego automático terminó: la partida ha acabado.',
  'Auto-play paused. Step plays one turn; Auto-play goes on.': 'Juego automático en pausa. Paso juega un turno; Jugar el plan solo continúa.',
  'Auto-play: the automatic plan plays one turn at a time. Pause stops it.': 'Juego automático: el plan automático juega un turno cada vez. Pausa lo detiene.',
  'Restarted: the same scenario, set-up and seed, from day 1.': 'Reiniciado: el mismo escenario, la misma preparación y la misma semilla, desde el día 1.',
  'Start this game again from day 1 with the same set-up and seed? The moves made so far are lost.': '¿Empezar esta partida de nuevo desde el día 1 con la misma preparación y la misma semilla? Se pierden las jugadas hechas hasta ahora.',
  'Nothing is placed. End the entry phase without attacking?': 'No hay nada colocado. ¿Terminar la fase de entrada sin atacar?',
  'End the entry phase': 'Terminar la fase de entrada',
  'Undone: the entry phase is open again.': 'Deshecho: la fase de entrada está abierta de nuevo.',
  'auto-play or pause': 'juego automático o pausa',
  step: 'paso',
  'play to the end': 'jugar hasta el final',
  restart: 'reiniciar',
  Continue: 'Continuar',
  'New game': 'Partida nueva',
} as const;
