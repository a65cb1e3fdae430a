/** Euro amounts compared to the cent: 41 × 4 = 164.00 whatever the float dust. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

// Thousands separator for short amounts only (digits of a euro amount, never document text).
const thousands = /\B(?=(\d{3})+(?!\d))/g;

/** "1 234,50 €" for messages. */
export function euros(amount: number): string {
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
  return `${fixed.replace(thousands, '\u202f')} €`;
}
