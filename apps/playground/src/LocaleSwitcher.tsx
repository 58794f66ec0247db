import { ChitieuProvider } from '@chitieu/react';
import { type ReactNode, useId, useState } from 'react';
import { type PlaygroundLocale, usePlaygroundGlobals } from './globals';

/**
 * A locale switch inside the story, for interaction tests (the toolbar lives outside the
 * story's frame). Everything below it follows the chosen locale.
 */
export function LocaleSwitcher(props: {
  readonly children: ReactNode;
  readonly initial?: PlaygroundLocale;
}): ReactNode {
  const globals = usePlaygroundGlobals();
  const [locale, setLocale] = useState<PlaygroundLocale>(props.initial ?? globals.locale);
  const name = useId();
  return (
    <div className="pg-stack">
      <fieldset className="pg-toolbar pg-fieldset">
        <legend>Ngôn ngữ / Language</legend>
        {(
          [
            ['vi', 'Tiếng Việt'],
            ['en', 'English'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={locale === value}
              onChange={() => setLocale(value)}
            />{' '}
            <span lang={value}>{label}</span>
          </label>
        ))}
      </fieldset>
      <div lang={locale}>
        <ChitieuProvider locale={locale}>{props.children}</ChitieuProvider>
      </div>
    </div>
  );
}
