/**
 * The app's admin customisation: Arabic as an interface language, and Arabic content shown right
 * to left everywhere the Content Manager prints it.
 *
 * The Content Manager renders list cells, relation items, inputs and textareas left to right: an
 * Arabic headline is then cut at its *start* and a title input opens scrolled to its end. Each
 * such element gets `dir="auto"` (its direction from its first strong letter, so mixed
 * Arabic/Latin lines keep their order and the ellipsis falls at the end in reading order), and
 * a stylesheet aligns them to their start. Elements that already carry a `dir` are left alone.
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

const markBidi = (root: ParentNode) => {
  root.querySelectorAll<HTMLElement>(BIDI_SELECTOR).forEach((element) => {
    if (!element.hasAttribute('dir')) element.setAttribute('dir', 'auto');
  });
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
          if (node.matches(BIDI_SELECTOR) && !node.hasAttribute('dir')) node.setAttribute('dir', 'auto');
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
