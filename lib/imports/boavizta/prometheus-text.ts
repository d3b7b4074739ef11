import { BoaviztaParseError } from "./errors";

// A tolerant reader of Prometheus / OpenMetrics text samples: `name{labels} value [timestamp]`.
// Tolerant because cloud-scanner's documented output puts unescaped double quotes inside label values
// (Rust Debug tags): a value ends at a quote followed by `,name="` or by the closing brace.

export type TSample = {
  line: number;
  name: string;
  labels: Record<string, string>;
  value: string;
  timestamp: string | null;
};

const LABEL_START = /(?:^|",)\s*([a-zA-Z_][a-zA-Z0-9_]*)="/g;
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export function readSamples(text: string): TSample[] {
  const samples: TSample[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.startsWith("#")) continue;
    samples.push(readLine(line, i + 1));
  }
  return samples;
}

function readLine(line: string, n: number): TSample {
  const open = line.indexOf("{");
  const close = line.lastIndexOf("}");
  const fail = () => new BoaviztaParseError("boaviztaPrometheusLine", { line: n }, n);
  let name: string;
  let labels: Record<string, string> = {};
  let rest: string;
  if (open >= 0) {
    if (close < open) throw fail();
    name = line.slice(0, open);
    labels = readLabels(line.slice(open + 1, close), fail);
    rest = line.slice(close + 1);
  } else {
    const space = line.search(/\s/);
    if (space < 0) throw fail();
    name = line.slice(0, space);
    rest = line.slice(space);
  }
  const [value, timestamp, ...more] = rest.trim().split(/\s+/);
  if (!NAME.test(name) || !value || more.length > 0) throw fail();
  return { line: n, name, labels, value, timestamp: timestamp ?? null };
}

function readLabels(body: string, fail: () => Error): Record<string, string> {
  const labels: Record<string, string> = {};
  if (body.trim() === "") return labels;
  const starts = [...body.matchAll(LABEL_START)];
  if (starts[0]?.index !== 0) throw fail();
  starts.forEach((m, k) => {
    const from = m.index + m[0].length;
    const to = starts[k + 1]?.index ?? body.replace(/,\s*$/, "").length - 1;
    if (to < from || body[to] !== '"' || !m[1]) throw fail();
    labels[m[1]] = unescape(body.slice(from, to));
  });
  return labels;
}

const unescape = (v: string) => v.replace(/\\(["\\n])/g, (_, c: string) => (c === "n" ? "\n" : c));
