import { parseDiff } from './diff';

const ROW: Record<string, string> = {
  add: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-200',
  del: 'bg-red-50 text-red-900 dark:bg-red-500/10 dark:text-red-200',
  context: '',
  hunk: 'bg-indigo-50 text-indigo-800 dark:bg-indigo-500/10 dark:text-indigo-200',
  file: 'font-semibold text-slate-600 dark:text-slate-300',
};

const SIGN: Record<string, string> = { add: '+', del: '-', context: ' ', hunk: '', file: '' };

/** A unified diff as a table: old/new line numbers, +/- marks and colours. */
export function DiffView({ diff }: { diff: string }) {
  const lines = parseDiff(diff);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full border-collapse font-mono text-xs" data-testid="diff">
        <caption className="sr-only">Suggested fix (unified diff): added lines marked +, removed lines marked -</caption>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} className={ROW[l.kind]} data-kind={l.kind}>
              <td className="w-10 select-none px-2 text-right text-slate-400">{l.oldLine ?? ''}</td>
              <td className="w-10 select-none px-2 text-right text-slate-400">{l.newLine ?? ''}</td>
              <td className="w-4 select-none text-center" aria-label={l.kind === 'add' ? 'added' : l.kind === 'del' ? 'removed' : undefined}>
                {SIGN[l.kind]}
              </td>
              <td className="whitespace-pre px-2">{l.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
