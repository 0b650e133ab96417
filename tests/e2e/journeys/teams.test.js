// Journey: a team works together. The owner creates a team workspace and
// invites a member and a viewer (no mail server: the inviter gets the
// links), switches to the team in the header and uploads code there. The
// member switches too, sees the same analysis and triages a finding; the
// owner sees that decision. The viewer opens a shared /w/{team}/ link,
// sees the analysis and the decision, is offered no triage and no "New
// analysis", and the server refuses a triage attempt with 403. Light and
// dark, 1440 px and 360 px screenshots land in tests/e2e/screenshots/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { zipOf } from '../lib/zip.js';
import { flaskApp, useServer, signUp, callApi, switchWorkspace, wsRest } from '../lib/app.js';

const APP_PY = flaskApp();

describe('teams', () => {
  const env = useServer();

  it('two members see the same analyses and triage; a viewer cannot triage', async () => {
    const owner = await newPage(env.browser, env.server, { viewport: { width: 1440, height: 900 } });
    const member = await newPage(env.browser, env.server, { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    const viewer = await newPage(env.browser, env.server, { viewport: { width: 360, height: 780 } });
    const all = [owner, member, viewer];
    try {
      // Owner: account, team, invitations (links shown without SMTP).
      await signUp(owner.page, { name: 'Olive Owner', email: 'olive@example.com' });
      const team = await callApi(owner.page, 'POST', '/api/v1/workspaces', { name: 'Platform team' });
      assert.equal(team.status, 201, JSON.stringify(team.body));
      const teamId = team.body.id;
      const links = {};
      for (const [email, role] of [['mo@example.com', 'member'], ['vi@example.com', 'viewer']]) {
        const inv = await callApi(owner.page, 'POST', `/api/v1/workspaces/${teamId}/invitations`, { email, role });
        assert.equal(inv.status, 201, JSON.stringify(inv.body));
        links[role] = new URL(inv.body.link).pathname + new URL(inv.body.link).search;
      }
      for (const [p, name, email, role] of [[member, 'Mo Member', 'mo@example.com', 'member'], [viewer, 'Vi Viewer', 'vi@example.com', 'viewer']]) {
        await signUp(p.page, { name, email });
        await p.page.goto(links[role]);
        await p.page.getByRole('button', { name: /accept/i }).click();
        await p.page.getByRole('status').filter({ hasText: 'Platform team' }).waitFor();
      }

      // Owner switches to the team in the header: an empty team dashboard
      // offers the first scan and, to an admin, the setup checklist.
      await owner.page.goto('/');
      await owner.page.reload(); // the new workspace appears in the switcher
      assert.equal(await switchWorkspace(owner.page, 'Platform team'), teamId);
      await owner.page.getByTestId('dashboard-empty').waitFor();
      await owner.page.getByTestId('setup-checklist').waitFor();
      await owner.page.getByRole('link', { name: 'Scan your first project' }).waitFor();
      await owner.screenshot('teams-dashboard-empty-light');
      await owner.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New analysis' }).click();
      await owner.page.waitForURL((u) => u.pathname === `/w/${teamId}/analyses/new`);
      const zip = zipOf({ 'app/app.py': APP_PY });
      await owner.page.locator('#files-input').setInputFiles({ name: 'team-app.zip', mimeType: 'application/zip', buffer: zip });
      await owner.page.getByRole('button', { name: 'Get quote' }).click();
      await owner.page.getByTestId('quote').waitFor();
      await owner.page.getByRole('button', { name: 'Confirm and start' }).click();
      await owner.page.waitForURL((u) => /\/analyses\/[0-9a-f-]{36}$/.test(u.pathname));
      const analysisId = new URL(owner.page.url()).pathname.split('/').pop();
      await owner.page.getByTestId('analysis-status').filter({ hasText: 'completed' }).waitFor({ timeout: 60_000 });
      const a = await callApi(owner.page, 'GET', `/api/v1/analyses/${analysisId}`);
      assert.equal(a.body.workspace_id, teamId, 'the analysis belongs to the team workspace');
      // The owner's personal workspace stays empty.
      const personalId = (await callApi(owner.page, 'GET', '/api/v1/auth/me')).body.workspaces.find((w) => w.personal).id;
      const personal = await owner.page.evaluate(
        async (ws) => (await fetch('/api/v1/analyses', { headers: { 'X-Vigil-Workspace': ws } })).json(),
        personalId,
      );
      assert.equal(personal.items.length, 0, 'nothing leaked into the personal workspace');

      // Member: switches in the header, sees the same analysis, triages.
      await member.page.goto('/');
      await switchWorkspace(member.page, 'Platform team');
      await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analyses' }).click();
      await member.page.waitForURL((u) => u.pathname === `/w/${teamId}/analyses`);
      await member.page.getByTestId('history-table').getByRole('link').first().waitFor();
      await member.screenshot('teams-member-history-dark');
      await member.page.goto(`/analyses/${analysisId}`);
      const firstFinding = member.page.getByTestId('findings-table').getByRole('link').first();
      await firstFinding.waitFor();
      await firstFinding.click();
      await member.page.waitForURL((u) => wsRest(u)?.startsWith('/findings/'));
      const findingId = new URL(member.page.url()).pathname.split('/').pop();
      await member.page.getByRole('radio', { name: 'Accepted risk' }).check();
      await member.page.getByLabel(/^Reason/).fill('only reachable from the admin network');
      await member.page.getByRole('button', { name: 'Save decision' }).click();
      await member.page.getByTestId('triage-state').filter({ hasText: 'Accepted risk' }).waitFor();
      await member.screenshot('teams-member-finding-dark');

      // The dashboard now shows the team's project and recent analysis.
      await member.page.goto(`/w/${teamId}/`);
      await member.page.getByTestId('dashboard-projects').getByRole('link', { name: 'team-app' }).waitFor();
      await member.page.getByTestId('dashboard-trend').waitFor();
      assert.equal(await member.page.getByTestId('setup-checklist').count(), 0, 'members see no setup checklist');
      await member.screenshot('teams-dashboard-data-dark');

      // Owner sees the member's decision.
      await owner.page.goto(`/findings/${findingId}`);
      await owner.page.getByTestId('triage-state').filter({ hasText: 'Accepted risk' }).waitFor();
      await owner.page.getByTestId('triage-state').getByText('only reachable from the admin network').waitFor();
      await owner.page.evaluate(() => window.scrollTo(0, 0));
      await owner.screenshot('teams-owner-finding-light');

      // Viewer: a shared link opens in the team (360 px wide).
      await viewer.page.goto(`/w/${teamId}/analyses`);
      await viewer.page.getByTestId('history-table').getByRole('link').first().waitFor();
      assert.equal(await viewer.page.getByTestId('workspace-switcher').inputValue(), teamId);
      assert.equal(await viewer.page.getByRole('link', { name: /New analysis|Start an analysis/ }).count(), 0, 'viewers are offered no New analysis');
      await viewer.screenshot('teams-viewer-history-360');
      await viewer.page.goto(`/findings/${findingId}`);
      await viewer.page.getByTestId('triage-state').filter({ hasText: 'Accepted risk' }).waitFor();
      await viewer.page.getByTestId('triage-not-allowed').waitFor();
      assert.equal(await viewer.page.getByRole('button', { name: 'Save decision' }).count(), 0);
      await viewer.screenshot('teams-viewer-finding-360');
      viewer.allowStatus(`/api/v1/findings/${findingId}`, 403);
      const refused = await callApi(viewer.page, 'PATCH', `/api/v1/findings/${findingId}`, { state: 'fixed', reason: 'x' });
      assert.equal(refused.status, 403, JSON.stringify(refused.body));
      // Dark at 360 px too.
      await viewer.page.emulateMedia({ colorScheme: 'dark' });
      await viewer.page.getByTestId('theme-toggle').click();
      await viewer.screenshot('teams-viewer-finding-360-dark');

      // The viewer's dashboard at 360 px does not scroll sideways.
      await viewer.page.goto(`/w/${teamId}/`);
      await viewer.page.getByTestId('dashboard-recent').waitFor();
      const overflow = await viewer.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the dashboard scrolls sideways by ${overflow}px at 360 px`);
      await viewer.screenshot('teams-dashboard-360');

      // An outsider's link: not theirs, nothing fetched.
      await owner.page.goto(`/w/${personalId}/analyses`);
      await owner.page.getByTestId('history-table').getByRole('link').first().waitFor({ state: 'detached' }).catch(() => {});
      viewer.allowStatus('/api/v1/auth/me', 404);
      await viewer.page.goto(`/w/${personalId}/analyses`);
      await viewer.page.getByTestId('workspace-not-found').waitFor();

      for (const p of all) {
        const problems = await p.problems();
        assert.deepEqual(problems, [], problems.join('\n'));
      }
    } catch (err) {
      for (const [i, p] of all.entries()) await p.screenshot(`teams-failure-${i}`).catch(() => {});
      throw new Error(`${err.message}\n--- server log ---\n${env.server.logs().slice(-4000)}`);
    } finally {
      for (const p of all) await p.close();
    }
  });
});
