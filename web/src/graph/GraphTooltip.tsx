import type { ReactNode } from 'react';
import type { NodeHover } from './CytoscapeGraph';

/**
 * The box beside the pointer over a node (on the side of the graph with room): the node's full name (labels are
 * cut short or hidden when zoomed out), then what the view says about it.
 */
export function GraphTooltip({ hover, testId, children }: { hover: NodeHover; testId: string; children: ReactNode }) {
  const side = hover.x > hover.boxWidth / 2 ? { right: hover.boxWidth - hover.x + 14 } : { left: hover.x + 14 };
  return (
    <div className="graph-tooltip" role="tooltip" data-testid={testId} style={{ ...side, top: hover.y + 14 }}>
      <strong>{String(hover.data.label)}</strong>
      {children}
    </div>
  );
}
