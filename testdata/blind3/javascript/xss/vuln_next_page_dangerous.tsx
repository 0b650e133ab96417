import { useRouter } from 'next/router';
import React from 'react';

type Props = { title: string };

export default function SearchPage({ title }: Props) {
  const router = useRouter();
  const term = typeof router.query.q === 'string' ? router.query.q : '';
  const summary = term ? `Results for <em>${term}</em>` : 'Type something to search';

  return (
    <main>
      <h1>{title}</h1>
      <p className="summary" dangerouslySetInnerHTML={{ __html: summary }} /> {/* LABEL: CWE-79 */}
    </main>
  );
}

export function getStaticProps() {
  return { props: { title: 'Search' } };
}
