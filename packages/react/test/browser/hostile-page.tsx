import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { garbageIn, hostileCases } from '../hostile-cases';

/**
 * Chromium page: each hostile case renders into its own root inside a host section that also
 * holds a sibling paragraph. A crash would unmount the root (React removes a tree that throws)
 * and report an uncaught error; the results say, per case, whether the sibling and the
 * component are still there and what garbage the DOM shows.
 */
interface CaseResult {
  readonly name: string;
  readonly siblingRendered: boolean;
  readonly componentRendered: boolean;
  readonly alerts: number;
  readonly garbage: string[];
}

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));

const host = document.getElementById('host') as HTMLElement;
const results: CaseResult[] = [];
for (const [name, element] of hostileCases()) {
  const section = document.createElement('section');
  const sibling = document.createElement('p');
  sibling.dataset.sibling = '';
  sibling.textContent = 'Nội dung trang chủ';
  const mount = document.createElement('div');
  section.append(sibling, mount);
  host.append(section);
  const root = createRoot(mount, { onUncaughtError: (error) => errors.push(`${name}: ${String(error)}`) });
  try {
    flushSync(() => root.render(element()));
  } catch (error) {
    errors.push(`${name}: ${String(error)}`);
  }
  results.push({
    name,
    siblingRendered: section.contains(sibling) && sibling.isConnected,
    componentRendered: mount.childElementCount > 0,
    alerts: mount.querySelectorAll('[role="alert"]').length,
    garbage: garbageIn(mount),
  });
}
(window as unknown as { __results: unknown }).__results = { results, errors };
