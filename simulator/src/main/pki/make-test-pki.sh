#!/bin/sh
# Generates the simulator's DEVELOPMENT-ONLY test PKI (run once; the results are committed):
#   ../../../../wildfly-config/src/main/keystores/epuap-sim-signers.p12  (password changeit)
#       citizen  - CN=Jan Testowy, SERIALNUMBER=PNOPL-80010112345, chain -> CN=EduGmina Test CA
#       stranger - CN=Adam Obcy,   SERIALNUMBER=PNOPL-75050554321, chain -> CN=Nieznane CA (trusted by nobody)
#       profil-zaufany - CN=Profil Zaufany (symulator), O=Ministerstwo Cyfryzacji (symulator), chain -> CN=EduGmina Test CA
#                  (the simulated Profil Zaufany's signing key: TpSigning/TpSigning5 signatures, the citizen's
#                  identity in the signer's claimed role)
#   ../../../../wildfly-config/src/main/keystores/edugmina-trust-anchors.p12 (password changeit)
#       test-ca  - the EduGmina Test CA certificate only (the application's DSS trust anchor)
# Regenerates everything it owns (new CA keys every run: documents signed before no longer validate);
# leaves edugmina-wss.p12 / edugmina-wss-trust.p12 (the WS-Security keys) alone.
# RSA 3072 (accepted by the DSS default cryptographic constraints beyond 2029), SHA256withRSA, 10 years.
set -eu
cd "$(dirname "$0")"
OUT=${1:-../../../../wildfly-config/src/main/keystores}
PW=changeit
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
kt() { keytool -noprompt -storetype PKCS12 -storepass $PW -keypass $PW "$@"; }

ca() { # alias dn keystore
  kt -genkeypair -alias "$1" -dname "$2" -keystore "$3" -keyalg RSA -keysize 3072 -sigalg SHA256withRSA \
     -validity 3660 -ext bc:c=ca:true,pathlen:0 -ext KeyUsage:c=keyCertSign,cRLSign
  kt -exportcert -rfc -alias "$1" -keystore "$3" -file "$W/$1.pem"
}
leaf() { # alias dn ca-alias ca-keystore signers-keystore
  kt -genkeypair -alias "$1" -dname "$2" -keystore "$5" -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 3650
  kt -certreq -alias "$1" -keystore "$5" -file "$W/$1.csr"
  kt -gencert -alias "$3" -keystore "$4" -infile "$W/$1.csr" -outfile "$W/$1.pem" -rfc -validity 3650 -sigalg SHA256withRSA \
     -ext bc:c=ca:false -ext KeyUsage:c=digitalSignature,nonRepudiation
  cat "$W/$1.pem" "$W/$3.pem" > "$W/$1-chain.pem"
  kt -importcert -alias "$1" -keystore "$5" -file "$W/$1-chain.pem" -trustcacerts
}

ca test-ca "CN=EduGmina Test CA, O=EduGmina, C=PL" "$W/ca.p12"
ca unknown-ca "CN=Nieznane CA, O=Nieznane, C=PL" "$W/unknown.p12"
rm -f "$OUT/epuap-sim-signers.p12" "$OUT/edugmina-trust-anchors.p12"
leaf citizen "CN=Jan Testowy, GIVENNAME=Jan, SURNAME=Testowy, SERIALNUMBER=PNOPL-80010112345, C=PL" test-ca "$W/ca.p12" "$OUT/epuap-sim-signers.p12"
leaf stranger "CN=Adam Obcy, GIVENNAME=Adam, SURNAME=Obcy, SERIALNUMBER=PNOPL-75050554321, C=PL" unknown-ca "$W/unknown.p12" "$OUT/epuap-sim-signers.p12"
leaf profil-zaufany "CN=Profil Zaufany (symulator), O=Ministerstwo Cyfryzacji (symulator), C=PL" test-ca "$W/ca.p12" "$OUT/epuap-sim-signers.p12"
kt -importcert -alias test-ca -file "$W/test-ca.pem" -keystore "$OUT/edugmina-trust-anchors.p12"
keytool -list -storepass $PW -keystore "$OUT/epuap-sim-signers.p12"
keytool -list -storepass $PW -keystore "$OUT/edugmina-trust-anchors.p12"
