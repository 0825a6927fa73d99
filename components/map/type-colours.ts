/** One colour per incident type, used by the markers, the legend and the list alike. */
export const TYPE_COLOURS: Record<string, string> = {
  armed_clash: '#c62828',
  attack: '#e65100',
  ambush: '#6a1b9a',
  killing: '#880e4f',
  gunfire: '#a67c00',
  arrest: '#1565c0',
  kidnapping: '#00838f',
  evacuation: '#2e7d32',
  other: '#546e7a',
};

export const CLUSTER_COLOUR = '#12263a';

export function typeColour(type: string): string {
  return TYPE_COLOURS[type] ?? TYPE_COLOURS.other ?? '#546e7a';
}
