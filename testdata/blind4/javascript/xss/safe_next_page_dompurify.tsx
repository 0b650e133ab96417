import { useRouter } from 'next/router';
import DOMPurify from 'isomorphic-dompurify';
import Layout from '../components/Layout';

export default function SharedQuote() {
  const router = useRouter();
  const quote = typeof router.query.text === 'string' ? router.query.text : '';
  const author = typeof router.query.by === 'string' ? router.query.by : 'Anonymous';
  const clean = DOMPurify.sanitize(quote, { ALLOWED_TAGS: ['b', 'i', 'em', 'strong'] });

  return (
    <Layout title="Shared quote">
      <blockquote className="quote">
        <p dangerouslySetInnerHTML={{ __html: clean }} />
        <footer>{author}</footer>
      </blockquote>
    </Layout>
  );
}
