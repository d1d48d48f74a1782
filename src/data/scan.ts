/**
 * One walk over a parsed JSON value, before any schema sees it: every string is held to the string
 * rules, and the shape is held to limits no real dataset comes near, so nothing after it (the schema,
 * the ClaimReview reshaping, the options page) meets a 3,000-deep nesting or a 300,000-item array.
 *
 * The walk keeps its own stack (a recursive one overflows on deep input) and builds a value's path only
 * when it descends into it or reports it.
 */
import type { ErrorSink } from './errors';
import { hasMarkup, scriptOrDataUrl, unsafeCharacter } from './string-rules';

export const SHAPE_LIMITS = {
  /** Levels below the top: the dataset needs 5 (`$.claims[0].claimants[0].name`), its JSON-LD form 6. */
  depth: 12,
  /** Items in any one array: 20,000 claims is four times the 5 MB cap's worth of real ones. */
  items: 20_000,
  /** Keys in any one object: the format's objects have at most 15. */
  keys: 100,
} as const;

interface Frame {
  value: unknown[] | Record<string, unknown>;
  keys: string[] | undefined;
  /** Its key in the frame below it on the stack; null for the top-level value. */
  key: string | number | null;
  depth: number;
  next: number;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.claims`, `$.claims[3]`, `$["kc:sources"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENT.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * The path of `key` inside the value on top of the stack. The stack holds exactly the chain of values
 * from the top level down, so paths are built from it only when something is reported.
 */
function pathOn(stack: Frame[], key: string | number | null): string {
  let path = '$';
  for (let i = 1; i < stack.length; i++) path = childPath(path, stack[i]!.key!);
  return key === null ? path : childPath(path, key);
}

/** Checks a string at `key` in the value on top of the stack. No closure here: this runs for every string of a 5 MB file. */
function checkString(text: string, stack: Frame[], key: string | number | null, sink: ErrorSink, isKey = false): void {
  const what = isKey ? 'key contains' : 'contains';
  const url = scriptOrDataUrl(text);
  if (url) sink.report(pathOn(stack, key), 'unsafe-url', isKey ? 'key contains a URL scheme' : `contains a ${url === 'script' ? 'javascript:/vbscript:' : 'data:'} URL`);
  if (hasMarkup(text)) sink.report(pathOn(stack, key), 'markup', `${what} HTML markup; pack text must be plain text`);
  const unsafe = unsafeCharacter(text);
  if (unsafe) sink.report(pathOn(stack, key), 'unsafe-text', `${what} ${unsafe}`);
}

/**
 * Reports every string that breaks a string rule (unless `strings: false`) and every place the shape
 * passes a limit, without looking inside it. Returns false when the shape passed a limit: the value
 * must not go further.
 */
export function scanJson(root: unknown, sink: ErrorSink, options: { strings?: boolean } = {}): boolean {
  const strings = options.strings ?? true;
  let withinLimits = true;
  const stack: Frame[] = [];

  // Enters a container found at `key` in the value on top of the stack (or the top-level value).
  const enter = (value: object, key: string | number | null, depth: number) => {
    if (depth > SHAPE_LIMITS.depth) {
      withinLimits = false;
      sink.report(pathOn(stack, key), 'depth', `nested more than ${SHAPE_LIMITS.depth} levels deep; the format needs at most 6`);
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > SHAPE_LIMITS.items) {
        withinLimits = false;
        sink.report(pathOn(stack, key), 'length', `${value.length.toLocaleString('en')} items; at most ${SHAPE_LIMITS.items.toLocaleString('en')} are allowed`);
        return;
      }
      stack.push({ value, keys: undefined, key, depth, next: 0 });
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > SHAPE_LIMITS.keys) {
      withinLimits = false;
      sink.report(pathOn(stack, key), 'length', `${keys.length.toLocaleString('en')} keys; at most ${SHAPE_LIMITS.keys} are allowed`);
      return;
    }
    stack.push({ value: value as Record<string, unknown>, keys, key, depth, next: 0 });
  };

  if (typeof root === 'string' && strings) checkString(root, stack, null, sink);
  else if (root !== null && typeof root === 'object') enter(root, null, 0);

  // Each turn runs through the top frame's children until it meets a container, which it enters.
  while (stack.length > 0 && !sink.full()) {
    const frame = stack[stack.length - 1]!;
    const { keys } = frame;
    let entered = false;
    if (keys === undefined) {
      const items = frame.value as unknown[];
      while (frame.next < items.length && !entered) {
        const index = frame.next++;
        const child = items[index];
        if (typeof child === 'string') {
          if (strings) checkString(child, stack, index, sink);
        } else if (child !== null && typeof child === 'object') {
          enter(child, index, frame.depth + 1);
          entered = true;
        }
      }
    } else {
      const record = frame.value as Record<string, unknown>;
      while (frame.next < keys.length && !entered) {
        const key = keys[frame.next++]!;
        if (strings) checkString(key, stack, key, sink, true);
        const child = record[key];
        if (typeof child === 'string') {
          if (strings) checkString(child, stack, key, sink);
        } else if (child !== null && typeof child === 'object') {
          enter(child, key, frame.depth + 1);
          entered = true;
        }
      }
    }
    if (!entered) stack.pop();
  }
  return withinLimits;
}
