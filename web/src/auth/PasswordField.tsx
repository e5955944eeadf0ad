/** A labelled password input (sign-in and password change); `autoComplete` tells password managers which one it is. */
export function PasswordField({
  label,
  value,
  onChange,
  autoComplete,
  testId,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  testId: string;
  name?: string;
}) {
  return (
    <label>
      {label}
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid={testId}
      />
    </label>
  );
}
