import { describe, test } from 'vitest';
import { useApp } from './support/browser';
import { PlanPage } from './support/planPage';

describe('explore', () => {
  const app = useApp();
  test('dom', async () => {
    const { page, baseURL } = app();
    const plan = await PlanPage.firstVisit(page, baseURL);
    console.log(await page.evaluate(() => { const out=[]; let e = document.querySelector('[row-id="21952"]'); while (e) { out.push(e.tagName+'.'+e.className); e = e.parentElement; } return out.join('\n'); }));
    console.log(await page.evaluate(() => [...document.querySelectorAll('[row-id="21952"]')].map((r) => r.outerHTML.slice(0, 300)).join('\n')));
    await plan.typeInto('21952', 'target.online_dossiers', '40');
    console.log(await plan.cellText('21952', 'target.online_dossiers'), await plan.cellState('21952', 'target.online_dossiers'), await plan.cellTitle('21952', 'target.online_dossiers'));
    console.log(await plan.counts(), await plan.focusedCell());
    await plan.quickFilter.fill('zzzz');
    await page.waitForTimeout(300);
    console.log(await plan.grid.innerText());
    await page.screenshot({ path: '/tmp/e2eexp/a.png' });
  });
});
