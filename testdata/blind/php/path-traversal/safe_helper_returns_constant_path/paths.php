<?php
declare(strict_types=1);

/**
 * Maps a report kind to the file that holds it. Unknown kinds get the summary:
 * the request never chooses a path, only one of these names.
 */
function report_path(string $kind): string
{
    return match ($kind) {
        'daily' => '/var/reports/daily.csv',
        'weekly' => '/var/reports/weekly.csv',
        default => '/var/reports/summary.csv',
    };
}
