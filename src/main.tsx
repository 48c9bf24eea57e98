import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { restoreCatalogue, startCataloguePersistence } from './store/catalogue-sync';
import { startScoring } from './store/scoring/start';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

// The catalogue (a link's, the saved one, or the seed's) is in the store before the first
// render, so the link's inputs are read against it.
const session = await restoreCatalogue(window.location.hash, undefined, window.location.search);
startCataloguePersistence(session);
// A catalogue of more than 20,000 stacks is ranked in a Web Worker from here on.
startScoring();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
