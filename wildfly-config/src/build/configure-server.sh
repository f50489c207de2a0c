#!/usr/bin/env bash
# Applies the Wiec kit (modules and CLI scripts) to an unpacked stock WildFly, exactly as the README tells an
# IT department to do it. The build runs it twice: once for the demo configuration, once for the test one.
#
#   configure-server.sh JBOSS_HOME KIT_DIR PROPERTIES_FILE h2|postgresql
set -euo pipefail

jboss_home=$1
kit=$2
properties=$3
database=$4

setting() {
    sed -n "s/^$1=//p" "$properties" | tail -n 1
}

config_dir="$jboss_home/standalone/configuration"
server_config=$(setting wiec.server.config)
credential_store=$(setting wiec.credential.store.file)

cp -R "$kit/modules/." "$jboss_home/modules/"
# Start from the stock configuration every time, so the scripts are tested on what an IT department has.
cp "$config_dir/standalone.xml" "$config_dir/$server_config"
rm -f "$config_dir/$credential_store"

cli() {
    # No JAVA_OPTS from the caller's environment leak into the CLI; output goes to the build log.
    JAVA_OPTS="" "$jboss_home/bin/jboss-cli.sh" "$@"
}

echo "Configuring $server_config with $kit/cli/wiec-server.cli"
cli --resolve-parameter-values --properties="$properties" --file="$kit/cli/wiec-server.cli"
case "$database" in
    postgresql)
        echo "Configuring $server_config with $kit/cli/datasource-postgresql.cli"
        cli --resolve-parameter-values --properties="$properties" --file="$kit/cli/datasource-postgresql.cli"
        ;;
    h2)
        echo "Configuring $server_config with $kit/cli/datasource-h2.cli"
        cli --properties="$properties" --file="$kit/cli/datasource-h2.cli"
        ;;
    *)
        echo "Unknown database kind: $database (h2 or postgresql)" >&2
        exit 2
        ;;
esac
echo "$server_config is ready"
