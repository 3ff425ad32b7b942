// Shows every widget of the manifest in Dutch, then in English, and reports to the parent page.
const manifest = await (await fetch('/custom-elements.json')).json();
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName);

const elements = tags.map((tag) => document.body.appendChild(document.createElement(tag)));
await Promise.all(elements.map((element) => element.updateComplete));
const dutch = elements.map((element) => (element.shadowRoot?.textContent ?? '').trim().length);

document.documentElement.lang = 'en';
const deadline = Date.now() + 5000;
while (Date.now() < deadline && elements.some((element) => !element.shadowRoot?.querySelector('.widget[lang="en"]'))) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const english = elements.map((element) => Boolean(element.shadowRoot?.querySelector('.widget[lang="en"]')));

parent.postMessage({ type: 'csp-report', tags, dutch, english, ...window.cspReport }, location.origin);
