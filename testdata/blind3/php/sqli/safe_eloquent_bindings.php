<?php

namespace App\Repositories;

use App\Models\Invoice;

class InvoiceRepository
{
    public function search(string $status, string $customer): array
    {
        $query = Invoice::query()->where('status', $status);
        if ($customer !== '') {
            $query->whereRaw('customer_name LIKE ?', ['%' . $customer . '%']);
        }

        return $query->orderByDesc('issued_at')->limit(100)->get()->toArray();
    }

    public function overdue(): array
    {
        return Invoice::query()->whereRaw('due_at < NOW()')->get()->toArray();
    }
}
