import type { ReactNode } from 'react';

/**
 * Text people typed (a name, a campaign, a city) laid out in its own direction, isolated from the page's: "3 months
 * membership" keeps its 3 in front on an Arabic page, and an Arabic name stays whole on a French one.
 */
export function UserText({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

/** A block of text people typed (an agreement's terms), aligned and laid out in its own direction. */
export function UserParagraph({ children }: { children: ReactNode }) {
  return <div dir="auto">{children}</div>;
}

/**
 * The same for a string that ends up as plain text (a select's label, a sentence with an amount in it): wrapped in
 * Unicode's first-strong isolate (U+2068 … U+2069), which the browser treats as {@link UserText} treats its children.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
