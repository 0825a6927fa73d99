'use client';
import { useLeafletContext } from '@react-leaflet/core';
import type { TooltipOptions } from 'leaflet';
import { useEffect } from 'react';

/**
 * A plain-text tooltip on the enclosing marker, circle or path, in place of
 * react-leaflet's <Tooltip>. That one opens Leaflet's tooltip first and fills it
 * through a React portal one render later, so for a moment the page holds an
 * empty role="tooltip" element with no accessible name (axe's aria-tooltip-name;
 * a screen reader announces nothing). Here the text is set before the tooltip
 * opens, as a text node (a place name from the store is never parsed as HTML).
 */
export function TextTooltip({ text, ...options }: TooltipOptions & { text: string }) {
  const { overlayContainer: layer } = useLeafletContext();
  const key = JSON.stringify(options);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the options are compared by value, through `key`
  useEffect(() => {
    if (!layer) return;
    const content = document.createElement('span');
    content.textContent = text;
    layer.bindTooltip(content, options);
    return () => {
      layer.unbindTooltip();
    };
  }, [layer, text, key]);
  return null;
}
