import { renderToString } from 'react-dom/server';
import { App, type PageTheme } from './App';

/** The server half of the SSR page: markup the client hydrates. */
export function render(theme: PageTheme): string {
  return renderToString(<App theme={theme} />);
}
