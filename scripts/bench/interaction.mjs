/** Part 3: from answering the last red-flag question to the outcome card on screen. */
import { instancesPage } from './pages.mjs';
import { loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { summarise } from './stats.mjs';

const TAG = 'back-pain-redflags';
const OUTCOME_TIMEOUT_MS = 10_000;

/**
 * In the page: shows every question, clears the answers, answers "no" to every question but the last one,
 * and waits for that to be on screen. Returns the name of the last question's radios.
 */
async function answerAllButTheLast(tag) {
  const widget = document.querySelector(tag);
  // The list layout shows the card as soon as the last answer is given; steps wait for a button.
  widget.layout = 'list';
  widget.reset();
  while (!(await widget.updateComplete));
  const questions = [...widget.shadowRoot.querySelectorAll('.question')];
  for (const question of questions.slice(0, -1)) question.querySelector('input[value="no"]').click();
  while (!(await widget.updateComplete));
  await window.__bench.afterNextFrame();
  return questions.at(-1).querySelector('input').name;
}

/**
 * In the page: notes the time of the next click on `radio`, and the end of the frame after the
 * widget reports its outcome (it does so once the card is in its shadow root). Also keeps the
 * longest Event Timing entry of the click (input to the next frame on screen, in steps of 8 ms;
 * Chromium reports only events of 16 ms or more).
 */
function timeClickToOutcome(radio) {
  const widget = radio.getRootNode().host;
  const timing = {};
  window.__outcome = timing;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) timing.eventTimingMs = Math.max(timing.eventTimingMs ?? 0, entry.duration);
  });
  observer.observe({ type: 'event', durationThreshold: 16 });
  timing.stopObserving = () => observer.disconnect();
  radio.addEventListener('click', () => (timing.clicked = performance.now()), { once: true });
  widget.addEventListener(
    'redflags-result',
    async () => {
      timing.cardShown = widget.shadowRoot.querySelector('#outcome') !== null;
      await window.__bench.afterNextFrame();
      timing.frameDone = performance.now();
    },
    { once: true },
  );
}

/** One run: a real (CDP) mouse click on "no" of the last question, timed in the page. */
async function answerLastQuestion(page) {
  const name = await page.evaluate(answerAllButTheLast, TAG);
  const radio = await page.$(`${TAG} >>> input[name="${name}"][value="no"]`);
  await radio.evaluate(timeClickToOutcome);
  await radio.click();
  await page.waitForFunction(() => window.__outcome.frameDone !== undefined, { timeout: OUTCOME_TIMEOUT_MS });
  const { clicked, frameDone, cardShown, eventTimingMs } = await page.evaluate(async () => {
    // Event Timing entries come once the frame is on screen, a few frames later.
    for (let frame = 0; frame < 5 && window.__outcome.eventTimingMs === undefined; frame++) await window.__bench.afterNextFrame();
    const { clicked, frameDone, cardShown, eventTimingMs, stopObserving } = window.__outcome;
    stopObserving();
    return { clicked, frameDone, cardShown, eventTimingMs };
  });
  if (!cardShown) throw new Error(`${TAG}: the outcome card was not shown after the last answer`);
  return { ms: frameDone - clicked, eventTimingMs };
}

/**
 * Answers the red-flag check `runs` times in one page (after two warm-up runs), starting again
 * with the widget's `reset()` each time.
 * @returns {Promise<object>} median, minimum, maximum and samples in ms, from the click until the
 *   main thread is done with the frame that shows the outcome card, and the same for Event Timing
 */
export async function benchRedflagsInteraction({ browser, origin, problems, runs }) {
  return withFreshPage(browser, problems, `interaction: ${TAG}`, async (page) => {
    await loadAndMeasure(page, origin + instancesPage(TAG, 1));
    const warmUps = 2;
    const samples = [];
    for (let run = 0; run < warmUps + runs; run++) {
      const sample = await answerLastQuestion(page);
      if (run >= warmUps) samples.push(sample);
    }
    return {
      runs,
      clickToOutcomeFrameMs: summarise(samples, 'ms'),
      eventTimingMs: { ...summarise(samples, 'eventTimingMs', 0), runsWithAnEntry: samples.filter((sample) => sample.eventTimingMs !== undefined).length },
    };
  });
}
