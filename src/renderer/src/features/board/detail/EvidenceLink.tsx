// The link to what the learner made for a milestone (a repository, demo or certificate), https only.
import { EVIDENCE_URL, EVIDENCE_URL_MESSAGE } from '../../../../../shared/document';
import { CommitField } from '../../../components/CommitField';
import { useApp } from '../../../store/useApp';

export function EvidenceLink({ milestoneId, saved }: { milestoneId: string; saved: string }) {
  const updateProgress = useApp((s) => s.updateProgress);
  return (
    <CommitField<string>
      label="Evidence link (repository, demo or certificate)"
      type="url"
      placeholder="https://"
      initial={saved}
      saved={saved === '' ? undefined : saved}
      parse={(text) => (text === '' || EVIDENCE_URL.test(text) ? { value: text === '' ? null : text } : { error: EVIDENCE_URL_MESSAGE })}
      onSave={(evidenceUrl) => void updateProgress(milestoneId, { evidenceUrl })}
    />
  );
}
