import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/ui';
import type { RubricFile } from '../../src/lib/content-checks';
import { agendaFor, clockOffset } from '../../src/lib/guide/agenda';
import { guideProblems, type GuideFile } from '../../src/lib/guide/checks';
import { GUIDE_PLACEHOLDERS, isSitePage, segmentsOf } from '../../src/lib/guide/text';
import { guideSchema, type Guide } from '../../src/lib/schema/guide';
import { rubricSchema } from '../../src/lib/schema/rubric';
import { smallRubric } from '../fixtures';

const root = join(import.meta.dirname, '../../src/content');
const readYaml = (path: string): unknown => load(readFileSync(join(root, path), 'utf8'));

const rubricFile = (lang: string): RubricFile => ({
  file: `src/content/rubrics/${lang}/small.yaml`,
  lang,
  id: 'small',
  data: smallRubric,
});

/** A guide for smallRubric: two questions on each dimension. */
const guide: Guide = {
  title: 'Guide',
  description: 'A guide.',
  lead: 'How to run it.',
  origin: { heading: 'Origin', paragraphs: ['Our own, see the [About page](/about/).'] },
  before: {
    heading: 'Before',
    invite: { heading: 'Invite', entries: [{ name: 'Principals', text: 'They see the schools.' }] },
    roles: { heading: 'Roles', entries: [{ name: 'Facilitator', text: 'Does not vote.' }] },
    decision: { heading: 'Rule', entries: [{ name: 'Consensus', text: 'Everyone can accept it.' }] },
    prepare: { heading: 'Prepare', points: ['The board.'] },
  },
  during: { heading: 'During', steps: [{ name: 'Reveal', text: 'Press {reveal}.' }] },
  debrief: { heading: 'Debrief', points: ['What surprised us?'] },
  privacy: { heading: 'Privacy', points: ['It stays here.'] },
  agenda: {
    intro: 'A suggestion.',
    steps: [
      { kind: 'fixed', label: 'Open', minutes: 10 },
      { kind: 'rate', label: 'Rate' },
      { kind: 'dimensions', label: 'Discuss {dimension}', minutesPerItem: 3 },
      { kind: 'fixed', label: 'Debrief', minutes: 15 },
    ],
  },
  questionsIntro: 'Questions.',
  questions: {
    small: {
      a: [
        { text: 'About a1?', items: ['a1'] },
        { text: 'About a2 and a3?', items: ['a2', 'a3'] },
      ],
      b: [
        { text: 'About b1?', items: ['b1'] },
        { text: 'How many schools?', items: ['schools'] },
      ],
    },
  },
  credits: { heading: 'Credits', paragraphs: ['The works below.'] },
};

const fileOf = (lang: string, data: Guide): GuideFile => ({
  file: `src/content/guide/${lang}.yaml`,
  lang,
  data,
});
const edited = (edit: (copy: Guide) => void): Guide => {
  const copy = structuredClone(guide);
  edit(copy);
  return copy;
};
const problems = (...guides: GuideFile[]) =>
  guideProblems(guides, [rubricFile('en'), rubricFile('fr')], GUIDE_PLACEHOLDERS);

describe('guideProblems', () => {
  it('finds nothing when every dimension has questions in every language', () => {
    expect(problems(fileOf('en', guide), fileOf('fr', guide))).toEqual([]);
  });

  it('names a dimension left without questions, and one with too few', () => {
    const fr = edited((g) => {
      delete g.questions.small!.a;
      g.questions.small!.b!.pop();
    });
    expect(problems(fileOf('en', guide), fileOf('fr', fr))).toEqual([
      'src/content/guide/fr.yaml → questions.small.a: has no questions for “Dimension a”; every dimension needs at least 2',
      'src/content/guide/fr.yaml → questions.small.b: has 1 question for “Dimension b”; every dimension needs at least 2',
      'src/content/guide/fr.yaml → questions.small.b: has 1 question, but src/content/guide/en.yaml has 2',
    ]);
  });

  it('names a language without a guide', () => {
    expect(problems(fileOf('en', guide))).toEqual([
      'src/content/guide/fr.yaml: is missing: every language needs the facilitator’s guide',
    ]);
  });

  it('names a question about an item of another dimension, an unknown rubric and an unknown dimension', () => {
    const en = edited((g) => {
      g.questions.small!.a![0]!.items = ['b1'];
      g.questions.small!.c = [];
      g.questions.other = {};
    });
    expect(guideProblems([fileOf('en', en)], [rubricFile('en')], GUIDE_PLACEHOLDERS)).toEqual([
      'src/content/guide/en.yaml → questions.small.a.0.items: names "b1", which is not an item of “Dimension a”',
      'src/content/guide/en.yaml → questions.small.c: is not a dimension of small',
      'src/content/guide/en.yaml → questions.other: is not a rubric (rubrics: small)',
    ]);
  });

  it('names a translation that asks about other items or times the agenda otherwise', () => {
    const fr = edited((g) => {
      g.questions.small!.a![1]!.items = ['a3'];
      const step = g.agenda.steps[0]!;
      if (step.kind === 'fixed') step.minutes = 5;
    });
    expect(problems(fileOf('en', guide), fileOf('fr', fr))).toEqual([
      'src/content/guide/fr.yaml → agenda.steps.0: takes 5 minutes, but src/content/guide/en.yaml takes 10 minutes there',
      'src/content/guide/fr.yaml → questions.small.a.1.items: is [a3], but src/content/guide/en.yaml has [a2, a3] there',
    ]);
  });

  it('names an unknown placeholder, a link to no page, and a dimension step that does not name its dimension', () => {
    const en = edited((g) => {
      g.during.steps[0]!.text = 'Press {revealButton}, then read [the plan](/plans/).';
      g.agenda.steps[2]!.label = 'Discuss';
    });
    expect(problems(fileOf('en', en), fileOf('fr', guide))).toEqual([
      'src/content/guide/en.yaml → agenda.steps.2.label: needs {dimension}, or every dimension’s step would read the same',
      `src/content/guide/en.yaml → during.steps.0.text: has {revealButton}, which is not one of {${GUIDE_PLACEHOLDERS.join('}, {')}}`,
      'src/content/guide/en.yaml → during.steps.0.text: links to /plans/, which is not a page of the site',
    ]);
  });
});

describe('agendaFor', () => {
  it('gives rating the rubric’s own minutes and each dimension minutes per item, in order', () => {
    const { rows, total } = agendaFor(smallRubric, guide.agenda.steps);
    expect(rows).toEqual([
      { label: 'Open', start: 0, minutes: 10 },
      { label: 'Rate', start: 10, minutes: 5 },
      { label: 'Discuss Dimension a', start: 15, minutes: 9, dimension: { id: 'a', items: 3 } },
      { label: 'Discuss Dimension b', start: 24, minutes: 12, dimension: { id: 'b', items: 4 } },
      { label: 'Debrief', start: 36, minutes: 15 },
    ]);
    expect(total).toBe(51);
  });

  it('writes minutes as a clock offset from the start', () => {
    expect([0, 5, 60, 95].map(clockOffset)).toEqual(['0:00', '0:05', '1:00', '1:35']);
  });
});

describe('segmentsOf', () => {
  it('fills placeholders and cuts out links, leaving unknown placeholders as written', () => {
    expect(
      segmentsOf('Press “{reveal}”, then add it to [the {plan}](/plan/). {other}', {
        reveal: 'Reveal',
        plan: 'plan',
      }),
    ).toEqual([
      { text: 'Press “Reveal”, then add it to ' },
      { text: 'the plan', href: '/plan/' },
      { text: '. {other}' },
    ]);
  });

  it('knows the site’s pages and each rubric’s', () => {
    expect(isSitePage('/plan/', ['small'])).toBe(true);
    expect(isSitePage('/team/small/', ['small'])).toBe(true);
    expect(isSitePage('/team/other/', ['small'])).toBe(false);
    expect(isSitePage('/secret/', ['small'])).toBe(false);
  });
});

describe('the guide content files', () => {
  const rubrics = languages.flatMap((lang) =>
    readdirSync(join(root, 'rubrics', lang))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({
        id: name.replace(/\.yaml$/, ''),
        lang,
        file: `src/content/rubrics/${lang}/${name}`,
        data: rubricSchema.parse(readYaml(`rubrics/${lang}/${name}`)),
      })),
  );
  const guides = languages.map((lang) => {
    const parsed = guideSchema.safeParse(readYaml(`guide/${lang}.yaml`));
    return { lang, parsed };
  });

  for (const { lang, parsed } of guides)
    it(`guide/${lang}.yaml matches the guide schema`, () => {
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

  it('asks questions about every dimension of every rubric, in both languages, about the same items', () => {
    const files = guides.flatMap(({ lang, parsed }) =>
      parsed.success ? [{ lang, file: `src/content/guide/${lang}.yaml`, data: parsed.data }] : [],
    );
    expect(files).toHaveLength(languages.length);
    expect(guideProblems(files, rubrics, GUIDE_PLACEHOLDERS)).toEqual([]);
  });
});
