import { describe, expect, it } from 'vitest';
import { formatUrlView, parseUrlView, withUrlView } from '@/lib/map/url-view';

describe('the map view in the URL', () => {
  it('reads back what it writes', () => {
    const view = { lat: 18.543219, lng: -72.339871, zoom: 11.5 };
    expect(formatUrlView(view)).toBe('18.54322,-72.33987,11.5');
    expect(parseUrlView(formatUrlView(view))).toEqual({ lat: 18.54322, lng: -72.33987, zoom: 11.5 });
  });

  it('ignores what is not a view', () => {
    for (const bad of [undefined, '', '18.5,-72.3', '95,-72.3,10', '18.5,-72.3,40', '18.5,x,10', '1e3,2,3'])
      expect(parseUrlView(bad)).toBeNull();
  });

  it('keeps the filters beside the view', () => {
    expect(withUrlView('http://h/map?place=ouest&view=1,2,3#x', { lat: 18.5, lng: -72.3, zoom: 9 })).toBe(
      '/map?place=ouest&view=18.5%2C-72.3%2C9#x',
    );
  });
});
