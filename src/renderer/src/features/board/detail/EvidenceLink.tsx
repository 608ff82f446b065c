// The link to what the learner made for a milestone (a repository, demo or certificate), https only.
import { linkProblem } from '../../../../../shared/safeLink';
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
      parse={(text) => {
        if (text === '') return { value: null };
        const problem = linkProblem(text);
        return problem ? { error: problem } : { value: text };
      }}
      onSave={(evidenceUrl) => void updateProgress(milestoneId, { evidenceUrl })}
    />
  );
}
