import { useAppStore } from '../store/app-store';

/** The "hide dominated stacks" checkbox: one store flag, shown by the ranking and the How sure? view. */
export function HideDominatedSwitch({ label, className }: { label: string; className: string }) {
  const hideDominated = useAppStore((s) => s.hideDominated);
  const setHideDominated = useAppStore((s) => s.setHideDominated);
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={hideDominated}
        onChange={(e) => setHideDominated(e.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
