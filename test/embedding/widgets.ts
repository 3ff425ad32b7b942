/**
 * The widgets as the Custom Elements Manifest describes them, so that tests of embedding cover
 * every widget, including ones added later, without new test code.
 */
export interface WidgetInfo {
  tag: string;
  attributes: { name: string; type: string }[];
}

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; attributes?: { name: string; type?: { text: string } }[] }[] }[];
}

export async function manifestWidgets(): Promise<WidgetInfo[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName!,
      attributes: (declaration.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        type: attribute.type?.text ?? 'string',
      })),
    }));
}

/** Fails clearly when the drop-in bundles have not been built. */
export async function expectBuilt(file: string): Promise<string> {
  const url = `/dist/cdn/${file}`;
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url} is missing: run \`npm run build\` before the browser tests`);
  return url;
}

/** Loads a drop-in bundle from dist/cdn (made by `npm run build`). */
export async function loadBundle(file: string): Promise<unknown> {
  const url = await expectBuilt(file);
  return import(/* @vite-ignore */ url);
}

/** Waits until an element's render has settled (Lit's updateComplete, or a frame). */
export async function settled(element: Element): Promise<void> {
  const lit = element as Element & { updateComplete?: Promise<unknown> };
  await lit.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await lit.updateComplete;
}

/** Visible text of a widget, whitespace collapsed. */
export { shadowText as widgetText } from '../helpers.js';
