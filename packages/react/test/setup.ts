import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// React's act() warns unless the environment declares itself an act environment (the
// hydration test drives React directly, without Testing Library's render).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  cleanup();
});
