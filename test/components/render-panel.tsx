/** Helpers for panel component tests in happy-dom: render, type like a user, wait for saves. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComponentChild } from 'preact';

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => render(node, container));
  await settle();
  return container;
}

export async function unmount(container: HTMLElement): Promise<void> {
  await act(() => render(null, container));
  container.remove();
}

/** Let promises and short timers run (storage loads, autosave), then flush renders. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** The input a visible label names, as a user finds it. */
export function byLabel(container: HTMLElement, text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label « ${text} »`);
  const input = container.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!input) throw new Error(`label « ${text} » points at nothing (for=${label.htmlFor})`);
  return input;
}

export function byButton(container: HTMLElement, text: string | RegExp): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) => {
    const name = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof text === 'string' ? name.trim() === text : text.test(name);
  });
  if (!button) throw new Error(`no button « ${String(text)} »`);
  return button;
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  await act(() => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
}

/** Messages the input's aria-describedby points at. */
export function describedBy(container: HTMLElement, input: HTMLElement): HTMLElement[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const found = container.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!found) throw new Error(`aria-describedby points at a missing #${id}`);
    return found;
  });
}
