import { getRequestConfig } from "next-intl/server";
import { APP_TIME_ZONE } from "@/lib/numbers/format";
import { requestLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: APP_TIME_ZONE };
});
