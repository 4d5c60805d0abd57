#!/bin/sh
# Run once by the postgres image when its volume is first initialised: a read-only role for Grafana's Coverage
# dashboard, able to read every table the sink (connecting as $POSTGRES_USER) creates, now or later, and nothing
# else. On a volume initialised before this script existed, run it by hand:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-reader.sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v reader_password="$(cat /run/secrets/grafana-db-password)" -v db="$POSTGRES_DB" -v owner="$POSTGRES_USER" <<'SQL'
CREATE ROLE newsstream_reader LOGIN PASSWORD :'reader_password';
GRANT CONNECT ON DATABASE :"db" TO newsstream_reader;
GRANT USAGE ON SCHEMA public TO newsstream_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsstream_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO newsstream_reader;
SQL
