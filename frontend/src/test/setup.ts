import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '../i18n';
import { mediaQueries } from './screens';

// antd reads matchMedia, which jsdom does not implement. No query matches: antd lays pages out as on a phone (see
// screens.ts for a wide screen).
Object.defineProperty(window, 'matchMedia', { writable: true, value: mediaQueries(false) });

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});
