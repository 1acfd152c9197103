/**
 * A word trie for gazetteer phrases, keyed on normalised token keys. Most nodes of a name trie have one child: it is
 * kept inline, and a Map is made only for a second one (tens of thousands of phrases stay small in memory).
 */
export interface TrieNode<T> {
  key: string | null;
  child: TrieNode<T> | null;
  next: Map<string, TrieNode<T>> | null;
  entries: T[] | null;
}

export function newNode<T>(): TrieNode<T> {
  return { key: null, child: null, next: null, entries: null };
}

export function childOf<T>(node: TrieNode<T>, key: string): TrieNode<T> | undefined {
  if (node.next) return node.next.get(key);
  return node.key === key ? node.child! : undefined;
}

function addChild<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  const child = newNode<T>();
  if (node.next) node.next.set(key, child);
  else if (node.key === null) {
    node.key = key;
    node.child = child;
  } else {
    node.next = new Map([[node.key, node.child!]]);
    node.next.set(key, child);
    node.key = null;
    node.child = null;
  }
  return child;
}

/** The node for a phrase's keys, made when missing. */
export function nodeFor<T>(root: TrieNode<T>, keys: string[]): TrieNode<T> {
  let node = root;
  for (const key of keys) node = childOf(node, key) ?? addChild(node, key);
  return node;
}

/** How many nodes hold at least one entry (distinct phrases). */
export function countPhrases<T>(root: TrieNode<T>): number {
  let phrases = 0;
  const stack: TrieNode<T>[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.entries) phrases += 1;
    if (node.next) stack.push(...node.next.values());
    else if (node.child) stack.push(node.child);
  }
  return phrases;
}
