<?php
// DOMXPath::query is XPath (VGL-PHP-XPATH-001), not SQL
$doc = new DOMDocument();
$doc->load(__DIR__ . '/catalog.xml');
$xpath = new DOMXPath($doc);
$items = $xpath->query("//item[@sku='" . $_GET['sku'] . "']");

class Catalog
{
    private DOMXPath $finder;

    public function byName(DOMXPath $xp, string $name)
    {
        return $xp->query("//item[name='" . $name . "']");
    }

    public function byTag()
    {
        return $this->finder->evaluate("count(//item[@tag='" . $_POST['tag'] . "'])");
    }
}
(new Catalog())->byName($xpath, $_GET['name']);
