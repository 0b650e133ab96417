import DOMPurify from 'dompurify';

type Props = { html: string };

export function CommentBody({ html }: Props) {
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
  return <div className="comment-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
