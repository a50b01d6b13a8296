#!/usr/bin/env bash
# Proves that Spark's RDD.pipe drives `transcheck batch` unchanged: a local[2]
# PySpark job pipes ~300 records (inline pairs, path pairs, bad records) through
# the binary in 4 partitions and tools/spark_pipe.py checks one line back per
# record, every id once, errors for the bad ones, reports with a score for the
# rest, and input order within each partition.
# Usage: tools/spark-test.sh [BINARY]   (default: the release build, built if missing)
# Installs pyspark from PyPI into ${XDG_CACHE_HOME:-$HOME/.cache}/transcheck/spark-venv
# the first time; needs Java 17+ (java on PATH or JAVA_HOME).
set -euo pipefail
die() { echo "spark-test: $*" >&2; exit 1; }

# Binary: $1 (relative to the caller's directory), else the release build (built when missing).
if [ $# -ge 1 ]; then
  [ -x "$1" ] && [ ! -d "$1" ] || die "no executable transcheck binary at $1"
  bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fi
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  bin=.build/release/transcheck
  if [ ! -x "$bin" ]; then
    echo "spark-test: building the release binary" >&2
    swift build -c release --static-swift-stdlib >&2 || die "swift build -c release failed"
  fi
fi
[ -x "$bin" ] || die "no executable transcheck binary at $bin"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

# Java for Spark.
if [ -z "${JAVA_HOME:-}" ]; then
  java=$(command -v java) || die "no java on PATH (Spark needs Java 17+); set JAVA_HOME"
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")")
  export JAVA_HOME
fi
[ -x "$JAVA_HOME/bin/java" ] || die "JAVA_HOME=$JAVA_HOME has no bin/java"

# pyspark in a virtualenv of its own, reused once it imports.
venv=${XDG_CACHE_HOME:-$HOME/.cache}/transcheck/spark-venv
py=$venv/bin/python
if ! { [ -x "$py" ] && "$py" -c 'import pyspark' 2>/dev/null; }; then
  echo "spark-test: installing pyspark into $venv" >&2
  mkdir -p "$(dirname "$venv")"
  [ -x "$py" ] || python3 -m venv "$venv" || die "python3 -m venv $venv failed"
  "$py" -m pip install --quiet "pyspark==4.3.0" || die "pip install pyspark failed"
  "$py" -c 'import pyspark' || die "pyspark does not import after install"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Spark's own logging down to errors (startup included), no UI, loopback only.
cat >"$tmp/log4j2.properties" <<'LOG'
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
# pyspark's gateway resets the root level to its own logger's (WARN unless set).
logger.gateway.name = org.apache.spark.api.python.PythonGatewayServer
logger.gateway.level = error
LOG
export SPARK_CONF_DIR=$tmp SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON=$py PYSPARK_DRIVER_PYTHON=$py
unset SPARK_HOME PYTHONPATH

"$py" tools/spark_pipe.py records "$tmp/records.jsonl" || die "could not write the test records"
"$py" tools/spark_pipe.py run "$bin" "$tmp/records.jsonl" || die "Spark's RDD.pipe run of $bin batch failed (see above)"
