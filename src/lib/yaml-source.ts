import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export interface SourcePoint {
  line: number;
  column: number;
}

/**
 * A parsed YAML block that can say where any value came from, so errors point at
 * the exact line and column in the file. `lineOffset` is the number of lines
 * before the YAML inside the file (1 for MDX frontmatter after `---`).
 */
export interface YamlSource {
  data: unknown;
  /** Syntax errors, already located. */
  syntaxErrors: { message: string; at: SourcePoint }[];
  locate(path: readonly (string | number)[]): SourcePoint;
}

export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const toPoint = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  return {
    data: document.errors.length > 0 ? undefined : document.toJS(),
    syntaxErrors: document.errors.map((error) => ({
      message: error.message.split('\n')[0] ?? error.message,
      at: toPoint(error.pos[0]),
    })),
    locate: (path) => toPoint(offsetOf(document, path)),
  };
}

/** Offset of the deepest node on `path` that exists: a missing field points at its parent. */
function offsetOf(document: Document, path: readonly (string | number)[]): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      // An unknown key is reported at the key itself; a bad value at the value.
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
