/** A list of path-named pack errors (at most about a hundred come from a check) and how many more there are. */
import type { MoreErrors } from '@/src/data/errors';
import type { PackError } from '@/src/packs/types';
import { describeMoreErrors, describePackError } from './pack-errors';

/** Past this many the list scrolls (options.css), and a keyboard user can reach it to scroll it. */
const SCROLLS_AFTER = 8;

export function ErrorList({ errors, more }: { errors: PackError[]; more?: MoreErrors }) {
  return (
    <>
      <ul class="error-list" tabIndex={errors.length > SCROLLS_AFTER ? 0 : undefined}>
        {errors.map((e, i) => (
          <li key={i} data-rule={e.rule} data-path={e.path}>
            {describePackError(e)}
          </li>
        ))}
      </ul>
      {more && <p class="more-errors">{describeMoreErrors(more)}</p>}
    </>
  );
}
