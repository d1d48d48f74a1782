/**
 * Escape goes back from a claim to the search, wherever the focus is. On the document, not the popup's
 * root: the focus may be on <body>. One listener from the start, reading the claim shown through a ref
 * updated at render: an effect registered per claim would run only after paint, and a quick Escape
 * (or a throttled frame) would slip past it.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useEscapeBack(openClaim: string | undefined, back: () => void): void {
  const openClaimRef = useRef(openClaim);
  openClaimRef.current = openClaim;
  const backRef = useRef(back);
  backRef.current = back;
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || openClaimRef.current === undefined) return;
      e.preventDefault();
      backRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
