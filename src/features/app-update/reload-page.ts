/** Reloads this page (its own module, so tests can see whether and when it happens). */
export function reloadPage(): void {
  window.location.reload();
}
