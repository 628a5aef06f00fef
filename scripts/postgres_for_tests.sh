#!/usr/bin/env bash
# Start Debian's PostgreSQL on 127.0.0.1:5432 and make an empty test database for the store's
# PostgreSQL tests. Prints the URL to export as TRAINER_TEST_POSTGRES_URL. Needs root (CI) or
# sudo; install first with: apt-get install -y postgresql
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "error: PostgreSQL is not installed; run apt-get install -y postgresql" >&2
  exit 1
fi
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432 >&2
as_pg() { runuser -u postgres -- "$@"; }
if ! as_pg psql -tAc "select 1 from pg_roles where rolname='trainer'" | grep -q 1; then
  as_pg psql -q -c "create role trainer login password 'trainer' createdb" >&2
fi
if ! as_pg psql -tAc "select 1 from pg_database where datname='trainer_test'" | grep -q 1; then
  as_pg createdb -O trainer trainer_test >&2
fi
echo "postgresql://trainer:trainer@127.0.0.1:5432/trainer_test"
