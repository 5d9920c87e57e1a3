#!/bin/sh
# The SFTP scenario: N orders (default 10000) wait for a supplier's schedule, then one scheduled run drops them all,
# one CSV file per order, to a local SFTP server (Apache MINA SSHD) over one SSH session. Prints files/s.
# Usage: bench/sftp.sh [orders]. Needs the build's dependencies (./mvnw -B test-compile once).
set -e
cd "$(dirname "$0")/.."
orders="${1:-10000}"
./mvnw -B -q -o test -Dtest=SftpDropBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.orders="$orders" \
  -Djacoco.skip=true
cat target/bench-sftp.txt
