import { around, isolate } from '../../lib/bidi';

/**
 * A sentence of interface text carrying one piece of text a person typed, that text isolated in `<bdi>` so
 * that its direction (a right-to-left override, say) cannot reorder the words around it (lib/bidi.ts).
 */
export function Sentence({ of, value }: { of: (slot: string) => string; value: string }) {
  const parts = around(of);
  if (!parts) return <>{of(isolate(value))}</>;
  return (
    <>
      {parts[0]}
      <bdi>{value}</bdi>
      {parts[1]}
    </>
  );
}
