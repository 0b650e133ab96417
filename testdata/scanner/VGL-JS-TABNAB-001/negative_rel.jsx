export function Ext({ url }) {
  return <a href={url} target="_blank" rel="noopener noreferrer">docs</a>;
}
