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
echo "Configuring $server_config with $kit/cli/residents-realm.cli"
cli --resolve-parameter-values --properties="$properties" --file="$kit/cli/residents-realm.cli"
# Demo and test servers get the keys a municipality would otherwise exchange with COI: the service's signing and
# encryption keys, and the keys of the local login.gov.pl simulator (demo-services), each side with the other's
# certificate. Generated fresh with the JDK's keytool; production keys never come from here.
if [ "$(setting wiec.login-gov.simulator)" = "true" ]; then
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/keytool" ]; then
        keytool=$JAVA_HOME/bin/keytool
    else
        keytool=$(dirname "$(readlink -f "$(command -v java)")")/keytool
    fi
    key() {
        rm -f "$config_dir/$1.p12"
        "$keytool" -genkeypair -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 \
            -alias "$2" -dname "$3" -storetype PKCS12 -keystore "$config_dir/$1.p12" -storepass "$4" -noprompt
        "$keytool" -exportcert -rfc -alias "$2" -keystore "$config_dir/$1.p12" -storepass "$4" -file "$config_dir/$1-$2.crt"
    }
    service_store=$(setting wiec.login-gov.keystore.file)
    service_password=$(setting wiec.login-gov.keystore.password)
    key "${service_store%.p12}" sign "CN=Wiec demo service signing" "$service_password"
    "$keytool" -genkeypair -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 -alias encrypt \
        -dname "CN=Wiec demo service encryption" -storetype PKCS12 -keystore "$config_dir/$service_store" \
        -storepass "$service_password" -noprompt
    "$keytool" -exportcert -rfc -alias encrypt -keystore "$config_dir/$service_store" -storepass "$service_password" \
        -file "$config_dir/${service_store%.p12}-encrypt.crt"
    key login-gov-simulator node "CN=login.gov.pl simulator (Wiec demo)" simulator
    echo "Generated demo keys for login.gov.pl sign-in and its simulator"
    # The demo's mail catcher (GreenMail, in demo-services) logs every address it receives mail for; the demo and test
    # servers keep e-mail addresses out of their logs like production, so it logs only warnings.
    cli --commands="embed-server --server-config=$server_config --std-out=discard,/subsystem=logging/logger=com.icegreen.greenmail:add(level=WARN),stop-embedded-server"
fi
echo "$server_config is ready"
