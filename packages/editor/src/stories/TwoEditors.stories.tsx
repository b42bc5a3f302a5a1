import type { Meta, StoryObj } from '@storybook/react-vite';
import { Table, type Plan } from '@changemap/core';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ChangemapEditor } from '../components/ChangemapEditor.js';

function smallPlan(id: string, title: string): Plan {
  return {
    id,
    title,
    nodes: Table.fromValues([
      { id: 'v', kind: 'vision', title: `${title}: vision` },
      { id: 'cta', kind: 'callToAction', title: `${title}: call to action`, number: 1 },
    ]),
    edges: Table.fromValues([{ id: 'c1', kind: 'contributesTo', source: 'cta', target: 'v' }]),
    views: {},
  };
}

/**
 * Two editors on one host page, as a developer embedding Changemap twice would have them: each
 * keeps its keys, theme and ids to itself, and the host's own elements keep the host's styles.
 */
const meta = {
  title: 'Embedding/Two editors on one page',
  render: () => (
    <div>
      <button type="button" data-testid="host-button">
        The host's own button
      </button>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <div style={{ height: 600 }} data-testid="first">
          <ChangemapEditor plan={smallPlan('first', 'First')} />
        </div>
        <div style={{ height: 600 }} data-testid="second">
          <ChangemapEditor plan={smallPlan('second', 'Second')} />
        </div>
      </div>
    </div>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const boxCount = (host: HTMLElement) => host.querySelectorAll('.react-flow__node').length;

export const KeysThemeAndIdsStayInside: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const first = page.getByTestId('first');
    const second = page.getByTestId('second');
    await waitFor(() => expect(boxCount(first)).toBeGreaterThan(0));
    await waitFor(() => expect(boxCount(second)).toBeGreaterThan(0));
    const before = boxCount(first);

    // Every id on the page is unique, so each label still names its own field.
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    await expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

    // A box added in the first editor is undone by Ctrl+Z there, never by Ctrl+Z in the second.
    await userEvent.click(within(first).getByRole('button', { name: '+ Add box' }));
    await waitFor(() => expect(boxCount(first)).toBe(before + 1));
    second.querySelector<HTMLElement>('.changemap-editor')!.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(boxCount(first)).toBe(before + 1);
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(boxCount(first)).toBe(before + 1);
    first.querySelector<HTMLElement>('.changemap-editor')!.focus();
    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(boxCount(first)).toBe(before));

    // The theme picked in one editor colours that editor only, and nothing is written to the page or storage.
    await userEvent.selectOptions(within(first).getByLabelText('Colour theme'), 'dark');
    await expect(first.querySelector('.changemap-editor')!.getAttribute('data-theme')).toBe('dark');
    await expect(second.querySelector('.changemap-editor')!.hasAttribute('data-theme')).toBe(false);
    await expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    await expect(localStorage.getItem('changemap:theme')).toBeNull();

    // The editor's stylesheet leaves the host's own button alone.
    const hostButton = getComputedStyle(page.getByTestId('host-button'));
    const editorButton = getComputedStyle(within(first).getByRole('button', { name: '+ Add box' }));
    await expect(editorButton.borderRadius).toBe('6px');
    await expect(hostButton.borderRadius).not.toBe('6px');
  },
};
