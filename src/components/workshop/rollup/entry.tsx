/** The roll-up with one language's words bound in; ./en.tsx and ./fr.tsx make one each, loaded on demand. */
import type { RollupUi } from '../../../i18n/rollup-en';
import type { Workshop } from '../../../lib/workshop';
import { anonymised, exportWorkshopJson, workshopFileName } from '../../../lib/workshop/file';
import { downloadText } from '../../common/download';
import RollupView, { type RollupProps } from './RollupView';

export function rollupEntry(text: RollupUi) {
  return {
    View: (props: RollupProps) => <RollupView {...props} text={text} />,
    /** Downloads the workshop file; in anonymous mode without names, schools numbered in `text`'s words. */
    downloadWorkshop: (workshop: Workshop, rubricTitle: string) => {
      const shared = workshop.anonymous ? anonymised(workshop, text.anonymousSchool) : workshop;
      downloadText(
        exportWorkshopJson(shared, rubricTitle),
        workshopFileName(workshop.rubric),
        'application/json',
      );
    },
  };
}
