import type { ReactNode } from 'react';
import { Grid, Space } from 'antd';

/**
 * True on a phone (narrower than antd's `sm`, 576 px). Tables then fold their secondary columns into the first cells
 * (hidden with `responsive: ['sm']`), so that nothing needs scrolling sideways. False until the width is known.
 */
export function useCompact(): boolean {
  return Grid.useBreakpoint().sm === false;
}

/** A cell's own content and, when `folded` (on a phone), the content of the columns folded into it, under it. */
export function Folded({ folded, under, children }: { folded: boolean; under: ReactNode; children: ReactNode }) {
  if (!folded) return <>{children}</>;
  return (
    <Space direction="vertical" size={4}>
      {children}
      {under}
    </Space>
  );
}
