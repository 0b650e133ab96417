import { useSearchParams } from 'react-router-dom';

type Props = { displayName: string };

export function ProfileBanner({ displayName }: Props) {
  const [params] = useSearchParams();
  const tagline = params.get('tagline') ?? '';
  return (
    <header className="profile-banner">
      <h2>{displayName}</h2>
      <p className="tagline">{tagline}</p>
    </header>
  );
}
