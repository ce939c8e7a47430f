// Spanish for the shipped scenarios' own words: titles, questions and region-group names, looked up
// through tData where a screen shows them. The files stay in English (their sources are English);
// an imported scenario's words have no entry and are shown as written.
export const ES_SCENARIOS = {
  // Titles
  'Back-test: Grenada 1983': 'Prueba histórica: Granada 1983',
  'Back-test: Panama 1989': 'Prueba histórica: Panamá 1989',
  'Venezuela: the 2025 build-up (10,000)': 'Venezuela: el despliegue de 2025 (10.000)',
  'Venezuela: a limited use of force (10,000)': 'Venezuela: un uso limitado de la fuerza (10.000)',
  'Venezuela: the "absolute minimum" (50,000)': 'Venezuela: el «mínimo absoluto» (50.000)',
  'Venezuela with a Panama-sized force (30,000)': 'Venezuela con una fuerza del tamaño de la de Panamá (30.000)',
  "Venezuela: the planners' force (150,000)": 'Venezuela: la fuerza de los planificadores (150.000)',
  // Questions
  'Does the model reproduce the 1983 US intervention in Grenada?': '¿Reproduce el modelo la intervención estadounidense de 1983 en Granada?',
  'Does the model reproduce the 1989 US intervention in Panama?': '¿Reproduce el modelo la intervención estadounidense de 1989 en Panamá?',
  'Could the roughly 10,000 US troops in the Caribbean in late 2025 invade and hold Venezuela?': '¿Podrían los unos 10.000 efectivos estadounidenses en el Caribe a finales de 2025 invadir y controlar Venezuela?',
  'What can 10,000 troops do below a full-scale invasion, such as holding one small region for eight weeks?':
    '¿Qué pueden hacer 10.000 efectivos por debajo de una invasión a gran escala, como mantener una región pequeña durante ocho semanas?',
  'Is 50,000 troops, the "absolute minimum" one analyst named, enough to invade Venezuela?': '¿Bastan 50.000 efectivos, el «mínimo absoluto» que citó un analista, para invadir Venezuela?',
  'Would the force that took Panama in 1989, about 30,000 troops, be enough for Venezuela?': '¿Bastaría para Venezuela la fuerza que tomó Panamá en 1989, unos 30.000 efectivos?',
  'What would 150,000 troops, the force war planners "would want", achieve in Venezuela?': '¿Qué lograrían en Venezuela 150.000 efectivos, la fuerza que los planificadores «querrían»?',
  // Region groups
  'Grenada (one region)': 'Granada (una región)',
  'Panama (one region)': 'Panamá (una región)',
  'Capital region': 'Región capital',
  'Central cities': 'Ciudades del centro',
  'West & Zulia': 'Occidente y Zulia',
  Andes: 'Andes',
  'Plains (Llanos)': 'Llanos',
  'Northeast & islands': 'Nororiente e islas',
  Guayana: 'Guayana',
} satisfies Record<string, string>;
