/**
 * Marks the moment findings reach the screen, so the e2e run can measure keystroke → painted
 * finding: `paraphe:input` is marked on input, this after the next frame is painted.
 */
import { useLayoutEffect } from 'preact/hooks';

export function useFindingsPainted(dependency: unknown): void {
  useLayoutEffect(() => {
    if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return;
    const frame = requestAnimationFrame(() => performance.mark('paraphe:findings-painted'));
    return () => cancelAnimationFrame(frame);
  }, [dependency]);
}

export function markInput(): void {
  if (typeof performance !== 'undefined') performance.mark('paraphe:input');
}
