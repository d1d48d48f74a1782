/**
 * The in-page card lives in a closed shadow root, which the page, and so page.evaluate, cannot
 * reach. Tests reach it as only a privileged tool can, through the browser's debugging protocol:
 *
 * - Chromium (CDP): DOM.getDocument with `pierce: true` reports closed roots; DOM.resolveNode turns
 *   one into a handle for Runtime.callFunctionOn.
 * - Firefox (WebDriver BiDi): script.callFunction with `includeShadowTree: 'all'` serialises closed
 *   roots with a sharedId, which a second call takes as an argument.
 *
 * `fn` then runs in the page's main world with the root in hand; arguments and results travel as
 * JSON. Nothing here changes the page or the card.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { AnyPage } from './page-helpers';

/** Calls fn(root, arg) on our card's closed root; null when no card is open. */
export async function inCardRoot<R, A = undefined>(
  page: AnyPage,
  fn: (root: ShadowRoot, arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R | null> {
  // Runs in the page with every closed root found under <html>; the card's holds a .kc-card.
  const declaration = `async function (argJson, ...roots) {
    const root = roots.find((r) => r.querySelector('.kc-card'));
    if (!root) return 'null';
    const result = await (${fn.toString()})(root, JSON.parse(argJson));
    return JSON.stringify(result === undefined ? null : result);
  }`;
  const argJson = JSON.stringify(arg ?? null);
  const json = isPlaywright(page) ? await viaCdp(page, declaration, argJson) : await viaBidi(page, declaration, argJson);
  return JSON.parse(json) as R | null;
}

function isPlaywright(page: AnyPage): page is PwPage {
  return typeof (page as PwPage).context === 'function';
}

// ---- Chromium: CDP

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

const cdpSessions = new WeakMap<PwPage, Promise<CDPSession>>();

function cdpFor(page: PwPage): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (!session) cdpSessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

async function viaCdp(page: PwPage, declaration: string, argJson: string): Promise<string> {
  const cdp = await cdpFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 2, pierce: true })) as { root: CdpNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  const closed = (html?.children ?? []).flatMap((n) => n.shadowRoots ?? []).filter((r) => r.shadowRootType === 'closed');
  if (closed.length === 0) return 'null';
  const objectGroup = 'kc-card-root';
  try {
    const handles: string[] = [];
    for (const r of closed) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: r.backendNodeId, objectGroup });
      handles.push(object.objectId!);
    }
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: handles[0],
      functionDeclaration: declaration,
      arguments: [{ value: argJson }, ...handles.map((objectId) => ({ objectId }))],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(`in the card's root: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as string;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => {});
  }
}

/** The card as assistive technology gets it: Chromium's accessibility tree, which sees closed roots. */
export interface AccessibleCard {
  /** The dialog's accessible name. */
  name: string;
  /** Every piece of text in the dialog, in order. */
  text: string;
  headings: string[];
  links: string[];
  buttons: { name: string; backendNodeId: number }[];
}

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The first dialog in the page's accessibility tree (the card; fixtures have no other); null when none. */
export async function accessibleCard(page: PwPage): Promise<AccessibleCard | null> {
  const cdp = await cdpFor(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog');
  if (!dialog) return null;
  const card: AccessibleCard = { name: dialog.name?.value ?? '', text: '', headings: [], links: [], buttons: [] };
  const walk = (n: AxNode) => {
    const role = n.role?.value;
    if (!n.ignored && role === 'StaticText') card.text += n.name?.value ?? '';
    if (!n.ignored && role === 'heading') card.headings.push(n.name?.value ?? '');
    if (!n.ignored && role === 'link') card.links.push(n.name?.value ?? '');
    if (!n.ignored && role === 'button') card.buttons.push({ name: n.name?.value ?? '', backendNodeId: n.backendDOMNodeId! });
    for (const id of n.childIds ?? []) walk(byId.get(id)!);
  };
  walk(dialog);
  return card;
}

/** A real mouse click (trusted) in the middle of a DOM node found through the protocol, scrolled to first. */
export async function clickNode(page: PwPage, backendNodeId: number): Promise<void> {
  const cdp = await cdpFor(page);
  await cdp.send('DOM.getDocument', { depth: 0 });
  // As a reader would scroll to it (a long card scrolls inside itself).
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
}

// ---- Firefox: WebDriver BiDi

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null; mode?: string };
}
type BidiCallResult =
  | { type: 'success'; result: { type: string; value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

async function viaBidi(page: PpPage, declaration: string, argJson: string): Promise<string> {
  // puppeteer-core exposes its BiDi connection on the browser and the browsing context id on the frame.
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const call = async (params: object) => {
    const { result } = await connection.send('script.callFunction', { target: { context }, awaitPromise: true, resultOwnership: 'none', ...params });
    const r = result as BidiCallResult;
    if (r.type === 'exception') throw new Error(`in the card's root: ${r.exceptionDetails.text}`);
    return r.result;
  };
  const children = await call({
    functionDeclaration: '() => [...document.documentElement.children]',
    serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
  });
  const closed = ((children.value as BidiNode[] | undefined) ?? [])
    .map((n) => n.value?.shadowRoot)
    .filter((r): r is BidiNode => r?.value?.mode === 'closed' && typeof r.sharedId === 'string');
  if (closed.length === 0) return 'null';
  const reply = await call({
    functionDeclaration: declaration,
    arguments: [{ type: 'string', value: argJson }, ...closed.map((r) => ({ sharedId: r.sharedId }))],
  });
  return reply.value as string;
}
