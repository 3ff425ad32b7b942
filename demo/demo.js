// The language switch sets <html lang>; every widget follows it.
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of document.querySelectorAll('[data-lang]')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

// Shows what a host page receives from the widgets' events.
const log = document.querySelector('.events');
for (const name of ['redflags-result', 'redflags-reset', 'risk-factors-change', 'check-step', 'check-complete']) {
  document.addEventListener(name, (event) => {
    log.textContent = `${name} ${JSON.stringify(event.detail)}`;
  });
}
