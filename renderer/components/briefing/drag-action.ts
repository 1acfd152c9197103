import { isEvidenceDrag, writeEvidence, type EvidenceItem } from './evidence-drag';

/** `use:draggableEvidence={item}`: the element can be dragged onto an open briefing. */
export function draggableEvidence(node: HTMLElement, item: EvidenceItem) {
  let current = item;
  node.draggable = true;
  node.dataset.evidence = current.evidence.kind;
  const start = (e: DragEvent) => {
    // The innermost piece of evidence under the pointer wins over an enclosing one.
    if (!e.dataTransfer || isEvidenceDrag(e.dataTransfer)) return;
    writeEvidence(e.dataTransfer, current);
  };
  node.addEventListener('dragstart', start);
  return {
    update(next: EvidenceItem) {
      current = next;
    },
    destroy() {
      node.removeEventListener('dragstart', start);
    },
  };
}
