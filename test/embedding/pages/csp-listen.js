// Runs first, as a classic script, so that it hears every violation and error of the page.
window.cspReport = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspReport.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => window.cspReport.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.cspReport.errors.push(String(event.reason)));
const originalError = console.error;
console.error = (...args) => {
  window.cspReport.errors.push(args.map(String).join(' '));
  originalError(...args);
};
