import { FULL_SCHEMA_NOTE } from './notes';

// Not js-yaml: a module loader and an image loader that happen to be called load.
export async function boot(loader: { load(name: string, o: object): Promise<void> }) {
  await loader.load('plugins', { schema: 'v2', note: FULL_SCHEMA_NOTE });
  const img = new Image();
  img.src = '/logo.png';
}
