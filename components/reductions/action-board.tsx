"use client";

import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { moveReductionAction } from "@/app/actions/reductions";
import { columnKeyboardCoordinates } from "@/components/reductions/column-keyboard";
import type { TActionRow } from "@/components/reductions/types";
import { cn } from "@/components/ui/cn";
import { formatNumber, formatPercent } from "@/lib/numbers/format";
import { ACTION_STATUSES } from "@/lib/reductions/schemas";

type TStatus = TActionRow["status"];

// Pointer drops go where the pointer is; keyboard moves (no pointer) by the card's overlap.
const collision: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args);
  return byPointer.length > 0 ? byPointer : rectIntersection(args);
};

export function ActionBoard({
  orgSlug,
  actions,
  canManage,
  onOpen,
}: {
  orgSlug: string;
  actions: TActionRow[];
  canManage: boolean;
  onOpen: ((id: string) => void) | undefined;
}) {
  const t = useTranslations("reductions");
  const te = useTranslations("errors");
  const router = useRouter();
  const [moved, setMoved] = useState<Record<string, TStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates(ACTION_STATUSES) }),
  );
  const statusOf = (a: TActionRow) => moved[a.id] ?? a.status;
  const titleOf = (id: unknown) => actions.find((a) => a.id === id)?.title ?? "";
  const columnOf = (id: unknown) => (id ? t(`statuses.${id as TStatus}`) : "");

  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    const action = actions.find((a) => a.id === active.id);
    const status = over?.id as TStatus | undefined;
    if (!action || !status || status === statusOf(action)) return;
    setMoved((m) => ({ ...m, [action.id]: status }));
    const result = await moveReductionAction(orgSlug, { id: action.id, status });
    if (!result.ok) {
      setMoved((m) => ({ ...m, [action.id]: action.status }));
      setError(te(result.error));
      return;
    }
    setError(null);
    router.refresh();
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: { draggable: t("board.instructions") },
        announcements: {
          onDragStart: ({ active }) => t("board.picked", { title: titleOf(active.id) }),
          onDragOver: ({ active, over }) =>
            over ? t("board.over", { title: titleOf(active.id), column: columnOf(over.id) }) : undefined,
          onDragEnd: ({ active, over }) =>
            over ? t("board.dropped", { title: titleOf(active.id), column: columnOf(over.id) }) : t("board.cancelled"),
          onDragCancel: () => t("board.cancelled"),
        },
      }}
    >
      {error ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-3 xl:grid-cols-5">
        {ACTION_STATUSES.map((status) => (
          <Column key={status} status={status} label={t(`statuses.${status}`)}>
            {actions
              .filter((a) => statusOf(a) === status)
              .map((a) => (
                <Card key={a.id} action={a} draggable={canManage} onOpen={onOpen && (() => onOpen(a.id))} />
              ))}
          </Column>
        ))}
      </div>
    </DndContext>
  );
}

function Column({ status, label, children }: { status: TStatus; label: string; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const count = Array.isArray(children) ? children.length : 0;
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-status={status}
      className={cn(
        "flex min-h-28 flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-2",
        isOver && "border-brand-600 bg-brand-50",
      )}
    >
      <h3 className="flex items-center justify-between px-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
        {label}
        <span className="rounded-full bg-white px-2 py-0.5 text-slate-500 ring-1 ring-slate-200">{count}</span>
      </h3>
      {children}
    </section>
  );
}

function Card({
  action,
  draggable,
  onOpen,
}: {
  action: TActionRow;
  draggable: boolean;
  onOpen: (() => void) | undefined;
}) {
  const t = useTranslations("reductions");
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: action.id,
    disabled: !draggable,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <article
      ref={setNodeRef}
      style={style}
      {...attributes}
      {...listeners}
      aria-roledescription={t("board.card")}
      data-action-id={action.id}
      className={cn(
        "rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm focus:outline-2 focus:outline-brand-600",
        draggable && "cursor-grab touch-none",
        isDragging && "relative z-10 shadow-lg",
      )}
    >
      <p className="font-medium text-slate-900">{action.title}</p>
      <p className="mt-1 text-xs text-slate-600">
        {action.type === "AVOIDED" ? t("types.AVOIDED") : null}
        {action.expectedKg !== null
          ? `${action.type === "AVOIDED" ? " · " : ""}${t("board.expected", { value: formatNumber(action.expectedKg / 1000, locale, 1) })}`
          : null}
      </p>
      {action.achieved ? (
        <p className="mt-1 text-xs text-slate-600">
          {t("board.measured", {
            value: formatNumber(action.achieved.kg / 1000, locale, 1),
            from: action.achieved.fromYear,
            to: action.achieved.toYear,
          })}
        </p>
      ) : null}
      {action.owner ? <p className="mt-1 text-xs text-slate-500">{action.owner.name}</p> : null}
      <div className="mt-2 flex items-center gap-2">
        <div className="h-1.5 flex-1 rounded bg-slate-100" aria-hidden>
          <div className="h-1.5 rounded bg-brand-600" style={{ width: `${action.progressPct}%` }} />
        </div>
        <span className="text-xs tabular-nums text-slate-500">
          {formatPercent(action.progressPct / 100, locale, { fractionDigits: 0 })}
        </span>
      </div>
      {onOpen ? (
        <button
          type="button"
          onClick={onOpen}
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          className="mt-2 text-xs text-brand-700 hover:underline"
        >
          {t("board.open")}
        </button>
      ) : null}
    </article>
  );
}
