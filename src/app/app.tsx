// Placeholder: replaced by the real app shell.
export function App() {
  return (
    <main>
      <h1>Stack Decision Matrix</h1>
    </main>
  );
}
