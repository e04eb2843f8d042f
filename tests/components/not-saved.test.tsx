// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import NotSaved from '../../src/components/common/NotSaved';

afterEach(cleanup);

describe('NotSaved', () => {
  it('says nothing while the change was saved', () => {
    const { container } = render(<NotSaved reason={null} kept={false} lang="en" />);
    expect(container.textContent).toBe('');
  });

  it('says why, what became of the change and what to do, in the page’s language', async () => {
    render(<NotSaved reason="quota" kept={false} lang="fr" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Non enregistré\u00a0: l’espace de stockage de ce navigateur est plein\. Rien n’a été modifié\. Pour garder vos réponses, téléchargez-les/,
    );
  });

  it('says a kept change lives in this tab', async () => {
    render(<NotSaved reason="other" kept lang="en" />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Not saved: this browser refused to store it. Your changes are kept while this tab stays open.',
    );
  });
});
