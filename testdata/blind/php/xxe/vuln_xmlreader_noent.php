<?php
declare(strict_types=1);

final class InvoiceStreamReader
{
    public function totals(string $xml): array
    {
        $reader = new XMLReader();
        $reader->XML($xml, 'UTF-8', LIBXML_NOENT); // LABEL: CWE-611
        $totals = [];
        while ($reader->read()) {
            if ($reader->nodeType === XMLReader::ELEMENT && $reader->name === 'total') {
                $totals[] = $reader->readString();
            }
        }
        $reader->close();
        return $totals;
    }
}

echo json_encode((new InvoiceStreamReader())->totals($_POST['invoice'] ?? '<invoice/>'));
