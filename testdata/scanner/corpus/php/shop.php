<?php
// A small shop front controller with a few deliberate flaws (labelled).

function db() {
    return new PDO('mysql:host=db;dbname=shop', 'shop', getenv('SHOP_DB_PASSWORD'));
}

function product($pdo) {
    $stmt = $pdo->prepare('SELECT name, price FROM products WHERE id = ?');
    $stmt->execute([$_GET['id']]);
    $p = $stmt->fetch();
    echo '<h1>' . htmlspecialchars($p['name'], ENT_QUOTES, 'UTF-8') . '</h1>';
}

function search($pdo) {
    $q = $_GET['q'];
    $rows = $pdo->query("SELECT id, name FROM products WHERE name LIKE '%" . $q . "%'"); // LABEL: CWE-89
    echo '<p>Results for ' . $_GET['q'] . '</p>'; // LABEL: CWE-79
    return $rows;
}

function invoice() {
    $file = $_GET['invoice'];
    readfile('/srv/invoices/' . $file); // LABEL: CWE-22
    readfile('/srv/invoices/' . basename($_GET['copy']));
}

function thumbnail() {
    $src = $_POST['image_url'];
    $ch = curl_init($src); // LABEL: CWE-918
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $img = curl_exec($ch);
    $name = escapeshellarg($_POST['name']);
    shell_exec('convert - -resize 64x64 /tmp/' . $name . '.png');
    shell_exec('optipng /tmp/' . $_POST['name'] . '.png'); // LABEL: CWE-78
    return $img;
}

function cart() {
    $cart = unserialize($_COOKIE['cart']); // LABEL: CWE-502
    $token = md5(uniqid()); // LABEL: CWE-338
    $_SESSION['cart_token'] = $token;
    return $cart;
}

function back() {
    header('Location: ' . $_GET['back']); // LABEL: CWE-601
    exit;
}

function legacy_filters() {
    extract($_GET); // LABEL: CWE-914
    parse_str($_SERVER['QUERY_STRING'], $filters);
    return $filters;
}

$page = $_GET['page'] ?? 'home';
if ($page === 'search') {
    search(db());
} elseif ($page === 'invoice') {
    invoice();
} else {
    product(db());
}
