export function Logo({ href }: { href: string }) {
  return <a href={href} target="_blank" className="logo" />; // vigil:expect VGL-JS-TABNAB-001
}
