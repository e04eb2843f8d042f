// @vitest-environment happy-dom
/**
 * The facilitator's guide as built: in both languages, with every rubric's dimensions, an agenda whose
 * minutes add up and follow the rubric's own items, and no script of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight.mjs';
import type { Guide } from '../../src/lib/schema/guide';
import type { Rubric } from '../../src/lib/schema/rubric';
import { builtPages, dist } from './dist';

/** The rubrics in listing order (src/content/entries.ts, which only the build can import). */
const RUBRIC_ORDER = ['district-office-support', 'coaching-conditions', 'coach-deployment'];

const readYaml = <T>(path: string): T => load(readFileSync(join('src/content', path), 'utf8')) as T;

/** The built page, parsed. */
function guidePage(lang: 'en' | 'fr'): Document {
  const file = join(dist, lang === 'en' ? '' : 'fr', 'guide/index.html');
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the facilitator’s guide', () => {
  it('is built at /guide/ and /fr/guide/', () => {
    const routes = builtPages().map(([route]) => route);
    expect(routes).toEqual(expect.arrayContaining(['/guide/', '/fr/guide/']));
  });

  for (const lang of ['en', 'fr'] as const) {
    describe(lang, () => {
      const page = guidePage(lang);
      const content = readYaml<Guide>(`guide/${lang}.yaml`);

      it('gives each rubric, in order, its own section with its agenda and every dimension’s questions', () => {
        const sections = [...page.querySelectorAll('.guide-rubric')];
        expect(sections.map((s) => s.id)).toEqual(RUBRIC_ORDER.map((id) => `rubric-${id}`));
        for (const id of RUBRIC_ORDER) {
          const rubric = readYaml<Rubric>(`rubrics/${lang}/${id}.yaml`);
          const section = page.getElementById(`rubric-${id}`)!;
          expect(text(section.querySelector('h3'))).toBe(rubric.title);
          const dimensions = [...section.querySelectorAll('.guide-dimension')];
          expect(dimensions.map((d) => text(d.querySelector('h5')))).toEqual(
            rubric.dimensions.map((d, n) => `${n + 1}. ${d.name}`),
          );
          dimensions.forEach((dimension, n) => {
            const asked = content.questions[id]![rubric.dimensions[n]!.id]!;
            expect(dimension.querySelectorAll('li')).toHaveLength(asked.length);
            expect(asked.length).toBeGreaterThanOrEqual(2);
          });
          // Links to the board and the paper rubric of the same rubric, in the page's language.
          const prefix = lang === 'en' ? '' : '/fr';
          const links = [...section.querySelectorAll('.guide-links a')].map((a) => a.getAttribute('href'));
          expect(links).toEqual([`${prefix}/team/${id}/`, `${prefix}/rubric/${id}/`]);
        }
      });

      it('lays out each agenda from the rubric: minutes that add up, one line per dimension, and a clock that runs on', () => {
        for (const id of RUBRIC_ORDER) {
          const rubric = readYaml<Rubric>(`rubrics/${lang}/${id}.yaml`);
          const table = page.querySelector(`#rubric-${id} table.guide-agenda`)!;
          const rows = [...table.querySelectorAll('tbody tr')];
          const minutes = rows.map((row) =>
            Number(row.querySelector('[data-minutes]')!.getAttribute('data-minutes')),
          );
          const total = minutes.reduce((a, b) => a + b, 0);
          expect(Number(table.getAttribute('data-total'))).toBe(total);
          expect(text(table.querySelector('tfoot td:last-child'))).toBe(String(total));
          expect(text(table.querySelector('caption'))).toContain(String(total));
          // The private rating takes the questionnaire's own estimate; each dimension 3 minutes per item.
          expect(minutes).toContain(rubric.minutes);
          for (const dimension of rubric.dimensions) {
            const row = rows.find((r) => text(r.querySelector('th')).includes(dimension.name))!;
            expect(row, dimension.name).toBeDefined();
            expect(Number(row.querySelector('[data-minutes]')!.getAttribute('data-minutes'))).toBe(
              3 * dimension.items.length,
            );
          }
          // Each step starts when the one before ends.
          let clock = 0;
          for (const [r, row] of rows.entries()) {
            expect(text(row.querySelector('td'))).toBe(
              `${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}`,
            );
            clock += minutes[r]!;
          }
        }
      });

      it('says the minutes are the project’s suggestion, and where the protocol comes from', () => {
        const body = text(page.querySelector('.guide'));
        expect(body).toContain(content.agenda.intro.replace(/\s+/g, ' '));
        expect(body).toContain('District Capacity Assessment');
        expect(body).toContain('Tiered Fidelity Inventory');
      });

      it('names the board’s buttons as the board does, with no placeholder left unfilled', () => {
        const body = text(page.querySelector('.guide'));
        expect(body).not.toMatch(/\{[a-zA-Z]+\}/);
        expect(body).toContain(lang === 'en' ? '“Reveal the ratings”' : '« Dévoiler les évaluations »');
        expect(body).toContain(
          lang === 'en' ? '“Only items to discuss”' : '« Seulement les indicateurs à discuter »',
        );
      });

      it('loads no script of its own: only the header’s and the offline support the About page loads too', () => {
        const scripts = (route: string) =>
          (pageWeight(dist, join(dist, route, 'index.html')) as { files: string[] }).files.sort();
        const prefix = lang === 'en' ? '' : 'fr';
        expect(scripts(join(prefix, 'guide'))).toEqual(scripts(join(prefix, 'about')));
      });
    });
  }

  it('is linked from the home page, the About page and every workshop board, in both languages', () => {
    for (const [prefix, pages] of [
      ['', ['', 'about/', ...RUBRIC_ORDER.map((id) => `team/${id}/`)]],
      ['/fr', ['fr/', 'fr/about/', ...RUBRIC_ORDER.map((id) => `fr/team/${id}/`)]],
    ] as const) {
      for (const route of pages) {
        const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
        expect(html, route).toMatch(new RegExp(`href="${prefix}/guide/(#rubric-[a-z-]+)?"`));
      }
    }
  });
});
