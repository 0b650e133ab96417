<?php

require __DIR__ . '/../bootstrap.php';

class WizardState
{
    public int $step = 1;
    public array $answers = [];
}

$state = new WizardState();
if (isset($_POST['state'])) {
    $state = unserialize(hex2bin($_POST['state'])); // LABEL: CWE-502
}

$state->step++;
$state->answers[] = $_POST['answer'] ?? null;

header('Content-Type: application/json');
echo json_encode(['step' => $state->step, 'state' => bin2hex(serialize($state))]);
