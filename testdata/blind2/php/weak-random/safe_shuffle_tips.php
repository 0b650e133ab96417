<?php
$tips = [
    'Press ? to see keyboard shortcuts.',
    'You can drag cards between columns.',
    'Archive old boards to keep things tidy.',
];
$tip = $tips[array_rand($tips)];
$delay = mt_rand(100, 400);
?>
<div class="tip" data-delay="<?= $delay ?>"><?= htmlspecialchars($tip) ?></div>
