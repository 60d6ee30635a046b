/**
 * <search-page>: the search page's behaviour on top of the server-rendered form. Pagefind's code and
 * index load when the reader focuses the box (or arrives with a query in the URL), never before. The
 * URL holds the search (?q=…&year=…&sort=date): reading it on load and on back/forward, writing it as
 * the reader searches. Results are announced through the status line (aria-live).
 */
import { highlightTerms, withTextFragment } from '../lib/search/highlight-fragment.ts';
import {
  partialSummary,
  resultDetails,
  resultSummary,
  SEARCH_MESSAGES,
  searchPageTitle,
} from '../lib/search/messages.ts';
import {
  isActiveSearch,
  issuesByDate,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../lib/search/query.ts';
import { queryWords, rankByAdjacency, rankLiteralMatchesFirst } from '../lib/search/rank.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
  /** Result counts per filter value, for the filters whose data is loaded (see `filters()`). */
  filters: Record<string, Record<string, number>>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string): Promise<void>;
  filters(): Promise<unknown>;
  search(term: string | null, options?: { filters: Record<string, string> }): Promise<PagefindResponse | null>;
}

/** The results of one search in the order shown, handed out a page at a time. */
interface ResultList {
  total: number;
  slice(start: number, end: number): Promise<PagefindResult[]>;
}

function listOf(results: PagefindResult[]): ResultList {
  return { total: results.length, slice: async (start, end) => results.slice(start, end) };
}

/**
 * Results newest first: issue by issue (each issue's pages share its date), by relevance within an
 * issue. One filtered search per issue, run only as far as the pages shown need.
 */
async function byDate(pagefind: PagefindApi, state: SearchState, newestFirst: readonly string[]): Promise<ResultList> {
  const filters = pagefindFilters(state);
  await pagefind.filters(); // loads the filter data, so the search below reports counts per issue
  const counts = (await pagefind.search(state.query || null, { filters }))?.filters.issue ?? {};
  const pending = issuesByDate(newestFirst, counts, state.filters.issue);
  const loaded: PagefindResult[] = [];
  return {
    total: pending.reduce((sum, label) => sum + (counts[label] ?? 0), 0),
    async slice(start, end) {
      while (loaded.length < end && pending.length) {
        const issue = pending.shift()!;
        loaded.push(
          ...((await pagefind.search(state.query || null, { filters: { ...filters, issue } }))?.results ?? []),
        );
      }
      return loaded.slice(start, end);
    },
  };
}

/** Results shown at first and added by each “显示更多结果”. */
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 250;
const SLOW_SEARCH_MS = 400;

class SearchPage extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;
  /** The sealed bundles of the oldest issues (lib/search/bundles.ts), merged after the first results. */
  #sealedBundles: string[] = [];
  #mergedBundles = new Set<string>();
  #merging: Promise<void> | undefined;
  /** Whether the results shown are the first bundle's only, while the sealed bundles load. */
  #partial = false;
  /** The ids of the results shown, to keep them in place when the whole archive's results agree. */
  #shownIds: string[] = [];
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #empty!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  /** Bumped by every search, so a slow earlier search never overwrites a later one. */
  #generation = 0;
  #results: ResultList = listOf([]);
  #shown = 0;
  #state: SearchState = parseSearchParams('');
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the current run of typing already has its own history entry. */
  #typingEntry = false;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('.search-status')!;
    this.#empty = this.querySelector('.search-empty')!;
    this.#list = this.querySelector('.search-results')!;
    this.#more = this.querySelector('.search-more')!;
    this.#sealedBundles = (this.dataset.sealed ?? '').split(' ').filter(Boolean);

    this.#input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
    this.#input.addEventListener('input', () => {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => this.#commit(this.#typingEntry ? 'replace' : 'push', true), TYPING_DELAY_MS);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#commit('push');
    });
    this.#more.addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => this.#restore());
    this.#restore();
  }

  /** Shows the search the URL describes (on load and on back/forward). */
  #restore(): void {
    clearTimeout(this.#typingTimer);
    this.#typingEntry = false;
    const state = parseSearchParams(location.search);
    this.#input.value = state.query;
    for (const select of this.#form.querySelectorAll('select')) {
      select.value =
        select.name === 'sort'
          ? state.sort === 'date'
            ? 'date'
            : ''
          : (state.filters[select.name as keyof SearchState['filters']] ?? '');
    }
    if (Object.keys(state.filters).length || state.sort === 'date')
      this.querySelector('details')?.setAttribute('open', '');
    void this.#run(state);
  }

  /** Writes the form's search into the URL (a new history entry, or replacing it while typing) and runs it. */
  #commit(mode: 'push' | 'replace', typing = false): void {
    clearTimeout(this.#typingTimer);
    this.#typingEntry = typing;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(key, value);
    const state = parseSearchParams(params);
    const query = toSearchParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    void this.#run(state);
  }

  /** The issue labels, newest first, as the issue filter lists them. */
  #issuesNewestFirst(): string[] {
    return [...this.#form.querySelectorAll<HTMLOptionElement>('select[name="issue"] option')]
      .map((option) => option.value)
      .filter(Boolean);
  }

  #load(): Promise<PagefindApi> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`)) as PagefindApi;
      // No web worker: one file fewer to fetch, and our index is small enough for the main thread.
      await pagefind.options({ baseUrl: this.dataset.base ?? '/', noWorker: true, excerptLength: 36 });
      await pagefind.init();
      return pagefind;
    })();
    return this.#pagefind;
  }

  #sealedPending(): boolean {
    return this.#mergedBundles.size < this.#sealedBundles.length;
  }

  /** Merges each sealed bundle once; after a failure (offline), the next search tries the rest again. */
  #mergeSealed(pagefind: PagefindApi): Promise<void> {
    this.#merging ??= (async () => {
      for (const bundle of this.#sealedBundles) {
        if (this.#mergedBundles.has(bundle)) continue;
        await pagefind.mergeIndex(bundle);
        this.#mergedBundles.add(bundle);
      }
    })().finally(() => {
      this.#merging = undefined;
    });
    return this.#merging;
  }

  /** Results by relevance over the bundles loaded so far. */
  async #byRelevance(pagefind: PagefindApi, state: SearchState): Promise<ResultList> {
    const found = (await pagefind.search(state.query || null, { filters: pagefindFilters(state) }))?.results ?? [];
    return listOf(state.query ? rankByAdjacency(found, queryWords(state.query).length) : found);
  }

  async #run(state: SearchState): Promise<void> {
    const generation = ++this.#generation;
    this.#state = state;
    document.title = `${searchPageTitle(state.query)} - ${this.dataset.site}`;
    if (!isActiveSearch(state)) {
      this.#results = listOf([]);
      this.#list.removeAttribute('aria-busy');
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#empty.hidden = true;
      this.#status.textContent = '';
      return;
    }
    this.#list.setAttribute('aria-busy', 'true');
    // Say that a search is under way only if it is slow (the first one loads Pagefind), to avoid flicker.
    setTimeout(() => {
      if (generation === this.#generation && this.#list.hasAttribute('aria-busy'))
        this.#status.textContent = SEARCH_MESSAGES.searching;
    }, SLOW_SEARCH_MS);
    let results: ResultList;
    let pagefind: PagefindApi;
    try {
      pagefind = await this.#load();
      if (state.sort === 'date') {
        // Newest first needs every issue's count: the whole archive at once.
        await this.#mergeSealed(pagefind);
        results = await byDate(pagefind, state, this.#issuesNewestFirst());
      } else {
        results = await this.#byRelevance(pagefind, state);
      }
    } catch {
      if (generation === this.#generation) {
        this.#list.removeAttribute('aria-busy');
        this.#status.textContent = SEARCH_MESSAGES.failed;
      }
      return;
    }
    if (generation !== this.#generation) return;
    if (!this.#sealedPending()) {
      this.#partial = false;
      await this.#showFirst(results, generation);
      return;
    }
    // The first results come from the newest issues; then the older issues' bundles are merged and the
    // search runs again over the whole archive. An empty first answer is not shown as “没有找到”.
    this.#partial = true;
    if (results.total > 0) await this.#showFirst(results, generation);
    try {
      await this.#mergeSealed(pagefind);
      if (generation !== this.#generation) return;
      results = await this.#byRelevance(pagefind, state);
    } catch {
      if (generation !== this.#generation) return;
      // The newest issues' results stay, with their “more”, and the page says what was not searched.
      this.#partial = false;
      this.#list.removeAttribute('aria-busy');
      this.#more.hidden = this.#shown >= this.#results.total;
      this.#status.textContent = SEARCH_MESSAGES.olderFailed;
      return;
    }
    if (generation !== this.#generation) return;
    this.#partial = false;
    const first = await results.slice(0, PAGE_SIZE);
    const same =
      this.#shown > 0 &&
      first.length === this.#shownIds.length &&
      first.every((result) => this.#shownIds.includes(result.id));
    if (!same) {
      await this.#showFirst(results, generation);
      return;
    }
    // The whole archive's first results are the ones shown: they stay where they are (no layout shift).
    this.#results = results;
    this.#more.hidden = this.#shown >= results.total;
    this.#empty.hidden = true;
    this.#status.textContent = resultSummary(results.total, this.#shown, state.query);
  }

  async #showFirst(results: ResultList, generation: number): Promise<void> {
    this.#results = results;
    this.#shown = 0;
    this.#shownIds = [];
    this.#list.replaceChildren();
    await this.#showMore(false, generation);
  }

  async #showMore(focusFirst: boolean, generation = this.#generation): Promise<void> {
    const state = this.#state;
    const results = this.#results;
    this.#more.disabled = true;
    let batch: PagefindResult[];
    let pages: PagefindResultData[];
    try {
      batch = await results.slice(this.#shown, this.#shown + PAGE_SIZE);
      pages = await Promise.all(batch.map((result) => result.data()));
    } catch {
      if (generation === this.#generation) {
        this.#list.removeAttribute('aria-busy');
        this.#more.disabled = false;
        this.#status.textContent = SEARCH_MESSAGES.failed;
      }
      return;
    }
    if (generation !== this.#generation) return;
    if (state.query && state.sort === 'relevance') pages = rankLiteralMatchesFirst(pages, state.query);
    const items = pages.map((page) => this.#renderResult(page, state.query));
    this.#list.append(...items);
    this.#shown += batch.length;
    this.#shownIds.push(...batch.map((result) => result.id));
    this.#more.disabled = false;
    // While the older issues load, the first results stand alone: “more” comes with the whole archive's.
    this.#more.hidden = this.#partial || batch.length === 0 || this.#shown >= results.total;
    this.#empty.hidden = results.total > 0;
    this.#list.removeAttribute('aria-busy');
    this.#status.textContent = (this.#partial ? partialSummary : resultSummary)(
      results.total,
      this.#shown,
      state.query,
    );
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  #renderResult(page: PagefindResultData, query: string): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = withTextFragment(page.url, highlightTerms(query, page.content, page.excerpt));
    link.textContent = page.meta.title ?? page.url;
    heading.append(link);
    const details = document.createElement('p');
    details.className = 'result-meta';
    if (page.meta.kind) {
      const kind = document.createElement('span');
      kind.className = 'tag';
      kind.textContent = page.meta.kind;
      details.append(kind, ' ');
    }
    details.append(resultDetails(page.meta));
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind escapes the page text before adding <mark>, so the excerpt is safe as HTML.
    excerpt.innerHTML = page.excerpt;
    item.append(heading, details, excerpt);
    return item;
  }
}

customElements.define('search-page', SearchPage);
