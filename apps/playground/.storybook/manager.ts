import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

// The sidebar says whose playground this is; the stories' own theme is the toolbar's.
addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'Chỉ tiêu — playground', brandTarget: '_self' }),
});
