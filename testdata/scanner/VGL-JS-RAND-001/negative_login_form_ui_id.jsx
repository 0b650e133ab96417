export function PasswordField({ label }) {
  const inputId = "pw-" + Math.random().toString(36).slice(2);
  return (
    <div>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type="password" />
    </div>
  );
}
