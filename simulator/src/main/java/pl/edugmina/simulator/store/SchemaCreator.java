package pl.edugmina.simulator.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import pl.edugmina.simulator.config.SimulatorSettings;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates the simulator's tables (schema {@value #SCHEMA}) at deployment, idempotently. Everything
 * the simulator knows lives there, committed per request: it survives a kill -9 of the server.
 */
@Singleton
@PermitAll
@Startup
public class SchemaCreator {

    public static final String SCHEMA = "epuap_sim";
    private static final Logger LOG = Logger.getLogger(SchemaCreator.class.getName());

    static final List<String> DDL = List.of(
            "CREATE SCHEMA IF NOT EXISTS epuap_sim",
            "CREATE SEQUENCE IF NOT EXISTS epuap_sim.document_no",
            "CREATE SEQUENCE IF NOT EXISTS epuap_sim.identyfikator START 100001",
            """
            CREATE TABLE IF NOT EXISTS epuap_sim.inbox_message (
              id                     bigserial PRIMARY KEY,
              adres_skrytki          text NOT NULL,
              nazwa_skrytki          text NOT NULL,
              podmiot_identyfikator  text NOT NULL,
              podmiot_typ_osoby      char(1) NOT NULL CHECK (podmiot_typ_osoby IN ('F', 'P')),
              podmiot_imie_skrot     text,
              podmiot_nazwisko_nazwa text,
              podmiot_pesel          text,
              podmiot_regon          text,
              podmiot_zgoda          boolean NOT NULL DEFAULT true,
              nadawca_uzytkownik     text,
              nadawca_system         text,
              data_nadania           timestamptz NOT NULL DEFAULT now(),
              adres_odpowiedzi       text,
              czy_testowe            boolean NOT NULL DEFAULT false,
              dane_dodatkowe         bytea,
              nazwa_pliku            text NOT NULL,
              typ_pliku              text,
              zawartosc              bytea NOT NULL,
              skrot                  text NOT NULL,
              kind                   text NOT NULL
                CHECK (kind IN ('valid', 'unsigned', 'badly-signed', 'untrusted', 'malformed', 'unsafe', 'upd', 'raw')),
              confirmed_at           timestamptz
            )""",
            "CREATE INDEX IF NOT EXISTS inbox_message_waiting ON epuap_sim.inbox_message (adres_skrytki, id) WHERE confirmed_at IS NULL",
            "CREATE INDEX IF NOT EXISTS inbox_message_skrot ON epuap_sim.inbox_message (adres_skrytki, skrot)",
            """
            CREATE TABLE IF NOT EXISTS epuap_sim.outbound_document (
              id                      bigserial PRIMARY KEY,
              channel                 text NOT NULL CHECK (channel IN ('nadaj', 'dorecz')),
              podmiot                 text,
              adres_skrytki           text NOT NULL,
              adres_odpowiedzi        text,
              czy_probne              boolean NOT NULL DEFAULT false,
              nazwa_pliku             text,
              typ_pliku               text,
              zawartosc               bytea NOT NULL,
              dane_dodatkowe          bytea,
              received_at             timestamptz NOT NULL DEFAULT now(),
              identyfikator_dokumentu text NOT NULL UNIQUE,
              identyfikator_upp       text,
              identyfikator_zlecenia  text,
              termin_doreczenia       timestamptz,
              identyfikator_sprawy    text,
              picked_up_at            timestamptz,
              upd_message_id          bigint,
              identyfikator_dokumentu_nadawcy text
            )""",
            "CREATE INDEX IF NOT EXISTS outbound_document_channel ON epuap_sim.outbound_document (channel, id)",
            // Profil Zaufany: documents given to TpSigning/TpSigning5 (id = the random token in the signing-page URL)
            """
            CREATE TABLE IF NOT EXISTS epuap_sim.pz_signing (
              id              text PRIMARY KEY,
              service         text NOT NULL CHECK (service IN ('tpSigning5', 'tpSigning')),
              created_at      timestamptz NOT NULL DEFAULT now(),
              document        bytea NOT NULL,
              success_url     text NOT NULL,
              failure_url     text NOT NULL,
              additional_info text,
              status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SIGNED', 'CANCELLED')),
              signed          bytea,
              signed_at       timestamptz,
              cancelled_at    timestamptz,
              format          text CHECK (format IN ('EPSignature', 'PodpisZP')),
              CHECK ((status = 'SIGNED') = (signed IS NOT NULL))
            )""",
            "CREATE INDEX IF NOT EXISTS pz_signing_created ON epuap_sim.pz_signing (created_at DESC)",
            // Profil Zaufany: simulated logins, what TpUserInfo answers for a tgsid
            """
            CREATE TABLE IF NOT EXISTS epuap_sim.pz_session (
              tgsid      text PRIMARY KEY,
              given_name text NOT NULL,
              surname    text NOT NULL,
              pesel      text,
              email      text,
              created_at timestamptz NOT NULL DEFAULT now()
            )""");

    private static String describe(String file) {
        return file + (Files.isReadable(Path.of(file)) ? "" : " (MISSING)");
    }

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String ddl : DDL) {
                st.execute(ddl);
            }
            LOG.info("ePUAP simulator: schema " + SCHEMA + " ready; WS-Security truststore " + describe(SimulatorSettings.wssTruststore())
                    + ", test signers " + describe(SimulatorSettings.signersKeystore()));
        } catch (SQLException e) {
            throw new IllegalStateException("ePUAP simulator: cannot create schema " + SCHEMA + ": " + e.getMessage(), e);
        }
    }
}
