<?php
class OrderRepo {
    private $pdo;

    private function purge($status) {
        return $this->pdo->exec("DELETE FROM orders WHERE status = '" . $status . "'"); // vigil:expect VGL-PHP-SQLI-001
    }

    public function handle() {
        $this->purge($_POST['status']);
        $sort = $_GET['sort'];
        return $this->pdo->query("SELECT * FROM orders ORDER BY " . $sort); // vigil:expect VGL-PHP-SQLI-001
    }
}
