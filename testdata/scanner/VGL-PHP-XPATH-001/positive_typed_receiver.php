<?php
class Catalog
{
    private DOMXPath $finder;

    public function byName(DOMXPath $x)
    {
        return $x->query("//item[name='" . $_GET['name'] . "']"); // vigil:expect VGL-PHP-XPATH-001
    }

    public function byTag()
    {
        return $this->finder->query("//item[@tag='" . $_POST['tag'] . "']"); // vigil:expect VGL-PHP-XPATH-001
    }
}
