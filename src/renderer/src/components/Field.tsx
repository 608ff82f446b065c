// Labelled form fields: a label (or legend), the control, and the message shown when the control did not take the value.
import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

/** Spread on the control: marks it invalid and ties it to its message while there is one. */
export interface FieldControlProps {
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

const controlProps = (error: string | null | undefined, errorId: string): FieldControlProps =>
  error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

/** One control under its label; `children` gets the props that tie the control to the message. */
export function Field({
  label,
  error,
  inline = false,
  children,
}: {
  label: ReactNode;
  error?: string | null;
  inline?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const errorId = useId();
  return (
    <label className={inline ? 'field inline' : 'field'}>
      <span>{label}</span>
      {children(controlProps(error, errorId))}
      <FieldError id={errorId} message={error} />
    </label>
  );
}

/** Several controls (checkboxes, rows) under one legend, with one message for the group. */
export function FieldGroup({
  legend,
  error,
  className,
  children,
}: {
  legend: ReactNode;
  error?: string | null;
  className?: string;
  children: ReactNode;
}) {
  const errorId = useId();
  return (
    <fieldset className={className ? `field ${className}` : 'field'} {...controlProps(error, errorId)}>
      <legend>{legend}</legend>
      {children}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** A labelled choice from a fixed list of values, each shown by its label. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  error,
  inline = false,
}: {
  label: ReactNode;
  value: T;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
  error?: string | null;
  inline?: boolean;
}) {
  return (
    <Field label={label} error={error} inline={inline}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
