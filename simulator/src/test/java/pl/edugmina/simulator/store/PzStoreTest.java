package pl.edugmina.simulator.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The Profil Zaufany tables as SchemaCreator creates them, and PzStore's SQL, on a throw-away PostgreSQL. */
class PzStoreTest {

    private static EmbeddedPostgres pg;
    private static PzStore store;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String ddl : SchemaCreator.DDL) {
                st.execute(ddl);
            }
            for (String ddl : SchemaCreator.DDL) { // idempotent: every deployment runs it again
                st.execute(ddl);
            }
        }
        store = new PzStore(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void a_document_is_signed_once() {
        byte[] doc = "<a>ż</a>".getBytes(StandardCharsets.UTF_8);
        store.create("sign-once", TpService.TP_SIGNING5, doc, "https://app/ok", "https://app/nie", "Wniosek nr 1");

        PzSigning s = store.find("sign-once").orElseThrow();
        assertThat(s.status()).isEqualTo(PzStatus.PENDING);
        assertThat(s.service()).isEqualTo(TpService.TP_SIGNING5);
        assertThat(s.document()).isEqualTo(doc);
        assertThat(s.successUrl()).isEqualTo("https://app/ok");
        assertThat(s.failureUrl()).isEqualTo("https://app/nie");
        assertThat(s.additionalInfo()).isEqualTo("Wniosek nr 1");
        assertThat(s.createdAt()).isNotNull();
        assertThat(s.format()).isNull();
        assertThat(store.signedDocument("sign-once").orElseThrow().status()).isEqualTo(PzStatus.PENDING);
        assertThat(store.signedDocument("sign-once").orElseThrow().signed()).isNull();

        assertThat(store.markSigned("sign-once", new byte[] {1, 2}, Format.PODPIS_ZP)).isTrue();
        assertThat(store.markSigned("sign-once", new byte[] {3}, Format.EP_SIGNATURE)).isFalse();
        assertThat(store.markCancelled("sign-once")).isFalse();

        PzStore.SignedDocument signed = store.signedDocument("sign-once").orElseThrow();
        assertThat(signed.status()).isEqualTo(PzStatus.SIGNED);
        assertThat(signed.signed()).containsExactly(1, 2);
        PzSigning after = store.find("sign-once").orElseThrow();
        assertThat(after.format()).isEqualTo(Format.PODPIS_ZP);
        assertThat(after.signedAt()).isNotNull();
        assertThat(after.cancelledAt()).isNull();
    }

    @Test
    void a_cancelled_document_cannot_be_signed() {
        store.create("cancel-me", TpService.TP_SIGNING, new byte[] {'<', 'a', '/', '>'}, "http://a/ok", "http://a/no", null);
        assertThat(store.markCancelled("cancel-me")).isTrue();
        assertThat(store.markSigned("cancel-me", new byte[] {1}, Format.PODPIS_ZP)).isFalse();
        PzSigning s = store.find("cancel-me").orElseThrow();
        assertThat(s.status()).isEqualTo(PzStatus.CANCELLED);
        assertThat(s.cancelledAt()).isNotNull();
        assertThat(s.service()).isEqualTo(TpService.TP_SIGNING);
        assertThat(store.signedDocument("cancel-me").orElseThrow().signed()).isNull();
    }

    @Test
    void unknown_ids_and_sessions_are_empty() {
        assertThat(store.find("nie-ma")).isEmpty();
        assertThat(store.signedDocument("nie-ma")).isEmpty();
        assertThat(store.markSigned("nie-ma", new byte[] {1}, Format.EP_SIGNATURE)).isFalse();
        assertThat(store.markCancelled("nie-ma")).isFalse();
        assertThat(store.session("nie-ma")).isEmpty();
    }

    @Test
    void the_list_has_no_content_and_the_newest_first() {
        store.create("list-1", TpService.TP_SIGNING5, new byte[10], "http://a/1", "http://a/2", "pierwszy");
        store.create("list-2", TpService.TP_SIGNING5, new byte[20], "http://a/1", "http://a/2", "drugi");
        assertThat(store.list(1000)).extracting(PzSigningSummary::id).containsSubsequence("list-2", "list-1");
        PzSigningSummary two = store.list(1000).stream().filter(x -> x.id().equals("list-2")).findFirst().orElseThrow();
        assertThat(two.size()).isEqualTo(20);
        assertThat(two.status()).isEqualTo(PzStatus.PENDING);
        assertThat(two.service()).isEqualTo("tpSigning5");
        assertThat(two.additionalInfo()).isEqualTo("drugi");
        assertThat(two.created()).isNotNull();
        assertThat(store.list(1)).hasSize(1);
    }

    @Test
    void a_session_is_kept_for_its_tgsid() {
        store.createSession("tgsid-1", "Jan", "Testowy", "80010112357", "jan@example.com");
        PzSession s = store.session("tgsid-1").orElseThrow();
        assertThat(s.givenName()).isEqualTo("Jan");
        assertThat(s.surname()).isEqualTo("Testowy");
        assertThat(s.pesel()).isEqualTo("80010112357");
        assertThat(s.email()).isEqualTo("jan@example.com");
        assertThat(s.createdAt()).isNotNull();
        assertThat(s.toString()).doesNotContain("80010112357", "jan@example.com", "tgsid-1");
    }
}
