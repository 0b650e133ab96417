// Journey: links decide their workspace. A user with a personal and a team
// workspace follows a /w/{team}/ link, then goes back to a personal
// analysis: it opens (in the personal workspace, the header says so), not
// "Analysis not found". Links without a workspace, or naming the wrong one
// of the user's workspaces, open the analysis or finding where it lives.
// The small Flask app uploaded (three files, zipped on a Mac) counts three
// files and mentions nothing skipped.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from '../lib/harness.js';
import { callApi, flaskApp, journey, signUp, switchWorkspace, uploadAndWait, useServer } from '../lib/app.js';

// Three files, zipped by macOS: its Finder adds folder settings (.DS_Store)
// and AppleDouble companions (__MACOSX/._app.py), which are not the code.
const FLASK_APP = {
  'app.py': flaskApp(),
  'requirements.txt': 'flask==3.0.3\n',
  'templates/index.html': '<!doctype html>\n<title>shop</title>\n<p>{{ name }}</p>\n',
  '.DS_Store': '\x00\x00\x00\x01Bud1\x00\x00\x10\x00',
  '__MACOSX/._app.py': '\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ',
};

describe('workspace links', () => {
  const env = useServer();

  it('opens each link in the workspace its analysis or finding belongs to', { timeout: 300_000 }, async () => {
    const { server, browser } = env;
    const p = await newPage(browser, server, { viewport: { width: 1440, height: 900 } });
    const { page } = p;
    const switcher = page.getByTestId('workspace-switcher');
    const showsReport = async () => {
      await page.getByTestId('grade').waitFor();
      assert.equal(await page.getByRole('heading', { name: /not found/i }).count(), 0);
    };
    await journey(server, 'workspace-links', p, async () => {
      await signUp(page, { name: 'Wes Links', email: 'wes@example.com' });
      const personalId = await switcher.inputValue();
      const personal = await uploadAndWait(page, FLASK_APP, { name: 'shop.zip' });

      // Three files analysed, nothing skipped, and no note says otherwise.
      const a = await callApi(page, 'GET', `/api/v1/analyses/${personal}`);
      assert.equal(a.status, 200);
      assert.equal(a.body.files_total, 3, 'the archiver\'s bookkeeping is not counted');
      assert.deepEqual(a.body.notes.filter((n) => /skipped|not analysed/i.test(n)), [], `notes: ${a.body.notes.join(' | ')}`);
      await showsReport();
      assert.equal(await page.getByText(/skipped|not analysed/i).count(), 0, 'the report mentions skipped files');
      await page.getByText('3 files', { exact: true }).waitFor();

      const team = await callApi(page, 'POST', '/api/v1/workspaces', { name: 'Links team' });
      assert.equal(team.status, 201, JSON.stringify(team.body));
      const teamId = team.body.id;
      await page.reload();
      assert.equal(await switchWorkspace(page, 'Links team'), teamId);
      const teamAnalysis = await uploadAndWait(page, { 'app/app.py': flaskApp() }, { name: 'team-app.zip', newPath: `/w/${teamId}/analyses/new` });
      const findings = await callApi(page, 'GET', `/api/v1/analyses/${teamAnalysis}/findings?limit=1`, undefined, { 'X-Vigil-Workspace': teamId });
      const teamFinding = findings.body.items[0].id;

      // Back in the personal workspace, on a personal analysis.
      await switchWorkspace(page, '(personal)');
      await page.goto(`/analyses/${personal}`);
      await showsReport();

      // A shared team link opens in the team, and the header shows it.
      p.allowStatus('/api/v1/analyses/', 404);
      p.allowStatus('/api/v1/findings/', 404);
      await page.goto(`/w/${teamId}/analyses/${teamAnalysis}`);
      await showsReport();
      assert.equal(await switcher.inputValue(), teamId);

      // Back to the personal analysis: it opens, in its workspace.
      await page.goBack();
      await showsReport();
      await page.waitForURL((u) => u.pathname === `/w/${personalId}/analyses/${personal}`);
      assert.equal(await switcher.inputValue(), personalId);
      await p.screenshot('workspace-links-back-personal');

      // A finding link without a workspace opens where the finding lives.
      await page.goto(`/findings/${teamFinding}`);
      await page.waitForURL((u) => u.pathname === `/w/${teamId}/findings/${teamFinding}`);
      await page.getByTestId('triage-state').waitFor();
      assert.equal(await switcher.inputValue(), teamId);

      // A link naming the wrong one of the user's workspaces: corrected.
      await page.goto(`/w/${personalId}/analyses/${teamAnalysis}`);
      await page.waitForURL((u) => u.pathname === `/w/${teamId}/analyses/${teamAnalysis}`);
      await showsReport();
      await p.screenshot('workspace-links-corrected');

      // An analysis in none of the user's workspaces is still "not found".
      await page.goto('/analyses/00000000-0000-4000-8000-000000000000');
      await page.getByRole('heading', { name: 'Analysis not found' }).waitFor();
    });
  });
});
