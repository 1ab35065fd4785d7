import { useViewportTick } from './usePointing';

/** Boxes over the page: the element under the pointer, and every element the focused step's selector matches. */
export function Outlines({ hovered, matches }: { hovered: Element | null; matches: Element[] }) {
  useViewportTick();
  const box = (el: Element, className: string, key: number | string) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return null;
    return <div key={key} className={className} style={{ top: r.top, left: r.left, width: r.width, height: r.height }} />;
  };
  return (
    <div className="dp-outlines" aria-hidden="true">
      {matches.slice(0, 300).map((el, i) => box(el, 'dp-match', i))}
      {hovered && box(hovered, 'dp-hover', 'hover')}
      {hovered && (
        <div className="dp-hover-label" data-testid="picker-hover" style={{ top: Math.max(0, hovered.getBoundingClientRect().top - 20), left: hovered.getBoundingClientRect().left }}>
          {describe(hovered)}
        </div>
      )}
    </div>
  );
}

/** "div#conv-layout.conv-type-email": enough for the manager to tell what the arrow keys reached. */
export function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = Array.from(el.classList).slice(0, 2).map((c) => `.${c}`).join('');
  return `${el.tagName.toLowerCase()}${id}${classes}`;
}
