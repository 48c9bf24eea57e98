import { useEffect, useState } from 'react';

import type { Language } from '../../catalogue/types';
import { useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { isAllowedCatalogueUrl } from '../../store/fetch-catalogue';
import { ImportDialog } from './import-dialog';
import { catalogueIoMessages } from './messages';
import { dropTeamParam, hostOf, teamCatalogueUrl } from './team-link';
import { useImportFlow, type FlowState } from './use-import-flow';

// The query as the page opened: read when this module loads, before the URL sync rewrites the
// address bar to the canonical link of the inputs (which has no `catalogue`).
let startSearch = typeof window === 'undefined' ? '' : window.location.search;

/** The id of the notice after a team catalogue was loaded. */
export const TEAM_CATALOGUE_NOTICE_ID = 'team-catalogue';

/** The first step for a team link's address: ask first, or say at once that it cannot load. */
function firstStep(url: string | null): FlowState {
  if (url === null) return { step: 'idle' };
  return isAllowedCatalogueUrl(url)
    ? { step: 'confirm', url }
    : { step: 'fetchError', url, error: 'notHttps' };
}

/**
 * A team link (`?catalogue=<https URL>`): asks "Load the team catalogue from <host>?" with the
 * full address; only after Load catalogue is the file fetched, then checked and previewed like
 * an import. Either way the parameter then leaves the address bar. Mount once, in the app
 * shell (any view); renders nothing unless the page opened with such a link. `search` is for
 * tests.
 */
export function TeamCatalogueLink({ search }: { search?: string }) {
  const [url] = useState(() => teamCatalogueUrl(search ?? startSearch));
  const flow = useImportFlow(() => firstStep(url));
  const m = useMessages(catalogueIoMessages);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const done = flow.state.step === 'idle';

  useEffect(() => {
    if (!done || url === null) return;
    // Asked once per page load: a remount (or Back to this entry) does not ask again.
    startSearch = '';
    dropTeamParam();
  }, [done, url]);

  const notify = () => {
    if (url === null) return;
    const words = (lang: Language) =>
      format(catalogueIoMessages[lang].teamLoaded, { host: hostOf(url) });
    pushNotice({
      id: TEAM_CATALOGUE_NOTICE_ID,
      tone: 'info',
      message: { en: words('en'), zh: words('zh') },
    });
  };

  return <ImportDialog flow={flow} onApplied={notify} cancelLabel={m.notNow} />;
}
