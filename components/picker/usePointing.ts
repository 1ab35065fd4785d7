import { useEffect, useState } from 'react';

/** Deskmate's own nodes (panel, picker, masks) are never offered as targets. */
const OWN = 'deskmate-panel, deskmate-picker, [data-deskmate]';
const isPageElement = (el: unknown): el is Element => el instanceof Element && !el.closest(OWN) && el !== document.documentElement;
/** Pointer events the console must not see while the manager points: a pick must not open, submit or navigate anything. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'contextmenu', 'submit'] as const;

/**
 * While a step is armed, the page is a surface to point at: hovering
 * highlights, a click picks (and never reaches the console), the arrow keys
 * walk the tree (up: parent, down: first child, left/right: siblings), Enter
 * picks and Esc disarms. Returns the element highlighted now.
 */
export function usePointing(armed: boolean, onPick: (el: Element) => void, onDisarm: () => void): Element | null {
  const [hovered, setHovered] = useState<Element | null>(null);
  useEffect(() => {
    if (!armed) return setHovered(null);
    let current: Element | null = null;
    const show = (el: Element | null) => {
      current = el;
      setHovered(el);
    };
    const centre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    show(isPageElement(centre) ? centre : document.body);
    const move = (e: MouseEvent) => isPageElement(e.target) && e.target !== current && show(e.target);
    const swallow = (e: Event) => {
      if (!isPageElement(e.target)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const click = (e: MouseEvent) => {
      if (!isPageElement(e.target)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      onPick(e.target);
    };
    const key = (e: KeyboardEvent) => {
      const el = current;
      const go = (next: Element | null | undefined) => {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (next && isPageElement(next)) {
          show(next);
          next.scrollIntoView?.({ block: 'nearest' });
        }
      };
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        onDisarm();
      } else if (!el) return;
      else if (e.key === 'ArrowUp') go(el.parentElement);
      else if (e.key === 'ArrowDown') go(el.firstElementChild);
      else if (e.key === 'ArrowLeft') go(el.previousElementSibling);
      else if (e.key === 'ArrowRight') go(el.nextElementSibling);
      else if (e.key === 'Enter') {
        e.preventDefault();
        e.stopImmediatePropagation();
        onPick(el);
      }
    };
    window.addEventListener('mousemove', move, true);
    window.addEventListener('click', click, true);
    window.addEventListener('keydown', key, true);
    for (const t of SWALLOWED) window.addEventListener(t, swallow, true);
    return () => {
      window.removeEventListener('mousemove', move, true);
      window.removeEventListener('click', click, true);
      window.removeEventListener('keydown', key, true);
      for (const t of SWALLOWED) window.removeEventListener(t, swallow, true);
    };
  }, [armed, onPick, onDisarm]);
  return hovered;
}

/** Redraw when the page scrolls or resizes, so outlines stay on their elements. */
export function useViewportTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const bump = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((t) => t + 1));
    };
    window.addEventListener('scroll', bump, true);
    window.addEventListener('resize', bump);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', bump, true);
      window.removeEventListener('resize', bump);
    };
  }, []);
  return tick;
}
