export function Comment({ comment }) {
  return <div className="body" dangerouslySetInnerHTML={{ __html: comment.body }} />; // vigil:expect VGL-JS-XSS-003
}
