#!/usr/bin/env bash
# EDEN on an N-node WildFly cluster on one machine (README, section "Cluster").
#
#   wildfly-config/cluster/cluster.sh start N   provisions the HA server if needed (mvn -Pcluster
#                                               package), then starts N nodes one after another
#   wildfly-config/cluster/cluster.sh status    each node: PID, state, HTTP port, RSS
#   wildfly-config/cluster/cluster.sh stop      stops every node (by its PID), waits for the end
#
# Node K (1..4) runs a copy of the server's standalone/ directory in $EDEN_CLUSTER_DOSSIER/noeudK
# with port offset EDEN_CLUSTER_OFFSET + 100 * (K - 1): HTTP 8080 + offset, management 9990 +
# offset, JGroups 7600 + offset. Every node shares one PostgreSQL database. The settings, read from
# the environment:
#   EDEN_DB_URL              default jdbc:postgresql://127.0.0.1:5432/eden_cluster (must exist)
#   EDEN_DB_USER/PASSWORD    default postgres/postgres
#   EDEN_CLUSTER_OFFSET      port offset of node 1 (default 0)
#   EDEN_CLUSTER_ADRESSE     address the HTTP connectors bind to (default 127.0.0.1)
#   EDEN_CLUSTER_SERVEUR     the provisioned HA server (default ear/target/server-ha)
#   EDEN_CLUSTER_DOSSIER     where the nodes' directories go (default target/cluster)
#   EDEN_CLUSTER_JAVA_OPTS   JVM options (default: a small heap, fit for a laptop or a test)
#   EDEN_CLUSTER_OPTS        more server options for every node (e.g. -Deden.diagnostic.session=true)
#   EDEN_CLUSTER_NETNS       a network namespace to start the nodes in (root only; see cluster-it)
set -euo pipefail

RACINE="$(cd "$(dirname "$0")/../.." && pwd)"
SERVEUR="${EDEN_CLUSTER_SERVEUR:-$RACINE/ear/target/server-ha}"
DOSSIER="${EDEN_CLUSTER_DOSSIER:-$RACINE/target/cluster}"
OFFSET="${EDEN_CLUSTER_OFFSET:-0}"
ADRESSE="${EDEN_CLUSTER_ADRESSE:-127.0.0.1}"
MAX_NOEUDS=4   # outbound bindings eden-membre-1..4 of wildfly-config/cli/06-cluster.cli

usage() {
    echo "usage: $0 start N | status | stop" >&2
    exit 2
}

# The PIDs of the nodes that run, from their PID files.
pid_de() {
    local f="$DOSSIER/noeud$1/pid"
    [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"
}

start() {
    local n="$1"
    [[ "$n" =~ ^[1-9]$ && "$n" -le $MAX_NOEUDS ]] || { echo "N: 1 à $MAX_NOEUDS nœuds (voir 06-cluster.cli pour davantage)" >&2; exit 2; }
    if [[ ! -x "$SERVEUR/bin/standalone.sh" ]]; then
        echo "Serveur HA absent : mvn -B -Pcluster package"
        (cd "$RACINE" && mvn -B -q -Pcluster package)
    fi
    local membres=()
    for k in $(seq 1 $MAX_NOEUDS); do
        membres+=("-Deden.cluster.membre$k.hote=127.0.0.1" "-Deden.cluster.membre$k.port=$((7600 + OFFSET + 100 * (k - 1)))")
    done
    local debut=$SECONDS
    for k in $(seq 1 "$n"); do
        local noeud="$DOSSIER/noeud$k" off=$((OFFSET + 100 * (k - 1)))
        if pid_de "$k" >/dev/null; then
            echo "noeud$k tourne déjà (PID $(cat "$noeud/pid"))"
            continue
        fi
        # A fresh copy of the configuration and the deployment; no old log fools the wait below.
        rm -rf "$noeud"
        mkdir -p "$noeud"
        cp -r "$SERVEUR/standalone/configuration" "$SERVEUR/standalone/deployments" "$noeud/"
        local prefixe=()
        [[ -n "${EDEN_CLUSTER_NETNS:-}" ]] && prefixe=(ip netns exec "$EDEN_CLUSTER_NETNS")
        # standalone.sh writes the JVM's own PID to JBOSS_PIDFILE: "stop" and the failover test
        # kill that PID, never a process found by name.
        # shellcheck disable=SC2086
        JBOSS_PIDFILE="$noeud/pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        JAVA_OPTS="${EDEN_CLUSTER_JAVA_OPTS:--Xms96m -Xmx256m -XX:MetaspaceSize=96M -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true}" \
        setsid "${prefixe[@]}" "$SERVEUR/bin/standalone.sh" \
            -Djboss.server.base.dir="$noeud" \
            -Djboss.node.name="noeud$k" \
            -Djboss.socket.binding.port-offset="$off" \
            -Djboss.bind.address="$ADRESSE" \
            -Djboss.bind.address.private=127.0.0.1 \
            -Djboss.bind.address.management=127.0.0.1 \
            "${membres[@]}" \
            -Deden.db.driver=postgresql \
            -Deden.db.url="${EDEN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/eden_cluster}" \
            -Deden.db.user="${EDEN_DB_USER:-postgres}" \
            -Deden.db.password="${EDEN_DB_PASSWORD:-postgres}" \
            ${EDEN_CLUSTER_OPTS:-} \
            > "$noeud/console.log" 2>&1 < /dev/null &
        # One node after the other: two starting at once on 2 cores take twice as long each.
        local t0=$SECONDS
        until grep -qE 'WFLYSRV0025|WFLYSRV0026' "$noeud/log/server.log" 2>/dev/null; do
            if ! kill -0 $! 2>/dev/null && ! pid_de "$k" >/dev/null; then
                echo "noeud$k s'est arrêté au démarrage : voir $noeud/console.log" >&2
                exit 1
            fi
            if (( SECONDS - t0 > 240 )); then
                echo "noeud$k n'a pas démarré en 240 s : voir $noeud/log/server.log" >&2
                exit 1
            fi
            sleep 1
        done
        if grep -q 'WFLYSRV0026' "$noeud/log/server.log"; then
            echo "noeud$k a démarré avec des erreurs : voir $noeud/log/server.log" >&2
            exit 1
        fi
        echo "noeud$k démarré en $((SECONDS - t0)) s : PID $(cat "$noeud/pid"), http://$ADRESSE:$((8080 + off))/"
    done
    echo "cluster de $n nœud(s) démarré en $((SECONDS - debut)) s"
    grep -ho 'WFLYCLJG0033.*' "$DOSSIER"/noeud*/log/server.log 2>/dev/null | tail -n 1 || true
}

status() {
    local k
    for d in "$DOSSIER"/noeud*; do
        [[ -d "$d" ]] || continue
        k="${d##*noeud}"
        local off=$((OFFSET + 100 * (k - 1)))
        if pid=$(pid_de "$k"); then
            echo "noeud$k : PID $pid, en marche, http://$ADRESSE:$((8080 + off))/, RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 )) Mo"
        else
            echo "noeud$k : arrêté"
        fi
    done
    grep -ho 'WFLYCLJG0033.*' "$DOSSIER"/noeud*/log/server.log 2>/dev/null | tail -n 1 || true
}

stop() {
    local pids=()
    for d in "$DOSSIER"/noeud*; do
        [[ -d "$d" ]] || continue
        if pid=$(pid_de "${d##*noeud}"); then
            kill "$pid"
            pids+=("$pid")
            echo "${d##*/} : arrêt demandé (PID $pid)"
        fi
    done
    for pid in "${pids[@]}"; do
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        kill -0 "$pid" 2>/dev/null && { echo "PID $pid ne s'arrête pas : kill -9"; kill -9 "$pid"; }
    done
    return 0
}

case "${1:-}" in
    start) [[ $# -eq 2 ]] || usage; start "$2" ;;
    status) status ;;
    stop) stop ;;
    *) usage ;;
esac
