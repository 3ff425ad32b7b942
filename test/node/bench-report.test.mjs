/**
 * The bench's medians must say when they stand for fewer runs than were taken: a page whose late
 * paints go unrecorded would otherwise look faster than it is. Run with `node --test test/node/`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { summarise } from '../../scripts/bench/stats.mjs';
import { loaderTable, phoneTable } from '../../scripts/bench/report.mjs';
import { GOALS, PHONE, TRANSPORTS } from '../../scripts/bench/phone.mjs';

const runs = (values) => values.map((fcp) => ({ fcp, ready: 10 }));

describe('bench medians', () => {
  it('count the runs that did not record a measure', () => {
    assert.deepEqual(summarise(runs([30, undefined, 10, 20]), 'fcp'), { median: 20, min: 10, max: 30, samples: [30, 10, 20], missing: 1 });
    assert.equal(summarise(runs([30, 10]), 'fcp').missing, 0);
    assert.equal(summarise(runs([undefined]), 'fcp').median, null);
  });

  it('show in the report how many runs a median stands for', () => {
    const page = (values) => ({ fcp: summarise(runs(values), 'fcp'), ready: summarise(runs(values), 'ready') });
    const ratios = { fcp: 1, ready: 1 };
    const table = loaderTable({
      runs: 3,
      loader: page([40, 50, 60]),
      bundle: page([undefined, undefined, 45]),
      server: page([undefined, undefined, undefined]),
      plain: page([40, 40, 40]),
      ratio: { loader: ratios, bundle: ratios, server: ratios },
    });
    const fcpRow = table.split('\n').find((line) => line.startsWith('| first contentful paint'));
    assert.equal(fcpRow, '| first contentful paint | 50 ms | 45 ms (1 of 3 runs) | n/a (0 of 3 runs) | 40 ms | 1× | 1× | 1× |');
  });

  it('show the phone figures with their goals, and a waterfall per page', () => {
    const page = (fcp, contentPainted) => ({ fcp: summarise([{ fcp }], 'fcp'), contentPainted: summarise([{ contentPainted }], 'contentPainted') });
    const files = (end) => [
      { file: '/bench/page.html', startMs: 0, endMs: 310 },
      { file: '/dist/cdn/loader.js', startMs: 320, endMs: end },
    ];
    const transport = (name, loaderPainted) => ({
      transport: name,
      loader: page(900, loaderPainted),
      preload: page(800, 1500),
      server: page(700, 1300),
      plain: page(700, 1200),
      ratio: { loader: { fcp: 1.29, contentPainted: loaderPainted / 1200 }, preload: { fcp: 1.14, contentPainted: 1.25 }, server: { fcp: 1, contentPainted: 1.08 } },
      waterfalls: { loader: files(640), preload: files(600), server: files(630), plain: files(620) },
    });
    const table = phoneTable({
      runs: 1,
      phone: PHONE,
      goals: GOALS,
      transports: [transport(TRANSPORTS.http2, 1800), transport(TRANSPORTS.http1, 2400)],
    });
    assert.match(table, /CPU 4× slower, 150 ms round trip, 1\.6 Mbit\/s down/);
    assert.match(table, /loader page within 1\.5× of plain HTML, server-rendered page within 1\.1×/);
    const [http2, http1] = table.split(/^Served with /m).slice(1);
    assert.ok(http2.startsWith('HTTP/2 and brotli, over HTTPS:'), http2);
    assert.ok(http2.includes("| every widget's content painted (server-rendered: before hydration) | 1800 ms | 1500 ms | 1300 ms | 1200 ms | 1.5× | 1.25× | 1.08× |"), http2);
    assert.ok(http1.startsWith('HTTP/1.1 and gzip:'), http1);
    assert.ok(http1.includes("| every widget's content painted (server-rendered: before hydration) | 2400 ms | 1500 ms | 1300 ms | 1200 ms | 2× | 1.25× | 1.08× |"), http1);
    assert.ok(table.includes('| `/dist/cdn/loader.js` | 320 ms | 640 ms |'), table);
    assert.ok(table.includes('| `/dist/cdn/loader.js` | 320 ms | 600 ms |'), table);
    assert.equal(table.match(/^Waterfall of the/gm).length, 8);
  });
});
