import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import KubernetesPanel from '../../../src/ui/workbench/KubernetesPanel.svelte';

// Monaco cannot run in jsdom: a fake view that keeps its text in the container
vi.mock('../../../src/editor/ReadOnlyView', () => ({
  ReadOnlyView: class {
    readonly #el: HTMLElement;
    constructor(container: HTMLElement, options: { text: string; ariaLabel: string }) {
      this.#el = document.createElement('textarea');
      this.#el.setAttribute('aria-label', options.ariaLabel);
      (this.#el as HTMLTextAreaElement).value = options.text;
      (this.#el as HTMLTextAreaElement).readOnly = true;
      container.append(this.#el);
    }
    setText(text: string) {
      (this.#el as HTMLTextAreaElement).value = text;
    }
    dispose() {
      this.#el.remove();
    }
  },
}));

afterEach(() => cleanup());

describe('the Kubernetes tab', { timeout: 30_000 }, () => {
  it('translates the scenario’s service, with the YAML, the mapping table and the concept map', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    render(KubernetesPanel, { session });
    expect(screen.getByLabelText('Translate')).toHaveDisplayValue(/^service web-svc/);
    expect(screen.getByText('Kubernetes objects: Deployment, Service')).toBeInTheDocument();
    const yaml = await waitFor(() => screen.getByRole('textbox', { name: 'Kubernetes YAML, read-only' }), {
      timeout: 10_000,
    });
    expect((yaml as HTMLTextAreaElement).value).toMatch(/kind: Deployment[\s\S]*type: LoadBalancer/);
    expect(screen.getByRole('table', { name: /Field by field/ })).toHaveTextContent('resources.requests.cpu');
    expect(screen.getByRole('heading', { name: 'Concept map' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'When each fits' })).toHaveTextContent('Control-plane fee');
  });

  it('switches to a task definition on its own (a Pod), and opens and closes the wide view with the keyboard', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    render(KubernetesPanel, { session });
    const select = screen.getByLabelText('Translate') as HTMLSelectElement;
    const td = [...select.options].find((o) => o.text.startsWith('task definition'))!;
    await fireEvent.change(select, { target: { value: td.value } });
    expect(screen.getByText('Kubernetes objects: Pod')).toBeInTheDocument();
    const wide = screen.getByRole('button', { name: 'Wide view' });
    await fireEvent.click(wide);
    expect(screen.getByRole('button', { name: /Back to the column/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await fireEvent.keyDown(screen.getByRole('button', { name: /Back to the column/ }), { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Wide view' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says there is nothing to translate in an empty account', () => {
    render(KubernetesPanel, { session: new Session(findScenario('empty')!) });
    expect(screen.getByText(/Nothing to translate yet/)).toBeInTheDocument();
  });
});
