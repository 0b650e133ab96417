<?php
declare(strict_types=1);

final class BackupRunner
{
    private string $target = '/var/backups';

    public function run(string $database): string
    {
        $file = $this->target . '/' . $database . '-' . date('Ymd') . '.sql.gz';
        $cmd = "mysqldump --single-transaction {$database} | gzip > {$file}";
        return (string) shell_exec($cmd); // LABEL: CWE-78
    }
}

$runner = new BackupRunner();
echo $runner->run($_POST['database'] ?? 'app');
