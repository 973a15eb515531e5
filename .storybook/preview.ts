// Args, controls and the docs page come from the Custom Elements Manifest
// (custom-elements.json, `npm run analyze`), i.e. from the element's JSDoc.
import {setCustomElementsManifest, type Preview} from '@storybook/web-components-vite';
import {withActions} from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';

interface Named {
  name: string;
  type?: {text: string};
}

/**
 * Storybook keys argTypes by name alone, so two fixes for its tables: parts
 * are named `::part(x)` (the `lanes` and `heading` parts would otherwise
 * replace the `lanes` and `heading` attributes), and optional types lose
 * `| undefined` (so that `string | undefined` gets a text control).
 */
function forStorybook(source: typeof manifest): unknown {
  const copy = structuredClone(source) as {modules: {declarations?: Record<string, unknown>[]}[]};
  for (const declaration of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const part of (declaration.cssParts ?? []) as Named[]) part.name = `::part(${part.name})`;
    for (const list of ['attributes', 'members'] as const) {
      for (const item of (declaration[list] ?? []) as Named[]) {
        if (item.type) item.type = {text: item.type.text.replace(/\s*\|\s*undefined$/, '')};
      }
    }
  }
  return copy;
}

setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    controls: {expanded: true},
    // The element's events in the Actions panel.
    actions: {handles: ['timeline-load', 'timeline-error', 'timeline-select', 'timeline-rangechange']},
    // addon-a11y: axe on every story; violations fail the story's test run.
    a11y: {test: 'error'},
  },
};

export default preview;
