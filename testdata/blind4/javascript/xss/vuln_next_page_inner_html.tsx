import { useRouter } from 'next/router';
import Layout from '../components/Layout';

export default function SharedQuote() {
  const router = useRouter();
  const quote = typeof router.query.text === 'string' ? router.query.text : '';
  const author = typeof router.query.by === 'string' ? router.query.by : 'Anonymous';

  return (
    <Layout title="Shared quote">
      <blockquote className="quote">
        <p dangerouslySetInnerHTML={{ __html: quote }} /> {/* LABEL: CWE-79 */}
        <footer>{author}</footer>
      </blockquote>
    </Layout>
  );
}
