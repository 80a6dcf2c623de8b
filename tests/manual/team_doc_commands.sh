#!/usr/bin/env bash
# The commands of docs/team.md, run as written against throwaway Debian clusters on this machine (root, Debian's
# postgresql package with pg_createcluster; ports 5497 and 5498 on localhost). Both clusters are removed at the end.
# Not part of the test run: it creates PostgreSQL clusters under /etc/postgresql and /var/lib/postgresql.
#
#     sudo tests/manual/team_doc_commands.sh [PYTHON]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
PY="${1:-python3}"
V="$(pg_lsclusters -h | awk '{print $1}' | sort -n | tail -1)"
V="${V:-$(ls /usr/lib/postgresql | sort -n | tail -1)}"
PORT=5497
PORT2=5498
CONF=/etc/postgresql/$V/netzplandoc
WORK="$(mktemp -d /tmp/netzplaner-doc-XXXXXX)"
chmod 755 "$WORK"
np() { (cd "$REPO" && "$PY" -m netzplaner "$@"); }
export NETZPLANER_DATA_DIR=$WORK/appdata
cleanup() {
  pg_dropcluster "$V" netzplandoc --stop 2>/dev/null || true
  pg_dropcluster "$V" netzplandoc2 --stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== 1. a cluster with TLS (a certificate authority of our own signs the server's certificate)"
pg_createcluster "$V" netzplandoc -p $PORT >/dev/null
mkdir -p "$WORK/tls" && cd "$WORK/tls"
openssl req -new -x509 -days 3650 -nodes -subj "/CN=Netzplaner Test CA" -keyout ca.key -out ca.crt 2>/dev/null
openssl req -new -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > san.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 -out server.crt \
  -extfile san.ext 2>/dev/null
install -o postgres -g postgres -m 600 server.key "$CONF/server.key"
install -o postgres -g postgres -m 644 server.crt "$CONF/server.crt"
cat >> "$CONF/postgresql.conf" <<EOF
listen_addresses = 'localhost'
ssl = on
ssl_cert_file = '$CONF/server.crt'
ssl_key_file = '$CONF/server.key'
EOF
pg_ctlcluster "$V" netzplandoc start

echo "== 2. the owner and the database"
printf 'Admin-Passwort-1\nAdmin-Passwort-1\n' | runuser -u postgres -- createuser -p $PORT --createrole --pwprompt netzplan_admin
runuser -u postgres -- createdb -p $PORT --owner netzplan_admin netzplan

echo "== 3. team init (the password from ~/.pgpass), publish"
export HOME=$WORK/admin && mkdir -p "$HOME"
echo "localhost:$PORT:*:netzplan_admin:Admin-Passwort-1" > "$HOME/.pgpass" && chmod 600 "$HOME/.pgpass"
URL="postgresql://netzplan_admin@localhost:$PORT/netzplan"
np team init "$URL"
np demo "$WORK/Netzwerk.netzplan"
np team publish "$WORK/Netzwerk.netzplan" "$URL"

echo "== 4. roles and passwords"
np team grant "$URL" anna --role editor
np team grant "$URL" bernd --role reader
printf 'Anna-Passwort-1\nAnna-Passwort-1\n' | psql "$URL" -c '\password anna'
printf 'Bernd-Passwort-1\nBernd-Passwort-1\n' | psql "$URL" -c '\password bernd'

echo "== 5. TLS only (pg_hba.conf), reload"
cat > "$CONF/pg_hba.conf" <<EOF
local   all        all                                               peer
hostssl netzplan   netzplan_admin,+netzplan_editor,+netzplan_reader  127.0.0.1/32  scram-sha-256
hostssl netzplan   netzplan_admin,+netzplan_editor,+netzplan_reader  ::1/128       scram-sha-256
EOF
pg_ctlcluster "$V" netzplandoc reload && sleep 1

echo "== 6. a laptop: anna with root.crt and .pgpass, then a service file"
export HOME=$WORK/anna && mkdir -p "$HOME/.postgresql"
cp "$WORK/tls/ca.crt" "$HOME/.postgresql/root.crt"
echo "localhost:$PORT:netzplan:anna:Anna-Passwort-1" > "$HOME/.pgpass" && chmod 600 "$HOME/.pgpass"
np check "postgresql://anna@localhost:$PORT/netzplan?sslmode=verify-full" | head -2
echo "-- without TLS the server refuses:"
if np check "postgresql://anna@localhost:$PORT/netzplan?sslmode=disable"; then exit 1; fi
cat > "$HOME/.pg_service.conf" <<EOF
[netzplan]
host=localhost
port=$PORT
dbname=netzplan
user=anna
sslmode=verify-full
EOF
np check "postgresql:///netzplan?service=netzplan" | head -2
np export "postgresql:///netzplan?service=netzplan" -o "$WORK/Vorstand.xlsx"

echo "== 7. offline workshop"
np team pull "postgresql://anna@localhost:$PORT/netzplan" "$WORK/Workshop.netzplan"
np team push "$WORK/Workshop.netzplan"
np team push "$WORK/Workshop.netzplan" --yes

echo "== 4b. a reader, then out of the team"
export HOME=$WORK/bernd && mkdir -p "$HOME/.postgresql" && cp "$WORK/tls/ca.crt" "$HOME/.postgresql/root.crt"
echo "localhost:$PORT:netzplan:bernd:Bernd-Passwort-1" > "$HOME/.pgpass" && chmod 600 "$HOME/.pgpass"
np check "postgresql://bernd@localhost:$PORT/netzplan?sslmode=verify-full" | head -1
export HOME=$WORK/admin
psql "$URL" -c 'REVOKE netzplan_reader FROM bernd'
export HOME=$WORK/bernd
if np check "postgresql://bernd@localhost:$PORT/netzplan?sslmode=verify-full"; then exit 1; fi

echo "== 8. backup, damage, restore"
export HOME=$WORK/admin
cd "$WORK"
pg_dump --format=custom --file=netzplan-$(date +%F).dump "$URL"
psql "$URL" -qc "DELETE FROM partner WHERE NOT is_own_firm"
pg_restore --clean --if-exists --single-transaction --dbname="$URL" netzplan-$(date +%F).dump
test "$(psql "$URL" -tAc 'SELECT count(*) FROM partner')" -gt 1
export HOME=$WORK/anna
psql "postgresql://anna@localhost:$PORT/netzplan?sslmode=verify-full" -qtAc \
  "UPDATE partner SET city = 'Hechingen' WHERE is_own_firm; SELECT username FROM change_log ORDER BY id DESC LIMIT 1"
echo "-- a new server: roles first, then the database"
export HOME=$WORK/admin
runuser -u postgres -- pg_dumpall -p $PORT --roles-only > "$WORK/netzplan-roles.sql"
pg_createcluster "$V" netzplandoc2 -p $PORT2 --start >/dev/null
runuser -u postgres -- psql -p $PORT2 -q -f "$WORK/netzplan-roles.sql" 2>&1 | grep -v 'already exists' || true
runuser -u postgres -- createdb -p $PORT2 --owner netzplan_admin netzplan
echo "localhost:$PORT2:*:netzplan_admin:Admin-Passwort-1" >> "$HOME/.pgpass"
pg_restore --single-transaction --dbname="postgresql://netzplan_admin@localhost:$PORT2/netzplan" netzplan-$(date +%F).dump
export HOME=$WORK/anna
echo "localhost:$PORT2:netzplan:anna:Anna-Passwort-1" >> "$HOME/.pgpass"
np check "postgresql://anna@localhost:$PORT2/netzplan" | head -1

echo "== 9. upgrade (nothing to do at the same version)"
export HOME=$WORK/admin
np team upgrade "$URL"
echo "== all commands ran"
