export function Ext({ url }) {
  return <a href={url} target="_blank">docs</a>; // vigil:expect VGL-JS-TABNAB-001
}
