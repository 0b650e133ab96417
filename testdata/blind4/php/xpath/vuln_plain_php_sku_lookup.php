<?php
require __DIR__ . '/../bootstrap.php';

final class CatalogXml
{
    private DOMXPath $xpath;

    public function __construct(string $file)
    {
        $doc = new DOMDocument();
        $doc->load($file, LIBXML_NONET);
        $this->xpath = new DOMXPath($doc);
    }

    public function priceFor(string $sku): ?string
    {
        $nodes = $this->xpath->query("/catalog/item[@sku='" . $sku . "']/price"); // LABEL: CWE-643
        return ($nodes && $nodes->length > 0) ? $nodes->item(0)->textContent : null;
    }
}

$catalog = new CatalogXml('/srv/app/data/catalog.xml');
$sku = $_GET['sku'] ?? '';
header('Content-Type: application/json');
echo json_encode(['sku' => $sku, 'price' => $catalog->priceFor($sku)]);
