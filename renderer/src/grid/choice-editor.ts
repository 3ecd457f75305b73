import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import { TEXT } from '../text.ts';
import type { GridRow } from './grid-rows.ts';

export interface ChoiceEditorParams {
  /** Every label the cell offers, in the order shown. */
  labels: readonly string[];
  /** The labels typed text picks under the column's one matching rule (proposal-fields' `matchingChoices`). */
  matches: (text: string) => readonly string[];
}

type Params = ICellEditorParams<GridRow, string> & ChoiceEditorParams;

/** What the grid receives for the text: the one label it picks, '' for a cleared cell, else the text as typed. */
export function choiceValue(text: string, found: readonly string[]): string {
  if (text.trim() === '') return '';
  return found.length === 1 ? (found[0] ?? text) : text;
}

let lists = 0;

/**
 * The editor of a choice cell (vej, kategori, status, udvalg): typed into like any cell, with the labels the
 * text matches listed below it. Enter takes the one match (or the one chosen with the arrow keys); with
 * several matches the list stays open showing them. Tab or a click elsewhere keeps what the text picks.
 *
 * Built with the DOM rather than React so it exists the moment the first key starts the edit: the keys typed
 * right after it land in its input, however fast they come.
 */
export class ChoiceEditor implements ICellEditorComp<GridRow, string> {
  private gui = document.createElement('div');
  private input = document.createElement('input');
  private list = document.createElement('ul');
  private params: Params | null = null;
  private text = '';
  private initial = '';
  private active = -1;
  private picked: string | null = null;
  private shown: readonly string[] = [];

  init(params: Params): void {
    this.params = params;
    this.initial = params.value ?? '';
    this.text = params.eventKey && params.eventKey.length === 1 ? params.eventKey : this.initial;
    const name = params.colDef.headerName ?? '';
    const listId = `choice-list-${++lists}`;
    this.gui.className = 'choice-editor';
    this.input.className = 'choice-editor-input';
    this.input.value = this.text;
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-label', name);
    this.input.setAttribute('aria-controls', listId);
    this.input.setAttribute('aria-autocomplete', 'list');
    this.list.className = 'choice-editor-list';
    this.list.id = listId;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', name);
    this.gui.append(this.input, this.list);
    // Opened on the cell's own value, the arrow keys move on from it.
    if (this.text === this.initial) this.active = params.labels.indexOf(this.initial);
    this.input.addEventListener('input', this.onInput);
    this.input.addEventListener('keydown', this.onKey);
    this.list.addEventListener('mousedown', this.onMouseDown);
    this.render();
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    this.input.focus();
    if (this.text !== this.initial) {
      const end = this.text.length;
      this.input.setSelectionRange(end, end);
    } else this.input.select();
  }

  getValue(): string {
    if (this.picked !== null) return this.picked;
    if (this.text === this.initial) return this.initial;
    return choiceValue(this.text, this.params?.matches(this.text) ?? []);
  }

  isPopup(): boolean {
    return true;
  }

  getPopupPosition(): 'over' {
    return 'over';
  }

  destroy(): void {
    this.input.removeEventListener('input', this.onInput);
    this.input.removeEventListener('keydown', this.onKey);
    this.list.removeEventListener('mousedown', this.onMouseDown);
  }

  private render(): void {
    const params = this.params;
    if (!params) return;
    // Opened on a cell's own value, the list offers everything; typed text narrows it.
    this.shown = this.text === this.initial ? params.labels : params.matches(this.text);
    this.input.setAttribute('aria-expanded', String(this.shown.length > 0));
    const items = this.shown.map((label, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.index = String(i);
      li.textContent = label;
      li.setAttribute('aria-selected', String(i === this.active));
      if (i === this.active) li.className = 'choice-editor-active';
      return li;
    });
    if (items.length === 0) {
      const none = document.createElement('li');
      none.className = 'choice-editor-none';
      none.setAttribute('role', 'presentation');
      none.textContent = TEXT.forslag.noChoiceMatch;
      items.push(none);
    }
    this.list.replaceChildren(...items);
  }

  private onInput = (): void => {
    this.text = this.input.value;
    this.active = -1;
    this.picked = null;
    this.render();
  };

  // The grid's own key handling sits above this input; the keys this editor answers must not reach it.
  private onKey = (e: KeyboardEvent): void => {
    const list = this.shown;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = list.length === 0 ? -1 : (this.active + step + list.length) % list.length;
      this.render();
      return;
    }
    if (e.key !== 'Enter') return;
    const chosen = this.active >= 0 ? list[this.active] : undefined;
    if (chosen !== undefined) {
      this.picked = chosen;
      return;
    }
    if (this.text.trim() === '' || this.text === this.initial) return;
    const found = this.params?.matches(this.text) ?? [];
    if (found.length > 1) {
      // Ambiguous: the grid keeps editing and the list shows the matches.
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private onMouseDown = (e: MouseEvent): void => {
    e.preventDefault();
    const index = e.target instanceof HTMLElement ? e.target.dataset.index : undefined;
    const label = index === undefined ? undefined : this.shown[Number(index)];
    if (label === undefined) return;
    this.picked = label;
    this.params?.stopEditing();
  };
}
