import { render, screen } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import LazyPanel from '../../src/ui/LazyPanel.svelte';
import Greeting from './fixtures/Greeting.svelte';

describe('LazyPanel', () => {
  it('shows a loading line, then the loaded component with its props', async () => {
    render(LazyPanel, {
      props: {
        // render() cannot infer the panel's generic props, so the loaded component is widened here
        load: async () => ({ default: Greeting as unknown as Component<Record<string, unknown>> }),
        what: 'the greeting',
        props: { name: 'ECS' },
      },
    });
    expect(screen.getByText('Loading the greeting…')).toBeInTheDocument();
    expect(await screen.findByText('Hello ECS')).toBeInTheDocument();
  });

  it('says clearly what could not be loaded and what to do', async () => {
    render(LazyPanel, {
      props: {
        load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
        what: 'the console',
        props: {},
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The console could not be loaded (Failed to fetch dynamically imported module)',
    );
    expect(alert).toHaveTextContent('Reload the page to try again.');
  });
});
