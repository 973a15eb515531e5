// Storybook for <relations-timeline>: `npm run storybook`, `npm run build-storybook`
// (to storybook-static/). Stories live in stories/ and are also run as tests
// (test/stories.test.ts).
import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // No telemetry, no what's-new notifications.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
};

export default config;
