<?php
libxml_disable_entity_loader(true);
$reader = new XMLReader();
$reader->XML($_POST['xml'], null, LIBXML_NONET | LIBXML_NOCDATA);
