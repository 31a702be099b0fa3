// Validation as the user sees it: the message next to the field and in the step's summary, in
// the user's language; the typed text kept; Next refused (and saying why) only for errors;
// lists (competitors, keywords, key dates) easy to add to, edit and remove from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, open, heading, waitForSaved } from './lib.mjs';
import { activeAnswers, expectFocus, reload } from './wizard-steps.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The texts shown under the field `id`, as tied to it by aria-describedby. */
async function describedBy(page, id) {
  return page.evaluate(id => {
    const el = document.getElementById(id);
    return (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
      .map(ref => document.getElementById(ref)?.textContent.trim() ?? `(missing #${ref})`).join(' | ');
  }, id);
}

test('an out-of-range number: message next to the field and at the top, text kept, Next refused', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'time');
  await page.fill('#f-resources-hours_per_week', '500');
  const message = page.locator('#f-resources-hours_per_week-msg .field__error');
  assert.equal(await message.textContent(), 'Indica tra 0,5 e 80 ore a settimana (ora 500).');
  assert.equal(await page.getAttribute('#f-resources-hours_per_week', 'aria-invalid'), 'true');
  assert.match(await describedBy(page, 'f-resources-hours_per_week'), /Il tempo vero.*\| Indica tra 0,5 e 80 ore/);
  // The summary at the top lists it; its item takes you to the field.
  const summary = page.locator('.summary__errors');
  assert.match(await summary.textContent(), /Da correggere in questo passo:.*Indica tra 0,5 e 80/);
  await page.click('.step-nav button[type=submit]');
  assert.match(page.url(), /step=time/, 'Next is refused');
  assert.equal(await heading(page), 'Tempo e persone');
  assert.equal(await page.locator('.summary__blocked').textContent(), 'Correggi gli errori segnati per andare avanti.');
  await page.focus('.step-nav button[type=submit]');
  await summary.locator('button').first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'f-resources-hours_per_week');
  // Nothing typed is thrown away, not even after a reload.
  assert.equal(await page.inputValue('#f-resources-hours_per_week'), '500');
  await waitForSaved(page, a => a.resources.hours_per_week === 500);
  await reload(page);
  assert.equal(await page.inputValue('#f-resources-hours_per_week'), '500');
  assert.match(await page.locator('#f-resources-hours_per_week-msg').textContent(), /Indica tra 0,5 e 80/);
  // Corrected, the message goes and Next works.
  await page.fill('#f-resources-hours_per_week', '5');
  assert.equal(await page.locator('#f-resources-hours_per_week-msg .field__error').count(), 0);
  assert.equal(await page.getAttribute('#f-resources-hours_per_week', 'aria-invalid'), 'false');
  await page.click('.step-nav button[type=submit]');
  await page.waitForURL(/step=budget/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('text that is not a number stays in the box with a message, in English too', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page, 'budget');
  await page.fill('#f-budget-monthly', '150');
  await page.fill('#f-budget-monthly', 'about 200');
  assert.equal(await page.inputValue('#f-budget-monthly'), 'about 200');
  assert.equal(await page.locator('#f-budget-monthly-msg').textContent(), 'Write a number, for example 3 or 2.5.');
  assert.equal(await page.getAttribute('#f-budget-monthly', 'aria-invalid'), 'true');
  // The last good number is what the plan uses meanwhile.
  await waitForSaved(page, a => a.budget.monthly === 150);
  // Going on would drop the typed text: Next is refused, says why, and goes to the box.
  await page.click('.step-nav button[type=submit]');
  assert.match(page.url(), /step=budget/);
  assert.equal(await page.locator('.summary__blocked').textContent(), 'Fix the marked errors to go on.');
  await expectFocus(page, 'f-budget-monthly');
  assert.equal(await page.inputValue('#f-budget-monthly'), 'about 200');
  await page.fill('#f-budget-monthly', '200');
  await page.click('.step-nav button[type=submit]');
  await page.waitForURL(/step=calendar/);
  await page.fill('#f-calendar-weeks', '12.5');
  assert.equal(await page.locator('#f-calendar-weeks-msg').textContent(), 'Write a whole number, for example 12.');
  await page.fill('#f-calendar-weeks', '60');
  assert.match(await page.locator('#f-calendar-weeks-msg').textContent(), /1.*52.*60/);
  assert.equal(await page.inputValue('#f-calendar-weeks'), '60');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a long name and too many competitors are reported, never cut', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'business');
  const long = 'Forno '.repeat(25).trim();
  await page.fill('#f-business-name', long);
  assert.equal(await page.inputValue('#f-business-name'), long, 'no maxlength cuts the text');
  assert.equal(await page.locator('#f-business-name-msg').textContent(), `Al massimo 120 caratteri (ora ${long.length}).`);
  for (let i = 0; i < 6; i++) {
    await page.click('text=Aggiungi concorrente');
    await page.fill(`#f-business-competitors-${i}`, `Concorrente ${i + 1}`);
  }
  assert.equal(await page.locator('#f-business-competitors-msg').textContent(), 'Al massimo 5 voci (ora 6).');
  await page.click('.step-nav button[type=submit]');
  assert.match(page.url(), /step=business/, 'errors block Next');
  const saved = await waitForSaved(page, a => a.business.competitors.length === 6);
  assert.equal(saved.business.name, long);
  // Removing one (the third) fixes it and keeps the others in order.
  await page.click('#f-business-competitors-2 ~ button');
  assert.equal(await page.locator('#f-business-competitors-msg').textContent(), '');
  const after = await waitForSaved(page, a => a.business.competitors.length === 5);
  assert.deepEqual(after.business.competitors, ['Concorrente 1', 'Concorrente 2', 'Concorrente 4', 'Concorrente 5', 'Concorrente 6']);
  await page.fill('#f-business-name', 'Forno Rossi');
  await page.click('.step-nav button[type=submit]');
  await page.waitForURL(/step=goals/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('warnings do not block: Next goes on, the warning stays visible on the step', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'audience');
  // No age band and no online time: worth a look, not an error.
  for (const band of ['25-34', '35-44']) await page.uncheck(`#f-audience-age_bands-${band}`);
  const summary = page.locator('.summary__warnings');
  assert.match(await summary.textContent(), /Da controllare in questo passo:.*Nessuna fascia d'età.*Nessun momento/);
  assert.match(await page.locator('#f-audience-age_bands-msg').textContent(), /Nessuna fascia d'età/);
  assert.match(await page.locator('#f-audience-online_times-msg').textContent(), /Nessun momento della giornata/);
  await page.click('.step-nav button[type=submit]');
  await page.waitForURL(/step=channels/);
  // The same channel used and refused is flagged on both lists.
  await page.check('#f-channels-current-instagram');
  await page.check('#f-channels-refused-instagram');
  assert.match(await page.locator('.summary').textContent(), /sia tra quelli usati sia tra quelli rifiutati/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a start date outside 2000–2100 and a key date outside the calendar are explained', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'calendar');
  await page.fill('#f-calendar-start', '1999-12-27');
  assert.match(await page.locator('#f-calendar-start-msg').textContent(), /tra il 2000 e il 2100 \(ora 1999\)/);
  assert.equal(await page.getAttribute('#f-calendar-start', 'aria-invalid'), 'true');
  await page.fill('#f-calendar-start', '2027-01-04');
  assert.equal(await page.locator('#f-calendar-start-msg').textContent(), '');
  await page.fill('#f-calendar-weeks', '4');
  await page.click('text=Aggiungi data');
  await page.fill('#f-calendar-key_dates-0-name', 'Fiera di primavera');
  await page.fill('#f-calendar-key_dates-0-date', '2027-05-10');
  assert.match(await page.locator('#f-calendar-key_dates-0-date-msg').textContent(), /fuori dal periodo del calendario/);
  assert.equal(await page.inputValue('#f-calendar-key_dates-0-name'), 'Fiera di primavera');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('key dates: added, edited, removed, always sorted by date', async () => {
  const page = await newPage(browser, { locale: 'en-GB' });
  await open(page, 'calendar');
  await page.fill('#f-calendar-start', '2027-01-04');
  await page.fill('#f-calendar-weeks', '52');
  const add = async (date, name, kind) => {
    await page.click('text=Add date');
    const i = (await page.locator('.list__item--keydate').count()) - 1;
    await expectFocus(page, `f-calendar-key_dates-${i}-name`);
    await page.keyboard.type(name);
    await page.selectOption(`#f-calendar-key_dates-${i}-kind`, kind);
    await page.fill(`#f-calendar-key_dates-${i}-date`, date);
  };
  await add('2027-06-01', 'Summer menu', 'season');
  await add('2027-02-14', 'Valentine box', 'promotion');
  await add('2027-04-10', 'Tenth birthday', 'event');
  const rows = async () => page.locator('.list__item--keydate').evaluateAll(items => items.map(li =>
    [...li.querySelectorAll('input, select')].map(e => e.value).join(' ')));
  assert.deepEqual(await rows(), ['2027-02-14 Valentine box promotion', '2027-04-10 Tenth birthday event', '2027-06-01 Summer menu season']);
  // Edit: a date moved later goes to its place; a name edited stays with its date.
  await page.fill('#f-calendar-key_dates-0-date', '2027-05-14');
  await page.fill('#f-calendar-key_dates-0-name', 'Birthday, the 10th');
  assert.deepEqual(await rows(), ['2027-04-10 Birthday, the 10th event', '2027-05-14 Valentine box promotion', '2027-06-01 Summer menu season']);
  // Remove the middle one; its button names it for screen readers.
  const remove = page.locator('.list__item--keydate').nth(1).locator('button');
  assert.match(await remove.textContent(), /Remove\s+Valentine box/);
  await remove.click();
  assert.deepEqual(await rows(), ['2027-04-10 Birthday, the 10th event', '2027-06-01 Summer menu season']);
  const saved = await waitForSaved(page, a => a.calendar.key_dates.length === 2);
  assert.deepEqual(saved.calendar.key_dates, [
    { date: '2027-04-10', name: 'Birthday, the 10th', kind: 'event' },
    { date: '2027-06-01', name: 'Summer menu', kind: 'season' },
  ]);
  await reload(page);
  assert.deepEqual(await rows(), ['2027-04-10 Birthday, the 10th event', '2027-06-01 Summer menu season']);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('keywords and age bands: easy to add and remove', async () => {
  const page = await newPage(browser, { locale: 'it-IT' });
  await open(page, 'audience');
  for (const [i, word] of ['pane bologna', 'lievito madre', '#forno'].entries()) {
    await page.click('text=Aggiungi parola chiave');
    await expectFocus(page, `f-audience-listen_keywords-${i}`);
    await page.keyboard.type(word);
  }
  await page.click('#f-audience-listen_keywords-0 ~ button');
  // A new plan starts with the two most common bands; they can be changed freely.
  const checked = await page.locator('#f-audience-age_bands-hint ~ .choices input:checked').evaluateAll(boxes => boxes.map(b => b.id));
  assert.deepEqual(checked, ['f-audience-age_bands-25-34', 'f-audience-age_bands-35-44']);
  for (const band of ['25-34', '35-44']) await page.uncheck(`#f-audience-age_bands-${band}`);
  await page.check('#f-audience-age_bands-45-54');
  await page.check('#f-audience-age_bands-18-24');
  await page.uncheck('#f-audience-age_bands-45-54');
  await page.check('#f-audience-age_bands-35-44');
  const saved = await waitForSaved(page, a => a.audience.listen_keywords.length === 2 && a.audience.age_bands.join() === '18-24,35-44');
  assert.deepEqual(saved.audience.listen_keywords, ['lievito madre', '#forno']);
  assert.deepEqual(saved.audience.age_bands, ['18-24', '35-44']);
  // An empty item is pointed out rather than silently dropped.
  await page.click('text=Aggiungi parola chiave');
  assert.match(await page.locator('#f-audience-listen_keywords-2-msg').textContent(), /Voce vuota/);
  assert.equal((await activeAnswers(page))?.audience.listen_keywords.length >= 2, true);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
