import { figureParts, phraseParts } from '@chitieu/core/view';
import { Fragment, type ReactElement } from 'react';
import { cx } from './class-names';

/**
 * Text drawn as runs that never break inside (`white-space: nowrap`), with a `<wbr>` between
 * two runs: the only places a line may break. `<wbr>` adds no text, so the figure copied or read
 * aloud is the text unchanged. @internal
 */
function Runs(props: { readonly parts: readonly string[]; readonly className: string }): ReactElement {
  const { parts, className } = props;
  return (
    <span className={className}>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one text never reorder
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          <span className="ct-run">{part}</span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * A figure with its unit (`987.654.321.098.765.432.109.876 đồng`, `1,800,000 subscribers`): a
 * long number wraps only at its group boundaries and keeps its last group with the unit; a short
 * number stays whole and its unit may move, whole, to the next line (the view layer's
 * `figureParts`). @internal
 */
export function FigureText(props: { readonly text: string; readonly className?: string }): ReactElement {
  const parts = figureParts(props.text);
  if (parts.length <= 1) return <span className={cx('ct-num', props.className)}>{props.text}</span>;
  return <Runs parts={parts} className={cx('ct-num ct-num--runs', props.className)} />;
}

/** A phrase that breaks between words, never beside a number (`tăng 51 lần so với năm 2019`). @internal */
export function PhraseText(props: { readonly text: string; readonly className?: string }): ReactElement {
  return <Runs parts={phraseParts(props.text)} className={cx('ct-phrase', props.className)} />;
}
