"use client";

import { FileText, Paperclip } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { attachEvidenceAction, deleteEvidenceAction } from "@/app/actions/evidence";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TEvidenceSummary } from "@/lib/evidence/queries";
import { formatFileSize } from "@/lib/numbers/format";

// What the browser offers in its file picker; the server decides from the bytes anyway (lib/evidence/detect.ts).
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.heic,.xlsx,.ods,.docx,.csv,.txt";

type Props = {
  orgSlug: string;
  /** What the documents back: an activity line, or a data request (lib/evidence/owners.ts). */
  owner: { activityId: string } | { requestId: string };
  files: TEvidenceSummary[];
  canUpload: boolean;
  /** Which documents the person may remove: all of them, none, or these ids (a request's uploader). */
  canRemove: boolean | readonly string[];
  /** "card" on a line's page; "inline" inside a request's card. */
  variant?: "card" | "inline";
};

// The documents of a line or a request: download links, upload (type checked from the bytes on the
// server), removal after a confirmation.
export function EvidencePanel({ orgSlug, owner, files, canUpload, canRemove, variant = "card" }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const upload = (file: File) =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      const form = new FormData();
      if ("activityId" in owner) form.set("activityId", owner.activityId);
      else form.set("requestId", owner.requestId);
      form.set("file", file);
      const result = await attachEvidenceAction(orgSlug, form);
      if (input.current) input.current.value = "";
      if (!result.ok) {
        const message = result.fieldErrors?.file;
        setError(message?.startsWith("evidence.") ? t(message as never) : t(`errors.${result.error}`));
        return;
      }
      setDone(t("evidence.attached", { name: result.data.fileName }));
      router.refresh();
    });

  const remove = async (id: string) => {
    const result = await deleteEvidenceAction(orgSlug, { id });
    if (!result.ok) setError(t(`errors.${result.error}`));
    else router.refresh();
  };

  const onRequest = "requestId" in owner;
  const removable = (id: string) => (typeof canRemove === "boolean" ? canRemove : canRemove.includes(id));
  const card = variant === "card";
  const Heading = card ? "h2" : "h4";
  const uploadButton = canUpload ? (
    <label className={cn(buttonClass("secondary", "sm"), "cursor-pointer")}>
      <Paperclip className="size-4" aria-hidden />
      {pending ? t("evidence.uploading") : t(onRequest ? "evidence.chooseForRequest" : "evidence.choose")}
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        disabled={pending}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload(file);
        }}
      />
    </label>
  ) : null;
  const title = t(onRequest ? "evidence.requestTitle" : "evidence.title");
  // Inline (in a request's card): title and upload button on one row, no hint, nothing when there is no file.
  const body = (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading className={cn("flex items-center gap-2 font-semibold text-slate-900", card ? "text-base" : "text-sm")}>
          <Paperclip className="size-4" aria-hidden /> {title}
        </Heading>
        {card ? null : uploadButton}
      </div>
      {card ? <p className="mt-1 text-sm text-slate-600">{t("evidence.hint")}</p> : null}
      {files.length === 0 ? (
        card || !canUpload ? (
          <p className="mt-2 text-sm text-slate-500">{t(onRequest ? "evidence.requestEmpty" : "evidence.empty")}</p>
        ) : null
      ) : (
        <ul aria-label={title} className="mt-2 divide-y divide-slate-100">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                <a
                  href={`/${orgSlug}/evidence/${file.id}`}
                  className="flex min-w-0 items-center gap-2 font-medium text-brand-700 hover:underline"
                  aria-label={t("evidence.download", { name: file.fileName })}
                >
                  <FileText className="size-4 shrink-0" aria-hidden />
                  <span className="truncate">{file.fileName}</span>
                </a>
                <p className="text-xs text-slate-500">
                  {formatFileSize(file.sizeBytes, locale)} ·{" "}
                  {file.uploadedBy
                    ? t("evidence.uploadedBy", {
                        name: file.uploadedBy,
                        date: format.dateTime(file.createdAt, { dateStyle: "medium" }),
                      })
                    : t("evidence.uploadedOn", { date: format.dateTime(file.createdAt, { dateStyle: "medium" }) })}
                </p>
              </div>
              {removable(file.id) ? (
                <ConfirmButton
                  label={t("evidence.remove")}
                  confirmLabel={t("evidence.confirmRemove")}
                  onConfirm={() => remove(file.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className={cn("space-y-2", (card || error || done) && "mt-3")}>
        <FormError message={error} />
        <FormSuccess message={done} />
        {card ? uploadButton : null}
      </div>
    </>
  );
  return variant === "card" ? (
    <Card>{body}</Card>
  ) : (
    <section className="border-t border-slate-100 pt-3">{body}</section>
  );
}
