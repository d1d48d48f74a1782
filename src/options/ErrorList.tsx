/** A list of path-named pack errors (at most about a hundred come from a check) and how many more there are. */
import type { MoreErrors } from '@/src/data/errors';
import type { PackError } from '@/src/packs/types';
import { describeMoreErrors, describePackError } from './pack-errors';

export function ErrorList({ errors, more }: { errors: PackError[]; more?: MoreErrors }) {
  return (
    <>
      <ul class="error-list">
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
