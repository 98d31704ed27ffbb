#!/usr/bin/env bash
# Follows README "Taking a new api-version" step by step (ApiVersionWalkthroughTest keeps the two identical).
# Usage: scripts/take-new-api-version.sh <new phone-numbers document> (Swagger 2.0 JSON or OpenAPI 3 YAML/JSON)
set -euo pipefail
NEW="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/.."
# --- walkthrough
mvn -B -q -pl spec-tools -Pspec-diff -Dspec.new="$NEW" process-classes
mvn -B -pl spec-tools,test-support,generated,facade package -DskipTests -Dphonenumbers.spec="$NEW"
mvn -B verify -pl tests -am -Dphonenumbers.spec="$NEW" -Dtest='OperationCoverageTest,**/e2e/*E2eTest' -Dsurefire.failIfNoSpecifiedTests=false
# --- end
