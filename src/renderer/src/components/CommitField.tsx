// Text fields saved on blur or Enter, with the reason at the field when the text is not a value Pathboard can keep.
import { useState, type InputHTMLAttributes } from 'react';
import type { z } from 'zod';
import { Field } from './Field';
import { useDraft } from './useDraft';

export type Parsed<T> = { value: T | null } | { error: string };

/** A text field saved on blur or Enter: `parse` turns the text into a value (null clears it) or a message at the field. */
export function CommitField<T>({
  label,
  initial,
  saved,
  parse,
  onSave,
  ...input
}: {
  label: string;
  initial: string;
  saved: T | undefined;
  parse: (text: string) => Parsed<T>;
  onSave: (value: T | null) => void;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'placeholder'>) {
  const draft = useDraft(initial);
  const text = draft.value;
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const parsed = parse(text.trim());
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    if ((parsed.value ?? undefined) === saved) return;
    draft.sent(parsed.value === null ? '' : String(parsed.value));
    onSave(parsed.value);
  };
  return (
    <Field label={label} error={error}>
      {(control) => (
        <input
          {...input}
          {...control}
          value={text}
          onChange={(e) => draft.edit(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
    </Field>
  );
}

/** A number typed by the learner: empty clears, anything else is checked by the same schema the data file uses. */
export function NumberField({
  label,
  saved,
  schema,
  onSave,
}: {
  label: string;
  saved: number | undefined;
  schema: z.ZodType<number>;
  onSave: (value: number | null) => void;
}) {
  const parse = (text: string): Parsed<number> => {
    if (text === '') return { value: null };
    const checked = schema.safeParse(Number(text));
    return checked.success ? { value: checked.data } : { error: checked.error.issues[0]!.message };
  };
  return (
    <CommitField
      label={label}
      inputMode="decimal"
      initial={saved === undefined ? '' : String(saved)}
      saved={saved}
      parse={parse}
      onSave={onSave}
    />
  );
}
