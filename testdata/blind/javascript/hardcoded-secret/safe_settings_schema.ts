// Settings schema: names and descriptions of secrets, never their values.
export interface SettingSpec {
  env: string;
  secret: boolean;
  description: string;
}

export const SETTINGS: SettingSpec[] = [
  { env: 'DATABASE_PASSWORD', secret: true, description: 'Password of the database user' },
  { env: 'STRIPE_SECRET_KEY', secret: true, description: 'Stripe API secret key (sk_live_…)' },
  { env: 'PUBLIC_BASE_URL', secret: false, description: 'Public URL of the site' },
];

export function readSetting(spec: SettingSpec): string {
  const value = process.env[spec.env];
  if (value === undefined || value === '') {
    throw new Error(`${spec.env} is required: ${spec.description}`);
  }
  return value;
}
