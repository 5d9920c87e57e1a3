#!/usr/bin/env bash
# The hub's benchmark (not part of ./mvnw verify). See README "Performance".
#   bench/run.sh all                 every figure, each the median of 3 runs (under 20 minutes on 2 cores)
#   bench/run.sh quick               one run of intake, webhook, latency, email and store size, for iterating
#   bench/run.sh quick|all NAME...   only these: intake webhook latency email sftp store growth postgres
# Starts the packaged hub (target/*.jar, built if missing) with the prod profile on an H2 file, then on the local
# PostgreSQL 15 (started if down, stopped again), next to real peers and a raw HTTP baseline. Prints one table and
# writes target/bench/results.json. Needs wrk (apt-get install wrk) and, for PostgreSQL, apt-get install postgresql.
# BENCH_HUB_JAVA_OPTS adds JVM options to the hub; BENCH_JFR=dir records a JFR profile of the first measured
# window of intake, webhook and latency into dir/*.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
jar=target/order-dispatch-hub-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
fi
mkdir -p target/bench
if [ ! -s target/bench/classpath.txt ] || [ pom.xml -nt target/bench/classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >/dev/null ||
    ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
fi
classpath=$(cat target/bench/classpath.txt)
rm -rf target/bench/classes
javac -d target/bench/classes -cp "$classpath" bench/src/bench/*.java
exec java -Dsun.net.httpserver.nodelay=true -Dlogback.configurationFile=bench/logback.xml -cp "target/bench/classes:$classpath" bench.Bench "${@:-quick}"
