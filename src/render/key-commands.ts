/**
 * The keyboard model: which key does what while focus is on the chart.
 * Handlers live on the chart only, never on the document, so no key is taken
 * from the host page.
 */
import {navigationKeys, type NavigationKey} from '../layout/navigation.js';

export type KeyCommand =
  | {type: 'move'; move: NavigationKey}
  | {type: 'page'; direction: -1 | 1}
  | {type: 'open'}
  | {type: 'close'}
  | {type: 'zoom'; factor: number}
  | {type: 'fit'}
  | {type: 'help'};

/** The command for a key press, or `undefined` to let the browser have it. */
export function keyCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>
): KeyCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const move = navigationKeys[event.key];
  if (move) return {type: 'move', move};
  switch (event.key) {
    case 'PageUp':
      return {type: 'page', direction: -1};
    case 'PageDown':
      return {type: 'page', direction: 1};
    case 'Enter':
    case ' ':
      return {type: 'open'};
    case 'Escape':
      return {type: 'close'};
    case '+':
    case '=':
      return {type: 'zoom', factor: 2};
    case '-':
    case '_':
      return {type: 'zoom', factor: 0.5};
    case '0':
      return {type: 'fit'};
    case '?':
      return {type: 'help'};
    default:
      return undefined;
  }
}
