/** Keys of a one-tab-stop list: j/k or arrows move, Home/End jump, Page keys move by ten, Enter opens. */
export interface ListKeys {
  cursor: number;
  count: number;
  move(to: number): void;
  open(index: number): void;
}

/** The parts of a keyboard event the list reads. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  preventDefault(): void;
}

/** Handle a key on a listbox; returns true (and stops the browser's default) when the key meant something. */
export function listboxKey(e: KeyPress, list: ListKeys): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const steps: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 };
  let handled = true;
  if (e.key in steps) list.move(list.cursor + steps[e.key]!);
  else if (e.key === 'Home') list.move(0);
  else if (e.key === 'End') list.move(list.count - 1);
  else if (e.key === 'Enter' || e.key === ' ') {
    if (list.count > 0) list.open(list.cursor);
  } else handled = false;
  if (handled) e.preventDefault();
  return handled;
}

/** The DOM id of the option for an article, shared by the list and the search hits. */
export const optionId = (articleId: number) => `article-option-${articleId}`;
