/**
 * The first tab stop of the editor: “Skip to diagram” takes the keyboard past the toolbar and the
 * outline straight to a box on the canvas — the selected one, else the first one in sight — from
 * where Tab moves box to box (React Flow pans to a focused box that is out of sight).
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#"
      onClick={(event) => {
        event.preventDefault();
        focusDiagram(event.currentTarget.closest('.changemap-editor'));
      }}
    >
      Skip to diagram
    </a>
  );
}

function focusDiagram(editor: Element | null): void {
  const canvas = editor?.querySelector<HTMLElement>('.canvas');
  if (!canvas) return;
  const boxes = [...canvas.querySelectorAll<HTMLElement>('.react-flow__node')];
  const area = canvas.getBoundingClientRect();
  const inSight = (box: HTMLElement) => {
    const r = box.getBoundingClientRect();
    return r.right > area.left && r.left < area.right && r.bottom > area.top && r.top < area.bottom;
  };
  const target = boxes.find((box) => box.classList.contains('selected')) ?? boxes.find(inSight) ?? boxes[0];
  if (target) {
    target.focus();
    return;
  }
  // An empty view: the canvas itself takes the keyboard (its zoom and pan keys).
  const flow = canvas.querySelector<HTMLElement>('.react-flow') ?? canvas;
  flow.tabIndex = -1;
  flow.focus();
}
