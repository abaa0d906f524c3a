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

/** Every media query matches, as on a wide screen (by default none does: antd then lays pages out for a phone). */
export function onAWideScreen(): void {
  vi.stubGlobal('matchMedia', mediaQueries(true));
}
