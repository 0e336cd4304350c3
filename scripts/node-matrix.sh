#!/usr/bin/env bash
# The other supported Node majors: for each, the Vitest suite, `next build` and the @smoke e2e journey, with that
# Node's binary (the npm registry's `node` package) first on PATH, so every child runs on it too: npx, vitest's
# workers, next build, tsx and the sandbox, the production server (which reports its version in its log).
# Usage: scripts/node-matrix.sh [MAJOR ...]   (default: 24; also `npm run test:node -- 22`). Uses the node_modules
# installed by `npm ci` on the machine's Node.
# Each step's wall time is printed as "[node-matrix] Node N: STEP passed in S s". A failing step does not stop the
# others (the smoke result is worth having when a unit test fails); the script fails at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(24)

failures=()
step() {
  local label=$1 start=$SECONDS
  shift
  echo "[node-matrix] Node $major: $label"
  if "$@"; then
    echo "[node-matrix] Node $major: $label passed in $((SECONDS - start)) s"
  else
    echo "[node-matrix] Node $major: $label FAILED after $((SECONDS - start)) s"
    failures+=("Node $major: $label")
  fi
}

# The production server of the smoke run must have run on this Node, not on one found elsewhere on PATH.
server_ran_on() {
  grep -q "Node v$1\." .e2e/console-server.log || { grep 'ready on' .e2e/console-server.log >&2; return 1; }
}

for major in "${majors[@]}"; do
  start=$SECONDS
  if ! node_bin=$(npx -y -p "node@$major" sh -c 'dirname "$(readlink -f "$(command -v node)")"'); then
    failures+=("Node $major: could not fetch node@$major")
    continue
  fi
  saved_path=$PATH
  export PATH="$node_bin:$PATH"
  version=$(node --version)
  if [[ $version != "v$major."* ]]; then
    echo "[node-matrix] wanted Node $major, PATH gives $version" >&2
    failures+=("Node $major: PATH gives $version")
  else
    echo "[node-matrix] Node $major: $version from $node_bin (fetched in $((SECONDS - start)) s)"
    step "unit tests (vitest run)" npx vitest run
    step "npm run build" npm run build
    step "smoke e2e (npm run test:smoke)" npm run --silent test:smoke
    step "server ran on Node $major" server_ran_on "$major"
  fi
  export PATH=$saved_path
  echo "[node-matrix] Node $major: done in $((SECONDS - start)) s"
done

if [ ${#failures[@]} -gt 0 ]; then
  printf '[node-matrix] FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "[node-matrix] all passed on Node ${majors[*]}"
