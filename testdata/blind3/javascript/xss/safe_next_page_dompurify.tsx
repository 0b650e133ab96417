import DOMPurify from 'isomorphic-dompurify';
import type { GetServerSideProps } from 'next';
import React from 'react';

type Props = { html: string; author: string };

export default function ChangelogEntry({ html, author }: Props) {
  const clean = DOMPurify.sanitize(html);
  return (
    <article>
      <h2>Entry by {author}</h2>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </article>
  );
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ query }) => {
  const html = typeof query.body === 'string' ? query.body : '';
  const author = typeof query.author === 'string' ? query.author : 'team';
  return { props: { html, author } };
};
