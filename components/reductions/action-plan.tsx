"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createReductionAction, deleteReductionAction, updateReductionAction } from "@/app/actions/reductions";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { ActionBoard } from "@/components/reductions/action-board";
import { ActionForm, valuesOf } from "@/components/reductions/action-form";
import { ActionList } from "@/components/reductions/action-list";
import { ImpactEffortView } from "@/components/reductions/impact-effort-view";
import { PostCardsView } from "@/components/reductions/post-cards-view";
import type { TActionRow, TOption } from "@/components/reductions/types";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TPostCard } from "@/lib/reductions/post-cards";

const VIEWS = ["board", "list", "posts", "impact"] as const;

// The action plan: a board by status (drag and drop, or the keyboard), a list with filters and sort, one
// card per emission post with its trend and actions, or impact vs effort (managers: it compares costs);
// opening an action edits it (managers) in the form above.
export function ActionPlan({
  orgSlug,
  actions,
  posts,
  canManage,
  members,
  sites,
  products,
}: {
  orgSlug: string;
  actions: TActionRow[];
  posts: TPostCard[];
  canManage: boolean;
  members: TOption[];
  sites: TOption[];
  products: TOption[];
}) {
  const t = useTranslations("reductions");
  const [view, setView] = useState<(typeof VIEWS)[number]>("board");
  const editor = useRecordEditor(actions);
  const options = { members, sites, products };
  const open = canManage ? (id: string) => editor.setEditing(id) : undefined;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div
          role="group"
          aria-label={t("views.label")}
          className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
        >
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={cn("rounded px-3 py-1.5 text-sm", view === v ? "bg-brand-600 text-white" : "text-slate-700")}
            >
              {t(`views.${v}`)}
            </button>
          ))}
        </div>
        {canManage && !editor.editing ? <Button onClick={() => editor.setEditing("new")}>{t("new")}</Button> : null}
      </div>
      {editor.error ? (
        <p role="alert" className="text-sm text-red-700">
          {editor.error}
        </p>
      ) : null}
      {canManage && editor.creating ? (
        <ActionForm
          title={t("newTitle")}
          initial={valuesOf(undefined)}
          {...options}
          submit={(values) => createReductionAction(orgSlug, values)}
          onDone={editor.done}
        />
      ) : null}
      {canManage && editor.current ? (
        <div>
          <ActionForm
            key={editor.current.id}
            title={t("editTitle", { title: editor.current.title })}
            initial={valuesOf(editor.current)}
            {...options}
            submit={(values) => updateReductionAction(orgSlug, { id: editor.current!.id, values })}
            onDone={editor.done}
          />
          <ConfirmButton
            label={t("delete")}
            confirmLabel={t("deleteConfirm")}
            onConfirm={async () => {
              await editor.run(deleteReductionAction(orgSlug, { id: editor.current!.id }));
              editor.setEditing(null);
            }}
          />
        </div>
      ) : null}
      {view === "board" ? (
        <ActionBoard orgSlug={orgSlug} actions={actions} canManage={canManage} onOpen={open} />
      ) : view === "list" ? (
        <ActionList actions={actions} onOpen={open} />
      ) : view === "posts" ? (
        <PostCardsView cards={posts} onOpen={open} />
      ) : (
        <ImpactEffortView actions={actions} canSeeCosts={canManage} onOpen={open} />
      )}
    </div>
  );
}
