<?php

namespace App\Repositories;

use App\Models\Invoice;

class InvoiceRepository
{
    public function search(string $status, string $customer): array
    {
        $query = Invoice::query()->where('status', $status);
        if ($customer !== '') {
            $query->whereRaw("customer_name LIKE '%" . $customer . "%'"); // LABEL: CWE-89
        }

        return $query->orderByDesc('issued_at')->limit(100)->get()->toArray();
    }

    public function total(): int
    {
        return Invoice::query()->count();
    }
}
