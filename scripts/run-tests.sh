#!/usr/bin/env bash
# Runs every test on a fresh machine: the set-up of scripts/setup.sh, then the unit, UI (headless) and architecture
# tests, the runtime image with its AOT cache, and the image check (jlink/check-image.sh). .ci/run calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test
mvn -B -ntp verify
