/** One palette for every chart; distinguishable for common colour-vision deficiencies (Okabe–Ito). */
export const KIND_COLORS = { killed: '#b2182b', injured: '#e69f00', missing: '#56b4e9' } as const;
export const SERIES_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#f0e442',
];
