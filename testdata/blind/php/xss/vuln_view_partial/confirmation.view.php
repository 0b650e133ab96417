<!doctype html>
<html>
<body>
<h1>Order #<?= $orderId ?> confirmed</h1>
<p class="note"><?= $customerNote ?></p><?php /* LABEL: CWE-79 */ ?>
</body>
</html>
