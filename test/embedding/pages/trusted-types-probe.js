// Reports to the parent page whether a widget rendered, with the page's violations and errors,
// once the browser has had time to report a refused Trusted Types policy.
await new Promise((resolve) => setTimeout(resolve, 300));
const widget = document.querySelector('back-pain-treatments');
await widget.updateComplete;
const rendered = Boolean(widget.shadowRoot?.querySelector('.widget[lang="nl"]'));
parent.postMessage({ type: 'csp-report', rendered, ...window.cspReport }, location.origin);
