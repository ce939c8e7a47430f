// Spanish for the shipped scenarios' own words: titles, questions and region-group names, looked up
// through tData where a screen shows them. The files stay in English (their sources are English);
// a source's exact words stay in English inside their quotation marks, with a Spanish gloss after them;
// an imported scenario's words have no entry and are shown as written.
export const ES_SCENARIOS = {
  // Titles
  'Back-test: Grenada 1983': 'Prueba histórica: Granada 1983',
  'Back-test: Panama 1989': 'Prueba histórica: Panamá 1989',
  'Venezuela: the 2025 build-up (10,000)': 'Venezuela: el despliegue de 2025 (10.000)',
  'Venezuela: a limited use of force (10,000)': 'Venezuela: un uso limitado de la fuerza (10.000)',
  'Venezuela: the "absolute minimum" (50,000)': 'Venezuela: el "absolute minimum" (mínimo absoluto, 50.000)',
  'Venezuela with a Panama-sized force (30,000)': 'Venezuela con una fuerza del tamaño de la de Panamá (30.000)',
  "Venezuela: the planners' force (150,000)": 'Venezuela: la fuerza de los planificadores (150.000)',
  'Back-test: Haiti 1994': 'Prueba histórica: Haití 1994',
  'Back-test: Somalia 1992-95': 'Prueba histórica: Somalia 1992-95',
  'Back-test: East Timor 1999': 'Prueba histórica: Timor Oriental 1999',
  'Back-test: Afghanistan 2001-04': 'Prueba histórica: Afganistán 2001-04',
  'Back-test: Bosnia 1995-98': 'Prueba histórica: Bosnia 1995-98',
  'Back-test: Kosovo 1999-2002': 'Prueba histórica: Kosovo 1999-2002',
  // Questions
  'Does the model reproduce the 1983 US intervention in Grenada?': '¿Reproduce el modelo la intervención estadounidense de 1983 en Granada?',
  'Does the model reproduce the 1989 US intervention in Panama?': '¿Reproduce el modelo la intervención estadounidense de 1989 en Panamá?',
  'Could the roughly 10,000 US troops in the Caribbean in late 2025 invade and hold Venezuela?': '¿Podrían los unos 10.000 efectivos estadounidenses en el Caribe a finales de 2025 invadir y controlar Venezuela?',
  'What can 10,000 troops do below a full-scale invasion, such as holding one small region for eight weeks?':
    '¿Qué pueden hacer 10.000 efectivos por debajo de una invasión a gran escala, como mantener una región pequeña durante ocho semanas?',
  'Is 50,000 troops, the "absolute minimum" one analyst named, enough to invade Venezuela?': '¿Bastan 50.000 efectivos, el "absolute minimum" (mínimo absoluto) que citó un analista, para invadir Venezuela?',
  'Would the force that took Panama in 1989, about 30,000 troops, be enough for Venezuela?': '¿Bastaría para Venezuela la fuerza que tomó Panamá en 1989, unos 30.000 efectivos?',
  'What would 150,000 troops, the force war planners "would want", achieve in Venezuela?': '¿Qué lograrían en Venezuela 150.000 efectivos, la fuerza que los planificadores "would want" (querrían)?',
  'Does the model reproduce the 1994 US-led intervention in Haiti?': '¿Reproduce el modelo la intervención de 1994 en Haití, dirigida por Estados Unidos?',
  'Does the model reproduce the 1992-95 interventions in Somalia (UNITAF, then UNOSOM II)?': '¿Reproduce el modelo las intervenciones de 1992-95 en Somalia (UNITAF y después ONUSOM II)?',
  'Does the model reproduce the 1999 Australian-led intervention in East Timor (INTERFET)?': '¿Reproduce el modelo la intervención de 1999 en Timor Oriental, dirigida por Australia (INTERFET)?',
  'Does the model reproduce the first three years of the 2001 US-led intervention in Afghanistan?': '¿Reproduce el modelo los tres primeros años de la intervención de 2001 en Afganistán, dirigida por Estados Unidos?',
  'Does the model reproduce the 1995 NATO-led peace implementation in Bosnia and Herzegovina (IFOR, then SFOR)?': '¿Reproduce el modelo la aplicación de la paz de 1995 en Bosnia y Herzegovina, dirigida por la OTAN (IFOR y después SFOR)?',
  'Does the model reproduce the 1999 NATO-led entry into Kosovo (KFOR)?': '¿Reproduce el modelo la entrada de 1999 en Kosovo, dirigida por la OTAN (KFOR)?',
  // History table: where the model cannot follow a case (scenario `history.limit`)
  'The model has no negotiated entry: it fights a permissive landing as a contested one, which makes entry harder, not easier.':
    'El modelo no tiene entrada negociada: combate un desembarco consentido como si fuera disputado, lo que hace la entrada más difícil, no más fácil.',
  'Model v3 can make hostility respond to the intervention and the intervener leave, but calibrated on history both are off by default (docs/model.md §4b), and no outside support is on record for this case: at 5.7 troops per 1,000 against the 2 per 1,000 of low hostility the model covers the country and resistance shrinks. History’s resistance grew against the intervention and the interveners left.':
    'La versión 3 del modelo puede hacer que la hostilidad responda a la intervención y que el interventor se retire, pero calibrados con la historia ambos mecanismos están apagados por defecto (docs/model.md §4b), y no consta apoyo exterior para este caso: con 5,7 efectivos por cada 1.000 habitantes frente a los 2 por 1.000 de una hostilidad baja, el modelo cubre el país y la resistencia disminuye. En la historia la resistencia creció contra la intervención y los interventores se fueron.',
  'The model has no allied local forces and no air power at entry (docs/model.md §11): the 2,500 US ground troops alone cannot break 12,000 defenders in rugged terrain, so the model’s runs almost never enter the capital, while in history the Northern Alliance did most of the fighting.':
    'El modelo no tiene fuerzas locales aliadas ni poder aéreo en la entrada (docs/model.md §11): los 2.500 efectivos terrestres estadounidenses solos no pueden romper a 12.000 defensores en terreno accidentado, así que las simulaciones del modelo casi nunca entran en la capital, mientras que en la historia la Alianza del Norte libró la mayor parte de los combates.',
  // Region groups
  'Grenada (one region)': 'Granada (una región)',
  'Panama (one region)': 'Panamá (una región)',
  'Haiti (one region)': 'Haití (una región)',
  'Somalia (one region)': 'Somalia (una región)',
  'East Timor (one region)': 'Timor Oriental (una región)',
  'Afghanistan (one region)': 'Afganistán (una región)',
  'Bosnia and Herzegovina (one region)': 'Bosnia y Herzegovina (una región)',
  'Kosovo (one region)': 'Kosovo (una región)',
  'Capital region': 'Región capital',
  'Central cities': 'Ciudades del centro',
  'West & Zulia': 'Occidente y Zulia',
  Andes: 'Andes',
  'Plains (Llanos)': 'Llanos',
  'Northeast & islands': 'Nororiente e islas',
  Guayana: 'Guayana',
} satisfies Record<string, string>;
