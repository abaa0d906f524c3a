import type { ReactNode } from 'react';
import { Grid, Space } from 'antd';

/**
 * True on a phone (narrower than antd's `sm`, 576 px). Tables then fold their secondary columns into the first cells
 * (hidden with `responsive: ['sm']`), so that nothing needs scrolling sideways. False until the width is known.
 */
export function useCompact(): boolean {
  return Grid.useBreakpoint().sm === false;
}

/** A table cell's lines, one under the other (a compact table's folded columns). */
export function Stacked({ children }: { children: ReactNode }) {
  return (
    <Space direction="vertical" size={4}>
      {children}
    </Space>
  );
}
