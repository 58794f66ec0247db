import type { Extracted, Reading, Statement } from '@chitieu/core/extract';
import { type ReactNode, useId, useState } from 'react';
import { usePlaygroundGlobals, useT } from '../globals';
import {
  doubtText,
  type Locale,
  showChange,
  showCompletion,
  showDensity,
  showQuantity,
  showRank,
  unreadText,
} from './format';

/**
 * A field with how sure its reading is: certain fields show their value; an uncertain one is
 * marked by a word and a sign (never by colour alone) with the reason in the reader's language.
 */
function Field<T>(props: {
  readonly field: Extracted<T> | undefined;
  readonly show: (value: T) => string;
  readonly locale: Locale;
}): ReactNode {
  const t = useT();
  const { field } = props;
  if (!field) return '—';
  const uncertain = field.confidence === 'uncertain';
  return (
    <span data-confidence={field.confidence ?? 'certain'}>
      {props.show(field.value)}
      {uncertain && field.doubt ? (
        <span className="pg-muted" data-testid="doubt">
          {' '}
          <span aria-hidden="true">⚠︎</span> {t({ vi: 'chưa chắc', en: 'uncertain' })}:{' '}
          {doubtText(field.doubt, props.locale)}
        </span>
      ) : null}
    </span>
  );
}

/** The raw reading of a statement (canonical values, rules, spans), behind a disclosure button. */
function Raw(props: { readonly s: Statement }): ReactNode {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { s } = props;
  const fields: [string, Extracted<unknown> | undefined][] = [
    ['kind', s.kind],
    ['value', s.value],
    ['completion', s.completion],
    ...s.changes.map((c, i): [string, Extracted<unknown>] => [`changes[${i}]`, c]),
    ['density', s.density],
    ['rank', s.rank],
    ['period', s.period],
    ['stage', s.stage],
  ];
  return (
    <div>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t({ vi: 'Số liệu gốc', en: 'Raw values' })}
      </button>
      <dl id={id} hidden={!open} className="pg-muted pg-raw" data-testid="raw">
        {fields
          .filter((f): f is [string, Extracted<unknown>] => f[1] !== undefined)
          .map(([name, f]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <code>{JSON.stringify((f.value as { base?: string } | undefined)?.base ?? f.value)}</code> · {f.rule} ·{' '}
                {f.confidence ?? 'certain'}
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

/**
 * The statements read, in the reader's locale (`3.630 tỷ đồng`, `100,6%`; `3,630 billion VND`,
 * `100.6%`), numbered from 1, each field with its confidence, every unread part with its reason,
 * and the raw values one click away.
 */
export function StatementTable(props: { readonly reading: Reading }): ReactNode {
  const t = useT();
  const { locale } = usePlaygroundGlobals();
  const rows = props.reading.statements;
  const label = {
    name: t({ vi: 'Tên', en: 'Name' }),
    kind: t({ vi: 'Loại', en: 'Kind' }),
    period: t({ vi: 'Kỳ', en: 'Period' }),
    value: t({ vi: 'Giá trị', en: 'Value' }),
    completion: t({ vi: 'Hoàn thành', en: 'Completion' }),
    changes: t({ vi: 'So sánh', en: 'Changes' }),
    unread: t({ vi: 'Chưa đọc được', en: 'Not read' }),
  };
  return (
    <table className="pg-table pg-table--stack" data-testid="statements">
      <caption>{t({ vi: `${rows.length} chỉ tiêu đọc được`, en: `${rows.length} statements read` })}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{label.name}</th>
          <th scope="col">{label.kind}</th>
          <th scope="col">{label.period}</th>
          <th scope="col">{label.value}</th>
          <th scope="col">{label.completion}</th>
          <th scope="col">{label.changes}</th>
          <th scope="col">{label.unread}</th>
          <th scope="col">{t({ vi: 'Gốc', en: 'Raw' })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.index}>
            <th scope="row">{s.index + 1}</th>
            <td data-label={label.name}>
              {s.fullName?.value ?? s.name?.value ?? '—'}
              {s.parent ? ` (⊂ #${s.parent.value + 1})` : ''}
            </td>
            <td data-label={label.kind}>
              <Field
                field={s.kind}
                show={(k) =>
                  k === 'target' ? t({ vi: 'mục tiêu', en: 'target' }) : t({ vi: 'thực hiện', en: 'actual' })
                }
                locale={locale}
              />
            </td>
            <td data-label={label.period}>
              <Field field={s.period} show={(p) => String(p)} locale={locale} />
            </td>
            <td data-label={label.value}>
              <Field field={s.value} show={(q) => showQuantity(q, locale)} locale={locale} />
              {s.stage?.value === 'estimate' ? t({ vi: ' (ước)', en: ' (est.)' }) : ''}
              {s.density ? (
                <div data-testid="density">
                  {t({ vi: 'mật độ ', en: 'density ' })}
                  <Field field={s.density} show={(d) => showDensity(d, locale)} locale={locale} />
                </div>
              ) : null}
            </td>
            <td data-label={label.completion}>
              <Field field={s.completion} show={(c) => showCompletion(c, locale)} locale={locale} />
            </td>
            <td data-label={label.changes}>
              {s.changes.length === 0 && !s.rank ? (
                '—'
              ) : (
                <ul className="pg-stack" style={{ margin: 0, paddingInlineStart: '1rem' }}>
                  {s.changes.map((c) => (
                    <li key={c.span.start}>
                      <Field field={c} show={(v) => showChange(v, locale)} locale={locale} />
                    </li>
                  ))}
                  {/* a stated rank compares with peers: under the changes, as the Scorecard shows it */}
                  {s.rank ? (
                    <li data-testid="rank">
                      <Field field={s.rank} show={(r) => showRank(r, locale)} locale={locale} />
                    </li>
                  ) : null}
                </ul>
              )}
            </td>
            <td data-label={label.unread} data-testid="unread">
              {s.unread.length === 0 ? (
                '—'
              ) : (
                <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                  {s.unread.map((u) => (
                    <li key={`${u.what}-${u.span.start}-${u.reason}`}>
                      {u.span.text && u.span.text.length <= 40 ? <q>{u.span.text}</q> : null} {unreadText(u, locale)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <Raw s={s} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
