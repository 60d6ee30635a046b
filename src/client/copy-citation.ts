/**
 * <copy-citation data-target="id">: reveals its copy button, fills the citation's access date with
 * today's date (the reader's, which the static page cannot know) and copies the citation to the
 * clipboard. Without JavaScript the citation is plain selectable text and the button stays hidden.
 */
import { isoDate } from '../lib/site/citation.ts';

class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    const target = document.getElementById(this.dataset.target ?? '');
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!target || !button || !status) return;
    const accessed = target.querySelector<HTMLElement>('[data-cite-accessed]');
    if (accessed) accessed.textContent = isoDate(new Date());
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = (target.textContent ?? '').trim();
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = '已复制到剪贴板';
      } catch {
        // No clipboard access (an insecure origin, or permission refused): select it for Ctrl+C instead.
        getSelection()?.selectAllChildren(target);
        status.textContent = '已选中引文，请按 Ctrl+C 复制';
      }
    });
  }
}

customElements.define('copy-citation', CopyCitation);
