import type { CSSProperties } from 'react';

/**
 * Mantine's default error red (red.6 in the light scheme) is 3.3:1 on white, below WCAG AA.
 * Forms in this workspace set a darker red for their subtree until the shared theme does.
 */
export const formContrast = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;
