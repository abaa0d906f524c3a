import { vi } from 'vitest';

/** A matchMedia for jsdom (which has none) whose every query matches, or none does. */
export function mediaQueries(matches: boolean) {
  return (query: string) => ({
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

/**
 * Every media query matches, as on a wide screen (by default none does: antd then lays pages out for a phone).
 *
 * wideColumns: a table reads the screen's width in an effect after it first renders (rc-util's layout effect is a
 * plain effect under NODE_ENV=test, whose re-render React may run after the test looked), so its rows can show first
 * without their `responsive` columns. A test of the wide layout awaits one of those columns' headers before it looks
 * at a row; finding the row's text alone can see the first render (a CI run failed so: 2 cells instead of 5).
 */
export function onAWideScreen(): void {
  vi.stubGlobal('matchMedia', mediaQueries(true));
}
