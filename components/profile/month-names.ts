import type { useFormatter } from "next-intl";

type Formatter = Pick<ReturnType<typeof useFormatter>, "dateTime">;

// Month names come from the locale's own calendar data, capitalised for use as labels in a list.
export function monthNames(format: Formatter): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const name = format.dateTime(new Date(Date.UTC(2000, index, 1)), { month: "long", timeZone: "UTC" });
    return name.charAt(0).toUpperCase() + name.slice(1);
  });
}
