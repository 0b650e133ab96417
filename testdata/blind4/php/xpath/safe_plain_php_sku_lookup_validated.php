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
        if (!preg_match('/^[A-Z0-9-]{3,24}$/', $sku)) {
            return null;
        }
        $nodes = $this->xpath->query("/catalog/item[@sku='" . $sku . "']/price");
        return ($nodes && $nodes->length > 0) ? $nodes->item(0)->textContent : null;
    }
}

$catalog = new CatalogXml('/srv/app/data/catalog.xml');
$sku = strtoupper($_GET['sku'] ?? '');
header('Content-Type: application/json');
echo json_encode(['sku' => $sku, 'price' => $catalog->priceFor($sku)]);
