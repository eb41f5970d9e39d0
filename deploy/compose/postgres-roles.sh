#!/bin/sh
# Run once by the postgres image when it initialises its data directory: the role the servers run as. It owns
# nothing; the migrate service (as the owner, `workflows`) grants it what it needs after every migration.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$WORKFLOWS_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE workflows_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
