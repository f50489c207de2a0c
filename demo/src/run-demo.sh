#!/usr/bin/env bash
# Starts the demo server in the foreground (Ctrl-C stops it): the configured WildFly with the wiec-demo.xml
# configuration, Wiec's EAR and the dev-only demo services. The server's base folder (configuration,
# deployments, data, log) lives in demo/target/server, so the demo's H2 database survives restarts.
#
#   run-demo.sh JBOSS_HOME BASE_DIR EAR DEMO_SERVICES_WAR
set -euo pipefail

jboss_home=$1
base=$2
ear=$3
demo_services=$4

mkdir -p "$base/deployments" "$base/data" "$base/log"
rm -rf "$base/configuration"
cp -R "$jboss_home/standalone/configuration" "$base/"
rm -f "$base"/deployments/*
cp "$demo_services" "$base/deployments/demo-services.war"
cp "$ear" "$base/deployments/wiec.ear"

cat <<TEXT

  Wiec demo is starting at http://localhost:8080/  (back office: http://localhost:8080/backoffice/)
  Readiness: http://localhost:9990/health/ready     API: http://localhost:8080/api/municipality
  Mail the demo sends (mail catcher): http://localhost:8080/demo/mail
  Staff accounts (password Wiec-demo-2026): anowak (administrator), jkowalski and mwisniewska (clerks),
  pzielinski (moderator), kwojcik (no access). Ctrl-C stops the server; demo data stays in $base/data.
  Residents: http://localhost:8080/signin.xhtml (login.gov.pl simulator with test people, or e-mail accounts).

TEXT
exec "$jboss_home/bin/standalone.sh" -Djboss.server.base.dir="$base" -c wiec-demo.xml
