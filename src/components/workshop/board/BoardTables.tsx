import type { Lang } from '../../../i18n/ui';
import type { Rubric } from '../../../lib/schema/rubric';
import type { BoardView } from '../../../lib/views/board';
import type { Workshop } from '../../../lib/workshop';
import { LevelLegend } from './BoardParts';
import { DimensionTable } from './DimensionTable';

export interface BoardTablesProps {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  view: BoardView;
  roles: { key: string; label: string }[];
  onlyDiscuss: boolean;
  lang: Lang;
}

/**
 * The revealed board: the level names, then every dimension's table. Loaded in the background while the
 * ratings are still hidden (see ../BoardSection.tsx), so the board's first script does not carry it.
 */
export default function BoardTables({
  rubricId,
  rubric,
  workshop,
  view,
  roles,
  onlyDiscuss,
  lang,
}: BoardTablesProps) {
  return (
    <>
      <p class="board-legend">
        <LevelLegend rubric={rubric} lang={lang} />
      </p>
      {rubric.dimensions.map((dimension, i) => (
        <div class="board-scroll" key={dimension.id}>
          <DimensionTable
            rubricId={rubricId}
            rubric={rubric}
            dimension={dimension}
            index={i + 1}
            aggregate={view.aggregate.dimensions[i]!}
            consensus={workshop.consensus}
            agreedScore={view.agreed[i]}
            roles={roles}
            onlyDiscuss={onlyDiscuss}
            projector={false}
            lang={lang}
            caption={`${i + 1}. ${dimension.name}`}
          />
        </div>
      ))}
    </>
  );
}
