import { useEffect, type RefObject } from 'react';

/**
 * A deleted box takes keyboard focus with it to the page (browsers fire no blur when a focused
 * element is removed), and the editor's keys would stop working: Ctrl+Z right after Delete would do
 * nothing. When the element that had focus inside the editor leaves the page, focus returns to the
 * editor's own element. Focus moved out of the editor on purpose (a blur) is left alone.
 */
export function useFocusKeptOnRemoval(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let focused: Element | null = null;
    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
    };
    const lost = () => document.activeElement === null || document.activeElement === document.body;
    const takeBack = () => {
      if (focused && !focused.isConnected && lost()) {
        focused = element;
        element.focus({ preventScroll: true });
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget !== null) {
        if (!element.contains(event.relatedTarget as Node)) focused = null;
        return;
      }
      // Some browsers do fire a blur as the element is removed: decide once the DOM has settled.
      requestAnimationFrame(() => {
        takeBack();
        if (focused !== element && lost()) focused = null;
      });
    };
    const observer = new MutationObserver(takeBack);
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      observer.disconnect();
    };
  }, [root]);
}
