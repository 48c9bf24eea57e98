import { useCallback, useRef, useState } from 'react';

import type { CatalogueError } from '../../catalogue/catalogue-errors';
import type { Catalogue } from '../../catalogue/types';
import { useAppStore } from '../../store/app-store';
import { fetchCatalogueFile, type FetchCatalogueError } from '../../store/fetch-catalogue';
import {
  fileSizeError,
  importFormatOf,
  readImport,
  unreadableFileError,
  type ImportFormat,
} from './read-import';
import { urlSubject } from './team-link';
import type { PreviewInputs } from './to-import-preview';

/**
 * Where an import stands. Every path ends in `preview` (Apply puts the catalogue in the store)
 * or in an error step; nothing in the store changes before Apply.
 */
export type FlowState =
  | { step: 'idle' }
  /** The Load from URL form. */
  | { step: 'askUrl' }
  /** A team link's address, waiting for the user to agree to fetch it. */
  | { step: 'confirm'; url: string }
  | { step: 'loading'; url: string }
  | { step: 'fetchError'; url: string; error: FetchCatalogueError; status?: number }
  | { step: 'invalid'; subject: string; errors: CatalogueError[] }
  | {
      step: 'preview';
      subject: string;
      /** The catalogue the preview compares against (the store's when the file was read). */
      base: Catalogue;
      catalogue: Catalogue;
      inputs: PreviewInputs;
    };

export interface ImportFlow {
  state: FlowState;
  /** Opens the Load from URL form. */
  askUrl: () => void;
  /** Fetches and checks the file at `url` (after the user asked or agreed to). */
  loadUrl: (url: string) => Promise<void>;
  /** Reads a chosen file: checked whole, then previewed or its problems listed. */
  importFile: (file: File) => Promise<void>;
  /** Puts the previewed catalogue in the store as one undoable edit; its subject, or null. */
  apply: () => string | null;
  /** Ends the flow without changing anything (a pending fetch is forgotten). */
  close: () => void;
}

/** The store's inputs as a preview ranks them. */
function previewInputs(): PreviewInputs {
  const s = useAppStore.getState();
  return {
    requirements: s.requirements,
    weights: s.weights,
    baseScenarioId: s.baseScenarioId,
    mode: s.rankMode,
    showInvalid: s.showInvalid,
  };
}

/** The state after checking an import's result against the store's catalogue. */
function checked(subject: string, text: string, format: ImportFormat): FlowState {
  const base = useAppStore.getState().catalogue;
  const result = readImport(text, format, base);
  if (!result.ok) return { step: 'invalid', subject, errors: result.errors };
  return { step: 'preview', subject, base, catalogue: result.catalogue, inputs: previewInputs() };
}

/**
 * The import state machine shared by the file input, the Load from URL form and a team link.
 * Re-renders its caller on each step. Only `apply` changes the store.
 */
export function useImportFlow(initial: () => FlowState = () => ({ step: 'idle' })): ImportFlow {
  const [state, setState] = useState<FlowState>(initial);
  // Each load gets a number; a result for an older one (cancelled, replaced) is dropped.
  const run = useRef(0);
  const setCatalogue = useAppStore((s) => s.setCatalogue);

  const close = useCallback(() => {
    run.current++;
    setState({ step: 'idle' });
  }, []);

  const askUrl = useCallback(() => setState({ step: 'askUrl' }), []);

  const loadUrl = useCallback(async (url: string) => {
    const id = ++run.current;
    setState({ step: 'loading', url });
    const fetched = await fetchCatalogueFile(url);
    if (id !== run.current) return;
    if (!fetched.ok) {
      setState({ step: 'fetchError', url, error: fetched.error, status: fetched.status });
      return;
    }
    setState(checked(urlSubject(url), fetched.text, 'json'));
  }, []);

  const importFile = useCallback(async (file: File) => {
    const id = ++run.current;
    const tooBig = fileSizeError(file.size);
    if (tooBig) {
      setState({ step: 'invalid', subject: file.name, errors: [tooBig] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (id !== run.current) return;
      const reason = error instanceof Error ? error.message : String(error);
      setState({
        step: 'invalid',
        subject: file.name,
        errors: [unreadableFileError(reason)],
      });
      return;
    }
    if (id !== run.current) return;
    setState(checked(file.name, text, importFormatOf(file.name, file.type)));
  }, []);

  const apply = useCallback(() => {
    if (state.step !== 'preview') return null;
    setCatalogue(state.catalogue, { action: 'import', subject: state.subject });
    run.current++;
    setState({ step: 'idle' });
    return state.subject;
  }, [state, setCatalogue]);

  return { state, askUrl, loadUrl, importFile, apply, close };
}
