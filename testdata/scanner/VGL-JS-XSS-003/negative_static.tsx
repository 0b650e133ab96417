export function Logo() {
  return <span dangerouslySetInnerHTML={{ __html: "<svg viewBox='0 0 1 1'></svg>" }} />;
}
