#!/usr/bin/env bash
# Starts a PerfEval cluster on this machine's loopback: N Payara Micro nodes clustered by Hazelcast
# (web sessions in the data grid), all on one PostgreSQL database (Flowable's timers and jobs shared
# through it), and HAProxy in front, round robin without stickiness. Runs in the foreground until
# Ctrl-C or SIGTERM, then stops the balancer and the nodes. See README.md in this directory.
#
#   mvn -q -DskipTests package
#   createdb -h 127.0.0.1 -U postgres perfeval
#   PERFEVAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/perfeval PERFEVAL_DB_USER=postgres \
#     deployment/cluster/start-cluster.sh
#
# Settings (environment): PERFEVAL_DB_URL (a PostgreSQL URL; required), PERFEVAL_DB_USER,
# PERFEVAL_DB_PASSWORD and every other PERFEVAL_* setting, passed to all nodes alike (PERFEVAL_NODE
# is set per node: node1, node2, ...);
#   CLUSTER_NODES      number of nodes                                   2
#   CLUSTER_LB_PORT    the balancer's port (the address users open)      8080
#   CLUSTER_HTTP_PORT  HTTP port of node 1; node i listens on it + i-1   8081
#   CLUSTER_HZ_PORT    Hazelcast port of node 1; node i on it + i-1      6900
#   CLUSTER_NAME       Hazelcast cluster name (nodes of other names never join)   perfeval
#   CLUSTER_RUN_DIR    logs, pid files, the generated haproxy.cfg        target/cluster
#   CLUSTER_JAVA_OPTS  JVM options of the nodes (e.g. -Xmx1g)            none
#   JAVA               the java command                                  java
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
nodes="${CLUSTER_NODES:-2}"
lb_port="${CLUSTER_LB_PORT:-8080}"
http_base="${CLUSTER_HTTP_PORT:-8081}"
hz_base="${CLUSTER_HZ_PORT:-6900}"
cluster_name="${CLUSTER_NAME:-perfeval}"
run="${CLUSTER_RUN_DIR:-$root/target/cluster}"
java="${JAVA:-java}"
micro="$root/target/payara-micro.jar"
war="$root/target/uberjar/ROOT.war"

say() { echo "[cluster] $*"; }
fail() { echo "[cluster] $*" >&2; exit 1; }

[[ "$nodes" =~ ^[1-9][0-9]?$ ]] || fail "CLUSTER_NODES must be a number from 1 to 99: $nodes"
[ -f "$micro" ] && [ -f "$war" ] || fail "$micro or $war missing: build first (mvn -q -DskipTests package)"
case "${PERFEVAL_DB_URL:-}" in
  jdbc:postgresql:*) ;;
  *) fail "PERFEVAL_DB_URL must point at the PostgreSQL database all nodes share, e.g.
    PERFEVAL_DB_URL=jdbc:postgresql://127.0.0.1:5432/perfeval PERFEVAL_DB_USER=postgres $0
(the embedded H2 file of a single node cannot be shared)" ;;
esac

# the balancer: Debian's haproxy, installed when missing (as root, with apt-get)
if ! command -v haproxy >/dev/null 2>&1 && [ ! -x /usr/sbin/haproxy ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing haproxy (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    fail "haproxy is not installed: sudo apt-get install haproxy"
  fi
fi
haproxy="$(command -v haproxy || echo /usr/sbin/haproxy)"

mkdir -p "$run"
pids=()
names=()
reported=()
stopping=""

stop_all() {
  [ -n "$stopping" ] && return
  stopping=1
  say "stopping"
  local p
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 1 60); do
    local alive=""
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break
    sleep 1
  done
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  rm -rf "$run"/node*/tmp
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# HTTP status of GET /health/ready on a loopback port, without curl (bash's /dev/tcp)
ready_status() {
  local status=""
  if exec 3<>"/dev/tcp/127.0.0.1/$1"; then
    printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    read -r -t 10 _ status _ <&3 || true
    exec 3<&- 3>&-
  fi 2>/dev/null
  echo "${status:-000}"
}

wait_ready() { # port pid what
  local deadline=$((SECONDS + 300))
  until [ "$(ready_status "$1")" = 200 ]; do
    kill -0 "$2" 2>/dev/null || fail "$3 exited before it was ready: see its log in $run"
    [ $SECONDS -lt $deadline ] || fail "$3 not ready after 300 s: see its log in $run"
    sleep 1
  done
}

members=""
for i in $(seq 1 "$nodes"); do
  members="${members:+$members,}127.0.0.1:$((hz_base + i - 1))"
done

start_node() {
  local i=$1
  local dir="$run/node$i"
  rm -rf "$dir/tmp"
  mkdir -p "$dir/tmp"
  # Hazelcast on (no --nohazelcast, unlike target/perfeval.jar): --clustername keeps other clusters out,
  # --clustermode tcpip lists every node's data-grid address (no multicast), --interfaces binds the data
  # grid to loopback, --nohostaware lets the backups of sessions live on other nodes of this same host
  # (with host-aware partitioning a node's sessions have no backup here and die with it)
  # shellcheck disable=SC2086
  PERFEVAL_NODE="node$i" "$java" ${CLUSTER_JAVA_OPTS:-} -Djava.io.tmpdir="$dir/tmp" -jar "$micro" \
    --deploy "$war" \
    --postbootcommandfile "$root/deployment/cluster/post-boot-commands.asadmin" \
    --port "$((http_base + i - 1))" \
    --name "node$i" \
    --clustername "$cluster_name" \
    --clustermode "tcpip:$members" \
    --interfaces 127.0.0.1 \
    --startport "$((hz_base + i - 1))" \
    --nohostaware \
    --disablephonehome \
    > "$dir/node.log" 2>&1 &
  pids+=($!)
  names+=("node$i")
  echo $! > "$dir/pid"
  say "node$i: pid $!, http://127.0.0.1:$((http_base + i - 1)), data grid 127.0.0.1:$((hz_base + i - 1)), log $dir/node.log"
}

# The first node alone: on an empty database it creates the schema (and the demo data in demo mode);
# then the others, together.
start_node 1
wait_ready "$http_base" "${pids[0]}" node1
for i in $(seq 2 "$nodes"); do start_node "$i"; done
for i in $(seq 2 "$nodes"); do wait_ready "$((http_base + i - 1))" "${pids[$((i - 1))]}" "node$i"; done

cfg="$run/haproxy.cfg"
cp "$root/deployment/cluster/haproxy.cfg" "$cfg"
for i in $(seq 1 "$nodes"); do
  echo "    server node$i 127.0.0.1:$((http_base + i - 1)) check" >> "$cfg"
done
export PERFEVAL_LB_BIND="127.0.0.1:$lb_port"
"$haproxy" -c -q -f "$cfg" || fail "haproxy refuses $cfg"
"$haproxy" -db -f "$cfg" > "$run/haproxy.log" 2>&1 &
pids+=($!)
names+=(haproxy)
echo $! > "$run/haproxy.pid"
wait_ready "$lb_port" "$!" haproxy
say "PerfEval cluster ready: http://127.0.0.1:$lb_port ($nodes nodes, balancer log $run/haproxy.log)"

# Runs until stopped. A node that ends is reported; the balancer routes around it.
while kill -0 "${pids[-1]}" 2>/dev/null; do
  live=()
  for k in "${!pids[@]}"; do
    if kill -0 "${pids[$k]}" 2>/dev/null; then
      live+=("${pids[$k]}")
    elif [ -z "${reported[$k]:-}" ]; then
      reported[$k]=1
      say "${names[$k]} (pid ${pids[$k]}) ended"
    fi
  done
  wait -n "${live[@]}" 2>/dev/null || true
done
fail "haproxy ended: see $run/haproxy.log"
