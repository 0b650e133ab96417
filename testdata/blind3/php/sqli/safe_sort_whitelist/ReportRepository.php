<?php

namespace App\Repositories;

use Illuminate\Support\Facades\DB;

class ReportRepository
{
    private const COLUMNS = [
        'created' => 'created_at',
        'title' => 'title',
        'owner' => 'owner_name',
    ];

    public function sorted(string $sort, string $dir): array
    {
        $column = self::COLUMNS[$sort] ?? 'created_at';
        $direction = strtolower($dir) === 'asc' ? 'ASC' : 'DESC';

        return DB::select("SELECT id, title, owner_name FROM reports ORDER BY {$column} {$direction} LIMIT 50");
    }
}
