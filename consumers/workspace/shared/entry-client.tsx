import '@chitieu/react/styles.css';
import './page.css';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

declare global {
  interface Window {
    chitieuRecoverableErrors: string[];
  }
}

window.chitieuRecoverableErrors = [];
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const theme = document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
hydrateRoot(root, <App theme={theme} />, {
  // Hydration mismatches are recoverable errors: the page test fails on any of them.
  onRecoverableError(error) {
    window.chitieuRecoverableErrors.push(error instanceof Error ? error.message : String(error));
    console.error(error);
  },
});
