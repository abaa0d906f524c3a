// End-to-end flow in Debian's Chromium against the running jar:
//   BASE_URL=http://localhost:8091 LEADS_ADMIN_EMAIL=… LEADS_ADMIN_PASSWORD=… node e2e/flow.mjs
// Sign-up of a merchant and an influencer → campaign → bank-transfer deposit confirmed by the admin → agreement signed →
// a 500 MAD lead previewed at 50,00 MAD → the merchant's gauge and pending table update live → validation → capture in
// the ledger; the first page in Arabic is right-to-left. Screenshots of each dashboard go to ../target/screenshots/.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8091').replace(/\/$/, '');
const ADMIN_EMAIL = process.env.LEADS_ADMIN_EMAIL;
const ADMIN_PASSWORD = process.env.LEADS_ADMIN_PASSWORD;
const SHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../target/screenshots');
// Generous: CI shares a loaded two-core machine.
const TIMEOUT = 30_000;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

if (!ADMIN_EMAIL || !ADMIN_PASSWORD) {
  console.error('Set LEADS_ADMIN_EMAIL and LEADS_ADMIN_PASSWORD (the admin account the service bootstraps).');
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });
readdirSync(SHOTS).filter((file) => file.startsWith('failure-')).forEach((file) => rmSync(`${SHOTS}/${file}`));

const run = Date.now().toString(36);
const merchant = { name: `Clinique ${run}`, email: `merchant-${run}@e2e.test`, password: 'Merchant-pass-1' };
const influencer = { name: `Salma ${run}`, email: `influencer-${run}@e2e.test`, password: 'Influencer-pass-1' };
const campaignName = `Blanchiment ${run}`;
const customerName = `Amina ${run}`;
const randomDigits = (count) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
const customerPhone = `0662${randomDigits(6)}`;

// launch() gives every run a fresh, temporary user-data-dir of its own.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const results = [];
const pages = {};
/** The API errors each page met, as "404 GET /api/…". */
const apiErrors = {};

async function newPage(name, { language } = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-FR', timezoneId: 'Africa/Casablanca' });
  if (language) await context.addInitScript((lang) => localStorage.setItem('leads.lang', lang), language);
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`  [${name} page error] ${error.message}`));
  // An API error the flow does not expect shows as a banner on some screen: list them all, to be seen in the log.
  apiErrors[name] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname.startsWith('/api/')) {
      const error = `${response.status()} ${response.request().method()} ${url.pathname}${url.search}`;
      apiErrors[name].push(error);
      console.log(`  [${name} ${error}]`);
    }
  });
  pages[name] = page;
  return page;
}

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
    results.push({ name, ok: true });
    console.log(`✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`✗ ${name}: ${error.message.split('\n')[0]}`);
    for (const [pageName, page] of Object.entries(pages)) {
      await page.screenshot({ path: `${SHOTS}/failure-${pageName}.png`, fullPage: true }).catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Waits until the locator's text, with every kind of space made a plain one and Unicode's direction isolates (around
 * names and amounts inside sentences, see UserText.tsx) removed, contains what is expected.
 */
async function expectText(locator, expected) {
  const deadline = Date.now() + TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.first().textContent().catch(() => '')) ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    if (last.includes(expected)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`expected "${expected}" in "${last.slice(0, 300)}"`);
}

async function screenshots(page, name) {
  // A toast of the step before would cover the page: wait until it has gone (antd's last 3 s).
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 6000 }).catch(() => undefined);
  for (const [size, viewport] of [['1440x900', DESKTOP], ['390x844', PHONE]]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

const nav = (page, label) => page.getByRole('navigation').getByRole('menuitem', { name: label }).click();

async function pickOption(page, label, text, scope = page) {
  const combobox = scope.getByRole('combobox', { name: label });
  await combobox.click();
  await combobox.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function signUp(page, person, role) {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('link', { name: 'Créer un compte' }).click();
  if (role === 'INFLUENCER') await page.getByText('Influenceur', { exact: true }).click();
  await page.getByLabel('Nom affiché').fill(person.name);
  if (role === 'MERCHANT') await page.getByLabel('Société').fill(person.name);
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Téléphone').fill(`0661${randomDigits(6)}`);
  await page.getByLabel('Mot de passe').fill(person.password);
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await page.waitForURL(role === 'MERCHANT' ? /\/merchant$/ : /\/influencer$/);
}

async function logIn(page, email, password) {
  await page.goto(`${BASE_URL}/`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

let exitCode = 0;
try {
  await step('the first page in Arabic is right-to-left', async () => {
    const page = await newPage('arabic', { language: 'ar' });
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor();
    const dir = await page.evaluate(() => globalThis.document.documentElement.dir);
    if (dir !== 'rtl') throw new Error(`<html dir> is "${dir}"`);
    if ((await page.locator('.ant-card-rtl, .ant-form-rtl, .ant-select-rtl').count()) === 0) throw new Error('antd is not in rtl');
    await screenshots(page, 'login-ar');
    await page.context().close();
    delete pages.arabic;
  });

  const merchantPage = await newPage('merchant');
  const influencerPage = await newPage('influencer');
  const adminPage = await newPage('admin');

  await step('a merchant signs up', () => signUp(merchantPage, merchant, 'MERCHANT'));
  await step('an influencer signs up', () => signUp(influencerPage, influencer, 'INFLUENCER'));

  await step('the merchant creates a campaign', async () => {
    await nav(merchantPage, 'Campagnes');
    await merchantPage.getByRole('button', { name: 'Nouvelle campagne' }).click();
    const dialog = merchantPage.getByRole('dialog');
    await dialog.getByLabel('Nom').fill(campaignName);
    await dialog.getByLabel('Ville').fill('Casablanca');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await merchantPage.getByRole('cell', { name: campaignName }).waitFor();
  });

  let transferReference = '';
  await step('the merchant makes a 1 000 MAD deposit by bank transfer', async () => {
    await nav(merchantPage, 'Tableau de bord');
    // Sign-up may already open an empty general deposit: then it is a recharge.
    const create = merchantPage.getByRole('button', { name: 'Créer mon dépôt' });
    const recharge = merchantPage.getByTestId('deposit-card').getByRole('button', { name: 'Recharger' });
    await create.or(recharge).first().click();
    const dialog = merchantPage.getByRole('dialog');
    await dialog.getByLabel('Montant (MAD)').fill('1000');
    await dialog.getByLabel('Virement bancaire').check();
    await dialog.getByRole('button', { name: 'Continuer' }).click();
    transferReference = ((await dialog.getByTestId('bank-reference').textContent()) ?? '').trim();
    if (!transferReference) throw new Error('no transfer reference shown');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
  });

  await step('the admin confirms the bank transfer', async () => {
    await logIn(adminPage, ADMIN_EMAIL, ADMIN_PASSWORD);
    await adminPage.waitForURL(/\/admin$/);
    await nav(adminPage, 'Virements à confirmer');
    const row = adminPage.getByRole('row', { name: new RegExp(merchant.name) });
    await row.getByRole('button', { name: 'Confirmer' }).click();
    await adminPage.locator('.ant-popconfirm').getByRole('button', { name: 'Confirmer' }).click();
    await adminPage.getByText('Virement confirmé : le dépôt est crédité.').waitFor();
  });

  await step('the merchant’s gauge shows the credit without reloading', async () => {
    const card = merchantPage.getByTestId('deposit-card');
    await card.and(merchantPage.locator('[data-level="HEALTHY"]')).waitFor();
    await expectText(card, '1 000,00 MAD');
  });

  await step('the merchant proposes an agreement and the influencer signs it', async () => {
    await nav(merchantPage, 'Accords');
    await merchantPage.getByRole('button', { name: 'Proposer un accord' }).click();
    const dialog = merchantPage.getByRole('dialog');
    await pickOption(merchantPage, 'Influenceur', influencer.name, dialog);
    await dialog.getByLabel('Conditions').fill('Commission standard de la campagne, leads qualifiés uniquement.');
    await dialog.getByRole('button', { name: 'Proposer un accord' }).click();
    await merchantPage.getByRole('row', { name: new RegExp(influencer.name) }).waitFor();

    await nav(influencerPage, 'Accords');
    const agreement = influencerPage.getByTestId('agreement').filter({ hasText: merchant.name });
    await agreement.getByRole('button', { name: 'Signer' }).click();
    await influencerPage.locator('.ant-popconfirm').getByRole('button', { name: 'Signer' }).click();
    await agreement.getByText('Signé', { exact: true }).waitFor();

    // A fresh load from the root: it does not depend on the service's fallback for deep links.
    await merchantPage.goto(`${BASE_URL}/`);
    await nav(merchantPage, 'Accords');
    await merchantPage.getByRole('row', { name: new RegExp(influencer.name) }).getByText('Signé', { exact: true }).waitFor();

    // The merchant now stays on its dashboard: what follows must reach it through the live stream.
    await nav(merchantPage, 'Tableau de bord');
    await expectText(merchantPage.getByTestId('deposit-card'), '1 000,00 MAD');
    await merchantPage.getByTestId('pending-leads').waitFor();
  });

  await step('the influencer submits a 500 MAD lead and sees 50,00 MAD', async () => {
    await nav(influencerPage, 'Nouveau lead');
    await pickOption(influencerPage, 'Campagne', campaignName);
    await influencerPage.getByLabel('Nom du client').fill(customerName);
    await influencerPage.getByLabel('Téléphone du client').fill(customerPhone);
    await influencerPage.getByLabel('Ville').fill('Casablanca');
    await influencerPage.getByLabel('Valeur estimée du service (MAD)').fill('500');
    await expectText(influencerPage.getByTestId('commission-preview'), '50,00 MAD');
    await influencerPage.getByLabel('Le client accepte d’être contacté (loi 09-08).').check();
    await influencerPage.getByRole('button', { name: 'Envoyer le lead' }).click();
    await expectText(influencerPage.locator('.ant-message'), 'Lead envoyé : commission de 50,00 MAD réservée.');
    await screenshots(influencerPage, 'influencer-dashboard');
  });

  await step('the merchant’s gauge and pending table update live', async () => {
    await expectText(merchantPage.getByTestId('deposit-card'), '950,00 MAD');
    await merchantPage.getByTestId('pending-leads').getByText(customerName).waitFor();
    await screenshots(merchantPage, 'merchant-dashboard');
  });

  await step('the merchant validates the lead', async () => {
    await merchantPage.getByRole('checkbox', { name: customerName }).check();
    await merchantPage.getByRole('button', { name: 'Valider (1)' }).click();
    await expectText(merchantPage.locator('.ant-message'), '1 lead(s) traité(s).');
    await merchantPage.getByTestId('pending-leads').getByText(customerName).waitFor({ state: 'detached' });
  });

  await step('the ledger shows the capture', async () => {
    await nav(merchantPage, 'Mouvements');
    const capture = merchantPage.getByTestId('ledger').getByRole('row', { name: /Encaissement/ });
    await expectText(capture, '50,00 MAD');
    await screenshots(merchantPage, 'merchant-ledger');

    // The deposit has no auto-recharge rule yet: the form starts from its defaults, not from an error.
    await nav(merchantPage, 'Recharge automatique');
    await merchantPage.getByText('Pas encore de règle pour ce dépôt.').waitFor();
    await screenshots(merchantPage, 'merchant-auto-recharge');

    await nav(influencerPage, 'Mes leads');
    await influencerPage.getByTestId('my-leads').getByText('Validé').first().waitFor();
    await screenshots(influencerPage, 'influencer-leads');

    await nav(adminPage, 'Vue d’ensemble');
    await adminPage.getByRole('img', { name: 'Leads par jour' }).waitFor();
    await screenshots(adminPage, 'admin-dashboard');
  });

  await step('a log-in as someone else in another tab switches the open tab too', async () => {
    // Both tabs share the session in localStorage: the influencer's tab must not go on asking for the influencer's
    // data with the merchant's token (its KPIs then answered 404).
    await nav(influencerPage, 'Nouveau lead');
    const before = apiErrors.influencer.length;
    const otherTab = await influencerPage.context().newPage();
    await otherTab.goto(`${BASE_URL}/`);
    await otherTab.getByRole('button', { name: 'Se déconnecter' }).click();
    await influencerPage.waitForURL(/\/login$/);
    await logIn(otherTab, merchant.email, merchant.password);
    await influencerPage.waitForURL(/\/merchant$/);
    await influencerPage.getByTestId('deposit-card').waitFor();
    await otherTab.close();
    const refused = apiErrors.influencer.slice(before).filter((error) => /^40[34] /.test(error));
    if (refused.length > 0) throw new Error(`the first tab was refused: ${refused.join(', ')}`);
  });
} catch {
  exitCode = 1;
} finally {
  await browser.close();
}

const passed = results.filter((result) => result.ok).length;
console.log(`e2e: ${passed} passed, ${results.length - passed} failed`);
process.exit(exitCode);
