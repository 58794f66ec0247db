import type { DerivedFigure } from '@chitieu/core/view';
import type { ReactElement } from 'react';
import type { Messages } from './messages';
import { FigureText } from './runs';

/**
 * A figure the report never stated, shown as derived: `≈ 3.608`, with the interval its printed
 * source allows in the tooltip and the accessible name. Which target is derived, and its
 * description, come from the view layer (`derivedTarget` of `@chitieu/core/view`).
 * @internal
 */
export { type DerivedFigure, derivedTarget } from '@chitieu/core/view';

/**
 * A value marked as derived: `≈` before it, the interval as its tooltip, and the whole
 * description in its accessible text. @internal
 */
export function DerivedValue(props: {
  readonly text: string;
  readonly figure: DerivedFigure;
  readonly m: Messages;
}): ReactElement {
  const { text, figure, m } = props;
  return (
    <span className="ct-derived" title={figure.description} data-derived="">
      <span aria-hidden="true">
        <abbr className="ct-derived__mark" title={m.derived}>
          ≈
        </abbr>
        {'\u00a0'}
        <FigureText text={text} />
      </span>
      <span className="ct-sr-only">{`≈ ${text}, ${figure.description}`}</span>
    </span>
  );
}
