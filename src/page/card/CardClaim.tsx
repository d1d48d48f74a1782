/**
 * The claim as the page's card shows it: the shared claim view, with why the sentence matched and a
 * citation the reader can copy (see ../../ui/claim-view/copy.ts for how the copy reaches the clipboard).
 */
import { ClaimView, type ClaimViewProps } from '@/src/ui/claim-view';
import { useCitationCopy } from '@/src/ui/claim-view/copy';

export function CardClaim(props: Omit<ClaimViewProps, 'cite'>) {
  const cite = useCitationCopy();
  return <ClaimView {...props} cite={cite} />;
}
