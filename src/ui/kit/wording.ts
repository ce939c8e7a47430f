// Text that can be worded again: a screen registers how each of its texts is made (a function of
// the current language) and calls relocalize() after a language switch, which re-runs them all on
// the same elements. The DOM stays, so focus, scroll position, selections and anything typed stay.
export interface Wording {
  /** Set `el`'s text now and on every relocalize. */
  text<E extends Element>(el: E, word: () => string): E;
  /** Set an attribute of `el` now and on every relocalize. */
  attr<E extends Element>(el: E, name: string, word: () => string): E;
  /** Run `update` now and on every relocalize (for anything else that depends on the language). */
  on(update: () => void): void;
  relocalize(): void;
}

export function wording(): Wording {
  const updates: (() => void)[] = [];
  const add = (update: () => void) => {
    update();
    updates.push(update);
  };
  return {
    text(el, word) {
      add(() => {
        el.textContent = word();
      });
      return el;
    },
    attr(el, name, word) {
      add(() => el.setAttribute(name, word()));
      return el;
    },
    on: add,
    relocalize() {
      for (const update of updates) update();
    },
  };
}
