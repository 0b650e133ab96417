<?php
// JSON endpoints: the whole body is JSON, no markup is rendered
function search_api(): void {
    $term = $_GET['term'] ?? '';
    $rows = [['label' => $term, 'score' => 1]];
    echo json_encode(['term' => $term, 'rows' => $rows]);
}
function lookup_api(): void {
    if (!isset($_GET['id'])) {
        exit(json_encode(['error' => 'missing id ' . $_GET['ref']]));
    }
    die(json_encode($_POST['echo']));
}
function export_csv(): void {
    header('Content-Type: text/csv; charset=utf-8');
    echo $_GET['name'] . ",1\n";
}
