/** A click on an option leaves the focus on its listbox (the one tab stop), not on the option. */
export function keepListFocus(e: MouseEvent): void {
  e.preventDefault();
  (e.currentTarget as HTMLElement).closest<HTMLElement>('[role="listbox"]')?.focus();
}
