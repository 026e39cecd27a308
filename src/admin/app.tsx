/**
 * The app's admin customisation: Arabic as an interface language, and Arabic content shown right
 * to left everywhere the Content Manager prints it.
 *
 * The Content Manager renders list cells, relation items, inputs and textareas left to right: an
 * Arabic headline is then cut at its *start* and a title input opens scrolled to its end. Each
 * such element gets `dir="auto"` (its direction from its first strong letter, so mixed
 * Arabic/Latin lines keep their order and the ellipsis falls at the end in reading order), and
 * a stylesheet aligns them to their start. Elements that already carry a `dir` are left alone.
 * A text field also gets its caret at the start: the browser leaves it at the end of the value
 * it was given, so tabbing into a long Arabic title would scroll it to its last words.
 */
const BIDI_SELECTOR = [
  'td span',
  'td p',
  'td a',
  'li span',
  'li a',
  'input[type="text"]',
  'input:not([type])',
  'input[type="search"]',
  'textarea',
  '[role="combobox"]',
  '[role="option"] span',
].join(', ');

const STYLESHEET = `
  ${BIDI_SELECTOR} { unicode-bidi: plaintext; text-align: start; }
`;

const isTextField = (element: HTMLElement): element is HTMLInputElement | HTMLTextAreaElement =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;

const mark = (element: HTMLElement) => {
  if (element.hasAttribute('dir')) return;
  element.setAttribute('dir', 'auto');
  if (isTextField(element) && element !== document.activeElement) {
    try {
      element.setSelectionRange(0, 0);
    } catch {
      // Some input types (email, number) have no selection.
    }
  }
};

const markBidi = (root: ParentNode) => {
  root.querySelectorAll<HTMLElement>(BIDI_SELECTOR).forEach(mark);
};

const installBidi = () => {
  if (typeof document === 'undefined' || document.getElementById('newsroom-bidi')) return;
  const style = document.createElement('style');
  style.id = 'newsroom-bidi';
  style.textContent = STYLESHEET;
  document.head.appendChild(style);
  markBidi(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (node instanceof HTMLElement) {
          if (node.matches(BIDI_SELECTOR)) mark(node);
          markBidi(node);
        }
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
};

export default {
  config: {
    locales: ['ar'],
  },
  bootstrap() {
    installBidi();
  },
};
