import type { LucideIcon } from "lucide-react";
import { BarChart3, ClipboardList, Factory, FileText, Settings, Target, Upload } from "lucide-react";
import type { Permission } from "@/lib/permissions";

export type NavItem = {
  key: "dashboard" | "collection" | "imports" | "factors" | "trajectory" | "reports" | "settings";
  path: string;
  icon: LucideIcon;
  permission?: Permission;
  // Capabilities not built yet are shown, but not as links, so nobody lands on an empty page.
  available: boolean;
};

export const NAV_ITEMS: NavItem[] = [
  { key: "dashboard", path: "", icon: BarChart3, available: true },
  { key: "collection", path: "/collection", icon: ClipboardList, permission: "activity.read", available: true },
  { key: "imports", path: "/imports", icon: Upload, permission: "imports.read", available: true },
  { key: "factors", path: "/factors", icon: Factory, permission: "factors.read", available: true },
  { key: "trajectory", path: "/trajectory", icon: Target, permission: "dashboard.read", available: true },
  { key: "reports", path: "/reports", icon: FileText, permission: "dashboard.read", available: false },
  { key: "settings", path: "/settings", icon: Settings, permission: "settings.read", available: true },
];
