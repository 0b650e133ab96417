#!/usr/bin/env bash
# Measures cortex's triage (precision/recall of true/false-positive verdicts,
# tokens and cost per finding) over modules/analysis/cortex/testdata/eval.
#
#   CORTEX_EVAL_URL    OpenAI-compatible base URL (…/v1). Unset: built-in
#                      scripted fake, clearly labelled as not a real model.
#   CORTEX_EVAL_MODEL  model name (required with a URL)
#   CORTEX_EVAL_KEY    API key (optional for local servers)
#   CORTEX_EVAL_INPUT_PRICE / CORTEX_EVAL_OUTPUT_PRICE  USD per million tokens
#   CORTEX_EVAL_CASES  another labelled cases.json
set -euo pipefail
cd "$(dirname "$0")/.."
exec go run ./bench/cortexeval "$@"
