import { useEffect, type RefObject } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `/` (when not typing elsewhere) and Ctrl/Cmd+K (always) focus and select the quick find, as in
 * GitHub, Slack or the MUI docs. An open dialog keeps the keyboard: it is the agent's task at hand.
 */
export function useQuickFindShortcut(inputRef: RefObject<HTMLInputElement | null> | null) {
  useEffect(() => {
    if (!inputRef) return;
    const input = inputRef;
    function onKeyDown(event: KeyboardEvent) {
      const isCommandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!isCommandK && !isSlash) return;
      if (document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [inputRef]);
}
