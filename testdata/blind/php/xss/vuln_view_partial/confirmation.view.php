<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title>Order confirmed</title>
    <link rel="stylesheet" href="/css/shop.css">
</head>
<body>
<h1>Order #<?= $orderId ?> confirmed</h1>
<p class="note"><?= $customerNote ?></p><?php /* LABEL: CWE-79 */ ?>
<p><a href="/orders/<?= $orderId ?>">View your order</a></p>
</body>
</html>
