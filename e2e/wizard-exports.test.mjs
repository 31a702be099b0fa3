// Exports and import from the plan view: every download is a file an independent parser
// accepts (JSON.parse, Python's csv and icalendar), named after the business and the start
// date; the answers file re-imports to the same answers; a bad file is refused with a clear
// message and changes nothing; the confirmation can be declined.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, open, waitForSaved } from './lib.mjs';
import { activeAnswers, download, fixture, fixtureJson, importFile, withAnswers } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Reads the CSV with Python's csv module and the ICS with the icalendar package, and compares
// both with the calendar of the plan JSON downloaded from the same page.
const CHECK_CALENDAR = String.raw`
import csv, io, json, sys, icalendar
csv_path, ics_path, plan_path = sys.argv[1:]
plan = json.load(open(plan_path, encoding="utf-8"))
entries = plan["calendar"]
raw = open(csv_path, "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "CSV: no UTF-8 BOM"
rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
header, body = rows[0], rows[1:]
assert len(body) == len(entries), f"CSV: {len(body)} rows for {len(entries)} calendar entries"
for row, e in zip(body, entries):
    assert len(row) == len(header), f"CSV: ragged row {row}"
    assert row[0] == e["date"] and row[1] == e["time"], f"CSV: {row[:2]} is not {e['date']} {e['time']}"
    assert e["title"] in row, f"CSV: title {e['title']!r} missing from {row}"
ics = open(ics_path, "rb").read()
assert ics.endswith(b"\r\n"), "ICS: no final CRLF"
for line in ics.split(b"\r\n"):
    assert len(line) <= 75, f"ICS: a line of {len(line)} octets"
    line.decode("utf-8")
cal = icalendar.Calendar.from_ical(ics.decode("utf-8"))
assert str(cal.get("VERSION")) == "2.0"
events = list(cal.walk("VEVENT"))
assert len(events) == len(entries), f"ICS: {len(events)} events for {len(entries)} entries"
uids = [str(ev.get("UID")) for ev in events]
assert len(set(uids)) == len(uids), "ICS: duplicate UIDs"
for ev, e in zip(events, entries):
    start = ev.get("DTSTART").dt
    assert start.tzinfo is None, "ICS: times must be floating (local)"
    assert start.strftime("%Y-%m-%d %H:%M") == f"{e['date']} {e['time']}", f"ICS: {start} is not {e['date']} {e['time']}"
    assert e["title"] in str(ev.get("SUMMARY")), f"ICS: {ev.get('SUMMARY')!r} lacks {e['title']!r}"
print(json.dumps({"header": header, "rows": len(body), "events": len(events)}, ensure_ascii=False))
`;

test('every export downloads a file an independent parser accepts, named after the business and date', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  const answers = await waitForSaved(page, a => a.business.name === 'Bottega Ceramica Lunardi');
  const stem = `rotta-bottega-ceramica-lunardi-${answers.calendar.start}`;

  const json = await download(page, 'export-answers');
  assert.equal(json.name, `${stem}-answers.json`);
  const exported = JSON.parse(json.bytes.toString('utf8'));
  assert.deepEqual(exported, answers, 'the answers file holds exactly the answers');
  assert.deepEqual(exported, fixtureJson('ceramics-it.json'), 'import then export gives back the same answers');

  const md = await download(page, 'export-plan-md');
  assert.equal(md.name, `${stem}-plan.md`);
  const text = md.bytes.toString('utf8');
  assert.match(text, /^# .*Bottega Ceramica Lunardi/m);
  for (const heading of ['Situazione', 'Obiettivi', 'Strategia', 'Tattiche', 'Azione', 'Controllo']) {
    assert.match(text, new RegExp(`^##+ .*${heading}`, 'm'), `the Markdown has a "${heading}" section`);
  }

  const plan = await download(page, 'export-plan-json');
  assert.equal(plan.name, `${stem}-plan.json`);
  const planJson = JSON.parse(plan.bytes.toString('utf8'));
  assert.equal(planJson.schema, 'rotta.plan/1');
  assert.equal(planJson.locale, 'it');
  const shown = await page.locator('.channel-card').evaluateAll(cards => cards.map(c => c.dataset.channel));
  assert.deepEqual(planJson.channels.map(c => c.channel), shown, 'the file holds the plan on screen');

  const csv = await download(page, 'export-csv');
  assert.equal(csv.name, `${stem}-calendar.csv`);
  const ics = await download(page, 'export-ics');
  assert.equal(ics.name, `${stem}-calendar.ics`);
  const out = execFileSync('python3', ['-c', CHECK_CALENDAR, csv.path, ics.path, plan.path]).toString();
  const report = JSON.parse(out);
  assert.equal(report.header[0], 'data', 'the CSV header is in Italian');
  assert.ok(report.rows > 50, `a real calendar: ${report.rows} rows`);

  // The answers file re-imports, in a browser that has never seen it, to the same answers.
  const fresh = await newPage(browser, { locale: 'en-GB' });
  await open(fresh, 'plan');
  const { asked, status } = await importFile(fresh, json.path);
  assert.equal(asked.length, 1, 'a confirmation is asked before replacing');
  assert.match(status, /Risposte importate|Answers imported/);
  assert.deepEqual(await waitForSaved(fresh, a => a.business.name === 'Bottega Ceramica Lunardi'), answers);
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the English exports have English headers and the same structure', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await withAnswers(page, open, fixture('studio-en.json'), 'plan');
  const answers = await waitForSaved(page, a => a.business.name === 'Iron Bell Studio');
  const stem = `rotta-iron-bell-studio-${answers.calendar.start}`;
  const plan = await download(page, 'export-plan-json');
  const csv = await download(page, 'export-csv');
  const ics = await download(page, 'export-ics');
  assert.equal(csv.name, `${stem}-calendar.csv`);
  assert.equal(ics.name, `${stem}-calendar.ics`);
  const report = JSON.parse(execFileSync('python3', ['-c', CHECK_CALENDAR, csv.path, ics.path, plan.path]).toString());
  assert.equal(report.header[0], 'date');
  const md = (await download(page, 'export-plan-md')).bytes.toString('utf8');
  assert.match(md, /Situation/);
  assert.match(md, /Open day/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('import: a valid file replaces the answers only after confirmation', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'business');
  await page.fill('#f-business-name', 'Cartoleria Neri');
  await waitForSaved(page, a => a.business.name === 'Cartoleria Neri');
  await open(page, 'plan');
  // Declined: nothing changes.
  const declined = await importFile(page, fixture('studio-en.json'), { accept: false });
  assert.deepEqual(declined.asked, ['Le risposte attuali saranno sostituite da quelle del file. Continuare?']);
  assert.equal(declined.status, 'Importazione annullata: nulla è cambiato.');
  assert.match(await page.locator('.plan__title').textContent(), /Cartoleria Neri/);
  await page.waitForTimeout(600);
  assert.equal((await activeAnswers(page)).business.name, 'Cartoleria Neri');
  // Accepted: the file's answers, language included, are restored everywhere.
  const accepted = await importFile(page, fixture('studio-en.json'));
  assert.equal(accepted.asked.length, 1);
  assert.equal(accepted.status, 'Answers imported.');
  assert.match(await page.locator('.plan__title').textContent(), /Iron Bell Studio/);
  assert.equal(await page.inputValue('.header__lang select'), 'en', 'the language switch shows the file\'s language');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const saved = await waitForSaved(page, a => a.business.name === 'Iron Bell Studio');
  assert.deepEqual(saved, fixtureJson('studio-en.json'));
  await open(page, 'business');
  assert.equal(await page.inputValue('#f-business-name'), 'Iron Bell Studio');
  assert.equal(await page.inputValue('#f-business-country'), 'GB');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('import: a bad file shows a clear error and changes nothing', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await withAnswers(page, open, fixture('ceramics-it.json'), 'plan');
  const before = await waitForSaved(page, a => a.business.name === 'Bottega Ceramica Lunardi');
  const dir = mkdtempSync(join(tmpdir(), 'rotta-import-'));
  const huge = join(dir, 'huge.json');
  writeFileSync(huge, JSON.stringify({ schema: 'rotta.answers/2', padding: 'x'.repeat(3_000_000) }));
  for (const file of [fixture('not-json.json'), fixture('wrong-schema.json'), huge]) {
    const { asked, status } = await importFile(page, file);
    assert.deepEqual(asked, [], `no confirmation for a bad file (${file})`);
    assert.match(status, /^Il file non è stato importato e le risposte attuali sono intatte: \S/, status);
    assert.equal(await page.locator('#import-status .field__error').count(), 1);
    assert.match(await page.locator('.plan__title').textContent(), /Bottega Ceramica Lunardi/);
  }
  await page.waitForTimeout(600);
  assert.deepEqual(await activeAnswers(page), before, 'the saved answers are untouched');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
