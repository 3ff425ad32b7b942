// Shows every widget of the manifest in Dutch, then in English, and reports to the parent page.
const manifest = await (await fetch('/custom-elements.json')).json();
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName);

const elements = tags.map((tag) => document.body.appendChild(document.createElement(tag)));
// Through the loader, a widget is defined and fetches its texts only once it is on the page.
const shows = (lang) => elements.every((element) => element.shadowRoot?.querySelector(`.widget[lang="${lang}"]`));
await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
await Promise.all(elements.map((element) => element.updateComplete));
const loaded = Date.now() + 5000;
while (Date.now() < loaded && !shows('nl')) await new Promise((resolve) => setTimeout(resolve, 20));
const dutch = elements.map((element) => (element.shadowRoot?.textContent ?? '').trim().length);

document.documentElement.lang = 'en';
const deadline = Date.now() + 5000;
while (Date.now() < deadline && !shows('en')) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const english = elements.map((element) => Boolean(element.shadowRoot?.querySelector('.widget[lang="en"]')));

parent.postMessage({ type: 'csp-report', tags, dutch, english, ...window.cspReport }, location.origin);
