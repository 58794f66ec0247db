import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

// The sidebar says whose playground this is; the stories' own theme is the toolbar's.
addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'Chỉ tiêu — playground', brandTarget: '_self' }),
  // One tree in the configured order (storySort). With roots shown, the sidebar lists the
  // top-level pages (Thanh Hóa 2020, Data editor…) before every section, whatever the order says.
  sidebar: { showRoots: false },
});
