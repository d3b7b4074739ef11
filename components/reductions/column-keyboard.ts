import type { KeyboardCoordinateGetter } from "@dnd-kit/core";

// Keyboard moves on the board go from column to column, not pixel by pixel: → or ↓ to the next status,
// ← or ↑ to the previous one (columns sit side by side on a wide screen and stacked on a phone), so a
// card reaches any status in a few presses. Columns are the droppables, ordered as `order` lists them.
export function columnKeyboardCoordinates(order: readonly string[]): KeyboardCoordinateGetter {
  return (event, { context, currentCoordinates }) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.code];
    if (step === undefined) return undefined;
    event.preventDefault();
    const current = context.over ? order.indexOf(String(context.over.id)) : -1;
    const next = order[Math.min(order.length - 1, Math.max(0, (current === -1 ? 0 : current) + step))];
    const rect = next === undefined ? undefined : context.droppableRects.get(next);
    if (!rect) return currentCoordinates;
    return { x: rect.left + 8, y: rect.top + 40 };
  };
}
